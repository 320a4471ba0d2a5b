/**
 * Cold export against librsvg, each from a fresh process (`npm run bench:export`).
 *
 * The content (tests/helpers/export-bench-content.ts) is built once as a Jinxiu design in a data folder and
 * once as SVG (the proof serializer). Then, five times interleaved:
 *   node bin/jinxiu.mjs export ID --out F.pdf --data COPY   (cold cache: a fresh copy of the data folder without cache/)
 *   node bin/jinxiu.mjs export ID --out F.pdf --data DIR    (warm cache: font subsets, motif display lists and
 *                                                            photos kept by an earlier export of this design)
 *   rsvg-convert -f pdf -o F.pdf scene.svg                  (the same artwork, RGB, no print work)
 * each under /usr/bin/time for its peak resident memory and CPU time (wall time varies with load; CPU far less).
 * Each round also times `node -e 0`: Node's own start, which every run of the CLI pays before any of its code
 * (reported beside the ratio as the share of rsvg-convert's whole run it takes).
 * Medians, both ratios and every sample go to tests/bench/results/export.json. Measures only: a loaded machine must
 * not fail a benchmark.
 * JINXIU_BENCH_BASELINE=/path/to/other/checkout/bin/jinxiu.mjs times that build too, in the same rounds and with its
 * own data folders (before/after figures from one run).
 * JINXIU_BENCH_KEEP=1 keeps the data folder, design id and SVG (printed) for profiling by hand.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeStudio, type TestStudio } from '../helpers/studio';
import { benchSceneSvg, buildExportBenchDesign } from '../helpers/export-bench-content';
import { report, summarize } from './report';

const RUNS = 5;
const tmp = mkdtempSync(join(tmpdir(), 'jinxiu-bench-cold-'));
const cli = resolve('bin/jinxiu.mjs');
let t: TestStudio;
let designId: string;
let svgPath: string;

beforeAll(async () => {
  t = await makeStudio();
  designId = (await buildExportBenchDesign(t.studio)).id;
  svgPath = join(tmp, 'scene.svg');
  writeFileSync(svgPath, await benchSceneSvg(t.studio, designId));
  // the CLI opens the data folder itself, as a user's later run would
  t.studio.close();
}, 300_000);

afterAll(() => {
  if (process.env.JINXIU_BENCH_KEEP) {
    console.log(`[bench] kept: --data ${t.dataDir} design ${designId} svg ${svgPath}`);
    return;
  }
  t?.cleanup();
  rmSync(tmp, { recursive: true, force: true });
});

interface Sample {
  ms: number;
  /** user + system CPU time: on a machine shared with other work this varies far less than wall time */
  cpuMs: number;
  peakMiB: number;
}

/** Runs a command from a fresh process under /usr/bin/time; wall time around the spawn. */
function timed(command: string, args: string[]): Sample {
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', 'peak-kib=%M cpu-s=%U+%S', command, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${run.status}): ${run.stderr}\n${run.stdout}`);
  const kib = Number(/peak-kib=(\d+)/.exec(run.stderr)?.[1]);
  const cpu = /cpu-s=([\d.]+)\+([\d.]+)/.exec(run.stderr);
  return { ms, cpuMs: Math.round((Number(cpu?.[1]) + Number(cpu?.[2])) * 1000), peakMiB: +(kib / 1024).toFixed(1) };
}

const median = (xs: number[]) => summarize(xs).median;

interface Figures {
  command: string;
  medianMs: number;
  medianCpuMs: number;
  peakMiB: number;
  samplesMs: number[];
  samplesCpuMs: number[];
  samplesPeakMiB: number[];
}

function figures(command: string, samples: Sample[]): Figures {
  return {
    command,
    medianMs: Math.round(median(samples.map((s) => s.ms))),
    medianCpuMs: median(samples.map((s) => s.cpuMs)),
    peakMiB: median(samples.map((s) => s.peakMiB)),
    samplesMs: samples.map((s) => Math.round(s.ms)),
    samplesCpuMs: samples.map((s) => s.cpuMs),
    samplesPeakMiB: samples.map((s) => s.peakMiB),
  };
}

/** A copy of the data folder without its cache: what a first export on another PC finds. */
function freshDataFolder(name: string): string {
  const dir = join(tmp, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(t.dataDir, dir, { recursive: true, filter: (src) => src !== join(t.dataDir, 'cache') });
  return dir;
}

it('times cold and warm export against rsvg-convert, interleaved', () => {
  const rsvgPdf = join(tmp, 'rsvg.pdf');
  const builds = [{ name: 'jinxiu', cli }, ...(process.env.JINXIU_BENCH_BASELINE ? [{ name: 'baseline', cli: resolve(process.env.JINXIU_BENCH_BASELINE) }] : [])];
  const exportArgs = (build: { cli: string }, dataDir: string, pdf: string) => [build.cli, 'export', designId, '--out', pdf, '--data', dataDir];
  // each build's warm data folder gets its cache from one untimed export first
  const warmDirs = new Map(builds.map((b) => [b.name, freshDataFolder(`warm-${b.name}`)]));
  for (const b of builds) timed(process.execPath, exportArgs(b, warmDirs.get(b.name)!, join(tmp, `${b.name}-warmup.pdf`)));
  const cold = new Map<string, Sample[]>(builds.map((b) => [b.name, []]));
  const warm = new Map<string, Sample[]>(builds.map((b) => [b.name, []]));
  const rsvg: Sample[] = [];
  const nodeStart: Sample[] = [];
  for (let i = 0; i < RUNS; i++) {
    nodeStart.push(timed(process.execPath, ['-e', '0']));
    for (const b of builds) {
      const fresh = freshDataFolder(`cold-${b.name}`);
      cold.get(b.name)!.push(timed(process.execPath, exportArgs(b, fresh, join(tmp, `${b.name}-cold.pdf`))));
      warm.get(b.name)!.push(timed(process.execPath, exportArgs(b, warmDirs.get(b.name)!, join(tmp, `${b.name}-warm.pdf`))));
    }
    rsvg.push(timed('rsvg-convert', ['-f', 'pdf', '-o', rsvgPdf, svgPath]));
  }
  const r = { ...figures('rsvg-convert -f pdf -o F.pdf scene.svg', rsvg), pdfBytes: statSync(rsvgPdf).size, svgBytes: statSync(svgPath).size };
  const ratios = (f: Figures) => ({ ratio: +(f.medianMs / r.medianMs).toFixed(2), cpuRatio: +(f.medianCpuMs / r.medianCpuMs).toFixed(2) });
  const byBuild = (name: string) => {
    const c = figures('node bin/jinxiu.mjs export ID --out F.pdf --data FRESH_COPY_WITHOUT_CACHE', cold.get(name)!);
    const w = figures('node bin/jinxiu.mjs export ID --out F.pdf --data DIR', warm.get(name)!);
    return { coldCache: { ...c, ...ratios(c), pdfBytes: statSync(join(tmp, `${name}-cold.pdf`)).size }, warmCache: { ...w, ...ratios(w), pdfBytes: statSync(join(tmp, `${name}-warm.pdf`)).size } };
  };
  const jinxiu = byBuild('jinxiu');
  report('export', {
    design: 'tuck-end 80x40x160 mm (flat about 330x260 mm with bleed and marks), 40 motifs + 12-copy border + sample art, 3 photos 2400x1600, LXGW WenKai Regular + Light',
    runs: RUNS,
    machine: { cpus: availableParallelism(), node: process.version, loadAverage: loadavg().map((l) => +l.toFixed(2)) },
    jinxiu,
    ...(builds.length > 1 ? { baseline: { cli: builds[1].cli, ...byBuild('baseline') } } : {}),
    rsvg: r,
    nodeStart: { ...figures('node -e 0', nodeStart), shareOfRsvg: +(median(nodeStart.map((s) => s.ms)) / r.medianMs).toFixed(2) },
    note: 'coldCache: every run on a fresh copy of the data folder without cache/ (the design, its photos and motifs only); warmCache: the data folder an earlier export of this design filled (font subsets and facts, motif display lists, prepared photos). Rounds interleave cold, warm and rsvg-convert.',
    targets: { ratio: 1, peakMiB: 200 },
    meetsTargets: {
      coldCache: jinxiu.coldCache.ratio <= 1 && jinxiu.coldCache.peakMiB <= 200,
      warmCache: jinxiu.warmCache.ratio <= 1 && jinxiu.warmCache.peakMiB <= 200,
    },
  });
  expect(jinxiu.coldCache.pdfBytes).toBeGreaterThan(0);
  expect(jinxiu.warmCache.pdfBytes).toBeGreaterThan(0);
});
