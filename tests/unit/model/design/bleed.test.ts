/**
 * Bleed in the scene: which panel edges are cut, how far art may run past them, and how each
 * kind of element is carried into the bleed without ever running over a fold.
 */
import { describe, expect, it } from 'vitest';
import { coverImage } from '../../../../model/design/scene/bleed';
import type { Element, ImageElement } from '../../../../model/design/schema';
import { transformPoint } from '../../../../model/matrix';
import type { GroupNode, ImageNode, Matrix, PathCommand, PathNode, SceneNode } from '../../../../model/scene';
import { flattenPath, rectPath } from '../../../../model/templates/geometry';
import { generateTemplate, templateKinds } from '../../../../model/templates/index';
import type { Panel, TemplateResult } from '../../../../model/templates/types';
import { motif, pattern, shape } from './helpers';
import { buildPage, insidePath as inside } from './scene-helpers';

type Pt = [number, number];

const mid = (e: Panel['edges'][0]): Pt => [(e.from[0] + e.to[0]) / 2, (e.from[1] + e.to[1]) / 2];
/** A point `by` mm off the edge's midpoint, on the side away from the panel. */
function across(p: Panel, e: Panel['edges'][0], by: number): Pt {
  const [mx, my] = mid(e);
  const len = Math.hypot(e.to[0] - e.from[0], e.to[1] - e.from[1]);
  const n: Pt = [(e.to[1] - e.from[1]) / len, -(e.to[0] - e.from[0]) / len];
  const a: Pt = [mx + n[0] * by, my + n[1] * by];
  return inside(p.outline, a) ? [mx - n[0] * by, my - n[1] * by] : a;
}

function edgeKinds(t: TemplateResult, id: string): Record<string, number> {
  const p = t.panels.find((x) => x.id === id)!;
  const out: Record<string, number> = {};
  for (const e of p.edges) out[e.kind] = (out[e.kind] ?? 0) + Math.hypot(e.to[0] - e.from[0], e.to[1] - e.from[1]);
  for (const k of Object.keys(out)) out[k] = Math.round(out[k] * 10) / 10;
  return out;
}

const ALL_TEMPLATES: TemplateResult[] = [
  ...templateKinds.map((k) => generateTemplate(k)),
  generateTemplate('story-card', { size: '100x150' }),
  generateTemplate('story-card', { cornerRadiusMm: 4 }),
  generateTemplate('sticker', { shape: 'rect' }),
  generateTemplate('sticker', { shape: 'rounded' }),
];

describe('cut and fold edges of every template', () => {
  it('are read from the die: net panels have their cut sides, whole pieces are cut all round', () => {
    const tuck = generateTemplate('tuck-end', { lengthMm: 80, widthMm: 40, heightMm: 160 });
    expect(edgeKinds(tuck, 'front')).toEqual({ cut: 80, fold: 400 }); // the top; the bottom lid hangs from the front
    expect(edgeKinds(tuck, 'back')).toEqual({ fold: 400, cut: 80 }); // the bottom; the top lid hangs from the back
    expect(edgeKinds(tuck, 'side-left')).toEqual({ cut: 160.8, fold: 239.2 }); // the free right edge, plus the board-thickness notches
    expect(edgeKinds(generateTemplate('pillow'), 'front')).toEqual({ fold: 442.2 }); // folds all round: glue flap, back, two end flaps
    expect(edgeKinds(generateTemplate('pillow'), 'back').cut).toBe(140);
    expect(edgeKinds(generateTemplate('rigid-lid-base'), 'base-floor')).toEqual({ fold: 540 });
    expect(edgeKinds(generateTemplate('rigid-lid-base'), 'base-wall-left').cut).toBe(210);
    // a square-cornered card is cut by the guillotine along the trim box: that rectangle is its die
    const card = generateTemplate('story-card', { size: '100x150' });
    expect(card.dielines.front.cut).toEqual([rectPath(0, 0, 100, 150)]);
    expect(card.dielines.back.cut).toEqual([rectPath(0, 0, 100, 150)]);
    expect(edgeKinds(card, 'card-front')).toEqual({ cut: 500 });
    expect(edgeKinds(card, 'card-back')).toEqual({ cut: 500 });
    // the jar label meets its overlap strip at an unmarked join: neither knife nor crease
    expect(edgeKinds(generateTemplate('label-jar'), 'label')).toEqual({ cut: 489.8, join: 50 });
    for (const t of ALL_TEMPLATES) for (const p of t.panels) expect(p.edges.length, `${t.kind} ${p.id}`).toBeGreaterThan(2);
  });

  it('the bleed outline reaches 3 mm past every cut edge and not at all past a fold, for every panel of every template', () => {
    for (const t of ALL_TEMPLATES) {
      for (const p of t.panels) {
        for (const e of p.edges) {
          if (Math.hypot(e.to[0] - e.from[0], e.to[1] - e.from[1]) < 1) continue; // notches and flattened-curve crumbs
          const where = `${t.kind} ${p.id} ${e.kind} at ${mid(e).map((v) => v.toFixed(1))}`;
          if (e.kind === 'cut') expect(inside(p.bleedOutline, across(p, e, 2.9)), where).toBe(true);
          else expect(inside(p.bleedOutline, across(p, e, 0.2)), where).toBe(false);
        }
      }
    }
  });

  it('the tuck-end front grows only upwards: 12..92 x 52..215', () => {
    const front = generateTemplate('tuck-end', { lengthMm: 80, widthMm: 40, heightMm: 160 }).panels.find((p) => p.id === 'front')!;
    const pts = flattenPath(front.bleedOutline).flatMap((r) => r.points);
    expect(Math.min(...pts.map((q) => q[0]))).toBeCloseTo(12, 9);
    expect(Math.max(...pts.map((q) => q[0]))).toBeCloseTo(92, 9);
    expect(Math.min(...pts.map((q) => q[1]))).toBeCloseTo(52, 9);
    expect(Math.max(...pts.map((q) => q[1]))).toBeCloseTo(215, 9);
  });
});

const INK = { kind: 'cmyk' as const, c: 0, m: 60, y: 90, k: 0 };
const build = (template: TemplateResult, els: Element[]) => buildPage(template, els, ['front']);
const g = (n: SceneNode | undefined) => n as GroupNode;
const box = (d: PathCommand[]) => {
  const pts = flattenPath(d).flatMap((r) => r.points);
  const r6 = (v: number) => Math.round(v * 1e6) / 1e6 + 0;
  return { x0: r6(Math.min(...pts.map((p) => p[0]))), y0: r6(Math.min(...pts.map((p) => p[1]))), x1: r6(Math.max(...pts.map((p) => p[0]))), y1: r6(Math.max(...pts.map((p) => p[1]))) };
};

describe('shapes', () => {
  const label = generateTemplate('label-rect', { widthMm: 90, heightMm: 60 });

  it('a background on the cut grows 3 mm past every side it meets; one 0.3 mm short grows 3.3 mm', () => {
    const [n] = build(label, [shape('bg', { x: 0.3, y: 0, width: 89.7, height: 30 }, { fill: { cmyk: INK } })]);
    const outer = g(n);
    const path = g(outer.children[0]).children[0] as PathNode;
    // box coordinates: the box starts at x = 0.3 on the page
    expect(box(path.d)).toEqual({ x0: -3.3, y0: -3, x1: 92.7, y1: 30 });
    expect(inside(outer.clip!, [-2.9, 10])).toBe(true);
    expect(inside(outer.clip!, [45, 31])).toBe(true); // the label itself: the bottom side stays where it was
  });

  it('a background that stops 1 mm short, an outline, and text are left alone', () => {
    const nodes = build(label, [
      shape('short', { x: 1, y: 5, width: 50, height: 20 }, { fill: { cmyk: INK } }),
      shape('frame', { x: 0, y: 0, width: 90, height: 60 }, { fill: undefined, stroke: { colour: { cmyk: INK }, widthMm: 0.5 } }),
    ]);
    expect(g(nodes[0]).transform).toEqual([1, 0, 0, 1, 1, 5]);
    expect(box((g(nodes[0]).children[0] as PathNode).d)).toEqual({ x0: 0, y0: 0, x1: 50, y1: 20 });
    expect(g(nodes[1]).clip).toBeUndefined();
    expect(box((g(nodes[1]).children[0] as PathNode).d)).toEqual({ x0: 0, y0: 0, x1: 90, y1: 60 });
  });

  it('a shape turned a quarter turn is measured in its own box: it grows where it meets the cut', () => {
    // a 20 x 60 box turned 90° about its centre (45, 30) covers 15..75 x 20..40: it meets no cut edge
    const [free] = build(label, [shape('r', { x: 35, y: 0, width: 20, height: 60, rotation: 90 }, { fill: { cmyk: INK } })]);
    expect(g(free).clip).toBeUndefined();
    // a 60 x 20 box turned 90° about (50, 30) covers 40..60 x 0..60: its box's left and right
    // ends lie on the label's top and bottom cut edges, so it grows along its own length
    const [hit] = build(label, [shape('h', { x: 20, y: 20, width: 60, height: 20, rotation: 90 }, { fill: { cmyk: INK } })]);
    const path = g(g(hit).children[0]).children[0] as PathNode;
    expect(box(path.d)).toEqual({ x0: -3, y0: 0, x1: 63, y1: 20 });
  });

  it('a line that ends on the cut runs on by the bleed along itself', () => {
    const [n] = build(label, [shape('l', { x: 0, y: 30, width: 45, height: 0 }, { shape: 'line', fill: undefined, stroke: { colour: { cmyk: INK }, widthMm: 1 } })]);
    const path = g(g(n).children[0]).children[0] as PathNode;
    expect(path.d).toEqual([['M', -3, -0], ['L', 45, 0]]);
  });
});

describe('photos', () => {
  const photo = (crop?: ImageElement['crop']): ImageNode => ({ type: 'image', assetId: 'a', x: 0, y: 0, width: 30, height: 20, pixelWidth: 1200, pixelHeight: 800, ...(crop ? { crop } : {}) });

  it('cover the grown box from their own pixels beyond the crop when there are enough: same pixels per mm', () => {
    const n = coverImage(photo({ left: 200, top: 200, width: 600, height: 400 }), { x: -3, y: -3, width: 33, height: 23 });
    // 20 px per mm: 3 mm more on the left and top = 60 px more source
    expect(n.crop).toEqual({ left: 140, top: 140, width: 660, height: 460 });
    expect(n.x).toBeCloseTo(-3, 9);
    expect(n.y).toBeCloseTo(-3, 9);
    expect(n.width).toBeCloseTo(33, 9);
    expect(n.height).toBeCloseTo(23, 9);
  });

  it('without pixels to spare, scale up about the middle just enough to cover, keeping the aspect', () => {
    const n = coverImage(photo(), { x: -3, y: 0, width: 33, height: 20 });
    // 40 px/mm before; the frame must take 33 mm from 1200 px: 36.36 px/mm both ways
    const pxPerMmX = n.crop ? n.crop.width / n.width : 1200 / n.width;
    const pxPerMmY = n.crop ? n.crop.height / n.height : 800 / n.height;
    expect(pxPerMmX).toBeCloseTo(pxPerMmY, 6);
    expect(n.x).toBeLessThanOrEqual(-3 + 1e-9);
    expect(n.x + n.width).toBeGreaterThanOrEqual(30 - 1e-9);
    expect(n.y).toBeLessThanOrEqual(1e-9);
    expect(n.y + n.height).toBeGreaterThanOrEqual(20 - 1e-9);
    expect(n.crop!.left).toBeGreaterThanOrEqual(0);
    expect(n.crop!.left + n.crop!.width).toBeLessThanOrEqual(1200);
    expect(n.crop!.top + n.crop!.height).toBeLessThanOrEqual(800);
  });

  it('in the scene: the photo covers the grown box and is clipped to it', () => {
    const label = generateTemplate('label-rect', { widthMm: 90, heightMm: 60 });
    const img = { ...shape('i', { x: 0, y: 0, width: 30, height: 20 }), kind: 'image', assetId: 'a', pixelWidth: 1200, pixelHeight: 800 } as unknown as Element;
    const inner = g(g(build(label, [img])[0]).children[0]);
    expect(box(inner.clip!)).toEqual({ x0: -3, y0: -3, x1: 30, y1: 20 });
    const n = inner.children[0] as ImageNode;
    expect(n.x).toBeLessThanOrEqual(-3 + 1e-9);
    expect(n.y).toBeLessThanOrEqual(-3 + 1e-9);
  });
});

describe('patterns', () => {
  const tuck = generateTemplate('tuck-end', { lengthMm: 80, widthMm: 40, heightMm: 160 });
  const front = tuck.panels.find((p) => p.id === 'front')!;

  it('are clipped to the panel grown across its cut edges only, and keep tiling into the bleed in step', () => {
    const [n] = build(tuck, [pattern('p', 'butterfly', front.bounds, { panelId: 'front', tileMm: 10, spacingMm: 2 })]);
    const outer = g(n);
    expect(outer.clip).toEqual(front.bleedOutline);
    expect(inside(outer.clip!, [50, 53])).toBe(true); // over the cut top edge
    expect(inside(outer.clip!, [11.8, 100])).toBe(false); // across the fold onto the glue flap
    expect(inside(outer.clip!, [92.2, 100])).toBe(false); // across the fold onto the right side
    expect(inside(outer.clip!, [50, 215.2])).toBe(false); // across the fold onto the bottom lid
    const inner = g(outer.children[0]);
    expect(box(inner.clip!)).toEqual({ x0: 0, y0: -3, x1: 80, y1: 160 });
    // 10 mm tiles of a 2:1 motif are 5 high; pitch 7 mm: the row above starts at y = -7
    const ys = [...new Set(inner.children.map((c) => Math.round(transformPoint(g(c).transform!, 0, 0)[1] * 1000) / 1000))];
    expect(Math.min(...ys)).toBe(-7);
    expect(ys).toContain(0);
    expect(ys).toContain(7);
  });

  it('a pattern dragged past a cut edge is trimmed at the bleed line, and past a fold at the fold', () => {
    const [n] = build(tuck, [pattern('p', 'butterfly', { x: 0, y: 40, width: 120, height: 100 }, { panelId: 'front', tileMm: 10 })]);
    const clip = g(n).clip!;
    expect(inside(clip, [50, 52.1])).toBe(true);
    expect(inside(clip, [50, 51.9])).toBe(false);
    expect(inside(clip, [95, 100])).toBe(false);
  });

  it('a border strip on the cut is mirrored into the bleed, its copies stay where they were', () => {
    const label = generateTemplate('label-rect', { widthMm: 90, heightMm: 60 });
    const strip = pattern('s', 'butterfly', { x: 0, y: 0, width: 90, height: 10 }, { panelId: 'label', mode: 'border', edge: 'top', tileMm: 10, spacingMm: 0 });
    const inner = g(g(build(label, [strip])[0]).children[0]);
    expect(box(inner.clip!).y0).toBe(-3);
    const bands = inner.children.slice(1).map((c) => box(g(c).clip!));
    expect(bands).toContainEqual({ x0: 0, y0: -3, x1: 90, y1: 0 });
  });
});

describe('motifs and nothing over a fold', () => {
  const tuck = generateTemplate('tuck-end', { lengthMm: 80, widthMm: 40, heightMm: 160 });

  it('a motif whose ink meets the cut gets a mirrored band, a motif clear of it does not', () => {
    // art source: a 100 x 50 motif, filling a 40 x 20 box exactly; front top edge is cut at y = 55
    const [on, off] = build(tuck, [motif('m', 'butterfly', { x: 30, y: 55, width: 40, height: 20 }), motif('n', 'butterfly', { x: 30, y: 100, width: 40, height: 20 })]);
    const inner = g(g(on).children[0]);
    expect(inner.children.length).toBeGreaterThan(1);
    const band = g(inner.children[1]);
    expect(box(band.clip!)).toEqual({ x0: 0, y0: -3, x1: 40, y1: 0 });
    expect((g(band.children[0]).transform as Matrix)).toEqual([1, 0, 0, -1, 0, 0]);
    expect(g(off).transform).toBeDefined();
    expect(g(off).children).toHaveLength(1);
  });

  it('a background over two panels grows only where its own panel is cut: never over the fold onto the dust flap', () => {
    // front (12..92) has a cut top, the right side (92..132) a fold to its dust flap
    const [n] = build(tuck, [shape('bg', { x: 12, y: 55, width: 120, height: 160 }, { fill: { cmyk: INK } })]);
    const clip = g(n).clip!;
    expect(inside(clip, [50, 53])).toBe(true);
    expect(inside(clip, [110, 53])).toBe(false);
    expect(inside(clip, [110, 100])).toBe(true);
  });
});
