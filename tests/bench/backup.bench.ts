import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, it } from 'vitest';
import { checkBackup } from '../../electron/services/backup/read-backup';
import { restoreArchive, safetyBackupOfFolder } from '../../electron/services/backup/restore';
import { restoreIntoStudio } from '../../electron/services/backup/studio-restore';
import { runDoctor } from '../../electron/services/doctor/doctor';
import { makeStudio, type TestStudio } from '../helpers/studio';
import { makeTempDir } from '../helpers/temp-dir';
import { noisyJpeg } from '../helpers/images';
import { report } from './report';

/** Backup, verify, restore and doctor on the starter library plus COUNT imported 3000x2000 scans. */
const COUNT = Number(process.env.BENCH_SCANS ?? 500);
let t: TestStudio;
const scratch = makeTempDir('jinxiu-bench-backup-');

const seconds = async (work: () => Promise<unknown>) => {
  const started = performance.now();
  await work();
  return +((performance.now() - started) / 1000).toFixed(2);
};

beforeAll(async () => {
  t = await makeStudio();
  // one scan at a time: 500 scans of ~3 MB must not sit in memory together
  for (let i = 0; i < COUNT; i++) await t.studio.imports.importOne(`scan-${i}.jpg`, await noisyJpeg(3000, 2000, i + 1), 'bench');
});
afterAll(() => {
  t.cleanup();
  scratch.cleanup();
});

it(`backs up, verifies, restores and checks the starter library + ${COUNT} scans`, async () => {
  const motifs = Number(t.studio.db.prepare('SELECT count(*) FROM motifs').pluck().get());
  const files = Number(t.studio.db.prepare('SELECT count(*) FROM files').pluck().get());
  const dataBytes = Number(t.studio.db.prepare('SELECT sum(size) FROM files').pluck().get());

  let name = '';
  const backupSeconds = await seconds(async () => {
    name = (await t.studio.backups.create('manual')).name; // includes its own verification
  });
  const archive = path.join(t.dataDir, 'backups', name);
  const verifySeconds = await seconds(() => checkBackup(archive));
  const target = path.join(scratch.dir, 'restored');
  const restoreEmptySeconds = await seconds(() => restoreArchive({ archive, dataDir: target, beforeSwap: () => safetyBackupOfFolder(target, new Date()) }));
  const restoreLiveSeconds = await seconds(() => restoreIntoStudio(t.studio, name)); // includes the safety backup of the current state
  const doctorSeconds = await seconds(async () => {
    const r = await runDoctor(t.dataDir);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
  });
  report('backup', {
    motifs,
    files,
    dataMB: +(dataBytes / 1024 / 1024).toFixed(1),
    archiveMB: +(fs.statSync(archive).size / 1024 / 1024).toFixed(1),
    backupSeconds,
    verifySeconds,
    restoreIntoEmptySeconds: restoreEmptySeconds,
    restoreIntoRunningStudioSeconds: restoreLiveSeconds,
    doctorSeconds,
  });
});
