import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../../../electron/api/dispatch';
import { openStudioHandlers } from '../../../../../electron/api/handlers';
import { finishInterruptedRestore, RESTORE_JOURNAL } from '../../../../../electron/services/backup/restore-swap';
import { checkBackup } from '../../../../../electron/services/backup/read-backup';
import { openStudio } from '../../../../../electron/services/studio';
import { call, makeStudio } from '../../../../helpers/studio';
import { solidPng } from '../../../../helpers/images';
import { corruptDatabase } from '../doctor/corrupt';
import { databaseFileHash, treeListing } from './state-hash';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

describe('a damaged database', () => {
  it('opens a minimal studio that explains the damage, lists backups and restores one', async () => {
    const t = await makeStudio({ starterLibrary: false });
    cleanups.push(t.cleanup);
    await t.studio.imports.importOne('red.png', await solidPng(40, 40, [220, 20, 20]), 'test');
    const backup = await t.studio.backups.create('manual');
    await t.studio.imports.importOne('late.png', await solidPng(40, 40, [20, 20, 220]), 'test');
    t.studio.close();
    corruptDatabase(path.join(t.dataDir, 'studio.sqlite'));
    const damagedBytes = fs.readFileSync(path.join(t.dataDir, 'studio.sqlite'));

    const opened = await openStudioHandlers({ dataDir: t.dataDir, runtime: 'cli', starterLibrary: false });
    cleanups.push(() => opened.close());
    expect(opened.damaged()?.code).toBe('db.damaged');
    const dispatch = createDispatcher(opened.handlers);
    const info = await call(dispatch, 'app.info');
    expect(info.dataDir).toBe(t.dataDir);
    const status = await call(dispatch, 'maintenance.status');
    expect(status.damaged.zh).toMatch(/已损坏/);
    const refused = await dispatch('library.search', { query: '' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'db.damaged' } });
    expect((refused as { error: { message: { en: string } } }).error.message.en).toMatch(/restore/i);
    const list = await call(dispatch, 'maintenance.backups.list');
    expect(list.map((b: { name: string }) => b.name)).toEqual([backup.name]);
    // the damaged file was not changed by opening it
    expect(fs.readFileSync(path.join(t.dataDir, 'studio.sqlite')).equals(damagedBytes)).toBe(true);

    const report = await call(dispatch, 'maintenance.backups.restore', { name: backup.name });
    expect(report.motifs).toBe(1);
    expect(report.safetyBackup).toMatch(/^damaged-/);
    // the damaged database is kept byte for byte, with the artwork it used
    const kept = path.join(t.dataDir, 'backups', report.safetyBackup);
    expect(fs.readFileSync(path.join(kept, 'studio.sqlite')).equals(damagedBytes)).toBe(true);
    expect(treeListing(path.join(kept, 'files')).length).toBeGreaterThanOrEqual(6);

    expect(opened.damaged()).toBeNull();
    expect((await call(dispatch, 'maintenance.status')).damaged).toBeNull();
    await call(dispatch, 'curator.setup', { name: 'Ana', passphrase: 'a long passphrase' });
    expect((await call(dispatch, 'library.search', { query: '', view: 'curator' })).total).toBe(1);
  });
});

describe('an interrupted restore', () => {
  it('is finished forward when the studio next opens, never leaving a mix', async () => {
    const source = await makeStudio({ starterLibrary: false });
    cleanups.push(source.cleanup);
    await source.studio.imports.importOne('a.png', await solidPng(30, 30, [1, 200, 3]), 'test');
    const archive = path.join(source.dataDir, 'backups', (await source.studio.backups.create('manual')).name);
    const expected = databaseFileHash(path.join(source.dataDir, 'studio.sqlite'));

    const live = await makeStudio({ starterLibrary: false });
    cleanups.push(live.cleanup);
    await live.studio.imports.importOne('b.png', await solidPng(30, 30, [200, 1, 3]), 'test');
    live.studio.close();

    // stage exactly as restore does, write the journal, then "lose power" after the live database
    // was moved aside and before the restored one was moved in (the folder has no database at all)
    const staging = 'restore-staging-1-test';
    await checkBackup(archive, { extractTo: path.join(live.dataDir, staging) });
    fs.writeFileSync(path.join(live.dataDir, RESTORE_JOURNAL), JSON.stringify({ staging, old: 'restore-old-1-test' }));
    fs.mkdirSync(path.join(live.dataDir, 'restore-old-1-test'));
    fs.renameSync(path.join(live.dataDir, 'studio.sqlite'), path.join(live.dataDir, 'restore-old-1-test', 'studio.sqlite'));

    const reopened = await openStudio({ dataDir: live.dataDir, runtime: 'cli', starterLibrary: false });
    reopened.close();
    expect(databaseFileHash(path.join(live.dataDir, 'studio.sqlite'))).toBe(expected);
    // and the files that came with it
    expect(treeListing(path.join(live.dataDir, 'files'), (rel) => rel === 'tmp')).toEqual(treeListing(path.join(source.dataDir, 'files'), (rel) => rel === 'tmp'));
    expect(fs.existsSync(path.join(live.dataDir, RESTORE_JOURNAL))).toBe(false);
    expect(fs.readdirSync(live.dataDir).filter((n) => n.startsWith('restore-'))).toEqual([]);
    expect(finishInterruptedRestore(live.dataDir)).toBe(false);
  });
});
