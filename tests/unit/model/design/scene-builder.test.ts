import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../model/design/commands/apply';
import { applyToPoint } from '../../../../model/design/geometry';
import { buildScene, buildSceneReport, type BuildSceneOptions } from '../../../../model/design/scene-builder';
import type { Design, Element } from '../../../../model/design/schema';
import type { GroupNode, ImageNode, Matrix, PathNode, PrintColor, SceneNode, TextNode } from '../../../../model/scene';
import { generateTemplate } from '../../../../model/templates/index';
import { emptyDesign, motif, pattern, shape, text, withElements } from './helpers';
import { artSource, RED_HEX, wenkaiMetrics } from './scene-helpers';

const box = generateTemplate('tuck-end', { lengthMm: 80, widthMm: 40, heightMm: 160 });
const front = box.panels.find((p) => p.id === 'front')!;
/**
 * A page without a die (a guillotined card): nothing on it is waste. The tests of placement,
 * colours, text and codes use it: their boxes sit where the tuck-end has waste above its front,
 * and art in the waste is cut away (paper.test.ts), which is not what they are about.
 */
const OFF_DIE: Partial<BuildSceneOptions> = { template: generateTemplate('story-card', { size: 'a6' }) };
const INDIGO: PrintColor = { kind: 'cmyk', c: 100, m: 70, y: 0, k: 30 };

function options(extra: Partial<BuildSceneOptions> = {}): BuildSceneOptions {
  return {
    template: box,
    motifArt: artSource(),
    fontMetrics: (id) => (id === 'lxgw-wenkai-regular' ? wenkaiMetrics() : undefined),
    brandColours: { 靛蓝: INDIGO },
    ...extra,
  };
}

const design = (els: Element[]): Design => withElements(emptyDesign(), els);
const nodes = (doc: Design, extra: Partial<BuildSceneOptions> = {}) => buildScene(doc, options(extra)).pages[0].nodes;
const group = (n: SceneNode | undefined) => n as GroupNode;

/** Compose child-to-parent matrices, written out independently of model/design/geometry. */
function compose(...ms: Matrix[]): Matrix {
  return ms.reduce((m1, m2) => [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ]);
}

describe('element placement', () => {
  it('a moved element carries the new position in its group matrix', () => {
    const doc = design([shape('s', { x: 30, y: 40, width: 20, height: 10 })]);
    expect(group(nodes(doc, OFF_DIE)[0]).transform).toEqual([1, 0, 0, 1, 30, 40]);
    const moved = applyCommand(doc, { type: 'update-element', id: 's', transform: { x: 55.5, y: 12 } });
    const g = group(nodes(moved, OFF_DIE)[0]);
    expect(g.transform).toEqual([1, 0, 0, 1, 55.5, 12]);
    expect(g.elementId).toBe('s');
    const rect = g.children[0] as PathNode;
    expect(rect.d[0]).toEqual(['M', 0, 0]);
    expect(rect.d[2]).toEqual(['L', 20, 10]);
  });

  it('rotates about the box centre: each corner lands where plane geometry says', () => {
    const t = { x: 30, y: 40, width: 20, height: 10, rotation: 30 };
    const m = group(nodes(design([shape('s', t)]), OFF_DIE)[0]).transform as Matrix;
    const cx = 40, cy = 45;
    const rad = (30 * Math.PI) / 180;
    for (const [lx, ly] of [[0, 0], [20, 0], [0, 10], [20, 10]]) {
      // offset from the centre, turned clockwise on a y-down page
      const ox = t.x + lx - cx, oy = t.y + ly - cy;
      const want = { x: cx + ox * Math.cos(rad) - oy * Math.sin(rad), y: cy + ox * Math.sin(rad) + oy * Math.cos(rad) };
      const got = applyToPoint(m, lx, ly);
      expect(got.x).toBeCloseTo(want.x, 9);
      expect(got.y).toBeCloseTo(want.y, 9);
    }
    // the centre stays put
    expect(applyToPoint(m, 10, 5).x).toBeCloseTo(cx, 9);
    expect(applyToPoint(m, 10, 5).y).toBeCloseTo(cy, 9);
    // a quarter turn sends the top-left corner to (45, 25) (10 mm higher than above, so that
    // the turned box stays clear of the front's top cut edge at y = 55)
    const q = group(nodes(design([shape('q', { ...t, y: 30, rotation: 90 })]), OFF_DIE)[0]).transform as Matrix;
    expect(applyToPoint(q, 0, 0).x).toBeCloseTo(45, 9);
    expect(applyToPoint(q, 0, 0).y).toBeCloseTo(25, 9);
  });

  it('flips mirror the box in place', () => {
    const m = group(nodes(design([shape('f', { x: 30, y: 40, width: 20, height: 10, flipX: true })]), OFF_DIE)[0]).transform as Matrix;
    expect(applyToPoint(m, 0, 0)).toEqual({ x: 50, y: 40 });
    expect(applyToPoint(m, 20, 10)).toEqual({ x: 30, y: 50 });
    const v = group(nodes(design([shape('f', { x: 30, y: 40, width: 20, height: 10, flipY: true })]), OFF_DIE)[0]).transform as Matrix;
    expect(applyToPoint(v, 0, 0)).toEqual({ x: 30, y: 50 });
  });

  it('keeps the stacking order, skips hidden elements and carries opacity', () => {
    // clear of the card's edges, so no bleed wraps them
    const at = { x: 30, y: 40, width: 20, height: 10 };
    const doc = design([shape('a', at), { ...shape('b', at), hidden: true }, { ...shape('c', at), opacity: 0.4 }]);
    const out = nodes(doc, OFF_DIE);
    expect(out.map((n) => n.elementId)).toEqual(['a', 'c']);
    expect(out[1].opacity).toBe(0.4);
    expect(out[0].opacity).toBeUndefined();
  });
});

describe('pages', () => {
  it('each page gets the template size, bleed, safe area and its dieline', () => {
    const scene = buildScene(design([]), options());
    expect(scene.title).toBe('测试');
    const [page] = scene.pages;
    expect(page).toMatchObject({ name: 'front', widthMm: box.width, heightMm: box.height, bleedMm: 3, safeMm: box.safeMm });
    expect(page.dieline).toBe(box.dielines.front);
    expect(page.dieline!.cut.length).toBeGreaterThan(0);
  });

  it('a two-sided card puts elements on their own page', () => {
    const card = generateTemplate('story-card', { size: 'a6' });
    const doc = withElements(emptyDesign(['front', 'back']), [shape('f'), { ...shape('b'), page: 'back' }]);
    const scene = buildScene(doc, options({ template: card }));
    expect(scene.pages.map((p) => [p.name, p.widthMm, p.heightMm, p.nodes.map((n) => n.elementId)])).toEqual([
      ['front', 105, 148, ['f']],
      ['back', 105, 148, ['b']],
    ]);
  });
});

describe('motifs and colours', () => {
  it('fits the art into the box and recolours it through the colour map', () => {
    const calls: { motifId: string; colours: Record<string, PrintColor> }[] = [];
    const el = motif('m', 'butterfly', { x: 10, y: 10, width: 40, height: 40 }, {
      colourMap: { [RED_HEX]: { brand: '靛蓝' }, '#ffffff': { spot: { name: 'Silver', tint: 0.8 } } },
    });
    const out = group(nodes(design([el]), { ...OFF_DIE, motifArt: artSource(calls) })[0]);
    expect(calls).toHaveLength(1);
    expect(calls[0].colours[RED_HEX]).toEqual(INDIGO);
    expect(calls[0].colours['#ffffff']).toMatchObject({ kind: 'spot', name: 'Silver', tint: 0.8 });
    const art = group(out.children[0]);
    expect((art.children[0] as PathNode).fill).toEqual(INDIGO);
    // a 100 x 50 viewBox in a 40 x 40 box: scale 0.4, centred vertically (40 - 20) / 2 = 10
    const full = compose(out.transform!, art.transform!);
    expect(applyToPoint(full, 0, 0)).toEqual({ x: 10, y: 20 });
    expect(applyToPoint(full, 100, 50)).toEqual({ x: 50, y: 40 });
  });

  it('reports an unknown brand colour and missing artwork instead of failing', () => {
    const doc = design([
      shape('s', { x: 30, y: 40, width: 20, height: 10 }, { fill: { brand: '不存在' } }),
      motif('gone', 'missing'),
      shape('ok', { x: 30, y: 60, width: 20, height: 10 }),
    ]);
    const { scene, issues } = buildSceneReport(doc, options(OFF_DIE));
    expect(scene.pages[0].nodes.map((n) => n.elementId)).toEqual(['s', 'ok']);
    expect(issues.map((i) => i.code)).toEqual(['brand-colour-missing', 'motif-art-missing']);
    expect(((group(scene.pages[0].nodes[0]).children[0]) as PathNode).fill).toEqual({ kind: 'cmyk', c: 0, m: 0, y: 0, k: 100 });
  });
});

describe('pattern fills', () => {
  // 5 mm below the front's top edge, which is a cut edge (bleed.test.ts covers what happens there)
  const tile = (extra: Parameters<typeof pattern>[3] = {}, t = { x: 12, y: 60, width: 50, height: 30 }) =>
    pattern('p', 'butterfly', t, { panelId: 'front', tileMm: 10, spacingMm: 2, ...extra });

  it('a tile grid repeats the art over the box: columns and rows by tile size plus spacing', () => {
    const outer = group(nodes(design([tile()]))[0]);
    const inner = group(outer.children[0]);
    // 10 mm tiles of a 2:1 motif are 5 mm high; with 2 mm gaps, 50 x 30 needs
    // ceil(50 / 12) = 5 columns and ceil(30 / 7) = 5 rows (edge tiles are clipped)
    expect(inner.children).toHaveLength(Math.ceil(50 / 12) * Math.ceil(30 / 7));
    const origins = inner.children.map((c) => applyToPoint(group(c).transform!, 0, 0));
    expect(origins.slice(0, 5).map((p) => p.x)).toEqual([0, 12, 24, 36, 48]);
    expect(origins.filter((p) => p.x === 0).map((p) => p.y)).toEqual([0, 7, 14, 21, 28]);
  });

  it('is clipped to its box and to its panel outline grown across its cut edges', () => {
    const outer = group(nodes(design([tile()]))[0]);
    expect(outer.clip).toEqual(front.bleedOutline);
    expect(outer.transform).toBeUndefined();
    const inner = group(outer.children[0]);
    expect(inner.transform).toEqual([1, 0, 0, 1, 12, 60]);
    expect(inner.clip).toEqual([['M', 0, 0], ['L', 50, 0], ['L', 50, 30], ['L', 0, 30], ['Z']]);
    // without a known panel: clipped to the box only, and the user is told
    const { scene, issues } = buildSceneReport(design([tile({ panelId: 'no-such-panel' })]), options());
    expect(group(scene.pages[0].nodes[0]).clip).toHaveLength(5);
    expect(issues.map((i) => i.code)).toEqual(['panel-missing']);
  });

  it('mirror x flips every other column, mirror y every other row', () => {
    const cells = (mirror: 'x' | 'y' | 'xy') => group(group(nodes(design([tile({ mirror })]))[0]).children[0]).children.map((c) => group(c).transform!);
    const xs = cells('x');
    // transform of a cell: a < 0 means the art is mirrored left-right
    expect(xs.slice(0, 5).map((m) => Math.sign(m[0]))).toEqual([1, -1, 1, -1, 1]);
    expect(xs.every((m) => m[3] > 0)).toBe(true);
    const ys = cells('y');
    expect(ys.filter((_, i) => i % 5 === 0).map((m) => Math.sign(m[3]))).toEqual([1, -1, 1, -1, 1]);
    // a mirrored cell still covers its own cell: column 1 spans x 12..22
    const c1 = xs[1];
    const xsSpan = [applyToPoint(c1, 0, 0).x, applyToPoint(c1, 100, 0).x].sort((p, q) => p - q);
    expect(xsSpan[0]).toBeCloseTo(12, 9);
    expect(xsSpan[1]).toBeCloseTo(22, 9);
  });

  it('a border strip puts whole copies along the chosen edge, centred', () => {
    const strip = group(group(nodes(design([tile({ mode: 'border', edge: 'top' })]))[0]).children[0]);
    // floor((50 + 2) / 12) = 4 whole copies, 4 * 10 + 3 * 2 = 46 mm, so 2 mm margin each side
    expect(strip.children).toHaveLength(4);
    const lefts = strip.children.map((c) => applyToPoint(group(c).transform!, 0, 0));
    expect(lefts.map((p) => p.x)).toEqual([2, 14, 26, 38]);
    expect(lefts.every((p) => p.y === 0)).toBe(true);
    const bottom = group(group(nodes(design([tile({ mode: 'border', edge: 'bottom' })]))[0]).children[0]);
    for (const c of bottom.children) {
      const a = applyToPoint(group(c).transform!, 0, 0);
      const b = applyToPoint(group(c).transform!, 100, 50);
      expect(Math.min(a.y, b.y)).toBeCloseTo(25, 9);
      expect(Math.max(a.y, b.y)).toBeCloseTo(30, 9);
    }
    const frame = group(group(nodes(design([tile({ mode: 'border', edge: 'all' })]))[0]).children[0]);
    // top and bottom: 4 each; sides run between them: floor((30 - 2 * 5 + 2) / 12) = 1 each
    expect(frame.children).toHaveLength(4 + 4 + 1 + 1);
  });
});

describe('text, images, codes', () => {
  it('lays text out with the real font and reports characters the font lacks', () => {
    const title = text('t', '苗家银饰 Miao silver', { x: 20, y: 60, width: 60, height: 20 }, { colour: { brand: '靛蓝' }, sizePt: 12 });
    const { scene, issues } = buildSceneReport(design([title]), options());
    const node = group(scene.pages[0].nodes[0]).children[0] as TextNode;
    expect(node.type).toBe('text');
    expect(node.color).toEqual(INDIGO);
    expect(node.runs.map((r) => r.text).join('')).toContain('苗家银饰');
    expect(node.runs[0].y).toBeGreaterThan(0);
    expect(issues).toEqual([]);

    const odd = text('u', '蝴蝶🦋', { width: 60, height: 20 });
    const report = buildSceneReport(design([odd]), options());
    expect(report.issues.map((i) => i.code)).toContain('glyphs-missing');
    expect(report.issues.find((i) => i.code === 'glyphs-missing')!.message.zh).toContain('🦋');
  });

  it('vertical text gives one run per character cell, going down', () => {
    const v = text('v', '银球茶', { width: 10, height: 50 }, { direction: 'vertical', sizePt: 18 });
    const node = group(nodes(design([v]), OFF_DIE)[0]).children[0] as TextNode;
    expect(node.runs.map((r) => r.text)).toEqual(['银', '球', '茶']);
    expect(node.runs[1].y).toBeGreaterThan(node.runs[0].y);
    expect(node.runs[1].x).toBeCloseTo(node.runs[0].x, 9);
  });

  it('fills placeholders and reports an unknown font and overflowing text', () => {
    const doc = design([
      text('p', '{{product.name}}', { width: 60, height: 10 }),
      text('f', '你好', {}, { fontId: 'no-such-font' }),
      text('o', '很长的一段文字'.repeat(20), { width: 20, height: 5 }),
    ]);
    const { scene, issues } = buildSceneReport(doc, options({ ...OFF_DIE, placeholders: (s) => s.replace('{{product.name}}', '雷山银球茶') }));
    const filled = group(scene.pages[0].nodes[0]).children[0] as TextNode;
    expect(filled.runs.map((r) => r.text).join('')).toBe('雷山银球茶');
    expect(issues.map((i) => i.code)).toEqual(['font-missing', 'text-overflow']);
  });

  it('images become image nodes filling the element box', () => {
    const img: Element = { ...shape('i', { x: 5, y: 6, width: 30, height: 20 }), kind: 'image', assetId: 'sha-1', pixelWidth: 1200, pixelHeight: 800 } as unknown as Element;
    const g = group(nodes(design([img]), OFF_DIE)[0]);
    expect(g.children[0]).toEqual<ImageNode>({ type: 'image', assetId: 'sha-1', x: 0, y: 0, width: 30, height: 20, pixelWidth: 1200, pixelHeight: 800, elementId: 'i' });
  });

  it('draws a QR code and an EAN-13 from the product GTIN', () => {
    const qr = { ...shape('q', { width: 30, height: 20 }), kind: 'qr', content: 'https://example.cn/01/06901234567892', ecLevel: 'M' } as unknown as Element;
    const bc = { ...shape('b', { width: 37.29, height: 25.93 }), kind: 'barcode', gtin: '', magnification: 1 } as unknown as Element;
    const { scene, issues } = buildSceneReport(design([qr, bc]), options({ ...OFF_DIE, productGtin: '6901234567892' }));
    expect(issues).toEqual([]);
    const qrGroup = group(group(scene.pages[0].nodes[0]).children[0]);
    // the 20 mm square symbol is centred in the 30 x 20 box
    expect(qrGroup.transform).toEqual([1, 0, 0, 1, 5, 0]);
    expect((qrGroup.children[0] as PathNode).d.length).toBeGreaterThan(50);
    const [bars, digits] = group(scene.pages[0].nodes[1]).children as [PathNode, TextNode];
    // EAN-13 has 30 bars (3 guards of 2, plus 2 per digit for 12 digits)
    expect(bars.d.filter((c) => c[0] === 'M')).toHaveLength(30);
    expect(digits.runs.map((r) => r.text).join('')).toBe('6901234567892');

    const none = buildSceneReport(design([bc]), options(OFF_DIE));
    expect(none.issues.map((i) => i.code)).toEqual(['barcode-gtin-missing']);
    expect(none.scene.pages[0].nodes).toEqual([]);
  });
});
