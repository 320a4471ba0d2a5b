import fs from 'node:fs/promises';
import { studioError } from '../../../model/localized';
import { dataStart, END_RECORD_SIZE, END_SEARCH_BYTES, findEndRecord, inflateEntry, localHeaderLength, parseCentralDirectory, type ZipEntry } from '../zip/zip-format';

export type ArchiveEntry = ZipEntry;

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
    const header = await readAt(this.handle, entry.localHeaderOffset, localHeaderLength(entry), this.size);
    const start = dataStart(header, entry, damaged);
    return inflateEntry(entry, await readAt(this.handle, start, entry.compressedSize, this.size), damaged);
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
  if (size < END_RECORD_SIZE) throw damaged('the file is too short to be an archive');
  const tailLength = Math.min(size, END_SEARCH_BYTES);
  const end = findEndRecord(await readAt(handle, size - tailLength, tailLength, size), damaged);
  const directory = await readAt(handle, end.directoryOffset, end.directorySize, size);
  return parseCentralDirectory(directory, end.count, damaged);
}

export function damaged(detail: string) {
  return studioError(
    'backup.damaged',
    `备份文件已损坏或不完整：${detail}。现有数据没有被改动。请换一个备份。`,
    `The backup file is damaged or incomplete: ${detail}. Your current data was not touched. Choose another backup.`,
    { detail },
  );
}
