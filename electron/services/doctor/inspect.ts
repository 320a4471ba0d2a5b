import BetterSqlite3, { type Database } from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DoctorProblem } from '../../../model/api/maintenance';
import { referencedFiles } from '../backup/referenced-files';
import { RESTORE_JOURNAL } from '../backup/restore-swap';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import type { DataPaths } from '../paths';
import { problems } from './problems';

const DERIVED_ROLES = new Set(['thumbnail', 'preview']);

/** What doctor found, with enough detail for repair to act on. */
export interface Findings {
  problems: DoctorProblem[];
  schemaVersion: number | null;
  checkedFiles: number;
  interruptedRestore: boolean;
  /** referenced files that are missing or whose bytes do not match their name */
  badDerived: string[];
  badMaster: string[];
  unusedRows: string[];
  orphans: { file: string; mtimeMs: number; size: number }[];
  temporary: { file: string; mtimeMs: number }[];
}

function sha256File(file: string): string | null {
  try {
    return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  } catch {
    return null;
  }
}

export function openForDoctor(file: string): Database {
  const db = new BetterSqlite3(file, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}

/** Runs every check; never changes anything. */
export function inspect(paths: DataPaths): Findings {
  const f: Findings = { problems: [], schemaVersion: null, checkedFiles: 0, interruptedRestore: false, badDerived: [], badMaster: [], unusedRows: [], orphans: [], temporary: [] };
  f.interruptedRestore = fs.existsSync(path.join(paths.dataDir, RESTORE_JOURNAL));
  if (f.interruptedRestore) f.problems.push(problems.interruptedRestore());
  f.temporary = temporaryFiles(paths, f.interruptedRestore);
  if (!fs.existsSync(paths.database) || fs.statSync(paths.database).size === 0) {
    if (!f.interruptedRestore) f.problems.push(problems.noDatabase(paths.database));
    return finish(f);
  }
  let db: Database;
  try {
    db = openForDoctor(paths.database);
  } catch (error) {
    f.problems.push(problems.damaged((error as Error).message));
    return finish(f);
  }
  try {
    let integrity: string;
    try {
      integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
    } catch (error) {
      integrity = (error as Error).message;
    }
    if (integrity !== 'ok') {
      f.problems.push(problems.damaged(integrity));
      return finish(f);
    }
    f.schemaVersion = Number(db.pragma('user_version', { simple: true }));
    if (f.schemaVersion > LATEST_SCHEMA_VERSION) f.problems.push(problems.newer(f.schemaVersion, LATEST_SCHEMA_VERSION));
    else if (f.schemaVersion < LATEST_SCHEMA_VERSION) f.problems.push(problems.older(f.schemaVersion, LATEST_SCHEMA_VERSION));
    const fk = db.pragma('foreign_key_check') as unknown[];
    if (fk.length) f.problems.push(problems.foreignKeys(fk.length, fk.slice(0, 20)));
    checkFiles(db, paths, f);
  } finally {
    db.close();
  }
  return finish(f);
}

function checkFiles(db: Database, paths: DataPaths, f: Findings): void {
  const refs = referencedFiles(db);
  const roles = new Map<string, Set<string>>();
  const hasMotifFiles = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'motif_files'").get();
  if (hasMotifFiles) {
    for (const r of db.prepare<[], { sha256: string; role: string }>('SELECT sha256, role FROM motif_files').all()) {
      const set = roles.get(r.sha256) ?? new Set();
      set.add(r.role);
      roles.set(r.sha256, set);
    }
  }
  for (const [sha, where] of refs) {
    f.checkedFiles++;
    if (sha256File(path.join(paths.files, sha.slice(0, 2), sha)) === sha) continue;
    const usedOutsideRegister = where.some((w) => w.table !== 'files');
    const r = roles.get(sha);
    if (!usedOutsideRegister) f.unusedRows.push(sha);
    // derived files can be rebuilt only when nothing but motif thumbnails/previews use them
    else if (r && [...r].every((role) => DERIVED_ROLES.has(role)) && where.every((w) => w.table === 'files' || w.table === 'motif_files')) f.badDerived.push(sha);
    else f.badMaster.push(sha);
  }
  if (f.badMaster.length) f.problems.push(problems.missingMaster(f.badMaster));
  if (f.badDerived.length) f.problems.push(problems.missingDerived(f.badDerived));
  if (f.unusedRows.length) f.problems.push(problems.unusedRow(f.unusedRows));
  if (!fs.existsSync(paths.files)) return;
  for (const dir of fs.readdirSync(paths.files)) {
    if (!/^[0-9a-f]{2}$/.test(dir)) continue;
    for (const name of fs.readdirSync(path.join(paths.files, dir))) {
      if (refs.has(name)) continue;
      const file = path.join(paths.files, dir, name);
      const stat = fs.statSync(file);
      f.orphans.push({ file, mtimeMs: stat.mtimeMs, size: stat.size });
    }
  }
  if (f.orphans.length) f.problems.push(problems.orphans(f.orphans.length, f.orphans.reduce((n, o) => n + o.size, 0)));
}

/** Leftovers of interrupted writes: store temp files, scratch files, partial backups, a restore's staging. */
function temporaryFiles(paths: DataPaths, restoreInProgress: boolean): { file: string; mtimeMs: number }[] {
  const out: { file: string; mtimeMs: number }[] = [];
  const list = (dir: string, keep: (name: string) => boolean) => {
    if (!fs.existsSync(dir)) return;
    for (const name of fs.readdirSync(dir)) {
      if (!keep(name)) continue;
      const file = path.join(dir, name);
      out.push({ file, mtimeMs: fs.statSync(file).mtimeMs });
    }
  };
  list(path.join(paths.files, 'tmp'), () => true);
  list(paths.tmp, () => true);
  list(paths.backups, (n) => n.includes('.partial-'));
  // a restore's staging folder is needed while its journal exists
  if (!restoreInProgress) list(paths.dataDir, (n) => /^restore-(staging|old)-/.test(n) || /\.\d+\.tmp$/.test(n));
  return out;
}

function finish(f: Findings): Findings {
  if (f.temporary.length) f.problems.push(problems.temporary(f.temporary.length));
  return f;
}
