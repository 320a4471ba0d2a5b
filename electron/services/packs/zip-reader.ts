import { studioError } from '../../../model/localized';
import { dataStart, END_SEARCH_BYTES, findEndRecord, inflateEntry, localHeaderLength, parseCentralDirectory, type Fail, type ZipEntry } from '../zip/zip-format';

export type { ZipEntry };

/**
 * Reads an archive held in memory (a motif pack or a design file). Every entry is listed and
 * judged (names, links, sizes) before a byte is inflated, and inflating is capped at the
 * declared size. `fail` names the damage in the caller's words (default: a motif pack).
 */
export function listZip(bytes: Uint8Array, fail: Fail = corrupt): ZipEntry[] {
  const tail = bytes.subarray(Math.max(0, bytes.length - END_SEARCH_BYTES));
  const end = findEndRecord(tail, fail);
  if (end.directoryOffset + end.directorySize > bytes.length) throw fail('central directory outside the file (truncated?)');
  return parseCentralDirectory(bytes.subarray(end.directoryOffset, end.directoryOffset + end.directorySize), end.count, fail);
}

export function readEntry(bytes: Uint8Array, entry: ZipEntry, fail: Fail = corrupt): Buffer {
  const start = dataStart(bytes.subarray(entry.localHeaderOffset, entry.localHeaderOffset + localHeaderLength(entry)), entry, fail);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw fail(`${entry.name} is cut short (truncated?)`);
  return inflateEntry(entry, bytes.subarray(start, end), fail);
}

function corrupt(detail: string) {
  return studioError('pack.corrupt', `纹样包文件已损坏或不完整：${detail}。什么都没有改动。`, `The motif pack is damaged or incomplete: ${detail}. Nothing was changed.`, { detail });
}
