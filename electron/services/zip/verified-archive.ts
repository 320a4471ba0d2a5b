import type { ZipEntry } from './zip-format';
import { sha256Hex } from '../files/file-store';
import { listZip, readEntry } from '../packs/zip-reader';

/**
 * The checks every untrusted archive the studio imports in memory goes through before a byte of
 * it is used: motif packs (`.jxpack`) and design files (`.jxdesign`) share them, so a rule
 * tightened here tightens both. Each caller names its own allowed entries, limits and
 * translated errors; the format and version checks of its manifest stay with the caller.
 *
 * - every entry is listed and judged before anything is inflated: no links, no encryption,
 *   only allowed names (no absolute paths, no "..", nothing else), per-entry and total size
 *   limits, and a ratio limit against zip bombs;
 * - `manifest.json` must be present, within its own size limit, and valid UTF-8 JSON;
 * - `readListed` reads exactly the files a manifest lists and checks each size and sha256.
 */
export interface ArchiveLimits {
  maxEntries: number;
  maxFileBytes: number;
  maxTotalBytes: number;
  maxManifestBytes: number;
  /** a deflate stream expanding more than this (beyond 1 MiB) is treated as a zip bomb */
  maxRatio: number;
}

export interface ArchiveRules {
  limits: ArchiveLimits;
  /** may an entry (other than manifest.json) have this name? */
  allowed(name: string): boolean;
  /** a refusal: the archive is well-formed but fails a check (English detail, Chinese detail) */
  refused(en: string, zh: string): Error;
  /** the archive itself is damaged (zip structure, CRC, truncation) */
  corrupt(detail: string): Error;
}

export const MANIFEST_ENTRY = 'manifest.json';

export interface OpenedArchive {
  /** manifest.json parsed as JSON, not yet validated against any schema */
  manifest: unknown;
  entries: Map<string, ZipEntry>;
}

export function openVerifiedArchive(bytes: Uint8Array, rules: ArchiveRules): OpenedArchive {
  const { limits, refused } = rules;
  const entries = listZip(bytes, rules.corrupt);
  if (entries.length > limits.maxEntries) throw refused(`too many entries (${entries.length})`, `条目太多（${entries.length}）`);
  let total = 0;
  for (const e of entries) {
    if (e.isSymlink) throw refused(`entry ${e.name} is a link`, `条目 ${e.name} 是链接`);
    if (e.encrypted) throw refused(`entry ${e.name} is encrypted`, `条目 ${e.name} 是加密的`);
    if (e.isDirectory) continue;
    if (e.name !== MANIFEST_ENTRY && !rules.allowed(e.name)) {
      throw refused(`entry name not allowed: ${JSON.stringify(e.name.slice(0, 120))}`, `不允许的条目名：${JSON.stringify(e.name.slice(0, 120))}（不能含绝对路径或“..”）`);
    }
    const limit = e.name === MANIFEST_ENTRY ? limits.maxManifestBytes : limits.maxFileBytes;
    if (e.size > limit) throw refused(`entry ${e.name} is too large (${e.size} bytes)`, `条目 ${e.name} 太大（${e.size} 字节）`);
    if (e.compressedSize > 0 && e.size / e.compressedSize > limits.maxRatio && e.size > 1024 * 1024) {
      throw refused(`entry ${e.name} expands ${Math.round(e.size / e.compressedSize)}x (zip bomb?)`, `条目 ${e.name} 解压后膨胀 ${Math.round(e.size / e.compressedSize)} 倍（疑似压缩炸弹）`);
    }
    total += e.size;
    if (total > limits.maxTotalBytes) {
      const gb = Math.round(limits.maxTotalBytes / 1024 ** 3);
      throw refused(`the archive expands beyond ${gb} GB`, `解压后超过 ${gb} GB`);
    }
  }
  const byName = new Map(entries.map((e) => [e.name, e]));
  const manifestEntry = byName.get(MANIFEST_ENTRY);
  if (!manifestEntry) throw refused('manifest.json is missing', '缺少 manifest.json');
  const text = readEntry(bytes, manifestEntry, rules.corrupt);
  let manifest: unknown;
  try {
    manifest = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(text));
  } catch {
    throw refused('manifest.json is not valid JSON', 'manifest.json 不是有效的 JSON');
  }
  return { manifest, entries: byName };
}

/** Reads every file a manifest lists, each checked against its size and sha256; nothing else is read. */
export function readListedFiles(bytes: Uint8Array, archive: OpenedArchive, listed: readonly { path: string; sha256: string; size: number }[], rules: ArchiveRules): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const f of listed) {
    if (files.has(f.path)) throw rules.refused(`file ${f.path} appears twice in the manifest`, `清单里文件 ${f.path} 出现了两次`);
    const entry = archive.entries.get(f.path);
    if (!entry) throw rules.refused(`file ${f.path} listed in the manifest is missing`, `清单里的文件 ${f.path} 不在文件里`);
    const data = readEntry(bytes, entry, rules.corrupt);
    if (data.length !== f.size || sha256Hex(data) !== f.sha256) throw rules.refused(`checksum mismatch for ${f.path} (tampered or damaged)`, `文件 ${f.path} 的校验值不符（被改动或已损坏）`);
    files.set(f.path, data);
  }
  return files;
}
