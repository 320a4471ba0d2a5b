import { generateTemplate, getTemplate } from '../../../model/templates';
import { createDesign } from '../../../model/design/new-design';
import { openDesign } from '../../../model/design/open-design';
import { DesignSchema, type Design, type PackageRef, type TemplateParams } from '../../../model/design/schema';
import type { DesignSummary } from '../../../model/api/designs';
import { studioError, type Localized } from '../../../model/localized';
import type { Database } from '../db/database';
import { DesignRepo, type DesignRow } from './design-repo';
import { SampleDesigns, type SampleInfo } from './sample-designs';

export interface NewDesignRequest {
  name: string;
  template: { kind: string; params: TemplateParams };
  productId?: string;
  /** one piece of the product's package (kept only with a productId) */
  package?: PackageRef;
  brandKitId?: string;
}

export interface OpenedDesignResult {
  design: Design;
  repairs: { field: string; message: Localized }[];
}

export interface SnapshotInfo {
  id: number;
  designId: string;
  name: string;
  createdAt: string;
}

export interface DesignsServiceOptions {
  /** folder of the shipped sample designs */
  samplesDir: string;
  /** the brand kit a new design gets when none is named, and whether a kit exists */
  brandKits?: { defaultId(): string | undefined; has(id: string): boolean };
}

/** The designs the cooperative makes: whole documents, autosaved, with snapshots and a bin. */
export class DesignsService {
  private readonly repo: DesignRepo;
  private readonly samplesSource: SampleDesigns;

  constructor(
    db: Database,
    private readonly now: () => Date,
    private readonly options: DesignsServiceOptions,
  ) {
    this.repo = new DesignRepo(db);
    this.samplesSource = new SampleDesigns(options.samplesDir);
  }

  list(): DesignSummary[] {
    return this.repo.list();
  }

  create(input: NewDesignRequest): Design {
    // generating the die line is the validity check: bad params throw the template's own message
    const template = generateTemplate(input.template.kind, input.template.params);
    const params = { ...primitives(getTemplate(input.template.kind).defaults), ...input.template.params };
    const design = createDesign({
      name: input.name,
      template: { kind: input.template.kind, params },
      pages: template.pages,
      productId: input.productId,
      package: input.package,
      brandKitId: input.brandKitId ?? this.options.brandKits?.defaultId(),
      now: this.stamp(),
    });
    this.repo.write(design, JSON.stringify(design));
    return design;
  }

  get(id: string): OpenedDesignResult {
    const row = this.require(id);
    const opened = openDesign(row.document, { now: row.updatedAt });
    return { design: opened.design, repairs: opened.repairs.map((r) => ({ field: r.field, message: r.message })) };
  }

  /**
   * Saves the whole document. Autosave runs every few seconds, so an unchanged document
   * (same JSON apart from updatedAt) costs one read and no write.
   */
  save(input: Design): { updatedAt: string } {
    const design = validated(input);
    const row = this.require(design.id);
    if (row.deletedAt) throw inBin(row.name);
    const stored = tryParse(row.document);
    if (stored && JSON.stringify({ ...design, updatedAt: stored.updatedAt, createdAt: stored.createdAt }) === row.document) {
      return { updatedAt: row.updatedAt };
    }
    const next: Design = { ...design, createdAt: row.createdAt, updatedAt: this.stamp(row.updatedAt) };
    this.repo.write(next, JSON.stringify(next));
    return { updatedAt: next.updatedAt };
  }

  /** The stored document of a design, live or in the bin (a design file arriving with the same id is compared with it). */
  stored(id: string): Design | undefined {
    const row = this.repo.get(id);
    return row ? openDesign(row.document, { now: row.updatedAt }).design : undefined;
  }

  /**
   * Stores a design that arrived in a design file (opened and validated by the caller) under
   * its own id, which must be free here: the caller gives a colliding design a new id first.
   */
  adopt(input: Design): Design {
    const design = validated(input);
    if (this.repo.get(design.id)) throw studioError('design.exists', `设计 ${design.id} 已经存在。`, `The design ${design.id} already exists.`);
    const next: Design = { ...design, updatedAt: this.stamp(design.updatedAt) };
    this.repo.write(next, JSON.stringify(next));
    return next;
  }

  rename(id: string, name: string): DesignSummary {
    const { design } = this.getLive(id);
    const next: Design = { ...design, name, updatedAt: this.stamp(design.updatedAt) };
    this.repo.write(next, JSON.stringify(next));
    return this.repo.summary(id)!;
  }

  duplicate(id: string): Design {
    const { design } = this.getLive(id);
    const at = this.stamp();
    const copy: Design = { ...design, id: globalThis.crypto.randomUUID(), name: `${design.name}（副本）`, createdAt: at, updatedAt: at };
    this.repo.write(copy, JSON.stringify(copy));
    return copy;
  }

  /** Soft delete: the row stays (with its snapshots) so it can be brought back from the bin. */
  delete(id: string): { deleted: boolean } {
    this.require(id);
    return { deleted: this.repo.markDeleted(id, this.stamp()) };
  }

  bin() {
    return this.repo.bin();
  }

  /** Out of the bin, back in the list of designs, exactly as it was. */
  restore(id: string): DesignSummary {
    this.require(id);
    this.repo.unmarkDeleted(id);
    const summary = this.repo.list().find((d) => d.id === id);
    if (!summary) throw studioError('design.not-found', `找不到这个设计（${id}）。`, `Design not found (${id}).`);
    return summary;
  }

  snapshot(id: string, name: string): SnapshotInfo {
    const row = this.requireLive(id);
    const { document: _document, ...info } = this.repo.addSnapshot(id, name, row.document, this.stamp());
    return info;
  }

  snapshots(id: string): SnapshotInfo[] {
    this.require(id);
    return this.repo.snapshots(id);
  }

  /** Brings a snapshot back; the current state is snapshotted first so the restore can be undone. */
  restoreSnapshot(id: string, snapshotId: number): Design {
    const row = this.requireLive(id);
    const snap = this.repo.snapshot(id, snapshotId);
    if (!snap) {
      throw studioError(
        'design.snapshot-not-found',
        `设计“${row.name}”没有编号为 ${snapshotId} 的快照。请从快照列表里重新选择。`,
        `The design "${row.name}" has no snapshot number ${snapshotId}. Choose one from its list of snapshots.`,
      );
    }
    // snapshots may predate a schema change: open them like any saved file
    const old = openDesign(snap.document, { now: snap.createdAt }).design;
    const at = this.stamp(row.updatedAt);
    const restored: Design = { ...old, id, createdAt: row.createdAt, updatedAt: at };
    this.repo.transaction(() => {
      this.repo.addSnapshot(id, `恢复“${snap.name}”之前 / before restoring "${snap.name}"`, row.document, at);
      this.repo.write(restored, JSON.stringify(restored));
    });
    return restored;
  }

  /**
   * The other pieces of a design's package: live designs of the same product declaring the same
   * package name. Empty when the design declares no package (it is checked alone).
   */
  packagePieces(design: Design): Design[] {
    if (!design.package || !design.productId) return [];
    return this.repo
      .packageMembers(design.productId, design.package.name)
      .filter((id) => id !== design.id)
      .map((id) => this.get(id).design);
  }

  usingMotif(motifId: string): DesignSummary[] {
    return this.repo.usingMotif(motifId);
  }

  /** For the library's motif detail (where-used of a withdrawn motif). */
  whereUsed(motifId: string): { designId: string; name: string; updatedAt: string }[] {
    return this.repo.usingMotif(motifId).map((d) => ({ designId: d.id, name: d.name, updatedAt: d.updatedAt }));
  }

  samples(): SampleInfo[] {
    return this.samplesSource.list();
  }

  createFromSample(sample: string): Design {
    const { design } = openDesign(this.samplesSource.read(sample), { now: this.stamp() });
    const at = this.stamp();
    // the samples name a demo kit; a copy uses the cooperative's own kit when that one is absent
    const kits = this.options.brandKits;
    const brandKitId = design.brandKitId && kits?.has(design.brandKitId) ? design.brandKitId : kits?.defaultId();
    const copy: Design = { ...design, id: globalThis.crypto.randomUUID(), createdAt: at, updatedAt: at };
    if (brandKitId) copy.brandKitId = brandKitId;
    else delete copy.brandKitId;
    this.repo.write(copy, JSON.stringify(copy));
    return copy;
  }

  /** An ISO time strictly after `after`, so updatedAt orders saves even within one millisecond. */
  private stamp(after?: string): string {
    const now = this.now();
    if (after && now.toISOString() <= after) {
      const later = Date.parse(after) + 1;
      if (Number.isFinite(later)) return new Date(later).toISOString();
    }
    return now.toISOString();
  }

  private getLive(id: string): OpenedDesignResult {
    this.requireLive(id);
    return this.get(id);
  }

  private requireLive(id: string): DesignRow {
    const row = this.require(id);
    if (row.deletedAt) throw inBin(row.name);
    return row;
  }

  private require(id: string): DesignRow {
    const row = this.repo.get(id);
    if (!row) {
      throw studioError('design.not-found', `找不到这个设计（${id}）。它可能已被删除；请回到设计列表重新打开。`, `Design not found (${id}). It may have been deleted; open it again from the list of designs.`);
    }
    return row;
  }
}

function validated(input: unknown): Design {
  const parsed = DesignSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const where = parsed.error.issues.slice(0, 3).map((i) => i.path.join('.') || '(根)');
  throw studioError(
    'design.invalid',
    `设计内容有误，没有保存（问题在：${where.join('、')}）。请撤销最后一步操作后再保存。`,
    `The design has invalid content and was not saved (problem at: ${where.join(', ')}). Undo the last step, then save again.`,
    parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path.map(String), message: i.message })),
  );
}

function inBin(name: string) {
  return studioError('design.deleted', `设计“${name}”已移到回收站，不能再修改。请先从回收站恢复它。`, `The design "${name}" is in the bin and cannot be changed. Restore it from the bin first.`);
}

function tryParse(text: string): Design | undefined {
  try {
    return JSON.parse(text) as Design;
  } catch {
    return undefined;
  }
}

function primitives(values: Record<string, unknown>): TemplateParams {
  const out: TemplateParams = {};
  for (const [k, v] of Object.entries(values)) if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') out[k] = v;
  return out;
}
