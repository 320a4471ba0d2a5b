import fs from 'node:fs/promises';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { studioError } from '../../../model/localized';

const deflateRaw = promisify(zlib.deflateRaw);

/** Plain zip (no zip64): offsets and sizes must stay below 4 GiB, entries below 65,535. */
export const ZIP32_LIMIT = 0xffffffff;
const MAX_ENTRIES = 0xfffe;

interface Written {
  name: Buffer;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/**
 * Writes a zip file entry by entry straight to disk, so a backup of a large library never
 * has to fit in memory (one artwork file at a time does). Entries are stored as they are
 * (scans are already compressed) or deflated (the database compresses well).
 */
export class ZipWriter {
  private offset = 0;
  private readonly entries: Written[] = [];

  private constructor(private readonly handle: fs.FileHandle) {}

  static async create(file: string): Promise<ZipWriter> {
    return new ZipWriter(await fs.open(file, 'wx'));
  }

  async add(name: string, data: Uint8Array, options: { deflate?: boolean } = {}): Promise<void> {
    if (this.entries.length >= MAX_ENTRIES) throw tooBig(`more than ${MAX_ENTRIES} entries`);
    const body = options.deflate ? await deflateRaw(data, { level: 6 }) : data;
    const entry: Written = {
      name: Buffer.from(name, 'utf8'),
      method: options.deflate ? 8 : 0,
      crc: zlib.crc32(data) >>> 0,
      compressedSize: body.length,
      size: data.length,
      offset: this.offset,
    };
    if (this.offset + 30 + entry.name.length + body.length > ZIP32_LIMIT) throw tooBig('the archive would pass 4 GB');
    await this.write(localHeader(entry));
    await this.write(body);
    this.entries.push(entry);
  }

  /** Central directory and end record, then flush to disk. */
  async finish(): Promise<number> {
    const start = this.offset;
    for (const entry of this.entries) await this.write(centralHeader(entry));
    const size = this.offset - start;
    if (this.offset + 22 > ZIP32_LIMIT) throw tooBig('the archive would pass 4 GB');
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(size, 12);
    end.writeUInt32LE(start, 16);
    await this.write(end);
    await this.handle.sync();
    await this.handle.close();
    return this.offset;
  }

  async abort(): Promise<void> {
    await this.handle.close().catch(() => {});
  }

  private async write(bytes: Uint8Array): Promise<void> {
    let done = 0;
    while (done < bytes.length) {
      const { bytesWritten } = await this.handle.write(bytes, done, bytes.length - done);
      done += bytesWritten;
    }
    this.offset += bytes.length;
  }
}

// fixed DOS timestamp (1 Jan 2020): the manifest carries the real time; equal inputs give equal bytes
const DOS_TIME = 0;
const DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;

function localHeader(e: Written): Buffer {
  const b = Buffer.alloc(30);
  b.writeUInt32LE(0x04034b50, 0);
  b.writeUInt16LE(20, 4);
  b.writeUInt16LE(UTF8_NAMES, 6);
  b.writeUInt16LE(e.method, 8);
  b.writeUInt16LE(DOS_TIME, 10);
  b.writeUInt16LE(DOS_DATE, 12);
  b.writeUInt32LE(e.crc, 14);
  b.writeUInt32LE(e.compressedSize, 18);
  b.writeUInt32LE(e.size, 22);
  b.writeUInt16LE(e.name.length, 26);
  b.writeUInt16LE(0, 28);
  return Buffer.concat([b, e.name]);
}

function centralHeader(e: Written): Buffer {
  const b = Buffer.alloc(46);
  b.writeUInt32LE(0x02014b50, 0);
  b.writeUInt16LE((3 << 8) | 20, 4); // made by Unix, so the mode below is read as a regular file
  b.writeUInt16LE(20, 6);
  b.writeUInt16LE(UTF8_NAMES, 8);
  b.writeUInt16LE(e.method, 10);
  b.writeUInt16LE(DOS_TIME, 12);
  b.writeUInt16LE(DOS_DATE, 14);
  b.writeUInt32LE(e.crc, 16);
  b.writeUInt32LE(e.compressedSize, 20);
  b.writeUInt32LE(e.size, 24);
  b.writeUInt16LE(e.name.length, 28);
  b.writeUInt32LE((0o100644 << 16) >>> 0, 38);
  b.writeUInt32LE(e.offset, 42);
  return Buffer.concat([b, e.name]);
}

function tooBig(detail: string) {
  return studioError(
    'backup.too-large',
    `备份太大，无法写成一个文件（${detail}）。请先导出纹样包分批保存，或联系技术支持。`,
    `The backup is too large for one archive (${detail}). Export motif packs in parts first, or ask for technical help.`,
  );
}
