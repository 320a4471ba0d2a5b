import fs from 'node:fs/promises';
import zlib from 'node:zlib';
import { studioError } from '../../../model/localized';

export interface ArchiveEntry {
  name: string;
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
  isSymlink: boolean;
  encrypted: boolean;
}

/**
 * Reads a backup archive from disk entry by entry (positional reads), so restoring a
 * multi-gigabyte backup needs memory for one file at a time, never for the whole archive.
 * The archive is untrusted: every size and offset is checked against the file before use,
 * and inflating is capped at the declared size.
 */
export class ZipFileReader {
  private constructor(
    private readonly handle: fs.FileHandle,
    readonly size: number,
    readonly entries: ArchiveEntry[],
  ) {}

  static async open(file: string): Promise<ZipFileReader> {
    const handle = await fs.open(file, 'r');
    try {
      const size = (await handle.stat()).size;
      const entries = await readDirectory(handle, size);
      return new ZipFileReader(handle, size, entries);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  async read(entry: ArchiveEntry): Promise<Buffer> {
    const header = await readAt(this.handle, entry.localHeaderOffset, 30, this.size);
    if (header.readUInt32LE(0) !== 0x04034b50) throw damaged(`bad local header for ${entry.name}`);
    const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    const data = await readAt(this.handle, start, entry.compressedSize, this.size);
    let out: Buffer;
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.size) throw damaged(`${entry.name}: stored size mismatch`);
      out = data;
    } else if (entry.method === 8) {
      try {
        out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
      } catch (error) {
        throw damaged(`${entry.name}: ${(error as Error).message}`);
      }
      if (out.length !== entry.size) throw damaged(`${entry.name}: expands to a different size than declared`);
    } else throw damaged(`${entry.name}: unsupported compression method ${entry.method}`);
    if ((zlib.crc32(out) >>> 0) !== entry.crc32) throw damaged(`${entry.name}: CRC mismatch`);
    return out;
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}

async function readAt(handle: fs.FileHandle, position: number, length: number, fileSize: number): Promise<Buffer> {
  if (position < 0 || length < 0 || position + length > fileSize) throw damaged('an entry points outside the file (truncated?)');
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await handle.read(buffer, done, length - done, position + done);
    if (bytesRead === 0) throw damaged('unexpected end of file');
    done += bytesRead;
  }
  return buffer;
}

async function readDirectory(handle: fs.FileHandle, size: number): Promise<ArchiveEntry[]> {
  if (size < 22) throw damaged('the file is too short to be an archive');
  const tailLength = Math.min(size, 22 + 65535);
  const tail = await readAt(handle, size - tailLength, tailLength, size);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged('no end-of-archive record (truncated?)');
  const count = tail.readUInt16LE(eocd + 10);
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cdOffset = tail.readUInt32LE(eocd + 16);
  const cd = await readAt(handle, cdOffset, cdSize, size);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const entries: ArchiveEntry[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== 0x02014b50) throw damaged('bad directory entry');
    const madeBy = cd.readUInt16LE(p + 4) >> 8;
    const nameLength = cd.readUInt16LE(p + 28);
    if (p + 46 + nameLength > cd.length) throw damaged('entry name outside the directory');
    let name: string;
    try {
      name = decoder.decode(cd.subarray(p + 46, p + 46 + nameLength));
    } catch {
      throw damaged('entry name is not UTF-8');
    }
    const mode = madeBy === 3 ? cd.readUInt32LE(p + 38) >>> 16 : 0;
    entries.push({
      name,
      method: cd.readUInt16LE(p + 10),
      crc32: cd.readUInt32LE(p + 16),
      compressedSize: cd.readUInt32LE(p + 20),
      size: cd.readUInt32LE(p + 24),
      localHeaderOffset: cd.readUInt32LE(p + 42),
      isSymlink: (mode & 0o170000) === 0o120000,
      encrypted: (cd.readUInt16LE(p + 8) & 1) === 1,
    });
    p += 46 + nameLength + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
  }
  return entries;
}

export function damaged(detail: string) {
  return studioError(
    'backup.damaged',
    `备份文件已损坏或不完整：${detail}。现有数据没有被改动。请换一个备份。`,
    `The backup file is damaged or incomplete: ${detail}. Your current data was not touched. Choose another backup.`,
    { detail },
  );
}
