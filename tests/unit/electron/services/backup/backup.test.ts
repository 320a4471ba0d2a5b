import BetterSqlite3 from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { studioContract } from '../../../../../model/api';
import { checkBackup } from '../../../../../electron/services/backup/read-backup';
import { restoreArchive, safetyBackupOfFolder } from '../../../../../electron/services/backup/restore';
import { openStudio } from '../../../../../electron/services/studio';
import { call, makeStudio, type TestStudio } from '../../../../helpers/studio';
import { makeTempDir } from '../../../../helpers/temp-dir';
import { noisyJpeg, solidPng } from '../../../../helpers/images';
import { databaseFileHash, tableContentHash, treeListing } from './state-hash';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

async function studioWithArt(): Promise<TestStudio> {
  const t = await makeStudio({ starterLibrary: false });
  cleanups.push(t.cleanup);
  await t.studio.imports.importOne('red.png', await solidPng(64, 48, [200, 30, 30]), 'test');
  await t.studio.imports.importOne('scan.jpg', await noisyJpeg(300, 200, 7), 'test');
  await t.studio.imports.importOne('bird.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path d="M1 1L9 9" stroke="#aa2233"/></svg>'), 'test');
  return t;
}

function temp(): string {
  const { dir, cleanup } = makeTempDir('jinxiu-backup-test-');
  cleanups.push(cleanup);
  return dir;
}

function sha256(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

function motifCount(dataDir: string): number {
  const db = new BetterSqlite3(path.join(dataDir, 'studio.sqlite'), { readonly: true });
  try {
    return Number(db.prepare('SELECT count(*) FROM motifs').pluck().get());
  } finally {
    db.close();
  }
}

/** Flips one byte inside the stored bytes of the named entry (found by its local header name). */
function corruptEntry(archive: string, entryName: string): void {
  const bytes = fs.readFileSync(archive);
  const at = bytes.indexOf(Buffer.from(entryName, 'utf8'));
  expect(at).toBeGreaterThan(0);
  const target = at + entryName.length + 20;
  bytes[target] ^= 0xff;
  fs.writeFileSync(archive, bytes);
}

describe('backup archives', () => {
  it('round-trips the database and every referenced file into an empty folder', async () => {
    const t = await studioWithArt();
    const out = path.join(temp(), 'one.jxbackup');
    const written = await t.studio.backups.writeTo(out);
    expect(written.motifs).toBe(3);
    const fileRows = t.studio.db.prepare<[], { sha256: string }>('SELECT sha256 FROM files').all();
    expect(written.files).toBe(fileRows.length);
    expect(written.manifest.missing).toEqual([]);

    const target = path.join(temp(), 'restored');
    const report = await restoreArchive({ archive: out, dataDir: target, beforeSwap: () => safetyBackupOfFolder(target, new Date()) });
    expect(report.safetyBackup).toBeNull();
    expect(report.motifs).toBe(3);
    expect(databaseFileHash(path.join(target, 'studio.sqlite'))).toBe(tableContentHash(t.studio.db));
    // every file the database names is there, and its bytes hash to its name (checked independently)
    for (const { sha256: sha } of fileRows) expect(sha256(fs.readFileSync(path.join(target, 'files', sha.slice(0, 2), sha)))).toBe(sha);
    expect(fs.readdirSync(target).filter((n) => n.startsWith('restore-'))).toEqual([]);

    const reopened = await openStudio({ dataDir: target, runtime: 'cli', starterLibrary: false });
    try {
      const found = reopened.library.search({ query: '', view: 'curator', limit: 10, offset: 0 } as never, true);
      expect(found.total).toBe(3);
    } finally {
      reopened.close();
    }
  });

  it('refuses a damaged archive and leaves the existing data exactly as it was', async () => {
    const t = await studioWithArt();
    const out = path.join(temp(), 'b.jxbackup');
    const written = await t.studio.backups.writeTo(out);
    const scanEntry = written.manifest.files.find((f) => f.size > 10_000)!.path;

    const live = await studioWithArt();
    await live.studio.imports.importOne('extra.png', await solidPng(20, 20, [1, 2, 3]), 'test');
    live.studio.close();
    const before = treeListing(live.dataDir);

    const damagedCopy = path.join(temp(), 'damaged.jxbackup');
    fs.copyFileSync(out, damagedCopy);
    corruptEntry(damagedCopy, scanEntry);
    let safetyCalled = false;
    const attempt = restoreArchive({ archive: damagedCopy, dataDir: live.dataDir, beforeSwap: async () => ((safetyCalled = true), null) });
    await expect(attempt).rejects.toMatchObject({ code: 'backup.damaged' });
    expect(safetyCalled).toBe(false);
    expect(treeListing(live.dataDir)).toEqual(before);

    const truncated = path.join(temp(), 'truncated.jxbackup');
    fs.writeFileSync(truncated, fs.readFileSync(out).subarray(0, Math.floor(fs.statSync(out).size * 0.6)));
    await expect(restoreArchive({ archive: truncated, dataDir: live.dataDir, beforeSwap: async () => null })).rejects.toMatchObject({ code: 'backup.damaged' });
    expect(treeListing(live.dataDir)).toEqual(before);

    const png = path.join(temp(), 'picture.jxbackup');
    fs.writeFileSync(png, await solidPng(5, 5, [0, 0, 0]));
    await expect(restoreArchive({ archive: png, dataDir: live.dataDir, beforeSwap: async () => null })).rejects.toMatchObject({ code: 'intake.wrong-type' });
    expect(treeListing(live.dataDir)).toEqual(before);
  });

  it('refuses a motif pack (a zip that is not a backup) and a database that fails its checksum', async () => {
    const t = await makeStudio();
    cleanups.push(t.cleanup);
    const ids = (await call(t.dispatch, 'library.search', { query: '', limit: 2 })).items.map((m: { id: string }) => m.id);
    const pack = Buffer.from((await call(t.dispatch, 'packs.export', { ids })).base64, 'base64');
    const packFile = path.join(temp(), 'motifs.jxpack');
    fs.writeFileSync(packFile, pack);
    await expect(checkBackup(packFile)).rejects.toMatchObject({ code: 'backup.not-a-backup' });

    const out = path.join(temp(), 'c.jxbackup');
    await t.studio.backups.writeTo(out);
    const bad = path.join(temp(), 'c-bad.jxbackup');
    fs.copyFileSync(out, bad);
    corruptEntry(bad, 'studio.sqlite');
    await expect(checkBackup(bad)).rejects.toMatchObject({ code: 'backup.damaged' });
  });

  it('backs up the current state before restoring over it, and restores into a running studio', async () => {
    const t = await studioWithArt();
    const first = await call(t.dispatch, 'maintenance.backups.create');
    expect(first.reason).toBe('manual');
    await t.studio.imports.importOne('later.png', await solidPng(30, 30, [9, 99, 199]), 'test');
    expect(motifCount(t.dataDir)).toBe(4);

    const report = await call(t.dispatch, 'maintenance.backups.restore', { name: first.name });
    expect(report.motifs).toBe(3);
    expect(report.safetyBackup).toMatch(/before-restore\.jxbackup$/);
    // the same handlers keep working on the reopened studio
    expect(motifCount(t.dataDir)).toBe(3);
    await call(t.dispatch, 'curator.setup', { name: 'Ana', passphrase: 'a long passphrase' });
    const after = await call(t.dispatch, 'library.search', { query: '', view: 'curator', limit: 50 });
    expect(after.total).toBe(3);
    const safety = await checkBackup(path.join(t.dataDir, 'backups', report.safetyBackup));
    expect(safety.motifs).toBe(4);
    const names = (await call(t.dispatch, 'maintenance.backups.list')).map((b: { name: string }) => b.name);
    expect(names).toContain(first.name);
    expect(names).toContain(report.safetyBackup);
  });

  it('after a restore, every call answers from the reopened database (no handler keeps the closed one)', async () => {
    const t = await studioWithArt();
    const { name } = await call(t.dispatch, 'maintenance.backups.create');
    await call(t.dispatch, 'maintenance.backups.restore', { name });
    const readable = Object.keys(studioContract).filter((n) => n !== 'maintenance.backups.create' && studioContract[n as keyof typeof studioContract].input.safeParse({}).success);
    expect(readable.length).toBeGreaterThan(5);
    for (const callName of readable) {
      const result = await t.dispatch(callName, {});
      expect({ callName, code: result.ok ? 'ok' : result.error.code }).not.toEqual({ callName, code: 'internal' });
    }
  });

  it('takes a backup before every pack import', async () => {
    const source = await makeStudio();
    cleanups.push(source.cleanup);
    const ids = (await call(source.dispatch, 'library.search', { query: '', limit: 3 })).items.map((m: { id: string }) => m.id);
    const base64 = (await call(source.dispatch, 'packs.export', { ids })).base64;
    const target = await studioWithArt();
    await call(target.dispatch, 'curator.setup', { name: 'Ana', passphrase: 'a long passphrase' });
    await call(target.dispatch, 'packs.apply', { base64 });
    const list = await call(target.dispatch, 'maintenance.backups.list');
    expect(list.map((b: { reason: string }) => b.reason)).toEqual(['before-pack']);
    expect((await checkBackup(path.join(target.dataDir, 'backups', list[0].name))).motifs).toBe(3);
  });

  it('keeps a copy of the database as it was before migrations run', async () => {
    const dir = temp();
    fs.mkdirSync(dir, { recursive: true });
    // a studio.sqlite from "an older version": only the first migration (settings) applied
    const old = new BetterSqlite3(path.join(dir, 'studio.sqlite'));
    old.exec("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT; INSERT INTO settings VALUES ('language', '\"en\"'); PRAGMA user_version = 10;");
    old.close();
    const studio = await openStudio({ dataDir: dir, runtime: 'cli', starterLibrary: false });
    try {
      await studio.backups.finishPendingSnapshots();
      const list = studio.backups.list();
      expect(list.map((b) => b.reason)).toEqual(['before-migration']);
      const checked = await checkBackup(path.join(dir, 'backups', list[0].name));
      expect(checked.manifest.schemaVersion).toBe(10);
      expect(fs.readdirSync(path.join(dir, 'backups')).filter((n) => n.startsWith('pending-'))).toEqual([]);
    } finally {
      studio.close();
    }
  });

  it('rotates to 7 daily and 4 weekly backups, dropping old ones only after the new one is verified', async () => {
    let now = new Date('2026-10-20T12:00:00Z');
    const t = await makeStudio({ starterLibrary: false, now: () => now });
    cleanups.push(t.cleanup);
    await t.studio.imports.importOne('red.png', await solidPng(16, 16, [200, 30, 30]), 'test');
    for (let day = 0; day < 42; day++) {
      now = new Date(Date.UTC(2026, 9, 20 + day, 12));
      await t.studio.backups.create('scheduled');
    }
    // last backup: 2026-11-30 (a Monday). Daily: Nov 24..30. Weekly (newest of each earlier week):
    // Nov 22 (week of Nov 16), Nov 15 (week of Nov 9), Nov 8 (week of Nov 2), Nov 1 (week of Oct 26)
    const days = t.studio.backups.list().map((b) => b.createdAt.slice(0, 10));
    expect(days).toEqual(['2026-11-30', '2026-11-29', '2026-11-28', '2026-11-27', '2026-11-26', '2026-11-25', '2026-11-24', '2026-11-22', '2026-11-15', '2026-11-08', '2026-11-01']);
  }, 120_000);

  it('backs up at start when the last backup is older than a day, and not again within the day', async () => {
    let now = new Date('2026-11-28T08:00:00Z');
    const t = await makeStudio({ starterLibrary: false, now: () => now });
    cleanups.push(t.cleanup);
    expect(await t.studio.backups.ensureRecent()).not.toBeNull();
    now = new Date('2026-11-28T20:00:00Z');
    expect(await t.studio.backups.ensureRecent()).toBeNull();
    now = new Date('2026-11-29T08:00:01Z');
    expect((await t.studio.backups.ensureRecent())?.reason).toBe('scheduled');
    expect(t.studio.backups.list()).toHaveLength(2);
  });
});
