import fs from 'node:fs';
import path from 'node:path';

/**
 * A folder of cache entries that only ever costs time: a missing, damaged or unwritable entry
 * is a miss, never an error. Reading an entry marks it used (its mtime), and each kind of entry
 * (a file-name prefix) keeps only its most recently used `maxEntries`, so the data folder of a
 * village PC does not fill up with pictures of designs long gone.
 */
export class CacheDirectory {
  constructor(
    readonly dir: string,
    private readonly maxEntries: number,
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
    const tmp = `${file}.${process.pid}.tmp`;
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

  /** Keeps the newest `maxEntries` entries whose names start with `kind`. */
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
          return { file, used: fs.statSync(file).mtimeMs };
        } catch {
          return { file, used: -1 };
        }
      })
      .sort((a, b) => b.used - a.used);
    for (const old of entries.slice(this.maxEntries)) this.removeFile(old.file);
  }

  private removeFile(file: string): void {
    try {
      fs.rmSync(file, { force: true });
    } catch {
      // a cache entry that cannot be removed is retried at the next eviction
    }
  }
}
