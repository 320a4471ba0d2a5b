import BetterSqlite3, { type Database } from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { studioError } from '../../../model/localized';
import type { BackupReason } from '../../../model/api/maintenance';
import { sha256Hex, syncDirectory } from '../files/file-store';
import { APP_VERSION } from '../version';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, DATABASE_ENTRY, fileEntryName, MANIFEST_ENTRY, type BackupManifest } from './manifest';
import { referencedFiles } from './referenced-files';
import { ZipWriter } from './zip-writer';

/**
 * Online copy of a live database with SQLite's backup API (better-sqlite3 db.backup): it
 * copies pages in steps, so the studio keeps answering while a large database is copied,
 * and the copy is one consistent moment even if writes happen meanwhile.
 */
export async function snapshotDatabase(db: Database, target: string): Promise<void> {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  await db.backup(target);
}

/**
 * Synchronous copy for the one place that cannot wait: just before migrations run inside
 * openDatabase. VACUUM INTO writes a compact, consistent copy in one statement.
 */
export function snapshotDatabaseSync(db: Database, target: string): void {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  db.prepare('VACUUM INTO ?').run(target);
}

export interface WrittenBackup {
  file: string;
  sizeBytes: number;
  manifest: BackupManifest;
}

/**
 * Turns a database snapshot into a backup archive: the snapshot is integrity-checked, then
 * written with every artwork file it references (each re-hashed on the way in) and a
 * manifest of checksums. The archive is written under a temporary name and renamed into
 * place only when complete, so a crash never leaves something that looks like a backup.
 */
export async function archiveSnapshot(options: { snapshot: string; filesDir: string; outFile: string; reason: BackupReason; now: Date }): Promise<WrittenBackup> {
  const { schemaVersion, shas } = inspectSnapshot(options.snapshot);
  const dbBytes = fs.readFileSync(options.snapshot);
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: options.now.toISOString(),
    appVersion: APP_VERSION,
    reason: options.reason,
    schemaVersion,
    database: { path: DATABASE_ENTRY, size: dbBytes.length, sha256: sha256Hex(dbBytes) },
    files: [],
    missing: [],
  };
  fs.mkdirSync(path.dirname(options.outFile), { recursive: true });
  const partial = `${options.outFile}.partial-${crypto.randomBytes(4).toString('hex')}`;
  const zip = await ZipWriter.create(partial);
  try {
    await zip.add(DATABASE_ENTRY, dbBytes, { deflate: true });
    for (const sha of [...shas].sort()) {
      const bytes = readStored(options.filesDir, sha);
      if (!bytes || sha256Hex(bytes) !== sha) {
        manifest.missing.push(sha);
        continue;
      }
      const name = fileEntryName(sha);
      // SVG masters are text and shrink a lot; scans and PNGs are already compressed
      await zip.add(name, bytes, { deflate: bytes[0] === 0x3c });
      manifest.files.push({ path: name, size: bytes.length, sha256: sha });
    }
    await zip.add(MANIFEST_ENTRY, Buffer.from(JSON.stringify(manifest, null, 1)), { deflate: true });
    const sizeBytes = await zip.finish();
    fs.renameSync(partial, options.outFile);
    syncDirectory(path.dirname(options.outFile));
    return { file: options.outFile, sizeBytes, manifest };
  } catch (error) {
    await zip.abort();
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

function inspectSnapshot(file: string): { schemaVersion: number; shas: Set<string> } {
  const db = new BetterSqlite3(file, { fileMustExist: true });
  try {
    const result = String(db.pragma('integrity_check', { simple: true }));
    if (result !== 'ok') {
      throw studioError(
        'backup.source-damaged',
        `数据库的副本没有通过完整性检查（${result}），这次备份没有保存。请运行 jinxiu doctor 查看原因。`,
        `The copy of the database failed its integrity check (${result}); this backup was not kept. Run "jinxiu doctor" to see why.`,
      );
    }
    // a backup is one self-contained file: no WAL beside it
    db.pragma('journal_mode = DELETE');
    return { schemaVersion: Number(db.pragma('user_version', { simple: true })), shas: new Set(referencedFiles(db).keys()) };
  } finally {
    db.close();
  }
}

function readStored(filesDir: string, sha: string): Buffer | null {
  try {
    return fs.readFileSync(path.join(filesDir, sha.slice(0, 2), sha));
  } catch {
    return null;
  }
}
