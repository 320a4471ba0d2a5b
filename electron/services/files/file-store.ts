import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function sha256Hex(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

/**
 * Content-addressed artwork store: files/<first two hex>/<sha256>.
 *
 * A write goes to a temporary file, is flushed to disk, then renamed into place, so after
 * a power cut a stored name always holds complete bytes. Callers insert the database row
 * only after put() returns: a crash leaves at worst an orphan file (doctor removes it),
 * never a row pointing at half a file.
 */
export class FileStore {
  constructor(readonly root: string) {
    fs.mkdirSync(path.join(root, 'tmp'), { recursive: true });
  }

  pathFor(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }

  has(sha256: string): boolean {
    return fs.existsSync(this.pathFor(sha256));
  }

  /** Stores bytes (idempotent) and returns their sha256. */
  put(bytes: Uint8Array): string {
    const sha = sha256Hex(bytes);
    const target = this.pathFor(sha);
    if (fs.existsSync(target)) return sha;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const tmp = path.join(this.root, 'tmp', `${sha}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`);
    const fd = fs.openSync(tmp, 'w');
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, target);
    syncDirectory(path.dirname(target));
    return sha;
  }

  /**
   * Stores many files (idempotent) and returns their sha256s, in order. The same guarantee as
   * put(), paid for once per batch instead of once per file: every new file is written to a
   * temporary file, then all of them are flushed at once (the disk commits concurrent flushes
   * together: a sync page of 1500 small files went from 16 s to a few), renamed into place, and
   * each directory touched is flushed once. Returns only when all of it is on disk.
   */
  async putMany(items: Uint8Array[]): Promise<string[]> {
    const shas = items.map((bytes) => sha256Hex(bytes));
    const pending = new Map<string, { tmp: string; target: string }>();
    items.forEach((bytes, i) => {
      const target = this.pathFor(shas[i]);
      if (pending.has(shas[i]) || fs.existsSync(target)) return;
      const tmp = path.join(this.root, 'tmp', `${shas[i]}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`);
      fs.writeFileSync(tmp, bytes);
      pending.set(shas[i], { tmp, target });
    });
    const writes = [...pending.values()];
    await inParallel(writes, async ({ tmp }) => {
      const handle = await fs.promises.open(tmp, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    });
    const dirs = new Set<string>();
    for (const { tmp, target } of writes) {
      dirs.add(path.dirname(target));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.renameSync(tmp, target);
    }
    await inParallel([...dirs], syncDirectoryAsync);
    return shas;
  }

  read(sha256: string): Buffer {
    return fs.readFileSync(this.pathFor(sha256));
  }

  remove(sha256: string): void {
    fs.rmSync(this.pathFor(sha256), { force: true });
  }

  /** Every stored sha256 (for doctor's orphan check and for backups). */
  list(): string[] {
    const out: string[] = [];
    for (const dir of fs.readdirSync(this.root)) {
      if (!/^[0-9a-f]{2}$/.test(dir)) continue;
      for (const name of fs.readdirSync(path.join(this.root, dir))) if (/^[0-9a-f]{64}$/.test(name)) out.push(name);
    }
    return out;
  }

  /** Leftover temporary files from an interrupted write. */
  listTemporary(): string[] {
    return fs.readdirSync(path.join(this.root, 'tmp')).map((n) => path.join(this.root, 'tmp', n));
  }
}

/** Runs `work` over the items, 16 at a time (flushes wait on the disk, not on this thread). */
async function inParallel<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: Math.min(16, queue.length) }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
}

/** Makes a rename durable: on Linux the directory entry must be flushed too. Windows cannot open directories. */
export function syncDirectory(dir: string): void {
  if (process.platform === 'win32') return;
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // some filesystems refuse fsync on directories; the rename itself is still atomic
  }
}

/** syncDirectory, waiting on the disk off this thread (for many directories at once). */
async function syncDirectoryAsync(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await fs.promises.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // as in syncDirectory
  }
}
