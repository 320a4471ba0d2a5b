import { inflateSync } from 'fflate';
import { studioError } from '../../../model/localized';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  crc32: number;
  localHeaderOffset: number;
  isSymlink: boolean;
  isDirectory: boolean;
  encrypted: boolean;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * A deliberately small zip reader for untrusted archives: it lists the central directory
 * (names, sizes, link and encryption flags) so every entry can be judged *before* a byte
 * is inflated, and it inflates into a buffer of exactly the declared size, so a lying
 * header cannot make it allocate more.
 */
export function listZip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt('no end-of-central-directory record (truncated?)');
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (cdOffset + cdSize > bytes.length) throw corrupt('central directory outside the file (truncated?)');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) throw corrupt('bad central directory entry');
    const madeBy = view.getUint16(p + 4, true) >> 8;
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const crc32 = view.getUint32(p + 16, true);
    const compressedSize = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const externalAttributes = view.getUint32(p + 38, true);
    const localHeaderOffset = view.getUint32(p + 42, true);
    if (p + 46 + nameLength > bytes.length) throw corrupt('entry name outside the file');
    let name: string;
    try {
      name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    } catch {
      throw corrupt('entry name is not UTF-8');
    }
    const unixMode = madeBy === 3 ? externalAttributes >>> 16 : 0;
    entries.push({
      name,
      method,
      compressedSize,
      size,
      crc32,
      localHeaderOffset,
      isSymlink: (unixMode & 0o170000) === 0o120000,
      isDirectory: name.endsWith('/') || (unixMode & 0o170000) === 0o040000,
      encrypted: (flags & 1) === 1,
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export function readEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = entry.localHeaderOffset;
  if (p + 30 > bytes.length || view.getUint32(p, true) !== LOCAL) throw corrupt(`bad local header for ${entry.name}`);
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt(`${entry.name} is cut short (truncated?)`);
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw corrupt(`${entry.name}: stored size mismatch`);
    return data;
  }
  if (entry.method !== 8) throw corrupt(`${entry.name}: unsupported compression method ${entry.method}`);
  const out = new Uint8Array(entry.size);
  let inflated: Uint8Array;
  try {
    inflated = inflateSync(data, { out });
  } catch (error) {
    throw corrupt(`${entry.name}: ${(error as Error).message}`);
  }
  if (inflated.length !== entry.size) throw corrupt(`${entry.name}: expands to a different size than declared`);
  return inflated;
}

function corrupt(detail: string) {
  return studioError('pack.corrupt', `纹样包文件已损坏或不完整：${detail}。什么都没有改动。`, `The motif pack is damaged or incomplete: ${detail}. Nothing was changed.`, { detail });
}
