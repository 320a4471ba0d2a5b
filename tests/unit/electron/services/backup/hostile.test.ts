import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkBackup } from '../../../../../electron/services/backup/read-backup';
import { restoreArchive } from '../../../../../electron/services/backup/restore';
import { ZipWriter } from '../../../../../electron/services/backup/zip-writer';
import { makeTempDir } from '../../../../helpers/temp-dir';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

const sha = (b: Uint8Array) => crypto.createHash('sha256').update(b).digest('hex');

function manifestFor(db: Uint8Array, files: { path: string; bytes: Uint8Array }[]) {
  return Buffer.from(
    JSON.stringify({
      format: 'jinxiu-backup',
      formatVersion: 1,
      createdAt: '2026-11-28T00:00:00.000Z',
      appVersion: 'test',
      reason: 'manual',
      schemaVersion: 0,
      database: { path: 'studio.sqlite', size: db.length, sha256: sha(db) },
      files: files.map((f) => ({ path: f.path, size: f.bytes.length, sha256: sha(f.bytes) })),
      missing: [],
    }),
  );
}

async function craft(dir: string, entries: { name: string; bytes: Uint8Array; deflate?: boolean }[]): Promise<string> {
  const file = path.join(dir, `crafted-${crypto.randomBytes(3).toString('hex')}.jxbackup`);
  const zip = await ZipWriter.create(file);
  for (const e of entries) await zip.add(e.name, e.bytes, { deflate: e.deflate });
  await zip.finish();
  return file;
}

describe('hostile backup archives', () => {
  it('refuses path-escaping names, a newer format, and a zip bomb, writing nothing outside staging', async () => {
    const { dir, cleanup } = makeTempDir('jinxiu-hostile-');
    cleanups.push(cleanup);
    const target = path.join(dir, 'data');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'keep.txt'), 'untouched');
    const db = Buffer.from('SQLite format 3\u0000');

    const escape = await craft(dir, [
      { name: 'manifest.json', bytes: manifestFor(db, []) },
      { name: 'studio.sqlite', bytes: db },
      { name: '../../evil.txt', bytes: Buffer.from('pwned') },
    ]);
    await expect(restoreArchive({ archive: escape, dataDir: target, beforeSwap: async () => null })).rejects.toMatchObject({ code: 'backup.damaged' });
    expect(fs.existsSync(path.join(dir, 'evil.txt'))).toBe(false);

    const newer = await craft(dir, [{ name: 'manifest.json', bytes: Buffer.from(JSON.stringify({ format: 'jinxiu-backup', formatVersion: 99 })) }]);
    await expect(checkBackup(newer)).rejects.toMatchObject({ code: 'backup.newer' });

    const bomb = Buffer.alloc(80 * 1024 * 1024); // 80 MB of zeros deflates to ~80 KB
    const bombed = await craft(dir, [
      { name: 'manifest.json', bytes: manifestFor(bomb, []) },
      { name: 'studio.sqlite', bytes: bomb, deflate: true },
    ]);
    await expect(checkBackup(bombed)).rejects.toMatchObject({ code: 'backup.damaged', details: { detail: expect.stringMatching(/zip bomb/) } });

    expect(fs.readdirSync(target)).toEqual(['keep.txt']);
  });

  it('refuses a database that is not SQLite even when its checksum matches', async () => {
    const { dir, cleanup } = makeTempDir('jinxiu-hostile-');
    cleanups.push(cleanup);
    const notDb = Buffer.from('this is not a database at all, just text pretending');
    const file = await craft(dir, [
      { name: 'manifest.json', bytes: manifestFor(notDb, []) },
      { name: 'studio.sqlite', bytes: notDb },
    ]);
    await expect(checkBackup(file)).rejects.toThrow();
    await expect(checkBackup(file)).rejects.toMatchObject({ code: expect.stringMatching(/^backup\./) });
  });
});
