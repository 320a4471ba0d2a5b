import crypto from 'node:crypto';
import type { ProductDraft } from '../../../../model/api/products';
import type { BrandKit } from '../../../../model/brand/schema';
import type { Design } from '../../../../model/design/schema';
import type { DesignFileAsset } from '../../../../model/design/file/design-file-manifest';
import { studioError, type Localized } from '../../../../model/localized';
import type { MotifRecord, MotifStatus } from '../../../../model/motif/schema';
import { canonicalize } from '../../../../model/trust/canonical-json';
import { sanitizeSvg } from '../../../../model/svg/sanitize';
import type { PreparedAsset } from '../../assets/assets-service';
import { storeAndRegister } from '../../assets/file-register';
import { sha256Hex } from '../../files/file-store';
import { intakeBytes, INTAKE_RULES } from '../../intake/intake';
import { normalizeRaster } from '../../intake/raster';
import { derivePackFiles, planPack, writePlanned, type PlannedRecord } from '../../packs/pack-import';
import type { StudioContext } from '../../studio';
import { verifyDesignFile, type VerifiedDesignFile } from './design-file-verify';

/**
 * What opening a design file did (or, for `preview`, would do). Nothing here already in the
 * studio is ever overwritten:
 * - design: `new` under its own id; `unchanged` when the same design is already here (and not in
 *   the bin); `copy` under a new id when another design, another state of it, or a binned copy
 *   holds that id;
 * - motifs: `kept` when the library has the record (the library and its curators' signatures
 *   stay authoritative; the file's copy is not used); `new` when added as the trust model
 *   allows (status from signatures this studio trusts: a draft unless they publish it);
 *   `refused` when those signatures make it secret/sacred;
 * - brand kit and product: `new`, `kept` (the same facts are here) or `copy` (different facts
 *   under that id: the file's are added under a new id and the design points at them); the
 *   cooperative is `new` or `kept` (its record here wins).
 */
export interface DesignFileImport {
  design: { id: string; name: string; action: 'new' | 'unchanged' | 'copy'; fileDesignId: string };
  motifs: { id: string; slug: string; names: { zh: string; en: string }; action: 'new' | 'kept' | 'refused'; status: MotifStatus; reason?: Localized }[];
  brandKit?: { id: string; action: 'new' | 'kept' | 'copy' };
  product?: { id: string; action: 'new' | 'kept' | 'copy'; cooperative: 'new' | 'kept' };
  files: number;
  creator: string;
  createdAt: string;
}

type Action = 'new' | 'kept' | 'copy';

interface Plan {
  result: DesignFileImport;
  verified: VerifiedDesignFile;
  design: Design;
  motifs: PlannedRecord[];
  kit?: BrandKit;
  product?: ProductDraft;
}

/** Verifies the file and decides every action; writes nothing. */
export function planDesignFile(ctx: StudioContext, bytes: Uint8Array): Plan {
  const verified = verifyDesignFile(bytes, ctx.motifs, ctx.now().toISOString());
  const { manifest } = verified;
  let design: Design = { ...verified.design };

  // a new record whose slug another motif here already uses keeps its id and gets a longer slug;
  // the slug is signed content, so the renamed record is judged (and arrives) as a draft
  for (const [i, r] of verified.pack.records.entries()) {
    const holder = ctx.motifs.get(r.id) ? undefined : ctx.motifs.idBySlug(r.slug);
    if (holder && holder !== r.id) verified.pack.records[i] = { ...r, slug: `${r.slug}-${r.id.slice(0, 8)}` };
  }
  const { planned } = planPack(ctx.motifs, ctx.trust, verified.pack);
  const motifs: DesignFileImport['motifs'] = [];
  const toWrite: PlannedRecord[] = [];
  for (const p of planned) {
    const local = ctx.motifs.get(p.item.id);
    const base = { id: p.item.id, slug: p.record.slug, names: p.item.names };
    if (local) {
      motifs.push({ ...base, slug: local.record.slug, action: 'kept', status: local.record.status, ...(differs(local.record, p.record) ? { reason: keptReason(local.record) } : {}) });
    } else if (p.item.action === 'new') {
      toWrite.push(p);
      motifs.push({ ...base, action: 'new', status: p.record.status });
    } else {
      motifs.push({ ...base, action: 'refused', status: p.record.status, reason: p.item.reason });
    }
  }

  let kit: BrandKit | undefined;
  let kitResult: DesignFileImport['brandKit'];
  if (manifest.brandKit) {
    const incoming = withLogo(manifest.brandKit, verified);
    const { id, action } = resolveId(incoming.id, manifest.fileId, (k) => ctx.brand.get(k), (here) => same(here, incoming, ['id', 'updatedAt']));
    kit = { ...incoming, id };
    kitResult = { id: kit.id, action };
    design.brandKitId = kit.id;
  }

  let product: Plan['product'];
  let productResult: DesignFileImport['product'];
  if (manifest.product) {
    const incoming = manifest.product;
    const { id, action } = resolveId(String(incoming.product.id), manifest.fileId, (p) => ctx.products.storedProduct(p), (here) => same(here, incoming.product, ['id']));
    const coopHere = ctx.products.storedCooperative(String(incoming.cooperative.id));
    product = { cooperative: (coopHere ?? incoming.cooperative) as ProductDraft['cooperative'], product: { ...incoming.product, id } };
    productResult = { id, action, cooperative: coopHere ? 'kept' : 'new' };
    design.productId = id;
  }

  // a design in the bin here is not the same as a live one: the file's arrives as a copy, the binned one stays restorable
  const placed = resolveId(design.id, manifest.fileId, (d) => ctx.designs.stored(d), (here) => !here.deleted && same(here.design, design, ['id', 'createdAt', 'updatedAt']));
  const designAction = placed.action === 'kept' ? 'unchanged' : placed.action;
  design = { ...design, id: placed.id };

  return {
    verified,
    design,
    motifs: toWrite,
    kit,
    product,
    result: {
      design: { id: design.id, name: design.name, action: designAction, fileDesignId: verified.design.id },
      motifs,
      ...(kitResult ? { brandKit: kitResult } : {}),
      ...(productResult ? { product: productResult } : {}),
      files: manifest.assets.length,
      creator: manifest.creator,
      createdAt: manifest.createdAt,
    },
  };
}

/**
 * Opens a design file into this studio. Everything is checked and prepared first (archive,
 * checksums, motif records and trust, every photo and scan through the intake and sharp); then
 * the files go into the content store and every row is written in one transaction, so a refusal
 * or a crash leaves the database as it was.
 */
export async function importDesignFile(ctx: StudioContext, bytes: Uint8Array, actor: string): Promise<DesignFileImport> {
  const plan = planDesignFile(ctx, bytes);
  const { verified, result } = plan;
  const prepared: PreparedAsset[] = [];
  const logos: { bytes: Uint8Array; mediaType: string }[] = [];
  for (const asset of verified.manifest.assets) {
    const data = verified.assets.get(asset.sha256)!;
    if (asset.role === 'logo') logos.push(await prepareLogo(asset, data));
    else prepared.push(await ctx.assets.prepare(asset.name, data, asset.role === 'evidence' ? 'evidence' : 'photo'));
  }
  const newHere = new Set(plan.motifs.map((p) => p.record.id));
  const motifFiles = await derivePackFiles(ctx.store, verified.pack, (record) => newHere.has(record.id));
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    for (const p of prepared) ctx.assets.commit(p);
    for (const logo of logos) storeAndRegister(ctx.db, ctx.store, logo.bytes, logo.mediaType, ctx.now);
    // a kept product is written only to bring it back from the bin (the same facts)
    if (plan.product && (result.product!.action !== 'kept' || !ctx.products.productFile(plan.product.product.id))) ctx.products.adopt(plan.product);
    if (plan.kit && result.brandKit!.action !== 'kept') ctx.brand.save(plan.kit);
    writePlanned(ctx.motifs, plan.motifs, motifFiles, actor, at, `design file ${verified.manifest.fileId} from ${verified.manifest.creator}`);
    if (result.design.action !== 'unchanged') ctx.designs.adopt(plan.design);
  })();
  return result;
}

/** A logo is checked as an upload would be: an SVG sanitized again (the kit then names the sanitized bytes), a PNG decoded. */
async function prepareLogo(asset: DesignFileAsset, data: Uint8Array): Promise<{ bytes: Uint8Array; mediaType: string }> {
  const file = intakeBytes(asset.name, data, INTAKE_RULES.logo);
  if (file.kind === 'svg') return { bytes: Buffer.from(sanitizeSvg(file.bytes.toString('utf8')).svg, 'utf8'), mediaType: 'image/svg+xml' };
  await normalizeRaster(file.bytes, file.name);
  return { bytes: file.bytes, mediaType: 'image/png' };
}

/** The kit as it will be stored: its logo named by the sanitized bytes' checksum (unchanged for a clean logo). */
function withLogo(kit: BrandKit, verified: VerifiedDesignFile): BrandKit {
  if (!kit.logo) return kit;
  const data = verified.assets.get(kit.logo.assetId);
  if (!data) {
    const { logo: _gone, ...rest } = kit;
    return rest;
  }
  if (kit.logo.kind !== 'svg') return kit;
  let clean: string;
  try {
    clean = sanitizeSvg(Buffer.from(data).toString('utf8')).svg;
  } catch {
    throw studioError('design-file.refused', '设计文件未通过检查：品牌标志不是有效的 SVG。什么都没有改动。', 'The design file failed its checks: the brand logo is not a valid SVG. Nothing was changed.');
  }
  return { ...kit, logo: { ...kit.logo, assetId: sha256Hex(Buffer.from(clean, 'utf8')) } };
}

/**
 * Where a kit, product or design from the file goes when its id is taken here: the same facts
 * under that id are `kept`; different facts go to a copy, under `<id>-<file id prefix>` (so
 * opening the same file twice finds its earlier copy) or, if that is taken by something else
 * too, a new random id. Nothing here is overwritten.
 */
function resolveId<T>(id: string, fileId: string, get: (id: string) => T | undefined, isSame: (here: T) => boolean): { id: string; action: Action } {
  const here = get(id);
  if (!here) return { id, action: 'new' };
  if (isSame(here)) return { id, action: 'kept' };
  const copyId = `${id}-${fileId.slice(0, 8)}`;
  const copy = get(copyId);
  if (!copy) return { id: copyId, action: 'copy' };
  if (isSame(copy)) return { id: copyId, action: 'kept' };
  return { id: crypto.randomUUID(), action: 'copy' };
}

function same(a: object, b: object, ignore: string[]): boolean {
  const strip = (o: object) => Object.fromEntries(Object.entries(o).filter(([k]) => !ignore.includes(k)));
  return canonicalize(strip(a)) === canonicalize(strip(b));
}

function differs(local: MotifRecord, incoming: MotifRecord): boolean {
  return local.version !== incoming.version || canonicalize(local.artwork) !== canonicalize(incoming.artwork);
}

function keptReason(local: MotifRecord): Localized {
  return {
    zh: `纹样库里已有“${local.names.zh}”（第 ${local.version} 版）：设计使用本工坊的记录，文件里的另一版本没有采用。`,
    en: `The library already has "${local.names.en}" (version ${local.version}): the design uses this studio's record; the file's other version was not taken.`,
  };
}
