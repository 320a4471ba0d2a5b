import BetterSqlite3 from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StudioError, studioError } from '../../../model/localized';
import { sha256Hex } from '../files/file-store';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { backupManifestSchema, BACKUP_FORMAT, BACKUP_FORMAT_VERSION, DATABASE_ENTRY, FILE_ENTRY, MANIFEST_ENTRY, type BackupManifest } from './manifest';
import { referencedFiles } from './referenced-files';
import { damaged, ZipFileReader, type ArchiveEntry } from './zip-file-reader';

const MAX_MANIFEST_BYTES = 32 * 1024 * 1024;
/** one entry (the database is the largest) and the whole archive, once expanded */
const MAX_ENTRY_BYTES = 1024 * 1024 * 1024;
const MAX_TOTAL_BYTES = 8 * 1024 * 1024 * 1024;
/** the database deflates to about a tenth at best; far more than that is a zip bomb */
const MAX_RATIO = 200;

export interface CheckedBackup {
  manifest: BackupManifest;
  motifs: number;
  files: number;
}

/**
 * Checks a backup completely: entry names, the manifest, the database's checksum and
 * integrity, that the database references no file the archive lacks, and every file's
 * checksum. With `extractTo`, the verified database and files are written there (the
 * restore's staging folder); without it only a temporary copy of the database is made.
 * Any failure throws a StudioError before anything outside that folder is touched.
 */
export async function checkBackup(archive: string, options: { extractTo?: string } = {}): Promise<CheckedBackup> {
  const reader = await ZipFileReader.open(archive);
  const scratch = options.extractTo ?? fs.mkdtempSync(path.join(os.tmpdir(), 'jinxiu-verify-'));
  try {
    // the manifest is judged first: a zip that is not a backup at all deserves that plain answer
    const manifest = await readManifest(reader, new Map(reader.entries.map((e) => [e.name, e])));
    const byName = indexEntries(reader.entries);
    const expected = new Set([MANIFEST_ENTRY, DATABASE_ENTRY, ...manifest.files.map((f) => f.path)]);
    for (const name of byName.keys()) if (!expected.has(name)) throw damaged(`unexpected entry ${name.slice(0, 120)}`);

    const dbEntry = byName.get(DATABASE_ENTRY);
    if (!dbEntry) throw damaged('the database is missing');
    const dbBytes = await reader.read(dbEntry);
    if (dbBytes.length !== manifest.database.size || sha256Hex(dbBytes) !== manifest.database.sha256) throw damaged('the database checksum does not match');
    fs.mkdirSync(scratch, { recursive: true });
    const dbFile = path.join(scratch, DATABASE_ENTRY);
    writeDurably(dbFile, dbBytes);
    const motifs = inspectDatabase(dbFile, manifest);

    for (const f of manifest.files) {
      const entry = byName.get(f.path);
      if (!entry) throw damaged(`${f.path} is listed but missing`);
      if (f.path.slice(-64) !== f.sha256) throw damaged(`${f.path} is listed under another checksum`);
      const bytes = await reader.read(entry);
      if (bytes.length !== f.size || sha256Hex(bytes) !== f.sha256) throw damaged(`checksum mismatch for ${f.path}`);
      if (options.extractTo) writeDurably(path.join(scratch, f.path), bytes);
    }
    return { manifest, motifs, files: manifest.files.length };
  } finally {
    await reader.close();
    if (!options.extractTo) fs.rmSync(scratch, { recursive: true, force: true });
  }
}

function indexEntries(entries: ArchiveEntry[]): Map<string, ArchiveEntry> {
  const byName = new Map<string, ArchiveEntry>();
  let total = 0;
  for (const e of entries) {
    if (e.isSymlink || e.encrypted) throw damaged(`entry ${e.name.slice(0, 120)} is a link or encrypted`);
    if (e.name !== MANIFEST_ENTRY && e.name !== DATABASE_ENTRY && !FILE_ENTRY.test(e.name)) throw damaged(`entry name not allowed: ${JSON.stringify(e.name.slice(0, 120))}`);
    if (byName.has(e.name)) throw damaged(`entry ${e.name} appears twice`);
    if (e.size > MAX_ENTRY_BYTES) throw damaged(`entry ${e.name} is too large`);
    if (e.size > 64 * 1024 * 1024 && e.size / Math.max(1, e.compressedSize) > MAX_RATIO) throw damaged(`entry ${e.name} expands ${Math.round(e.size / Math.max(1, e.compressedSize))}x (zip bomb?)`);
    total += e.size;
    if (total > MAX_TOTAL_BYTES) throw damaged('the archive expands beyond 8 GB');
    byName.set(e.name, e);
  }
  return byName;
}

async function readManifest(reader: ZipFileReader, byName: Map<string, ArchiveEntry>): Promise<BackupManifest> {
  const entry = byName.get(MANIFEST_ENTRY);
  if (!entry) throw notABackup('manifest.json is missing');
  if (entry.isSymlink || entry.encrypted) throw damaged('manifest.json is a link or encrypted');
  if (entry.size > MAX_MANIFEST_BYTES) throw damaged('manifest.json is too large');
  let raw: { format?: unknown; formatVersion?: unknown };
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await reader.read(entry)));
  } catch (error) {
    if ((error as { code?: string }).code === 'backup.damaged') throw error;
    throw damaged('manifest.json is not valid JSON');
  }
  if (raw?.format !== BACKUP_FORMAT) throw notABackup('its manifest does not name the Jinxiu backup format');
  if (typeof raw.formatVersion === 'number' && raw.formatVersion > BACKUP_FORMAT_VERSION) throw newer(`format ${raw.formatVersion}`);
  const parsed = backupManifestSchema.safeParse(raw);
  if (!parsed.success) throw damaged(`manifest field ${parsed.error.issues[0].path.join('.')}: ${parsed.error.issues[0].message}`);
  return parsed.data;
}

function inspectDatabase(file: string, manifest: BackupManifest): number {
  try {
    return inspectDatabaseUnsafe(file, manifest);
  } catch (error) {
    if (error instanceof StudioError) throw error;
    throw damaged(`the database in the backup cannot be read (${(error as Error).message})`);
  }
}

function inspectDatabaseUnsafe(file: string, manifest: BackupManifest): number {
  const db = new BetterSqlite3(file, { fileMustExist: true });
  try {
    const result = String(db.pragma('integrity_check', { simple: true }));
    if (result !== 'ok') throw damaged(`the database in the backup fails its integrity check (${result.slice(0, 200)})`);
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version !== manifest.schemaVersion) throw damaged('the database version differs from the manifest');
    if (version > LATEST_SCHEMA_VERSION) throw newer(`schema ${version}`);
    const inArchive = new Set([...manifest.files.map((f) => f.sha256), ...manifest.missing]);
    for (const sha of referencedFiles(db).keys()) if (!inArchive.has(sha)) throw damaged(`file ${sha.slice(0, 12)}… is used by the database but not in the backup`);
    const hasMotifs = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'motifs'").get();
    return hasMotifs ? Number(db.prepare('SELECT count(*) AS n FROM motifs').pluck().get()) : 0;
  } finally {
    db.close();
  }
}

function writeDurably(file: string, bytes: Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function notABackup(detail: string) {
  return studioError('backup.not-a-backup', `这个文件不是锦绣工坊的备份（${detail}）。现有数据没有被改动。`, `This file is not a Jinxiu Studio backup (${detail}). Your current data was not touched.`);
}

function newer(detail: string) {
  return studioError('backup.newer', `这个备份由更新版本的锦绣工坊制作（${detail}），请先升级锦绣工坊再恢复。现有数据没有被改动。`, `This backup was made by a newer Jinxiu Studio (${detail}). Update Jinxiu Studio, then restore. Your current data was not touched.`);
}

export function randomSuffix(): string {
  return crypto.randomBytes(4).toString('hex');
}
