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
