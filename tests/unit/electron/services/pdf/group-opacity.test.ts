/**
 * Opacity belongs to the element as a whole: a motif at 50 % whose inner shapes overlap
 * prints the overlap exactly like the rest of the motif (no darker "see-through" area), in
 * the PDF (poppler render, pixel probe) and in the proof (librsvg through sharp). The PDF
 * stays PDF/X-4: the group is a Form XObject with a DeviceCMYK transparency group.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GlyphOutlines } from '../../../../../electron/services/export/glyph-outlines';
import { renderProof } from '../../../../../electron/services/export/proof-images';
import { FontService } from '../../../../../electron/services/fonts/font-service';
import { writePdf } from '../../../../../electron/services/pdf/write-pdf';
import type { PathCommand, Scene } from '../../../../../model/scene';
import { mutoolTrace, pdfinfo, qpdfCheck, qpdfJson, renderPng } from '../../../../helpers/pdf-tools';

const root = resolve(__dirname, '../../../../..');
const iccPath = join(root, 'assets/icc/FOGRA39L_tac300.icc');
const tmp = mkdtempSync(join(tmpdir(), 'jinxiu-opacity-'));
const rect = (x: number, y: number, w: number, h: number): PathCommand[] => [['M', x, y], ['L', x + w, y], ['L', x + w, y + h], ['L', x, y + h], ['Z']];
const GREEN = { kind: 'cmyk' as const, c: 80, m: 0, y: 90, k: 10 };

/** A 60 x 40 mm page; the "motif" at 50 %: two squares 10..30 and 20..40 overlapping on 20..30 mm. */
function scene(opacity: number): Scene {
  return {
    title: 'opacity',
    pages: [
      {
        name: 'front',
        widthMm: 60,
        heightMm: 40,
        bleedMm: 3,
        safeMm: 3,
        nodes: [
          {
            type: 'group',
            transform: [1, 0, 0, 1, 0, 5],
            opacity,
            elementId: 'motif',
            children: [
              { type: 'path', d: rect(10, 0, 20, 20), fill: GREEN },
              { type: 'path', d: rect(20, 5, 20, 20), fill: GREEN },
            ],
          },
        ],
      },
    ],
  };
}

let pdfPath: string;
let fonts: FontService;

beforeAll(async () => {
  fonts = new FontService({ bundledDir: join(root, 'assets/fonts') });
  const bytes = await writePdf(scene(0.5), {
    fonts,
    loadImage: () => {
      throw new Error('no images');
    },
    iccPath,
    cropMarks: false,
    dielineName: 'Dieline',
    title: 'opacity',
    creator: 'test',
    now: new Date('2026-11-28T15:00:00Z'),
  });
  pdfPath = join(tmp, 'opacity.pdf');
  writeFileSync(pdfPath, bytes);
}, 60_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** RGB at page mm (x, y) of a render whose origin is the bleed box corner (3 mm bleed). */
async function probe(png: Buffer | string, dpi: number, xMm: number, yMm: number): Promise<number[]> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const px = Math.round(((xMm + 3) / 25.4) * dpi);
  const py = Math.round(((yMm + 3) / 25.4) * dpi);
  const i = (py * info.width + px) * info.channels;
  return [data[i], data[i + 1], data[i + 2]];
}

const diff = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i])));

describe('element opacity is a transparency group', () => {
  it('PDF: the overlap of two inner shapes looks like either shape alone, and both are lighter than full strength', async () => {
    const png = renderPng(pdfPath, 1, 150);
    const single = await probe(png, 150, 15, 10); // first square only
    const other = await probe(png, 150, 35, 25); // second square only
    const overlap = await probe(png, 150, 25, 17); // both squares
    const paper = await probe(png, 150, 50, 2);
    expect(diff(single, other)).toBeLessThanOrEqual(2);
    expect(diff(overlap, single)).toBeLessThanOrEqual(2);
    // 50 % lies between paper and the full ink
    const full = await probe(renderPng(await fullPdf(), 1, 150), 150, 15, 10);
    for (let i = 0; i < 3; i++) {
      expect(single[i]).toBeGreaterThan(full[i] - 1);
      expect(single[i]).toBeLessThan(paper[i] + 1);
    }
    expect(diff(single, full)).toBeGreaterThan(20);
  });

  it('PDF: a Form XObject with a DeviceCMYK transparency group, painted with /ca 0.5; still valid PDF/X-4 with no RGB', () => {
    expect(qpdfCheck(pdfPath)).toMatch(/No syntax or stream encoding errors found/);
    expect(pdfinfo(pdfPath)['PDF subtype']).toBe('PDF/X-4');
    const objects = Object.values(qpdfJson(pdfPath).qpdf[1]);
    const forms = objects.filter((o) => o.stream?.dict['/Subtype'] === '/Form');
    expect(forms).toHaveLength(1);
    expect(forms[0].stream!.dict['/Group']).toEqual({ '/Type': '/Group', '/S': '/Transparency', '/CS': '/DeviceCMYK' });
    const states = objects.filter((o) => (o.value as Record<string, unknown> | undefined)?.['/Type'] === '/ExtGState');
    expect(states.map((s) => (s.value as Record<string, unknown>)['/ca'])).toContain(0.5);
    const json = JSON.stringify(objects);
    expect(json).not.toMatch(/DeviceRGB|CalRGB/);
    expect(mutoolTrace(pdfPath)).not.toMatch(/colorspace="DeviceRGB"/);
  });

  it('proof: the same, through the SVG <g opacity>', async () => {
    const glyphs = new GlyphOutlines((id) => fonts.parsed(id));
    const png = await renderProof(scene(0.5), 0, false, { glyphs, image: async () => undefined }, 150);
    const single = await probe(png, 150, 15, 10);
    const overlap = await probe(png, 150, 25, 17);
    const paper = await probe(png, 150, 50, 2);
    expect(diff(overlap, single)).toBeLessThanOrEqual(2);
    expect(diff(single, paper)).toBeGreaterThan(20);
  });
});

async function fullPdf(): Promise<string> {
  const bytes = await writePdf(scene(1), {
    fonts,
    loadImage: () => {
      throw new Error('no images');
    },
    iccPath,
    cropMarks: false,
    dielineName: 'Dieline',
    title: 'opacity',
    creator: 'test',
    now: new Date('2026-11-28T15:00:00Z'),
  });
  const p = join(tmp, 'full.pdf');
  writeFileSync(p, bytes);
  return p;
}
