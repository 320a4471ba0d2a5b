/**
 * A product field with no value never prints as "{{…}}": the scene keeps a blank gap of the
 * field's width, and reports where the gap is (screen-only marks). The same product options
 * feed the composer and the exporter.
 */
import { describe, expect, it } from 'vitest';
import { buildSceneReport, markUnresolved, productSceneOptions, type BuildSceneOptions } from '../../../../model/design/scene-builder';
import type { Design, Element } from '../../../../model/design/schema';
import type { GroupNode, TextNode } from '../../../../model/scene';
import { generateTemplate } from '../../../../model/templates/index';
import { advanceMm, emMm } from '../../../../model/text';
import { ProductFileSchema, type ProductFile } from '../../../../model/product/schema';
import { loadSample } from '../product/samples';
import { emptyDesign, shape, text, withElements } from './helpers';
import { artSource, wenkaiMetrics } from './scene-helpers';

const productFile = (name: string): ProductFile => ProductFileSchema.parse(loadSample(`${name}.json`));
const box = generateTemplate('tuck-end', { lengthMm: 80, widthMm: 40, heightMm: 160 });
/** on the tuck-end's front panel: the page's top left corner is waste, and art there is cut away */
const ON_FRONT = { x: 12, y: 80 };
const options = (extra: Partial<BuildSceneOptions> = {}): BuildSceneOptions => ({
  template: box,
  motifArt: artSource(),
  fontMetrics: (id) => (id === 'lxgw-wenkai-regular' ? wenkaiMetrics() : undefined),
  brandColours: {},
  ...extra,
});
const design = (els: Element[]): Design => withElements(emptyDesign(), els);
const textNode = (d: Design, o: BuildSceneOptions) => {
  const r = buildSceneReport(d, o);
  return { ...r, node: (r.scene.pages[0].nodes[0] as GroupNode).children[0] as TextNode };
};

describe('unfilled product fields', () => {
  it('leave a gap of the field, never the {{…}} text, and report the gap as a mark', () => {
    const d = design([text('t', '生产日期：{{product.productionDate}}。', { ...ON_FRONT, width: 80, height: 10 })]);
    const { node, fieldMarks } = textNode(d, options());
    const printed = node.runs.map((r) => r.text).join('');
    expect(printed).toBe('生产日期：。');
    expect(printed).not.toMatch(/[{}\uE000-\uF8FF]/);
    // the full stop after the gap sits where the layout put it: 4 ems (生产日期) further on
    const m = wenkaiMetrics();
    const em = emMm(10);
    const before = advanceMm(m, '生产日期：', 10);
    expect(node.runs).toHaveLength(2);
    expect(node.runs[1].x - node.runs[0].x).toBeCloseTo(before + 4 * em, 6);
    expect(fieldMarks).toEqual([
      expect.objectContaining({ elementId: 't', key: 'product.productionDate', label: { zh: '生产日期', en: 'production date' } }),
    ]);
    expect(fieldMarks[0].x).toBeCloseTo(node.runs[0].x + before, 6);
    expect(fieldMarks[0].width).toBeCloseTo(4 * em, 6);
    expect(fieldMarks[0].y).toBeLessThan(node.runs[0].y);
    expect(fieldMarks[0].y + fieldMarks[0].height).toBeGreaterThan(node.runs[0].y);
  });

  it('unknown keys and texts with no product linked are gaps too; filled ones print', () => {
    const d = design([text('t', '{{product.name}} {{no.such}}', { ...ON_FRONT, width: 80, height: 10 })]);
    const none = textNode(d, options());
    expect(none.node.runs.map((r) => r.text).join('')).not.toContain('{{');
    expect(none.fieldMarks.map((f) => f.key)).toEqual(['product.name', 'no.such']);
    const file = productFile('leishan-yinqiu-tea');
    const linked = textNode(d, options(productSceneOptions(file)));
    expect(linked.node.runs.map((r) => r.text).join('')).toContain(file.product.name.zh);
    expect(linked.fieldMarks.map((f) => f.key)).toEqual(['no.such']);
  });

  it('vertical text: one mark per column the field takes', () => {
    const d = design([text('v', '日期{{product.productionDate}}', { ...ON_FRONT, width: 10, height: 80 }, { direction: 'vertical' })]);
    const { node, fieldMarks } = textNode(d, options());
    expect(node.runs.map((r) => r.text)).toEqual(['日', '期']);
    expect(fieldMarks).toHaveLength(1);
    expect(fieldMarks[0].height).toBeCloseTo(4 * emMm(10), 6);
  });

  it('marks each field with its own code point and fills known facts first', () => {
    const marked = markUnresolved('{{a.b}}x{{product.name}}', (t) => t.replace('{{product.name}}', '茶'));
    // an unknown key takes the room of its own name, at least 2 and at most 8 ems
    expect(marked.text).toBe(`${'\uE000'.repeat(3)}x茶`);
    expect(marked.fields.map((f) => f.key)).toEqual(['a.b']);
  });

  it('the product options fill text and give the barcode its GTIN', () => {
    const file = productFile('leishan-yinqiu-tea');
    const o = productSceneOptions(file);
    expect(o.productGtin).toBe(file.product.ean13);
    expect(o.placeholders!('{{product.name}}')).toBe(file.product.name.zh);
    expect(productSceneOptions(undefined)).toEqual({});
    const bc = { ...shape('b', { width: 37.29, height: 25.93 }), kind: 'barcode', gtin: '', magnification: 1 } as unknown as Element;
    const r = buildSceneReport(design([bc]), options(o));
    expect(r.issues).toEqual([]);
    expect(r.scene.pages[0].nodes).toHaveLength(1);
  });
});
