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
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exportServiceFor, GlyphOutlines, sceneToSvg } from '../../electron/services/export';
import type { Design, Element } from '../../model/design/schema';
import { makeStudio, type TestStudio } from '../helpers/studio';
import { report, summarize } from './report';

const OPEN_MOTIFS = ['bat', 'duckweed-flower', 'eight-pointed-star', 'eight-pointed-star-batik', 'fish-pair', 'fish-pendant', 'meander', 'pomegranate', 'silver-butterfly', 'silver-lion', 'sun'];

let t: TestStudio;
let design: Design;
const tmp = mkdtempSync(join(tmpdir(), 'jinxiu-bench-export-'));

/** A photo with real detail (noise over a gradient), so JPEG sizes are realistic. */
async function photo(seed: number): Promise<Buffer> {
  const w = 2400;
  const h = 1600;
  const raw = Buffer.alloc(w * h * 3);
  let s = seed * 2654435761;
  for (let i = 0; i < raw.length; i += 3) {
    s = (s * 1103515245 + 12345) >>> 0;
    const p = i / 3;
    raw[i] = ((p % w) * 255) / w + (s & 31);
    raw[i + 1] = (Math.floor(p / w) * 255) / h + ((s >> 5) & 31);
    raw[i + 2] = 120 + ((s >> 10) & 63);
  }
  return sharp(raw, { raw: { width: w, height: h, channels: 3 } }).jpeg({ quality: 88 }).toBuffer();
}

const base = (id: string, panelId: string, transform: Element['transform']) => ({ id, name: id, page: 'front', panelId, transform, opacity: 1, locked: false, hidden: false });

beforeAll(async () => {
  t = await makeStudio();
  const sample = t.studio.designs.createFromSample('tuck-end-tea-box');
  const ids = OPEN_MOTIFS.map((slug) => t.studio.motifs.idBySlug(slug)!);
  const elements: Element[] = [...sample.elements.filter((e) => e.id !== 'butterfly-mother')];
  // 40 motifs in a grid over the front and back panels
  for (let i = 0; i < 40; i++) {
    const panel = i < 20 ? { id: 'front', x: 14 } : { id: 'back', x: 134 };
    const k = i % 20;
    elements.push({ ...base(`m${i}`, panel.id, { x: panel.x + (k % 4) * 19, y: 58 + Math.floor(k / 4) * 16, width: 15, height: 15, rotation: (i * 7) % 30 }), kind: 'motif', motifId: ids[i % ids.length], colourMap: {} });
  }
  // a border of 12 copies: floor((120 + 1) / (9 + 1)) = 12 along the bottom edge
  elements.push({ ...base('border12', 'back', { x: 132, y: 200, width: 120, height: 10, rotation: 0 }), kind: 'pattern', motifId: ids[2], mode: 'border', edge: 'bottom', tileMm: 9, spacingMm: 1, mirror: 'none', clipToPanel: true, colourMap: {} });
  for (let i = 0; i < 3; i++) {
    const up = await t.studio.assets.upload(`photo-${i}.jpg`, await photo(i + 1), 'photo');
    elements.push({ ...base(`photo${i}`, 'back', { x: 136 + i * 24, y: 140, width: 22, height: 15, rotation: 0 }), kind: 'image', assetId: up.assetId, pixelWidth: up.pixelWidth, pixelHeight: up.pixelHeight });
  }
  elements.push({
    ...base('light-text', 'side-right', { x: 96, y: 60, width: 32, height: 60, rotation: 0 }),
    kind: 'text', text: '雷山银球茶，生长于雷公山国家级自然保护区，云雾缭绕，茶树与杉木相伴。苗家茶农手工揉捻成球，冲泡时如银球舒展。', fontId: 'lxgw-wenkai-light', sizePt: 9, lineHeight: 1.4, align: 'start', direction: 'horizontal', colour: { cmyk: { c: 0, m: 0, y: 0, k: 0 } },
  });
  design = { ...sample, elements };
  t.studio.designs.save(design);
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
  const fonts = t.studio.fonts;
  const glyphs = new GlyphOutlines((id) => fonts.parsed(id));
  const image = async (node: { assetId: string }, w: number, h: number) =>
    `data:image/jpeg;base64,${(await sharp(t.studio.assets.original(node.assetId)).resize(w, h, { fit: 'fill' }).jpeg({ quality: 92 }).toBuffer()).toString('base64')}`;
  const svg = (await sceneToSvg(prepared.scene.pages[0], { glyphs, image, dpi: 450, dieline: true, area: 'bleed', background: '#ffffff' })).svg;
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
  report('export', figures);
  expect(readFileSync(pdfPath).subarray(0, 8).toString('latin1')).toBe('%PDF-1.6');
});
