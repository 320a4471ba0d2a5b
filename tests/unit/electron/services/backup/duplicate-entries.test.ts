import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBackup } from '../../../../../electron/services/backup/read-backup';
import { ZipFileReader } from '../../../../../electron/services/backup/zip-file-reader';
import { makeStudio, type TestStudio } from '../../../../helpers/studio';
import { rawZip, type RawEntry } from '../../../../helpers/raw-zip';
import { makeTempDir } from '../../../../helpers/temp-dir';
import { solidPng } from '../../../../helpers/images';

/**
 * A backup archive is read by the studio and, when someone looks inside, by ordinary zip
 * tools. Two entries with one name (the studio would read one, other tools another) or a
 * local header naming another file than the directory are refused, with the backup's own error.
 */
describe('backup archives with ambiguous entries', () => {
  const temp = makeTempDir('jinxiu-backup-dup-');
  let t: TestStudio;
  let entries: RawEntry[];

  beforeAll(async () => {
    t = await makeStudio({ starterLibrary: false });
    await t.studio.imports.importOne('red.png', await solidPng(32, 32, [200, 30, 30]), 'test');
    const info = await t.studio.backups.create('manual');
    const reader = await ZipFileReader.open(t.studio.backups.pathOf(info.name));
    try {
      entries = [];
      for (const e of reader.entries) entries.push({ name: e.name, data: await reader.read(e) });
    } finally {
      await reader.close();
    }
  }, 60_000);
  afterAll(() => {
    t.cleanup();
    temp.cleanup();
  });

  const write = (name: string, list: RawEntry[]) => {
    const file = path.join(temp.dir, name);
    fs.writeFileSync(file, rawZip(list));
    return file;
  };

  it('the same entries written back by hand make a backup that passes its checks (control)', async () => {
    const checked = await checkBackup(write('control.jxbackup', entries));
    expect(checked.files).toBeGreaterThan(0);
  });

  it('refuses two manifest.json entries, whichever one is honest', async () => {
    const manifest = entries.find((e) => e.name === 'manifest.json')!;
    const other = { name: 'manifest.json', data: Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(manifest.data).toString('utf8')), files: [] })) };
    for (const [label, list] of [
      ['honest first', [...entries, other]],
      ['honest last', [other, ...entries]],
    ] as const) {
      await expect(checkBackup(write(`dup-${label.replace(' ', '-')}.jxbackup`, [...list])), label).rejects.toMatchObject({
        code: 'backup.damaged',
        details: { detail: expect.stringMatching(/appears twice/) },
        localized: { zh: expect.stringContaining('备份文件已损坏'), en: expect.stringContaining('The backup file is damaged') },
      });
    }
  });

  it('refuses a duplicated artwork entry and names that differ only in case', async () => {
    const file = entries.find((e) => e.name.startsWith('files/'))!;
    await expect(checkBackup(write('dup-file.jxbackup', [...entries, file]))).rejects.toMatchObject({ code: 'backup.damaged', details: { detail: expect.stringMatching(/appears twice/) } });
    const upper = { name: 'MANIFEST.JSON', data: Buffer.from('{}') };
    await expect(checkBackup(write('dup-case.jxbackup', [...entries, upper]))).rejects.toMatchObject({ code: 'backup.damaged', details: { detail: expect.stringMatching(/appears twice/) } });
  });

  it('refuses an entry whose local header names another file', async () => {
    const list = entries.map((e) => (e.name.startsWith('files/') ? { ...e, localName: `files/00/${'0'.repeat(64)}` } : e));
    await expect(checkBackup(write('local-name.jxbackup', list))).rejects.toMatchObject({ code: 'backup.damaged', details: { detail: expect.stringMatching(/names another file/) } });
  });
});
