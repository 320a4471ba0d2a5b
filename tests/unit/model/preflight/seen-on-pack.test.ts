/**
 * What is printed but never seen (model/preflight/seen-on-pack.ts): content on a panel that is
 * glued over, tucked in or covered once the pack is closed, and text painted over by artwork
 * placed after it. Every hidden panel of every template gets the warning and every panel that
 * shows does not; a covered text is reported with what covers it; and the rules that ask whether
 * something is shown on the pack (GB 7718 label items, a motif's credit line, the GI mark's
 * companions) do not count either, as the exporter checks it.
 */
import { describe, expect, it } from 'vitest';
import { panelAt } from '../../../../model/design/panel-membership';
import type { Design, TextElement } from '../../../../model/design/schema';
import { generateTemplate, templateKinds } from '../../../../model/templates';
import type { Panel } from '../../../../model/templates/types';
import { emptyDesign, text } from '../design/helpers';
import { preflight, product, sample, updateElement, withElement } from './helpers';

const templateOf = (d: Design) => generateTemplate(d.template.kind, d.template.params);
const centre = (p: Panel): [number, number] => [p.bounds.x + p.bounds.width / 2, p.bounds.y + p.bounds.height / 2];

/** The design with element `id` moved so that the centre of its box is the centre of `panel`. */
function moveOnto(design: Design, id: string, panel: Panel): Design {
  const el = design.elements.find((e) => e.id === id)!;
  const [cx, cy] = centre(panel);
  return updateElement(design, id, { page: panel.page, transform: { ...el.transform, x: cx - el.transform.width / 2, y: cy - el.transform.height / 2 } } as never);
}

const hiddenPanel = (d: Design, id: string) => templateOf(d).panels.find((p) => p.id === id)!;
const hiddenWarnings = (d: Design, options: Parameters<typeof preflight>[1] = {}) =>
  preflight(d, options).warnings.filter((w) => w.code === 'layout.hidden-when-closed').map((w) => [w.where.elementId, w.where.panelId]);

describe('content hidden when the pack is closed', () => {
  it('a text on every hidden panel of every template is reported there; on every panel that shows, it is not', () => {
    let hiddenSeen = 0;
    for (const kind of templateKinds) {
      const template = generateTemplate(kind);
      for (const panel of template.panels) {
        const [cx, cy] = centre(panel);
        // the point names this panel (the smallest whose bounds hold it), so the case is the one it claims to be
        expect(panelAt(template.panels, panel.page, cx, cy)?.id, `${kind} ${panel.id}`).toBe(panel.id);
        const design: Design = { ...emptyDesign(template.pages), template: { kind, params: {} }, elements: [text('t', '净含量', { x: cx - 2, y: cy - 1, width: 4, height: 2 }, { page: panel.page, sizePt: 4 })] };
        expect(hiddenWarnings(design), `${kind} ${panel.id}`).toEqual(panel.printable ? [] : [['t', panel.id]]);
        if (!panel.printable) hiddenSeen++;
      }
    }
    // glue flaps, tuck and dust flaps, corner tabs and the jar label's overlap
    expect(hiddenSeen).toBeGreaterThanOrEqual(16);
  });

  it('a background running over a flap, an empty text and a hidden element are left alone', () => {
    const tea = sample('tuck-end-tea-box');
    const glue = hiddenPanel(tea, 'glue');
    const bg = withElement(tea, { kind: 'shape', shape: 'rect', fill: { cmyk: { c: 0, m: 0, y: 0, k: 20 } }, transform: { ...glue.bounds, rotation: 0 } } as never).design;
    expect(hiddenWarnings(bg)).toEqual([]);
    const blank = withElement(tea, { ...text('x', '  '), transform: { ...glue.bounds, rotation: 0 } } as never).design;
    expect(hiddenWarnings(blank)).toEqual([]);
    const off = updateElement(moveOnto(tea, 'title', glue), 'title', { hidden: true } as never);
    expect(hiddenWarnings(off)).toEqual([]);
  });

  it("a GB 7718 item on the jar label's overlap does not count: the label is refused until it moves back", () => {
    const jar = sample('jar-label-sour-soup');
    const soup = product('kaili-red-sour-soup');
    expect(preflight(jar, { product: soup }).errors).toEqual([]);
    const covered = moveOnto(jar, 'net-content', hiddenPanel(jar, 'overlap'));
    const r = preflight(covered, { product: soup });
    expect(hiddenWarnings(covered, { product: soup })).toEqual([['net-content', 'overlap']]);
    const missing = r.errors.filter((e) => e.code === 'label.missing-item');
    expect(missing).toHaveLength(1);
    expect(missing[0].message.zh).toContain('净含量');
  });

  it("a motif's credit line on the carton's glue flap does not count as printed", () => {
    const tea = sample('tuck-end-tea-box');
    const before = preflight(tea, { product: product('leishan-yinqiu-tea') });
    expect(before.errors).toEqual([]);
    expect(tea.credits.blockId).toBeTruthy();
    const covered = moveOnto(tea, tea.credits.blockId!, hiddenPanel(tea, 'glue'));
    const r = preflight(covered, { product: product('leishan-yinqiu-tea') });
    expect(r.errors.map((e) => e.code)).toContain('credit.missing');
    expect(r.errors.find((e) => e.code === 'credit.missing')!.message.en).toContain('where it can be seen');
    // on the tuck flap, tucked in when the box is closed: the same
    expect(preflight(moveOnto(tea, tea.credits.blockId!, hiddenPanel(tea, 'top-tuck')), { product: product('leishan-yinqiu-tea') }).errors.map((e) => e.code)).toContain('credit.missing');
  });

  it("the GI mark's standard code on a dust flap does not count as on the pack", () => {
    const MARK = 'b'.repeat(64);
    const tea = product('leishan-yinqiu-tea');
    tea.product.gi = { ...tea.product.gi!, markAssetId: MARK };
    const withMark = withElement(sample('tuck-end-tea-box'), { kind: 'image', assetId: MARK, pixelWidth: 1200, pixelHeight: 1200, transform: { x: 40, y: 100, width: 24, height: 24, rotation: 0 } } as never).design;
    const slotted = withElement(withMark, { ...text('slot', '{{cooperative.uscc}}', {}, { sizePt: 5 }), transform: { x: 40, y: 118, width: 24, height: 5, rotation: 0 } } as never).design;
    const giCodes = (d: Design) => preflight(d, { product: tea }).errors.map((e) => e.code).filter((c) => c.startsWith('gi.'));
    expect(giCodes(slotted)).toEqual([]);
    const facts = slotted.elements.find((e) => e.id === 'label-facts') as TextElement;
    expect(facts.text).toContain('{{product.standardCode}}');
    expect(giCodes(moveOnto(slotted, 'label-facts', hiddenPanel(slotted, 'dust-top-left')))).toContain('gi.mark-code-missing');
  });
});

describe('texts, codes and the nutrition table painted over by artwork placed after them', () => {
  const soup = () => product('kaili-red-sour-soup');
  const jar = () => sample('jar-label-sour-soup');
  const facts = () => jar().elements.find((e) => e.id === 'label-facts')!;
  /** a plain shape over an element's box (grown 1 mm; the label facts unless `over.id`), placed last (on top) unless `under` */
  const patch = (over: { id?: string; opacity?: number; width?: number; under?: boolean; fill?: boolean } = {}): Design => {
    const b = jar().elements.find((e) => e.id === (over.id ?? 'label-facts'))!.transform;
    const shape = {
      id: 'patch', name: '色块', page: 'front', kind: 'shape', shape: 'rect', opacity: over.opacity ?? 1, locked: false, hidden: false,
      ...(over.fill === false ? { stroke: { colour: { cmyk: { c: 0, m: 0, y: 0, k: 100 } }, widthMm: 0.5 } } : { fill: { cmyk: { c: 10, m: 95, y: 90, k: 5 } } }),
      transform: { x: b.x - 1, y: b.y - 1, width: (over.width ?? b.width) + 2, height: b.height + 2, rotation: 0 },
    } as never;
    const d = jar();
    return { ...d, elements: over.under ? [shape, ...d.elements] : [...d.elements, shape] };
  };
  const covered = (d: Design) => preflight(d, { product: soup() }).warnings.filter((w) => w.code === 'layout.covered');
  const missing = (d: Design) => preflight(d, { product: soup() }).errors.filter((e) => e.code === 'label.missing-item');

  it('an opaque shape over the label facts hides them: a warning names it, and every item they carried is missing', () => {
    const d = patch();
    const w = covered(d);
    expect(w.map((f) => f.where.elementId)).toEqual(['label-facts']);
    expect(w[0].message.zh).toContain('色块');
    expect(w[0].message.en).toMatch(/100% of the text/);
    const items = missing(d).map((e) => e.message.zh).join('\n');
    for (const item of ['配料表', '贮存条件', '生产者名称', '食品生产许可证编号']) expect(items).toContain(item);
  });

  it('the same shape under the text, faint enough to read through, outlined only, or over a third of the box hides nothing', () => {
    for (const [what, d] of [
      ['under', patch({ under: true })],
      ['faint', patch({ opacity: 0.5 })],
      ['outline', patch({ fill: false })],
      ['a third', patch({ width: facts().transform.width / 3 })],
    ] as const) {
      expect(covered(d), what).toEqual([]);
      expect(missing(d), what).toEqual([]);
    }
  });

  it("a photo placed over the motif's credit line: the credit is missing", () => {
    const jar0 = jar();
    const credits = jar0.elements.find((e) => e.id === jar0.credits.blockId)!;
    const photo = withElement(jar0, { kind: 'image', assetId: 'c'.repeat(64), pixelWidth: 3000, pixelHeight: 600, transform: { ...credits.transform } } as never).design;
    const r = preflight(photo, { product: soup() });
    expect(r.warnings.filter((w) => w.code === 'layout.covered').map((w) => w.where.elementId)).toEqual([credits.id]);
    expect(r.errors.map((e) => e.code)).toContain('credit.missing');
  });

  it('a shape over the barcode: it would not scan; over the nutrition table: the table item is missing', () => {
    const barcode = covered(patch({ id: 'barcode' }));
    expect(barcode.map((f) => f.where.elementId)).toEqual(['barcode']);
    expect(barcode[0].message.en).toContain('nor scan');
    const table = patch({ id: 'nutrition' });
    expect(covered(table).map((f) => f.where.elementId)).toEqual(['nutrition']);
    expect(missing(table).map((e) => e.message.en).join()).toContain('nutrition');
  });
});
