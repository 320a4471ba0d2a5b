import BetterSqlite3 from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { RestoreReport } from '../../../model/api/maintenance';
import { dataPaths } from '../paths';
import { intakeArchive } from './archive-intake';
import { backupName } from './backup-names';
import { checkBackup, randomSuffix } from './read-backup';
import { swapIntoPlace } from './restore-swap';
import { archiveSnapshot, snapshotDatabase } from './write-backup';

export interface RestoreOptions {
  archive: string;
  dataDir: string;
  /**
   * Runs after the archive is fully verified and staged, before anything live changes:
   * backs up the current state (and closes the live database). Returns the safety
   * backup's name, or null when there was nothing to keep.
   */
  beforeSwap: () => Promise<string | null>;
}

/**
 * Restores a backup archive into a data folder (empty or in use). Order of work: intake
 * checks, then every checksum and the database integrity are verified while extracting
 * into a staging folder next to the live data; only then is the current state backed up
 * and the staging folder swapped in. A damaged archive is refused with the live data
 * untouched.
 */
export async function restoreArchive(options: RestoreOptions): Promise<RestoreReport> {
  const archive = intakeArchive(options.archive);
  fs.mkdirSync(options.dataDir, { recursive: true });
  const stagingName = `restore-staging-${Date.now()}-${randomSuffix()}`;
  const staging = path.join(options.dataDir, stagingName);
  let swapped = false;
  try {
    const checked = await checkBackup(archive, { extractTo: staging });
    fs.mkdirSync(path.join(staging, 'files'), { recursive: true });
    const safetyBackup = await options.beforeSwap();
    swapIntoPlace(options.dataDir, stagingName);
    swapped = true;
    return { restored: path.basename(archive) as RestoreReport['restored'], safetyBackup, motifs: checked.motifs, files: checked.files };
  } finally {
    if (!swapped) fs.rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Safety copy of a data folder that is not open in a studio (the CLI, or a damaged
 * database): a normal verified backup when the database is readable; otherwise the
 * damaged database files are copied byte for byte into backups/damaged-<time>/ so that
 * nothing is lost even when it cannot be read.
 */
export async function safetyBackupOfFolder(dataDir: string, now: Date): Promise<string | null> {
  const paths = dataPaths(dataDir);
  if (!fs.existsSync(paths.database) || fs.statSync(paths.database).size === 0) return null;
  let healthy = false;
  const snapshot = path.join(paths.tmp, `restore-safety-${randomSuffix()}.sqlite`);
  try {
    const db = new BetterSqlite3(paths.database, { fileMustExist: true });
    try {
      healthy = String(db.pragma('quick_check', { simple: true })) === 'ok';
      if (healthy) await snapshotDatabase(db, snapshot);
    } finally {
      db.close();
    }
  } catch {
    healthy = false;
  }
  if (healthy) {
    try {
      const name = backupName(now, 'before-restore');
      const written = await archiveSnapshot({ snapshot, filesDir: paths.files, outFile: path.join(paths.backups, name), reason: 'before-restore', now });
      await checkBackup(written.file);
      return name;
    } catch {
      // fall through to the raw copy: a safety copy must never block the rescue
    } finally {
      fs.rmSync(snapshot, { force: true });
    }
  }
  const folder = `damaged-${now.toISOString().replace(/[-:.]/g, '').slice(0, 15)}-${randomSuffix()}`;
  const target = path.join(paths.backups, folder);
  fs.mkdirSync(target, { recursive: true });
  for (const name of ['studio.sqlite', 'studio.sqlite-wal', 'studio.sqlite-shm']) {
    const from = path.join(dataDir, name);
    if (fs.existsSync(from)) fs.copyFileSync(from, path.join(target, name));
  }
  keepArtwork(paths.files, path.join(target, 'files'));
  return folder;
}

/** Hard links (a copy where links are not possible): artwork added since the last backup survives the swap. */
function keepArtwork(from: string, to: string): void {
  if (!fs.existsSync(from)) return;
  for (const dir of fs.readdirSync(from)) {
    if (!/^[0-9a-f]{2}$/.test(dir)) continue;
    fs.mkdirSync(path.join(to, dir), { recursive: true });
    for (const name of fs.readdirSync(path.join(from, dir))) {
      const source = path.join(from, dir, name);
      try {
        fs.linkSync(source, path.join(to, dir, name));
      } catch {
        fs.copyFileSync(source, path.join(to, dir, name));
      }
    }
  }
}
