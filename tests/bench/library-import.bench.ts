import { afterAll, beforeAll, it } from 'vitest';
import { performance } from 'node:perf_hooks';
import { makeStudio, type TestStudio } from '../helpers/studio';
import { noisyJpeg } from '../helpers/images';
import { report } from './report';

let t: TestStudio;
const scans: Buffer[] = [];
const COUNT = Number(process.env.BENCH_SCANS ?? 200);

beforeAll(async () => {
  t = await makeStudio({ starterLibrary: false });
  for (let i = 0; i < COUNT; i++) scans.push(await noisyJpeg(3000, 2000, i + 1));
});
afterAll(() => t.cleanup());

it(`imports ${COUNT} generated 3000x2000 scans`, async () => {
  const started = performance.now();
  const results = await t.studio.imports.importMany(scans.map((bytes, i) => ({ name: `scan-${i}.jpg`, bytes })), 'bench');
  const seconds = (performance.now() - started) / 1000;
  const imported = results.filter((r) => r.status === 'imported').length;
  report('library-import', {
    scans: COUNT,
    imported,
    seconds: +seconds.toFixed(2),
    scansPerSecond: +(imported / seconds).toFixed(2),
    averageScanBytes: Math.round(scans.reduce((a, b) => a + b.length, 0) / scans.length),
  });
});
