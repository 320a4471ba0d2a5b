/**
 * The canvas-paper comparison on the lid-and-base box, drawn independently with librsvg (sharp):
 * the sheet's plain cream fills once as the canvas paints them (no guides) and once as poppler
 * paints the PDF (the same fills plus the die lines of the Dieline plate: 0.25 pt (one pixel at 200 dpi), folds dashed 3/1.5 mm, magenta as
 * poppler shows the plate's CMYK alternate). The art is identical,
 * so every wall must compare as equal; a wall whose fill is really missing must still fail.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { generateTemplate, getTemplate } from '../../../model/templates';
import type { PathCommand } from '../../../model/scene';
import { compareRegion, dieMask, grey, type Region } from '../../e2e/region-compare';

const KIND = 'rigid-lid-base';
const t = generateTemplate(KIND, getTemplate(KIND).defaults);
const DPI = 200;
const PX_PER_MM = 2;
/** a 0.25 pt line as poppler paints it at 200 dpi: never thinner than one device pixel */
const HAIRLINE_MM = 25.4 / DPI;

const svgPath = (d: PathCommand[]) => d.map((c) => (c[0] === 'Z' ? 'Z' : `${c[0]} ${c.slice(1).join(' ')}`)).join(' ');

/** The sheet at 200 dpi: each printable panel's bleed outline filled cream (as the scene carries fills into the bleed). */
async function sheet(withDie: boolean, skipPanel?: string): Promise<Buffer> {
  const fills = t.panels
    .filter((p) => p.printable && p.page === 'front' && p.id !== skipPanel)
    .map((p) => `<path d="${svgPath(p.bleedOutline)}" fill="#f6f0e0"/>`)
    .join('');
  const die = t.dielines.front;
  const lines = withDie
    ? [
        ...die.cut.map((d) => `<path d="${svgPath(d)}" fill="none" stroke="#ff00ff" stroke-width="${HAIRLINE_MM}"/>`),
        ...die.fold.map((d) => `<path d="${svgPath(d)}" fill="none" stroke="#ff00ff" stroke-width="${HAIRLINE_MM}" stroke-dasharray="3 1.5"/>`),
      ].join('')
    : '';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${(t.width * DPI) / 25.4}" height="${(t.height * DPI) / 25.4}" viewBox="0 0 ${t.width} ${t.height}"><rect width="${t.width}" height="${t.height}" fill="#fff"/>${fills}${lines}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

function wallRegion(id: string, w: number, h: number): Region {
  const b = t.panels.find((p) => p.id === id)!.bounds;
  const x0 = Math.max(0, Math.floor((b.x - 1) * PX_PER_MM));
  const y0 = Math.max(0, Math.floor((b.y - 1) * PX_PER_MM));
  const x1 = Math.min(w, Math.ceil((b.x + b.width + 1) * PX_PER_MM));
  const y1 = Math.min(h, Math.ceil((b.y + b.height + 1) * PX_PER_MM));
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

describe('canvas-paper region comparison', () => {
  const w = Math.round(t.width * PX_PER_MM);
  const h = Math.round(t.height * PX_PER_MM);
  const mask = dieMask(t.dielines.front, w, h, PX_PER_MM);
  const walls = t.panels.filter((p) => p.printable).map((p) => p.id);

  it('the die lines alone make a plain wall look different unless they are left out', async () => {
    const canvas = await grey(await sheet(false), w, h);
    const paper = await grey(await sheet(true), w, h);
    const right = wallRegion('base-wall-right', w, h);
    // what the e2e measured before: the die on the paper side is the only structure in the box
    const raw = compareRegion(canvas, paper, w, right);
    expect(raw.sd.canvas).toBeLessThan(3);
    expect(raw.sd.paper).toBeGreaterThan(3);
    // (a perfectly flat canvas correlates as NaN, which fails "> 0.8" in the e2e just the same)
    expect(raw.correlation === 'flat' || raw.correlation > 0.8).toBe(false);
    // with the die left out, every printable panel of both trays is the same plain fill on both sides
    expect(walls.length).toBe(10);
    for (const id of walls) {
      const f = compareRegion(canvas, paper, w, wallRegion(id, w, h), mask);
      expect(f.correlation, id).toBe('flat');
      expect(Math.abs(f.ink.canvas - f.ink.paper), id).toBeLessThan(2);
    }
  });

  it('a wall whose fill is missing on the canvas still fails with the die left out', async () => {
    const canvas = await grey(await sheet(false, 'base-wall-right'), w, h);
    const paper = await grey(await sheet(true), w, h);
    const f = compareRegion(canvas, paper, w, wallRegion('base-wall-right', w, h), mask);
    // the bleed beyond the cut and the floor's edge give the canvas structure the paper lacks
    if (f.correlation === 'flat') expect(Math.abs(f.ink.canvas - f.ink.paper)).toBeGreaterThan(5);
    else expect(f.correlation).toBeLessThan(0.8);
  });

  it('the mask covers only the strips along the die', () => {
    const covered = mask.reduce((s, v) => s + v, 0) / mask.length;
    expect(covered).toBeGreaterThan(0.02);
    expect(covered).toBeLessThan(0.15);
    // the middle of the base floor is far from every die line
    const floor = t.panels.find((p) => p.id === 'base-floor')!.bounds;
    const cx = Math.round((floor.x + floor.width / 2) * PX_PER_MM);
    const cy = Math.round((floor.y + floor.height / 2) * PX_PER_MM);
    expect(mask[cy * w + cx]).toBe(0);
  });
});
