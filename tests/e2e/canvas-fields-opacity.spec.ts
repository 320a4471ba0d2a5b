import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { Page } from '@playwright/test';
import { elementBounds, elementMatrix } from '../../model/design/geometry';
import type { Design, Element, TextElement } from '../../model/design/schema';
import { generateTemplate } from '../../model/templates';
import { apiCall, expect, openPrintPreview, openStudio, test, type StudioServer } from './fixtures';

/**
 * What the composer shows of two print rules, measured on the real canvas in Chromium:
 * - a product field with no value is a tinted box with the field's name on screen, a blank
 *   gap in what prints, and an error that blocks the PDF;
 * - a motif at 50 % is one layer at 50 % on the canvas, in the PDF (poppler) and in the proof:
 *   everywhere, the 50 % picture equals the 100 % picture blended half-and-half with what lies
 *   below (the motif hidden), which fails wherever inner shapes would show through each other.
 */
test.use({ viewport: { width: 1800, height: 1200 } });
test.setTimeout(300_000);

async function save(page: Page, studio: StudioServer, design: Design): Promise<void> {
  const r = await apiCall(page, studio, 'designs.save', { design, reason: 'explicit' });
  expect(r.ok, JSON.stringify(r.error ?? '')).toBe(true);
}

async function openComposer(page: Page, design: Design): Promise<void> {
  await openPrintPreview(page, design.name);
  // every text painted (the probe lists the runs once fonts and metrics are in)
  await expect.poll(async () => ((await page.locator('canvas.upper-canvas').getAttribute('data-painted-runs')) ?? '').length, { timeout: 60_000 }).toBeGreaterThan(50);
  await page.waitForTimeout(400);
}

/** RGB pixels of a page-mm rectangle of the canvas, at the canvas's own zoom. */
async function canvasRegion(page: Page, r: { x: number; y: number; width: number; height: number }): Promise<{ data: Buffer; width: number; height: number }> {
  const canvas = page.locator('canvas.upper-canvas');
  const [zoom, panX, panY] = (await canvas.getAttribute('data-viewport'))!.split(',').map(Number);
  const box = (await canvas.boundingBox())!;
  const png = await page.screenshot({ clip: { x: box.x + panX + r.x * zoom, y: box.y + panY + r.y * zoom, width: r.width * zoom, height: r.height * zoom } });
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Share of pixels where `half` is not the half-and-half blend of `full` and `under` (beyond `tol` levels). */
function blendMisses(full: Shot, half: Shot, under: Shot, tol = 6): { share: number; worst: number } {
  // Compared in 4x4-pixel blocks: poppler snaps an axis-aligned hairline (the gaps between satin
  // stitches) to a different pixel inside a transparency group than outside it, which moves ink
  // by a pixel without changing how much there is. A real fault (overlapping inner shapes blended
  // twice) is a whole area and survives the averaging.
  const [f, h, u] = [full, half, under].map((shot) => blockAverage(shot, 4));
  let misses = 0;
  let worst = 0;
  for (let i = 0; i < f.length; i++) {
    const d = Math.abs(h[i] - (f[i] + u[i]) / 2);
    worst = Math.max(worst, d);
    if (d > tol) misses++;
  }
  return { share: misses / f.length, worst };
}

type Shot = { data: Buffer; width: number };

/** The PDF is read at 600 dpi so the satin stitches' hairline gaps are wider than a pixel (at 150 dpi
 * poppler widens a sub-pixel line to a whole pixel outside a transparency group but not inside one). */
const PDF_DPI = 600;

/** The mean of each channel over `n` x `n` blocks (partial blocks at the right and bottom dropped). */
function blockAverage(shot: Shot, n: number): Float64Array {
  const height = shot.data.length / 3 / shot.width;
  const bw = Math.floor(shot.width / n);
  const bh = Math.floor(height / n);
  const out = new Float64Array(bw * bh * 3);
  for (let y = 0; y < bh * n; y++) {
    for (let x = 0; x < bw * n; x++) {
      const o = (Math.floor(y / n) * bw + Math.floor(x / n)) * 3;
      const i = (y * shot.width + x) * 3;
      for (let c = 0; c < 3; c++) out[o + c] += shot.data[i + c] / (n * n);
    }
  }
  return out;
}

/** How far the 100 % picture is from what lies below (the motif must actually be there). */
function meanDiff(a: Buffer, b: Buffer): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += Math.abs(a[i] - b[i]);
  return s / a.length;
}

test('an unfilled product field: tinted field on the canvas, a blank gap in print, an error that blocks the PDF', async ({ page, studio }) => {
  await page.addInitScript(() => localStorage.setItem('jinxiu.paintProbe', '1'));
  await openStudio(page, studio);
  await apiCall(page, studio, 'settings.update', { guidedPathDone: true });
  const sample: Design = (await apiCall(page, studio, 'designs.createFromSample', { sample: 'tuck-end-tea-box' })).value;
  // the tea has no production date on file: this field stays empty
  const design: Design = {
    ...sample,
    elements: sample.elements.map((e) => (e.id === 'net-content' ? ({ ...e, text: '生产日期：{{product.productionDate}}' } as TextElement) : e)),
  };
  await save(page, studio, design);

  const report = (await apiCall(page, studio, 'export.preflight', { designId: design.id })).value;
  const finding = report.errors.find((e: { code: string }) => e.code === 'text.unfilled-placeholder');
  expect(finding?.where.elementId).toBe('net-content');
  expect(report.canForce).toBe(false);
  const pdf = await apiCall(page, studio, 'export.pdf', { designId: design.id, cropMarks: false, dielineName: 'Dieline', force: true });
  expect(pdf.ok).toBe(false);
  expect(pdf.error.code).toBe('export.blocked');

  await openComposer(page, design);
  const runs: { elementId?: string; text: string; x0: number; y0: number; x1: number }[] = JSON.parse((await page.locator('canvas.upper-canvas').getAttribute('data-painted-runs'))!).runs;
  expect(runs.some((r) => r.text.includes('{{') || r.text.includes('productionDate'))).toBe(false);
  const label = runs.filter((r) => r.elementId === 'net-content');
  expect(label.map((r) => r.text).join('')).toBe('生产日期：');

  // right after "生产日期：" the field's gap: tinted orange on screen
  const el = design.elements.find((e) => e.id === 'net-content')!;
  const m = elementMatrix(el.transform);
  const end = label[label.length - 1];
  const sizeMm = ((el as TextElement).sizePt * 25.4) / 72;
  const probeAt = { x: end.x1 + sizeMm * 0.5, y: end.y0 - sizeMm * 0.3 };
  expect(m[1]).toBe(0); // an upright label: page x runs along the line
  const px = await canvasRegion(page, { x: probeAt.x - 0.4, y: probeAt.y - 0.4, width: 0.8, height: 0.8 });
  const mean = (c: number) => {
    let s = 0;
    for (let i = c; i < px.data.length; i += 3) s += px.data[i];
    return s / (px.data.length / 3);
  };
  const [r, g, b] = [mean(0), mean(1), mean(2)].map(Math.round);
  expect(r - b, `tinted field at ${JSON.stringify(probeAt)}: rgb ${r},${g},${b}`).toBeGreaterThan(40);
  // the proof of the same page leaves the gap blank: no ink where the field stands on screen
  const proof = await apiCall(page, studio, 'export.proof', { designId: design.id, page: 0, dieline: false });
  if (proof.ok) {
    const t = generateTemplate(design.template.kind, design.template.params);
    const png = Buffer.from(proof.value.dataUrl.split(',')[1], 'base64');
    const pxPerMm = proof.value.widthPx / (t.width + 2 * t.bleedMm);
    const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const under = design.elements.find((e) => e.id === 'bg-front')!;
    expect(under).toBeDefined();
    const at = (xMm: number, yMm: number) => {
      const i = (Math.round((yMm + t.bleedMm) * pxPerMm) * info.width + Math.round((xMm + t.bleedMm) * pxPerMm)) * info.channels;
      return [data[i], data[i + 1], data[i + 2]];
    };
    // the gap shows the panel's ground, as just beyond the box's right edge
    const gap = at(probeAt.x, probeAt.y);
    const ground = at(elementBounds(el.transform).x + elementBounds(el.transform).width + 1, probeAt.y);
    expect(Math.max(...gap.map((v, i) => Math.abs(v - ground[i])))).toBeLessThan(12);
  }
});

test('a motif at 50 % is one layer at 50 % on the canvas, in the PDF and in the proof', async ({ page, studio }) => {
  await page.addInitScript(() => localStorage.setItem('jinxiu.paintProbe', '1'));
  await openStudio(page, studio);
  await apiCall(page, studio, 'settings.update', { guidedPathDone: true });
  const design: Design = (await apiCall(page, studio, 'designs.createFromSample', { sample: 'tuck-end-tea-box' })).value;
  const motif = design.elements.find((e) => e.id === 'butterfly-mother')!;
  const b = elementBounds(motif.transform);
  const region = { x: b.x + 1, y: b.y + 1, width: b.width - 2, height: b.height - 2 };
  const variant = (change: Partial<Element>): Design => ({ ...design, elements: design.elements.map((e) => (e.id === motif.id ? ({ ...e, ...change } as Element) : e)) });
  const t = generateTemplate(design.template.kind, design.template.params);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opacity-'));

  const shots: Record<string, { canvas: Shot; pdf: Shot; proof: Shot }> = {};
  for (const [name, change] of [['full', { opacity: 1 }], ['half', { opacity: 0.5 }], ['under', { hidden: true }]] as const) {
    await save(page, studio, variant(change));
    await openComposer(page, design);
    const canvas = await canvasRegion(page, region);
    const exported = await apiCall(page, studio, 'export.pdf', { designId: design.id, cropMarks: false, dielineName: 'Dieline', force: false });
    expect(exported.ok, JSON.stringify(exported.error ?? '')).toBe(true);
    const file = path.join(dir, `${name}.pdf`);
    fs.writeFileSync(file, Buffer.from(exported.value.base64, 'base64'));
    execFileSync('pdftoppm', ['-r', String(PDF_DPI), '-png', '-singlefile', file, path.join(dir, name)]);
    const crop = async (png: Buffer, pxPerMm: number) =>
      sharp(png)
        .removeAlpha()
        .extract({ left: Math.round((region.x + t.bleedMm) * pxPerMm), top: Math.round((region.y + t.bleedMm) * pxPerMm), width: Math.round(region.width * pxPerMm), height: Math.round(region.height * pxPerMm) })
        .raw()
        .toBuffer({ resolveWithObject: true })
        .then(({ data, info }) => ({ data, width: info.width }));
    const pdf = await crop(fs.readFileSync(path.join(dir, `${name}.png`)), PDF_DPI / 25.4);
    const proofCall = await apiCall(page, studio, 'export.proof', { designId: design.id, page: 0, dieline: false });
    expect(proofCall.ok, JSON.stringify(proofCall.error ?? '')).toBe(true);
    const proof = await crop(Buffer.from(proofCall.value.dataUrl.split(',')[1], 'base64'), proofCall.value.widthPx / (t.width + 2 * t.bleedMm));
    shots[name] = { canvas, pdf, proof };
  }
  fs.rmSync(dir, { recursive: true, force: true });

  for (const where of ['canvas', 'pdf', 'proof'] as const) {
    const { full, half, under } = { full: shots.full[where], half: shots.half[where], under: shots.under[where] };
    expect(meanDiff(full.data, under.data), `${where}: the motif is there`).toBeGreaterThan(20);
    const miss = blendMisses(full, half, under);
    console.log(`[opacity] ${where}: ${(miss.share * 100).toFixed(2)} % of 4x4-block channels off the 50 % blend by more than 6 levels (worst ${miss.worst.toFixed(1)})`);
    // anti-aliased edges may still round differently; overlapping inner shapes would be whole areas
    expect(miss.share, `${where}: the 50 % motif is the blend of the full motif and what lies below`).toBeLessThan(0.01);
  }
});
