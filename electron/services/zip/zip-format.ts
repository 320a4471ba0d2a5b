import zlib from 'node:zlib';

/**
 * The parts of the zip format that every reader of untrusted archives here needs (motif
 * packs in memory, backups read from disk): the end record, the central directory with
 * link and encryption flags, where an entry's data starts, and a bounded inflate. Each
 * caller passes `fail`, which turns a detail into its own translated error.
 *
 * Both readers must see exactly what any other zip tool sees, or a hostile archive can show
 * the studio one file and a person another. So the directory refuses two entries whose
 * names are the same, also after Unicode normalisation and case folding (Windows and macOS
 * unpack those onto one file, and tools differ on which one wins), and an entry's data is
 * read only when its local header repeats the directory's name.
 */
export interface ZipEntry {
  name: string;
  /** length of the name in bytes, as stored (the local header must repeat it) */
  nameBytes: number;
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
  isSymlink: boolean;
  isDirectory: boolean;
  encrypted: boolean;
}

export type Fail = (detail: string) => Error;

const END_RECORD = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
export const END_RECORD_SIZE = 22;
/** the end record sits within this many bytes of the end (22 + the longest comment) */
export const END_SEARCH_BYTES = END_RECORD_SIZE + 65535;
export const LOCAL_HEADER_SIZE = 30;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Finds the end record in the last bytes of an archive (`tail`). */
export function findEndRecord(tail: Uint8Array, fail: Fail): { count: number; directorySize: number; directoryOffset: number } {
  const v = view(tail);
  for (let i = tail.length - END_RECORD_SIZE; i >= 0; i--) {
    if (v.getUint32(i, true) === END_RECORD) {
      return { count: v.getUint16(i + 10, true), directorySize: v.getUint32(i + 12, true), directoryOffset: v.getUint32(i + 16, true) };
    }
  }
  throw fail('no end-of-archive record (truncated?)');
}

export function parseCentralDirectory(directory: Uint8Array, count: number, fail: Fail): ZipEntry[] {
  const v = view(directory);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > directory.length || v.getUint32(p, true) !== CENTRAL_ENTRY) throw fail('bad central directory entry');
    const madeBy = v.getUint16(p + 4, true) >> 8;
    const nameLength = v.getUint16(p + 28, true);
    if (p + 46 + nameLength > directory.length) throw fail('entry name outside the directory');
    let name: string;
    try {
      name = decoder.decode(directory.subarray(p + 46, p + 46 + nameLength));
    } catch {
      throw fail('entry name is not UTF-8');
    }
    const key = sameFileKey(name);
    if (seen.has(key)) throw fail(`entry ${JSON.stringify(name.slice(0, 120))} appears twice (another entry has the same name)`);
    seen.add(key);
    // Unix mode bits, when the archive says it was made on Unix
    const mode = madeBy === 3 ? v.getUint32(p + 38, true) >>> 16 : 0;
    entries.push({
      name,
      nameBytes: nameLength,
      method: v.getUint16(p + 10, true),
      crc32: v.getUint32(p + 16, true),
      compressedSize: v.getUint32(p + 20, true),
      size: v.getUint32(p + 24, true),
      localHeaderOffset: v.getUint32(p + 42, true),
      isSymlink: (mode & 0o170000) === 0o120000,
      isDirectory: name.endsWith('/') || (mode & 0o170000) === 0o040000,
      encrypted: (v.getUint16(p + 8, true) & 1) === 1,
    });
    p += 46 + nameLength + v.getUint16(p + 30, true) + v.getUint16(p + 32, true);
  }
  return entries;
}

/** Two names that unpack onto the same file anywhere: same after NFC and case folding, trailing slash ignored. */
function sameFileKey(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/\/+$/, '');
}

/** How many bytes to read at an entry's local header: the fixed part and the name. */
export function localHeaderLength(entry: ZipEntry): number {
  return LOCAL_HEADER_SIZE + entry.nameBytes;
}

/**
 * Offset of an entry's data, from its local header (`localHeaderLength(entry)` bytes). The
 * header must name the same file as the directory: tools that stream an archive read the
 * local names, so a different name there would be a second, hidden view of the archive.
 */
export function dataStart(localHeader: Uint8Array, entry: ZipEntry, fail: Fail): number {
  const v = view(localHeader);
  if (localHeader.length < localHeaderLength(entry) || v.getUint32(0, true) !== LOCAL_HEADER) throw fail(`bad local header for ${entry.name}`);
  const nameLength = v.getUint16(26, true);
  const localName = localHeader.subarray(LOCAL_HEADER_SIZE, LOCAL_HEADER_SIZE + nameLength);
  if (nameLength !== entry.nameBytes || !Buffer.from(entry.name, 'utf8').equals(localName)) throw fail(`the local header of ${entry.name} names another file`);
  return entry.localHeaderOffset + LOCAL_HEADER_SIZE + nameLength + v.getUint16(28, true);
}

/**
 * Stored or deflated data to bytes, never more than the declared size (a lying header
 * cannot make it allocate more), with the CRC checked.
 */
export function inflateEntry(entry: ZipEntry, data: Uint8Array, fail: Fail): Buffer {
  let out: Buffer;
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw fail(`${entry.name}: stored size mismatch`);
    out = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  } else if (entry.method === 8) {
    try {
      out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
    } catch (error) {
      throw fail(`${entry.name}: ${(error as Error).message}`);
    }
    if (out.length !== entry.size) throw fail(`${entry.name}: expands to a different size than declared`);
  } else throw fail(`${entry.name}: unsupported compression method ${entry.method}`);
  if (zlib.crc32(out) >>> 0 !== entry.crc32) throw fail(`${entry.name}: CRC mismatch`);
  return out;
}
