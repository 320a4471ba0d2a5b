import { sanitizeSvg } from '../../../model/svg/sanitize';
import { studioError, type Localized } from '../../../model/localized';
import { PACK_ENTRY_PATTERN, PACK_FORMAT, PACK_FORMAT_VERSION, PACK_LIMITS, packManifestSchema, type PackManifest } from '../../../model/motif/pack-manifest';
import type { MotifRecord } from '../../../model/motif/schema';
import type { Database } from '../db/database';
import { FileStore, sha256Hex } from '../files/file-store';
import { normalizeRaster, PREVIEW_FILE, svgThumbnail } from '../intake/raster';
import type { MotifRepo } from '../library/motif-repo';
import { listZip, readEntry } from './zip-reader';

export type PackAction = 'new' | 'update' | 'unchanged' | 'conflict';

export interface PackPlanItem {
  id: string;
  slug: string;
  names: { zh: string; en: string };
  action: PackAction;
  reason?: Localized;
}

export interface PackPlan {
  packId: string;
  creator: string;
  createdAt: string;
  items: PackPlanItem[];
}

interface VerifiedPack {
  manifest: PackManifest;
  files: Map<string, Uint8Array>;
}

/**
 * Reads an untrusted pack completely into memory-bounded buffers and checks everything
 * before anything touches the database: entry names, links, sizes and ratios, the
 * manifest schema and format version, and every checksum. Any failure throws and
 * nothing is changed.
 */
export function verifyPack(bytes: Uint8Array): VerifiedPack {
  const entries = listZip(bytes);
  if (entries.length > PACK_LIMITS.maxEntries) throw refused(`too many entries (${entries.length})`, `条目太多（${entries.length}）`);
  let total = 0;
  for (const e of entries) {
    if (e.isSymlink) throw refused(`entry ${e.name} is a link`, `条目 ${e.name} 是链接`);
    if (e.encrypted) throw refused(`entry ${e.name} is encrypted`, `条目 ${e.name} 是加密的`);
    if (e.isDirectory) continue;
    if (e.name !== 'manifest.json' && !PACK_ENTRY_PATTERN.test(e.name)) {
      throw refused(`entry name not allowed: ${JSON.stringify(e.name.slice(0, 120))}`, `不允许的条目名：${JSON.stringify(e.name.slice(0, 120))}（不能含绝对路径或“..”）`);
    }
    const limit = e.name === 'manifest.json' ? PACK_LIMITS.maxManifestBytes : PACK_LIMITS.maxFileBytes;
    if (e.size > limit) throw refused(`entry ${e.name} is too large (${e.size} bytes)`, `条目 ${e.name} 太大（${e.size} 字节）`);
    if (e.compressedSize > 0 && e.size / e.compressedSize > PACK_LIMITS.maxRatio && e.size > 1024 * 1024) {
      throw refused(`entry ${e.name} expands ${Math.round(e.size / e.compressedSize)}x (zip bomb?)`, `条目 ${e.name} 解压后膨胀 ${Math.round(e.size / e.compressedSize)} 倍（疑似压缩炸弹）`);
    }
    total += e.size;
    if (total > PACK_LIMITS.maxTotalBytes) throw refused('the pack expands beyond 1 GB', '纹样包解压后超过 1 GB');
  }
  const manifestEntry = entries.find((e) => e.name === 'manifest.json');
  if (!manifestEntry) throw refused('manifest.json is missing', '缺少 manifest.json');
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(readEntry(bytes, manifestEntry)));
  } catch (error) {
    if ((error as { code?: string }).code === 'pack.corrupt') throw error;
    throw refused('manifest.json is not valid JSON', 'manifest.json 不是有效的 JSON');
  }
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
  const files = new Map<string, Uint8Array>();
  const byName = new Map(entries.map((e) => [e.name, e]));
  for (const f of manifest.files) {
    const entry = byName.get(f.path);
    if (!entry) throw refused(`file ${f.path} listed in the manifest is missing`, `清单里的文件 ${f.path} 不在包里`);
    const data = readEntry(bytes, entry);
    if (data.length !== f.size || sha256Hex(data) !== f.sha256) throw refused(`checksum mismatch for ${f.path} (tampered or damaged)`, `文件 ${f.path} 的校验值不符（被改动或已损坏）`);
    files.set(f.path, data);
  }
  for (const record of manifest.motifs) {
    for (const name of [record.artwork.vector, ...record.artwork.rasters].filter((n): n is string => !!n)) {
      const data = files.get(`motifs/${record.id}/${name}`);
      if (!data) throw refused(`artwork ${name} of ${record.slug} is missing`, `纹样 ${record.slug} 的图稿 ${name} 不在包里`);
      if (record.artwork.sha256[name] !== sha256Hex(data)) throw refused(`artwork ${name} of ${record.slug} does not match its record`, `纹样 ${record.slug} 的图稿 ${name} 与记录不符`);
    }
  }
  return { manifest, files };
}

export function planPack(repo: MotifRepo, manifest: PackManifest): PackPlan {
  const items = manifest.motifs.map((incoming): PackPlanItem => {
    const base = { id: incoming.id, slug: incoming.slug, names: { zh: incoming.names.zh, en: incoming.names.en } };
    const local = repo.get(incoming.id);
    if (!local) {
      const slugOwner = repo.idBySlug(incoming.slug);
      if (slugOwner) return { ...base, action: 'conflict', reason: { zh: `本地已有同名标识“${incoming.slug}”的另一个纹样。`, en: `Another local motif already uses the slug "${incoming.slug}".` } };
      return { ...base, action: 'new' };
    }
    if (local.upstreamVersion !== null && incoming.version <= local.upstreamVersion) {
      return { ...base, action: 'unchanged' };
    }
    const editedHere = local.upstreamVersion === null || local.record.version !== local.upstreamVersion;
    if (editedHere) {
      return {
        ...base,
        action: 'conflict',
        reason: {
          zh: `本地修改过这个纹样（第 ${local.record.version} 版），包里是第 ${incoming.version} 版；为免覆盖本地修改，没有导入。`,
          en: `This motif was edited here (version ${local.record.version}); the pack has version ${incoming.version}. It was not imported so local changes are not overwritten.`,
        },
      };
    }
    return { ...base, action: 'update' };
  });
  return { packId: manifest.packId, creator: manifest.creator, createdAt: manifest.createdAt, items };
}

/** Applies new and updated motifs in one transaction; conflicts are left alone and reported. */
export async function applyPack(db: Database, repo: MotifRepo, store: FileStore, bytes: Uint8Array, actor: string, now: Date): Promise<PackPlan> {
  const { manifest, files } = verifyPack(bytes);
  const plan = planPack(repo, manifest);
  const chosen = plan.items.filter((i) => i.action === 'new' || i.action === 'update');
  // derive everything (sanitize again, thumbnails) before the transaction
  const prepared: { record: MotifRecord; files: { name: string; role: 'vector' | 'raster' | 'thumbnail' | 'preview'; bytes: Uint8Array; mediaType: string }[] }[] = [];
  for (const item of chosen) {
    const record = manifest.motifs.find((m) => m.id === item.id)!;
    prepared.push({ record, files: await deriveFiles(record, files) });
  }
  const stored = prepared.map((p) => ({ ...p, files: p.files.map((f) => ({ ...f, sha256: store.put(f.bytes) })) }));
  const at = now.toISOString();
  db.transaction(() => {
    for (const { record, files: fs } of stored) {
      const vector = fs.find((f) => f.role === 'vector');
      const fixed: MotifRecord = vector ? { ...record, artwork: { ...record.artwork, sha256: { ...record.artwork.sha256, [vector.name]: vector.sha256 } } } : record;
      const local = repo.get(record.id);
      if (local) repo.update(fixed, { version: record.version, source: 'pack' });
      else repo.insert(fixed, 'pack', record.version);
      for (const f of fs) {
        repo.registerFile(f.sha256, f.bytes.length, f.mediaType, at);
        repo.attachFile(record.id, { name: f.name, role: f.role, sha256: f.sha256 });
      }
      repo.appendAudit(record.id, {
        action: local ? 'pack-update' : 'pack-import',
        actor,
        at,
        note: `pack ${manifest.packId} from ${manifest.creator}`,
        before: local ? { status: local.record.status, version: local.record.version } : undefined,
        after: { status: record.status, version: record.version },
      });
    }
  })();
  return plan;
}

async function deriveFiles(record: MotifRecord, files: Map<string, Uint8Array>) {
  const out: { name: string; role: 'vector' | 'raster' | 'thumbnail' | 'preview'; bytes: Uint8Array; mediaType: string }[] = [];
  if (record.artwork.vector) {
    // a pack is untrusted even when its checksums match: sanitize the SVG again
    const clean = sanitizeSvg(new TextDecoder().decode(files.get(`motifs/${record.id}/${record.artwork.vector}`)!));
    out.push({ name: record.artwork.vector, role: 'vector', bytes: new TextEncoder().encode(clean.svg), mediaType: 'image/svg+xml' });
    out.push({ name: 'thumbnail.png', role: 'thumbnail', bytes: await svgThumbnail(clean.svg, record.artwork.vector), mediaType: 'image/png' });
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

function refused(en: string, zh: string) {
  return studioError('pack.refused', `纹样包未通过检查：${zh}。什么都没有改动。`, `The motif pack failed its checks: ${en}. Nothing was changed.`);
}
