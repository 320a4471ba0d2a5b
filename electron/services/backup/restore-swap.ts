import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../files/atomic-write';
import { syncDirectory } from '../files/file-store';

export const RESTORE_JOURNAL = 'restore-journal.json';
const DB = 'studio.sqlite';

interface Journal {
  staging: string;
  old: string;
}

/**
 * Puts a verified staging folder (studio.sqlite + files/) in place of the live ones.
 *
 * Two renames cannot be one atomic step, so a journal is written first. The staging folder
 * was fully verified before the journal exists, so any interruption is finished *forward*
 * by `finishInterruptedRestore` (called when the studio opens): the result is always
 * either the old state (no journal yet) or the whole restored state, never a mix, and
 * never a new database with the old database's write-ahead log beside it.
 */
export function swapIntoPlace(dataDir: string, stagingName: string): void {
  const journal: Journal = { staging: stagingName, old: `restore-old-${stagingName.replace(/^restore-staging-/, '')}` };
  writeFileAtomic(path.join(dataDir, RESTORE_JOURNAL), JSON.stringify(journal));
  completeSwap(dataDir, journal);
}

/** Finishes a restore that a crash or power cut interrupted; returns true if there was one. */
export function finishInterruptedRestore(dataDir: string): boolean {
  const file = path.join(dataDir, RESTORE_JOURNAL);
  if (!fs.existsSync(file)) return false;
  let journal: Journal;
  try {
    journal = JSON.parse(fs.readFileSync(file, 'utf8')) as Journal;
  } catch {
    // the journal is written atomically, so an unreadable one was never complete: nothing was moved yet
    fs.rmSync(file, { force: true });
    return false;
  }
  if (!/^restore-staging-[0-9a-z-]+$/.test(journal.staging) || !/^restore-old-[0-9a-z-]+$/.test(journal.old)) {
    fs.rmSync(file, { force: true });
    return false;
  }
  completeSwap(dataDir, journal);
  return true;
}

function completeSwap(dataDir: string, journal: Journal): void {
  const staging = path.join(dataDir, journal.staging);
  const old = path.join(dataDir, journal.old);
  fs.mkdirSync(old, { recursive: true });
  if (fs.existsSync(path.join(staging, DB))) {
    // the old WAL must go first: SQLite would replay it onto the restored database
    for (const name of [`${DB}-wal`, `${DB}-shm`, `${DB}-journal`, DB]) moveAway(dataDir, old, name);
    fs.renameSync(path.join(staging, DB), path.join(dataDir, DB));
  }
  if (fs.existsSync(path.join(staging, 'files'))) {
    moveAway(dataDir, old, 'files');
    fs.renameSync(path.join(staging, 'files'), path.join(dataDir, 'files'));
  }
  syncDirectory(dataDir);
  fs.rmSync(path.join(dataDir, RESTORE_JOURNAL), { force: true });
  syncDirectory(dataDir);
  fs.rmSync(old, { recursive: true, force: true });
  fs.rmSync(staging, { recursive: true, force: true });
}

function moveAway(dataDir: string, old: string, name: string): void {
  const from = path.join(dataDir, name);
  if (!fs.existsSync(from)) return;
  const to = path.join(old, name);
  fs.rmSync(to, { recursive: true, force: true });
  fs.renameSync(from, to);
}
