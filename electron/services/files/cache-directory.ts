import fs from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * A folder of cache entries that only ever costs time: a missing, damaged or unwritable entry
 * is a miss, never an error. Reading an entry marks it used (its mtime), and each kind of entry
 * (a file-name prefix) keeps only its most recently used `maxEntries` within `maxBytes`, so the
 * data folder of a village PC does not fill up with pictures of designs long gone. Writes are
 * atomic: two processes never see half an entry. Used by the thumbnails, the font facts and
 * subsets, and the photos prepared for the PDF.
 */
export class CacheDirectory {
  constructor(
    readonly dir: string,
    private readonly maxEntries: number,
    private readonly maxBytes = Number.POSITIVE_INFINITY,
  ) {}

  file(name: string): string {
    return path.join(this.dir, name);
  }

  /** The entry's bytes, marked as recently used, or undefined when absent. */
  read(name: string): Buffer | undefined {
    const file = this.file(name);
    try {
      const bytes = fs.readFileSync(file);
      const now = new Date();
      fs.utimesSync(file, now, now);
      return bytes;
    } catch {
      return undefined;
    }
  }

  /** Writes atomically (temporary sibling, rename), then trims entries of the same kind. */
  write(name: string, bytes: Uint8Array | string, kind: string): void {
    this.writeOnly(name, bytes);
    this.evict(kind);
  }

  /** Writes without trimming: for bookkeeping files that are not entries. */
  writeOnly(name: string, bytes: Uint8Array | string): void {
    const file = this.file(name);
    // the thumbnail worker thread writes the same folders from the same process: the thread is part of the name
    const tmp = `${file}.${process.pid}.${threadId}.tmp`;
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      fs.writeFileSync(tmp, bytes);
      fs.renameSync(tmp, file);
    } catch {
      this.removeFile(tmp);
    }
  }

  remove(name: string): void {
    this.removeFile(this.file(name));
  }

  /** Keeps the newest entries whose names start with `kind`, while both bounds hold. */
  evict(kind: string): void {
    let names: string[];
    try {
      names = fs.readdirSync(this.dir);
    } catch {
      return;
    }
    const entries = names
      .filter((name) => name.startsWith(kind) && !name.endsWith('.tmp'))
      .map((name) => {
        const file = this.file(name);
        try {
          const stat = fs.statSync(file);
          return { file, used: stat.mtimeMs, size: stat.size };
        } catch {
          return { file, used: -1, size: 0 };
        }
      })
      .sort((a, b) => b.used - a.used);
    let total = 0;
    entries.forEach((entry, i) => {
      total += entry.size;
      if (i >= this.maxEntries || total > this.maxBytes) this.removeFile(entry.file);
    });
  }

  private removeFile(file: string): void {
    try {
      fs.rmSync(file, { force: true });
    } catch {
      // a cache entry that cannot be removed is retried at the next eviction
    }
  }
}
