/**
 * Where an export's time goes, phase by phase and rule by rule, in one process
 * (`npx vitest run --config vitest.bench.config.ts tests/bench/export-phases.bench.ts`): the
 * issue's bench content (tests/helpers/export-bench-content.ts) prepared, preflighted and
 * written RUNS times after a first run that fills the caches. For finding the next thing to
 * make faster; the figure the issue holds us to is export-cold.bench.ts (fresh processes).
 * JINXIU_BENCH_PROFILE=FILE.cpuprofile also writes a CPU profile of the timed rounds.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exportServiceFor } from '../../electron/services/export';
import { writePdf } from '../../electron/services/pdf';
import type { Design } from '../../model/design/schema';
import { RULES, ruleContext } from '../../model/preflight/run-preflight';
import { buildExportBenchDesign } from '../helpers/export-bench-content';
import { makeStudio, type TestStudio } from '../helpers/studio';
import { report, summarize } from './report';

const RUNS = 8;
let t: TestStudio;
let design: Design;

beforeAll(async () => {
  t = await makeStudio();
  design = await buildExportBenchDesign(t.studio);
}, 300_000);

afterAll(() => t?.cleanup());

it('times prepare, every preflight rule and the PDF writer', async () => {
  const service = exportServiceFor(t.studio);
  const sources = service.exportSources;
  const phases = new Map<string, number[]>();
  const profile = process.env.JINXIU_BENCH_PROFILE ? new Session() : undefined;
  if (profile) {
    profile.connect();
    await profile.post('Profiler.enable');
  }
  const time = async <T>(name: string, work: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    const out = await work();
    (phases.get(name) ?? phases.set(name, []).get(name)!).push(performance.now() - started);
    return out;
  };
  for (let i = 0; i <= RUNS; i++) {
    const prepared = await time('prepare', () => service.prepare(design.id));
    const input = { design: prepared.design, scene: prepared.scene, template: prepared.template, motifs: prepared.motifs, product: prepared.product, missingGlyphs: prepared.missingGlyphs, sceneIssues: prepared.sceneIssues, packagePieces: prepared.packagePieces };
    const ctx = ruleContext(input as Parameters<typeof ruleContext>[0]);
    for (const rule of RULES) await time(`rule ${rule.name}`, () => rule(ctx));
    const bytes = await time('writePdf', () =>
      writePdf(prepared.scene, { fonts: sources.fonts, loadImage: (id) => sources.loadImage(id), iccPath: sources.iccPath, imageCache: sources.imageCache, cropMarks: true, dielineName: 'Dieline', title: design.name, creator: 'bench', now: new Date(0), documentId: design.id }),
    );
    expect(bytes.length).toBeGreaterThan(0);
    // the first round fills the caches; it is reported apart
    if (i === 0) {
      for (const [name, xs] of [...phases]) phases.set(`first ${name}`, xs.splice(0));
      if (profile) await profile.post('Profiler.start');
    }
  }
  if (profile) {
    const { profile: cpu } = await profile.post('Profiler.stop');
    writeFileSync(process.env.JINXIU_BENCH_PROFILE!, JSON.stringify(cpu));
  }
  const medians = Object.fromEntries([...phases].filter(([n]) => !n.startsWith('first ')).map(([n, xs]) => [n, +summarize(xs).median.toFixed(1)]).sort((a, b) => (b[1] as number) - (a[1] as number)));
  const first = Object.fromEntries([...phases].filter(([n]) => n.startsWith('first ')).map(([n, xs]) => [n.slice(6), +xs[0].toFixed(1)]).filter(([, v]) => (v as number) >= 1));
  report('export-phases', { runs: RUNS, medianMs: medians, firstRunMs: first });
});
