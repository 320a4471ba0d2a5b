import { sanitizeSvg } from '../../../model/svg/sanitize';
import { studioError, type Localized } from '../../../model/localized';
import { USAGE_LABELS } from '../../../model/motif/labels';
import { PACK_ENTRY_PATTERN, PACK_FORMAT, PACK_FORMAT_VERSION, PACK_LIMITS, packManifestSchema, type PackManifest } from '../../../model/motif/pack-manifest';
import { decideMerge, type PackAction, type PackChange } from '../../../model/motif/pack-merge';
import type { MotifRecord } from '../../../model/motif/schema';
import { applyVerdict } from '../../../model/trust/motif-verdict';
import { labelRestricts } from '../../../model/trust/label-order';
import type { MotifSignature } from '../../../model/trust/statements';
import type { TrustService } from '../curators/trust-service';
import type { Database } from '../db/database';
import { FileStore, sha256Hex } from '../files/file-store';
import { normalizeRaster, PREVIEW_FILE, svgThumbnail } from '../intake/raster';
import type { MotifRepo } from '../library/motif-repo';
import { openVerifiedArchive, readListedFiles, type ArchiveRules, type OpenedArchive } from '../zip/verified-archive';

export type { PackAction, PackChange };

export interface PackPlanItem {
  id: string;
  slug: string;
  names: { zh: string; en: string };
  action: PackAction;
  reason?: Localized;
  /** every change of label, status and artwork this import makes (or would make) */
  changes: PackChange[];
}

/** A key that signed something in the pack, and whether this studio trusts it. */
export interface PackSigner {
  fingerprint: string;
  name: string;
  trustedHere: boolean;
}

/** A trust file the pack carries: shown, never imported (that needs a person to confirm its fingerprint in Settings). */
export interface PackTrustFile {
  studio: string;
  steward: string;
  trustedHere: boolean;
}

export interface PackPlan {
  packId: string;
  creator: string;
  createdAt: string;
  items: PackPlanItem[];
  signers: PackSigner[];
  trustFiles: PackTrustFile[];
}

export interface VerifiedPack {
  manifest: PackManifest;
  /** the pack's records with each vector's checksum taken over its sanitized bytes (what will be stored and verified) */
  records: MotifRecord[];
  files: Map<string, Uint8Array>;
}

/** The archive rules of a motif pack (shared checks: electron/services/zip/verified-archive.ts). */
export const PACK_ARCHIVE: ArchiveRules = {
  limits: PACK_LIMITS,
  allowed: (name) => PACK_ENTRY_PATTERN.test(name),
  refused: (en, zh) => refused(en, zh),
  corrupt: packCorrupt,
};

/**
 * Reads an untrusted pack completely into memory-bounded buffers and checks everything
 * before anything touches the database: entry names (each once), links, sizes and ratios,
 * the manifest schema and format version, every checksum, and that no record is
 * secret/sacred. Any failure throws and nothing is changed.
 */
export function verifyPack(bytes: Uint8Array, repo: MotifRepo): VerifiedPack {
  const archive = openVerifiedArchive(bytes, PACK_ARCHIVE);
  const raw = archive.manifest;
  const format = (raw as { format?: unknown; formatVersion?: unknown }) ?? {};
  if (format.format !== PACK_FORMAT) throw refused('not a Jinxiu motif pack', '这不是锦绣工坊纹样包');
  if (typeof format.formatVersion === 'number' && format.formatVersion > PACK_FORMAT_VERSION) {
    throw studioError('pack.newer', `这个纹样包由更新版本的锦绣工坊制作（格式 ${format.formatVersion}），请先升级。`, `This pack was made by a newer Jinxiu Studio (format ${format.formatVersion}); update first.`);
  }
  const parsed = packManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw refused(`manifest field ${issue.path.join('.')}: ${issue.message}`, `清单字段 ${issue.path.join('.')} 不对：${issue.message}`);
  }
  const manifest = parsed.data;
  return { manifest, ...verifyPackContents(bytes, archive, manifest, repo, PACK_ARCHIVE, secretSacred) };
}

/**
 * The motif part of an archive (a pack, or the motifs a design file carries): one record per
 * id and slug, no secret/sacred record (`secretSacred` builds the caller's refusal), every
 * listed file's checksum, each record's artwork present and matching its record, and each SVG
 * sanitized again.
 */
export function verifyPackContents(
  bytes: Uint8Array,
  archive: OpenedArchive,
  manifest: Pick<PackManifest, 'motifs' | 'files'>,
  repo: MotifRepo,
  rules: ArchiveRules,
  secretSacredError: (record: MotifRecord) => Error,
): { records: MotifRecord[]; files: Map<string, Uint8Array> } {
  const refusedHere = rules.refused;
  // one record per id and per slug, one listing per file: otherwise which copy counts would depend on who reads
  for (const [what, values] of [
    ['motif id', manifest.motifs.map((m) => m.id)],
    ['motif slug', manifest.motifs.map((m) => m.slug)],
    ['file', manifest.files.map((f) => f.path)],
  ] as const) {
    const twice = values.find((v, i) => values.indexOf(v) !== i);
    if (twice) throw refusedHere(`${what} ${twice} appears twice in the manifest`, `清单里${what === 'file' ? '文件' : what === 'motif id' ? '纹样编号' : '纹样标识'} ${twice} 出现了两次`);
  }
  for (const record of manifest.motifs) {
    if (record.usageLabel === 'secret-sacred') throw secretSacredError(record);
  }
  const files = readListedFiles(bytes, archive, manifest.files, rules);
  const records: MotifRecord[] = [];
  for (const record of manifest.motifs) {
    for (const name of [record.artwork.vector, ...record.artwork.rasters].filter((n): n is string => !!n)) {
      const data = files.get(`motifs/${record.id}/${name}`);
      if (!data) throw refusedHere(`artwork ${name} of ${record.slug} is missing`, `纹样 ${record.slug} 的图稿 ${name} 不在文件里`);
      if (record.artwork.sha256[name] !== sha256Hex(data)) throw refusedHere(`artwork ${name} of ${record.slug} does not match its record`, `纹样 ${record.slug} 的图稿 ${name} 与记录不符`);
    }
    records.push(withSanitizedVector(record, files, repo));
  }
  return { records, files };
}

/**
 * A pack is untrusted even when its checksums match: each SVG is sanitized again, and the
 * record names the sanitized bytes. Signatures are checked over that record, so artwork the
 * sanitizer had to change is no longer what was signed, and it arrives unpublished.
 * Bytes this studio already holds as this very record's vector were accepted here before
 * (the starter library's drawings come from the app itself) and are kept as they are.
 */
function withSanitizedVector(record: MotifRecord, files: Map<string, Uint8Array>, repo: MotifRepo): MotifRecord {
  const vector = record.artwork.vector;
  if (!vector) return record;
  const path = `motifs/${record.id}/${vector}`;
  const held = repo.files(record.id).find((f) => f.role === 'vector' && f.name === vector);
  if (held && held.sha256 === sha256Hex(files.get(path)!)) return record;
  const clean = new TextEncoder().encode(sanitizeSvg(new TextDecoder().decode(files.get(path)!)).svg);
  files.set(path, clean);
  return { ...record, artwork: { ...record.artwork, sha256: { ...record.artwork.sha256, [vector]: sha256Hex(clean) } } };
}

export interface PlannedRecord {
  item: PackPlanItem;
  /** what would be written: the pack's content, both copies' signatures, status and label from the local verdict */
  record: MotifRecord;
  before?: { status: string; label: string; version: number };
  /** a restriction joined the local copy: its content, source and upstream version stay as they are */
  restriction?: true;
}

/**
 * What importing would do, record by record, judged only by this studio's trust list
 * (model/motif/pack-merge.ts). Nothing is written.
 */
export function planPack(repo: MotifRepo, trust: TrustService, verified: VerifiedPack): { plan: PackPlan; planned: PlannedRecord[] } {
  const { manifest } = verified;
  const trustList = trust.trustList();
  const signers = new Map<string, PackSigner>();
  const noteSigner = (s: MotifSignature) => {
    const fp = s.statement.key;
    if (!signers.has(fp)) signers.set(fp, { fingerprint: fp, name: s.statement.signer, trustedHere: trustList.isTrusted(fp) });
  };
  const planned = verified.records.map((incoming): PlannedRecord => {
    const local = repo.get(incoming.id);
    const merged: MotifRecord = { ...incoming, signatures: trust.mergeSignatures(local?.record.signatures, incoming.signatures) };
    const verdict = trust.verdict(merged);
    for (const s of incoming.signatures ?? []) noteSigner(s);
    const localCopy = local && { record: local.record, verdict: trust.verdict(local.record), upstreamVersion: local.upstreamVersion };
    let decision = decideMerge(localCopy, merged, verdict, !local && !!repo.idBySlug(incoming.slug));
    if ((decision.action === 'new' || decision.action === 'update') && verdict.usageLabel === 'secret-sacred') {
      // trusted signatures here make it secret/sacred: it stays out, like any secret/sacred record
      decision = {
        action: 'refused',
        changes: decision.changes,
        reason: {
          zh: `按本工坊信任的签名，“${incoming.names.zh}”是秘密/神圣纹样，不经纹样包传入，没有导入。`,
          en: `By the signatures this studio trusts, "${incoming.names.en}" is secret/sacred; such motifs do not enter through packs, so it was not imported.`,
        },
      };
    }
    const resolved = applyVerdict(merged, verdict);
    if (resolved.status !== 'published') {
      // who approved is a claim until the signatures show it: an unpublished record keeps no approver
      const { approvedBy: _by, approvedAt: _at, ...review } = resolved.review;
      resolved.review = review;
    }
    return {
      item: { id: incoming.id, slug: incoming.slug, names: { zh: incoming.names.zh, en: incoming.names.en }, action: decision.action, reason: decision.reason, changes: decision.changes },
      record: resolved,
      before: localCopy && { status: localCopy.verdict.status, label: localCopy.verdict.usageLabel, version: local!.record.version },
    };
  });
  for (const r of manifest.restrictions ?? []) for (const s of r.signatures) noteSigner(s);
  planned.push(...planRestrictions(repo, trust, manifest));
  const trustFiles = (manifest.trustFiles ?? []).map((f) => ({ studio: f.body.studio, steward: f.body.steward.fingerprint, trustedHere: trustList.isTrusted(f.body.steward.fingerprint) }));
  return {
    plan: { packId: manifest.packId, creator: manifest.creator, createdAt: manifest.createdAt, items: planned.map((p) => p.item), signers: [...signers.values()], trustFiles },
    planned,
  };
}

/**
 * The pack's restrictions (pack-manifest.ts), for records held here: the signatures join the
 * local copy, and where this studio's own verdict over them makes the label stricter, the copy
 * is updated (its content untouched). A restriction never loosens anything, whatever it
 * carries, and one for a record not held here is ignored.
 */
function planRestrictions(repo: MotifRepo, trust: TrustService, manifest: PackManifest): PlannedRecord[] {
  const carried = new Set(manifest.motifs.map((m) => m.id));
  const out: PlannedRecord[] = [];
  for (const restriction of manifest.restrictions ?? []) {
    if (carried.has(restriction.recordId)) throw refused(`record ${restriction.recordId} is both carried and restricted`, `纹样 ${restriction.recordId} 既在包里又被标为限制，互相矛盾`);
    const local = repo.get(restriction.recordId);
    if (!local) continue;
    const before = trust.verdict(local.record);
    const merged: MotifRecord = { ...local.record, signatures: trust.mergeSignatures(local.record.signatures, restriction.signatures) };
    const after = trust.verdict(merged);
    if (after.usageLabel === before.usageLabel || !labelRestricts(before.usageLabel, after.usageLabel)) continue;
    const record = local.record;
    out.push({
      item: {
        id: record.id,
        slug: record.slug,
        names: { zh: record.names.zh, en: record.names.en },
        action: 'update',
        changes: [{ field: 'label', from: before.usageLabel, to: after.usageLabel }],
      },
      record: applyVerdict(merged, after),
      before: { status: before.status, label: before.usageLabel, version: record.version },
      restriction: true,
    });
  }
  return out;
}

/** Applies new and updated motifs in one transaction; conflicts and refusals are left alone and reported. */
export async function applyPack(db: Database, repo: MotifRepo, store: FileStore, trust: TrustService, bytes: Uint8Array, actor: string, now: Date): Promise<PackPlan> {
  const verified = verifyPack(bytes, repo);
  const { plan, planned } = planPack(repo, trust, verified);
  const chosen = new Set(planned.filter((p) => p.item.action === 'new' || p.item.action === 'update').map((p) => p.record.id));
  // derive everything (thumbnails, previews) before the transaction
  const derived = await derivePackFiles(store, verified, (record) => chosen.has(record.id));
  db.transaction(() => writePlanned(repo, planned, derived, actor, now.toISOString(), `pack ${verified.manifest.packId} from ${verified.manifest.creator}`))();
  return plan;
}

export type StoredFile = DerivedFile & { sha256: string };

/**
 * Master artwork with the thumbnails and previews derived from it, stored in the file store
 * (content-addressed: files of a transaction that then rolls back are orphans, never wrong),
 * for the records `needed` picks. Run it before the transaction: deriving is async.
 */
export async function derivePackFiles(store: FileStore, verified: VerifiedPack, needed: (record: MotifRecord) => boolean): Promise<Map<string, StoredFile[]>> {
  const queue = verified.records.filter(needed);
  const derived = new Map<string, DerivedFile[]>();
  // two records at a time: sharp works on its own threads, so the next image decodes while this one encodes
  await Promise.all(
    Array.from({ length: Math.min(2, queue.length) }, async () => {
      for (let record = queue.shift(); record; record = queue.shift()) derived.set(record.id, await deriveFiles(record, verified.files));
    }),
  );
  // one flush to disk for the whole pack (or sync page), not one per file
  const all = [...derived.values()].flat();
  const shas = await store.putMany(all.map((f) => f.bytes));
  const stored = new Map(all.map((f, i) => [f, shas[i]]));
  const out = new Map<string, StoredFile[]>();
  for (const record of verified.records) {
    const files = derived.get(record.id);
    if (files) out.set(record.id, files.map((f) => ({ ...f, sha256: stored.get(f)! })));
  }
  return out;
}

/**
 * Writes the planned new and updated records (the others are left alone), with their files and
 * an audit entry listing the changes. Call it inside the caller's transaction. A record whose
 * files were not derived keeps the files it has (its artwork did not change).
 */
export function writePlanned(repo: MotifRepo, planned: PlannedRecord[], derived: Map<string, StoredFile[]>, actor: string, at: string, note: string, source: 'pack' = 'pack'): PlannedRecord[] {
  const written = planned.filter((p) => p.item.action === 'new' || p.item.action === 'update');
  for (const { record, before, item, restriction } of written) {
    const files = derived.get(record.id);
    if (!before && !files) throw new Error(`no artwork derived for the new record ${record.id}`);
    if (restriction) repo.update(record);
    else if (before) repo.update(record, { version: record.version, source });
    else repo.insert(record, source, record.version);
    for (const f of files ?? []) {
      repo.registerFile(f.sha256, f.bytes.length, f.mediaType, at);
      repo.attachFile(record.id, { name: f.name, role: f.role, sha256: f.sha256 });
    }
    repo.appendAudit(record.id, {
      action: restriction ? 'pack-restriction' : before ? 'pack-update' : 'pack-import',
      actor,
      at,
      note: `${note}${item.changes.length ? `: ${item.changes.map((c) => `${c.field} ${c.from ?? '-'} -> ${c.to}`).join('; ')}` : ''}`,
      before,
      after: { status: record.status, label: record.usageLabel, version: record.version },
    });
  }
  return written;
}

type DerivedFile = { name: string; role: 'vector' | 'raster' | 'thumbnail' | 'preview'; bytes: Uint8Array; mediaType: string };

async function deriveFiles(record: MotifRecord, files: Map<string, Uint8Array>): Promise<DerivedFile[]> {
  const out: DerivedFile[] = [];
  if (record.artwork.vector) {
    // already sanitized by verifyPack (withSanitizedVector)
    const svg = files.get(`motifs/${record.id}/${record.artwork.vector}`)!;
    out.push({ name: record.artwork.vector, role: 'vector', bytes: svg, mediaType: 'image/svg+xml' });
    out.push({ name: 'thumbnail.png', role: 'thumbnail', bytes: await svgThumbnail(new TextDecoder().decode(svg), record.artwork.vector), mediaType: 'image/png' });
  }
  for (const name of record.artwork.rasters) {
    const bytes = files.get(`motifs/${record.id}/${name}`)!;
    const raster = await normalizeRaster(bytes, name);
    out.push({ name, role: 'raster', bytes, mediaType: 'application/octet-stream' });
    if (!record.artwork.vector) {
      out.push({ name: PREVIEW_FILE.name, role: 'preview', bytes: raster.preview, mediaType: PREVIEW_FILE.mediaType });
      out.push({ name: 'thumbnail.png', role: 'thumbnail', bytes: raster.thumbnail, mediaType: 'image/png' });
    }
  }
  return out;
}

function secretSacred(record: MotifRecord) {
  const label = USAGE_LABELS['secret-sacred'].name;
  return studioError(
    'pack.secret-sacred',
    `纹样包里的“${record.names.zh}”标为“${label.zh}”：这类纹样不经纹样包传递，什么都没有导入。请让对方重新制作不含它的纹样包。`,
    `The pack carries "${record.names.en}", labelled "${label.en}": such motifs are never passed on in packs, so nothing was imported. Ask the sender for a pack without it.`,
    { id: record.id },
  );
}

function packCorrupt(detail: string) {
  return studioError('pack.corrupt', `纹样包文件已损坏或不完整：${detail}。什么都没有改动。`, `The motif pack is damaged or incomplete: ${detail}. Nothing was changed.`, { detail });
}

function refused(en: string, zh: string) {
  return studioError('pack.refused', `纹样包未通过检查：${zh}。什么都没有改动。`, `The motif pack failed its checks: ${en}. Nothing was changed.`);
}
