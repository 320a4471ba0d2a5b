import { studioError } from '../../../model/localized';
import { dataStart, END_SEARCH_BYTES, findEndRecord, inflateEntry, localHeaderLength, parseCentralDirectory, type ZipEntry } from '../zip/zip-format';

export type { ZipEntry };

/**
 * Reads a motif pack held in memory. Every entry is listed and judged (names, links,
 * sizes) before a byte is inflated, and inflating is capped at the declared size.
 */
export function listZip(bytes: Uint8Array): ZipEntry[] {
  const tail = bytes.subarray(Math.max(0, bytes.length - END_SEARCH_BYTES));
  const end = findEndRecord(tail, corrupt);
  if (end.directoryOffset + end.directorySize > bytes.length) throw corrupt('central directory outside the file (truncated?)');
  return parseCentralDirectory(bytes.subarray(end.directoryOffset, end.directoryOffset + end.directorySize), end.count, corrupt);
}

export function readEntry(bytes: Uint8Array, entry: ZipEntry): Buffer {
  const start = dataStart(bytes.subarray(entry.localHeaderOffset, entry.localHeaderOffset + localHeaderLength(entry)), entry, corrupt);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt(`${entry.name} is cut short (truncated?)`);
  return inflateEntry(entry, bytes.subarray(start, end), corrupt);
}

function corrupt(detail: string) {
  return studioError('pack.corrupt', `纹样包文件已损坏或不完整：${detail}。什么都没有改动。`, `The motif pack is damaged or incomplete: ${detail}. Nothing was changed.`, { detail });
}
