/**
 * Export benchmark: a tuck-end box with 40 motif elements, a 12-copy border pattern, 3 photos
 * and Chinese text in two fonts. Measures the whole export (prepare + preflight + PDF/X-4)
 * and, as a reference in the same run, librsvg's `rsvg-convert -f pdf` on the same scene as
 * SVG (from the proof serializer; an RGB PDF without any of the print-ready work).
 * Targets: < 1.5 s median and < 5 MB.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exportServiceFor } from '../../electron/services/export';
import type { Design } from '../../model/design/schema';
import { benchSceneSvg, buildExportBenchDesign } from '../helpers/export-bench-content';
import { makeStudio, type TestStudio } from '../helpers/studio';
import { report, summarize } from './report';

let t: TestStudio;
let design: Design;
const tmp = mkdtempSync(join(tmpdir(), 'jinxiu-bench-export-'));

beforeAll(async () => {
  t = await makeStudio();
  design = await buildExportBenchDesign(t.studio);
}, 300_000);

afterAll(() => {
  t?.cleanup();
  rmSync(tmp, { recursive: true, force: true });
});

it('exports the 40-motif tuck-end box', async () => {
  const service = exportServiceFor(t.studio);
  const pre = service.preflight(design.id);
  expect(pre.errors).toEqual([]);
  const prepared = service.prepare(design.id);
  const nodes = JSON.stringify(prepared.scene).length;

  // cold: first export in the process (font parsing, profile read)
  let started = performance.now();
  let result = await service.pdf(design.id, { cropMarks: true, dielineName: 'Dieline', force: false });
  const coldMs = performance.now() - started;
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    started = performance.now();
    result = await service.pdf(design.id, { cropMarks: true, dielineName: 'Dieline', force: false });
    times.push(performance.now() - started);
  }
  const pdfPath = join(tmp, 'box.pdf');
  writeFileSync(pdfPath, result.bytes);

  // reference: the same scene as SVG (text as outlines, photos embedded) through librsvg
  const svg = await benchSceneSvg(t.studio, design.id);
  const svgPath = join(tmp, 'box.svg');
  writeFileSync(svgPath, svg);
  const rsvgTimes: number[] = [];
  const rsvgPdf = join(tmp, 'box-rsvg.pdf');
  for (let i = 0; i < 5; i++) {
    started = performance.now();
    execFileSync('rsvg-convert', ['-f', 'pdf', '-o', rsvgPdf, svgPath]);
    rsvgTimes.push(performance.now() - started);
  }
  // the proof path (scene -> SVG -> PNG at 150 dpi) for the record
  started = performance.now();
  await service.proof(design.id, 0, true);
  const proofMs = performance.now() - started;

  const s = summarize(times);
  const r = summarize(rsvgTimes);
  const figures = {
    design: 'tuck-end 80x40x160 mm, 40 motifs + 12-copy border + sample art, 3 photos (2400x1600), 2 fonts',
    sceneJsonKB: Math.round(nodes / 1024),
    coldMs: Math.round(coldMs),
    medianMs: Math.round(s.median),
    p95Ms: Math.round(s.p95),
    pdfBytes: result.bytes.length,
    pdfMB: +(result.bytes.length / 1024 / 1024).toFixed(2),
    rsvgReference: { medianMs: Math.round(r.median), pdfBytes: statSync(rsvgPdf).size, svgBytes: Buffer.byteLength(svg) },
    proofPngMs: Math.round(proofMs),
    targets: { medianMs: 1500, pdfMB: 5 },
    meetsTargets: s.median < 1500 && result.bytes.length < 5 * 1024 * 1024,
  };
  report('export-in-process', figures);
  expect(readFileSync(pdfPath).subarray(0, 8).toString('latin1')).toBe('%PDF-1.6');
});
