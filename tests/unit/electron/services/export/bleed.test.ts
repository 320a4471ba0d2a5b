/**
 * Bleed on paper: every shipped sample, and a design per template kind with art on every
 * panel up to every cut edge, exports to a PDF whose process plates (Ghostscript tiffsep)
 * carry ink past the trim wherever ink reaches it. A design whose background stops 1 mm short
 * of the cut shows that the measurement can fail, and preflight says so too.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportServiceFor, type ExportService } from '../../../../../electron/services/export';
import { createDesign } from '../../../../../model/design/new-design';
import type { Design, Element } from '../../../../../model/design/schema';
import { generateTemplate } from '../../../../../model/templates';
import { bleedSides, type SideResult } from '../../../../helpers/bleed-plates';
import { ALL_SAMPLES } from '../../../../helpers/shipped-samples';
import { makeStudio, type TestStudio } from '../../../../helpers/studio';

/** Eight-pointed star (batik): open for commercial use, its artwork fills its square to the edge. */
const STAR = 'f196bd0c-9cb0-4300-b04a-cb7138d4fb0b';
/** every shipped sample: the top level and the gallery */
const SAMPLES = ALL_SAMPLES;
/** every template kind, and the variants whose cut edges differ */
const TEMPLATES: [string, Record<string, string | number>][] = [
  ['tuck-end', {}],
  ['pillow', {}],
  ['rigid-lid-base', {}],
  ['label-rect', {}],
  ['label-rounded', {}],
  ['label-circle', {}],
  ['label-jar', {}],
  ['hang-tag', {}],
  ['story-card', { size: 'a6' }],
  ['story-card', { size: '100x150' }],
  ['story-card', { size: '100x150', orientation: 'landscape', cornerRadiusMm: 5 }],
  ['sticker', { shape: 'circle' }],
  ['sticker', { shape: 'rect' }],
  ['sticker', { shape: 'rounded', cornerRadiusMm: 6 }],
];

const base = (id: string, page: string, t: { x: number; y: number; width: number; height: number }) => ({
  id,
  name: id,
  page,
  transform: { ...t, rotation: 0 },
  opacity: 1,
  locked: false,
  hidden: false,
});

/**
 * A star tile fill over each printable panel's bounds: art that meets every cut edge a design
 * prints on (glue flaps, tucks and dust flaps are hidden in the made-up box and stay blank).
 */
function everyPanelFilled(kind: string, params: Record<string, string | number>): Design {
  const t = generateTemplate(kind, params);
  const elements: Element[] = t.panels.filter((p) => p.printable).map((p, i) => ({
    ...base(`fill-${i}`, p.page, p.bounds),
    panelId: p.id,
    kind: 'pattern',
    motifId: STAR,
    mode: 'tile',
    tileMm: 9,
    spacingMm: 0,
    mirror: 'none',
    clipToPanel: true,
    colourMap: {},
  }));
  return { ...createDesign({ name: `bleed ${kind}`, template: { kind, params }, pages: t.pages }), elements };
}

/** One of each extendable kind on a 90 x 60 label, each meeting one or two cut edges. */
async function everyKind(t: TestStudio): Promise<Design> {
  const w = 600;
  const h = 400;
  const raw = Buffer.alloc(w * h * 3);
  for (let i = 0; i < w * h; i++) raw.set([40 + (i % w) / 4, 90, 160], i * 3);
  const up = await t.studio.assets.upload('photo.jpg', await sharp(raw, { raw: { width: w, height: h, channels: 3 } }).jpeg().toBuffer(), 'photo');
  const elements: Element[] = [
    { ...base('shape', 'front', { x: 0, y: 0, width: 30, height: 60 }), panelId: 'label', kind: 'shape', shape: 'rect', fill: { cmyk: { c: 0, m: 60, y: 90, k: 0 } } },
    { ...base('photo', 'front', { x: 30, y: 0, width: 30, height: 20 }), panelId: 'label', kind: 'image', assetId: up.assetId, pixelWidth: up.pixelWidth, pixelHeight: up.pixelHeight },
    { ...base('photo-2', 'front', { x: 30, y: 20, width: 30, height: 40 }), panelId: 'label', kind: 'image', assetId: up.assetId, pixelWidth: up.pixelWidth, pixelHeight: up.pixelHeight, crop: { left: 100, top: 0, width: 300, height: 400 } },
    { ...base('motif', 'front', { x: 60, y: 0, width: 30, height: 30 }), panelId: 'label', kind: 'motif', motifId: STAR, colourMap: {} },
    { ...base('tiles', 'front', { x: 60, y: 30, width: 30, height: 30 }), panelId: 'label', kind: 'pattern', motifId: STAR, mode: 'tile', tileMm: 7, spacingMm: 1, mirror: 'x', clipToPanel: true, colourMap: {} },
  ];
  return { ...createDesign({ name: 'bleed kinds', template: { kind: 'label-rect', params: { widthMm: 90, heightMm: 60 } } }), elements };
}

/** Does a printable panel's outline touch this side of the trim box (outside the 3 mm corners)? */
function reachesTrim(kind: string, params: Record<string, string | number>, side: SideResult['side']): boolean {
  const t = generateTemplate(kind, params);
  return t.panels.some((p) => p.printable && p.edges.some((e) => e.kind === 'cut' && [e.from, e.to].some(([x, y]) => {
    const along = side === 'left' || side === 'right' ? y : x;
    const length = side === 'left' || side === 'right' ? t.height : t.width;
    if (along < 3 || along > length - 3) return false;
    return side === 'left' ? x < 0.5 : side === 'right' ? x > t.width - 0.5 : side === 'top' ? y < 0.5 : y > t.height - 0.5;
  })));
}

let t: TestStudio;
let service: ExportService;
const tmp = mkdtempSync(join(tmpdir(), 'jinxiu-bleed-export-'));

async function exportAndMeasure(design: Design, name: string): Promise<{ sides: SideResult[]; warnings: string[] }> {
  const result = await service.pdf(design, { cropMarks: false, dielineName: 'Dieline', force: false });
  expect(result.report.errors.map((e) => e.code)).toEqual([]);
  const file = join(tmp, `${name.replace(/\//g, '--')}.pdf`); // gallery/<name> is a sample id, not a folder
  writeFileSync(file, result.bytes);
  return { sides: await bleedSides(file), warnings: result.report.warnings.map((w) => w.code) };
}

const shortShare = (s: SideResult) => (s.inner === 0 ? 0 : s.short / s.inner);
/**
 * A press's bleed check passes a side when at most 2 % of its inked points stop at the trim:
 * where a sloped cut (a glue flap's taper, a tray's corner tab) crosses the trim box, the
 * bleed outline's edge crosses it too, a fraction of a millimetre of rows per corner.
 */
const MAX_SHORT = 0.02;

beforeAll(async () => {
  t = await makeStudio({ now: () => new Date('2026-11-28T10:00:00Z') });
  service = exportServiceFor(t.studio);
}, 60_000);

afterAll(() => {
  t?.cleanup();
  if (!process.env.KEEP_BLEED) rmSync(tmp, { recursive: true, force: true });
  else console.log(tmp);
});

describe('bleed on the plates', () => {
  it.each(SAMPLES)('sample %s: ink that reaches the trim runs on past it, on every side of every page', async (sample) => {
    const design = t.studio.designs.createFromSample(sample);
    const { sides, warnings } = await exportAndMeasure(design, sample);
    expect(warnings.filter((w) => w.startsWith('bleed.'))).toEqual([]);
    for (const s of sides) expect(shortShare(s), `${sample} page ${s.page} ${s.side}: ${s.short} of ${s.inner} px stop at the trim`).toBeLessThanOrEqual(MAX_SHORT);
    // the samples' backgrounds meet the trim box: the check has something to see
    expect(sides.reduce((n, s) => n + s.inner, 0)).toBeGreaterThan(500);
  }, 60_000);

  it.each(TEMPLATES)('template %s %j with every panel filled to its cut edges: ink runs on past the trim on all four sides', async (kind, params) => {
    const { sides, warnings } = await exportAndMeasure(everyPanelFilled(kind, params), `${kind}-${JSON.stringify(params).replace(/\W+/g, '-')}`);
    expect(warnings.filter((w) => w.startsWith('bleed.'))).toEqual([]);
    for (const s of sides) {
      // the check must have something to see on the sides printable panels reach
      if (reachesTrim(kind, params, s.side)) expect(s.inner, `${kind} page ${s.page} ${s.side}: no ink at the trim`).toBeGreaterThan(0);
      expect(shortShare(s), `${kind} page ${s.page} ${s.side}: ${s.short} of ${s.inner} px stop at the trim`).toBeLessThanOrEqual(MAX_SHORT);
    }
  }, 60_000);

  it('shapes, photos (with and without a crop), motifs and tiles all run on past the trim', async () => {
    const { sides, warnings } = await exportAndMeasure(await everyKind(t), 'kinds');
    expect(warnings.filter((w) => w.startsWith('bleed.'))).toEqual([]);
    for (const s of sides) {
      expect(s.inner, s.side).toBeGreaterThan(100);
      expect(shortShare(s), `${s.side}: ${s.short} of ${s.inner} px stop at the trim`).toBeLessThanOrEqual(MAX_SHORT);
    }
  }, 60_000);

  it('a background that stops 1 mm short of the cut fails the measurement, and preflight warns of the sliver', async () => {
    const design = everyPanelFilled('label-rect', {});
    const shortOne: Design = {
      ...design,
      elements: [{ ...base('short', 'front', { x: 1, y: 0, width: 89, height: 60 }), panelId: 'label', kind: 'shape', shape: 'rect', fill: { cmyk: { c: 0, m: 0, y: 0, k: 60 } } }],
    };
    const { sides, warnings } = await exportAndMeasure(shortOne, 'short');
    const left = sides.find((s) => s.side === 'left')!;
    expect(left.inner).toBeGreaterThan(100);
    expect(shortShare(left)).toBeGreaterThan(0.9);
    for (const s of sides.filter((x) => x.side !== 'left')) expect(s.short).toBe(0);
    expect(warnings).toContain('bleed.sliver');
  }, 60_000);
});
