/**
 * Each preflight rule fires on a design that breaks it and stays quiet on one that does not.
 * Designs are the shipped samples with one change; scenes are built with the real scene
 * builder, starter-library artwork and the bundled font, as the exporter does.
 */
import { describe, expect, it } from 'vitest';
import type { Design, TextElement } from '../../../../model/design/schema';
import type { MotifRecord } from '../../../../model/motif/schema';
import { ALL_SAMPLES } from '../../../helpers/shipped-samples';
import { bySlug, codes, linkedProduct, preflight, product, sample, updateElement, withElement } from './helpers';

const jar = () => sample('jar-label-sour-soup');
const BUTTERFLY = '9aa18d9e-94e6-45aa-b437-68107378c29b'; // butterfly-batik, attribution

describe('clean samples', () => {
  for (const name of ALL_SAMPLES) {
    it(`${name}: no errors, no warnings`, () => {
      // each sample is linked to a shipped sample product; its label texts are filled from it
      const r = preflight(sample(name), { product: linkedProduct(sample(name)) });
      expect(r.errors).toEqual([]);
      expect(r.warnings).toEqual([]);
      expect(r.ok).toBe(true);
      expect(r.canForce).toBe(false);
    });
  }
});

describe('motif usage labels and withdrawals (errors, never forceable)', () => {
  const record = (change: Partial<MotifRecord>): MotifRecord => ({ ...bySlug('butterfly-batik'), ...change });

  it('a withdrawn motif blocks export and says why', () => {
    const r = preflight(jar(), { motifs: { [BUTTERFLY]: record({ status: 'withdrawn', withdrawnReason: '社区要求撤回' }) } });
    const f = r.errors.find((e) => e.code === 'motif.withdrawn')!;
    expect(f).toBeDefined();
    expect(f.message.zh).toContain('社区要求撤回');
    expect(f.where).toEqual({ page: 'front', panelId: 'label', elementId: 'butterfly' });
    expect(f.fix.zh.length).toBeGreaterThan(5);
    expect(r.ok).toBe(false);
    expect(r.canForce).toBe(false);
  });

  it('a non-commercial motif on a product for sale blocks export', () => {
    const r = preflight(jar(), { motifs: { [BUTTERFLY]: record({ usageLabel: 'non-commercial' }) } });
    expect(codes(r)).toContain('motif.label-forbids');
  });

  it('a motif the library does not know blocks export', () => {
    const r = preflight(jar(), { motifs: { [BUTTERFLY]: undefined } });
    expect(codes(r)).toContain('motif.unknown');
  });

  it('a hidden element with a forbidden motif is not printed and does not block', () => {
    const d = updateElement(jar(), 'butterfly', { hidden: true });
    expect(codes(preflight(d, { motifs: { [BUTTERFLY]: record({ usageLabel: 'community-only' }) } }))).not.toContain('motif.label-forbids');
  });
});

describe('credit lines', () => {
  const credits = (d: Design) => d.elements.find((e) => e.id === 'credits') as TextElement;

  it('fires when the credit block no longer carries the line', () => {
    const d = updateElement(jar(), 'credits', { text: '图案：苗族' } as Partial<TextElement>);
    const r = preflight(d);
    const f = r.errors.find((e) => e.code === 'credit.missing')!;
    expect(f.where.elementId).toBe('credits');
    expect(r.canForce).toBe(false);
  });

  it('fires when the credit block is too small to print the line (cut off by its box)', () => {
    const d = updateElement(jar(), 'credits', { transform: { ...credits(jar()).transform, height: 1.5 } });
    expect(codes(preflight(d))).toContain('credit.missing');
  });

  it('does not fire when the line is printed, even with words added around it', () => {
    const text = `谢谢\n${credits(jar()).text}`;
    const d = updateElement(jar(), 'credits', { text, transform: { ...credits(jar()).transform, height: 12 } } as Partial<TextElement>);
    expect(codes(preflight(d))).not.toContain('credit.missing');
  });

  it('does not apply to motifs whose label needs no credit', () => {
    const open = { ...bySlug('butterfly-batik'), usageLabel: 'open-commercial' as const, creditLine: undefined };
    const d = updateElement(jar(), 'credits', { text: '' } as Partial<TextElement>);
    expect(codes(preflight(d, { motifs: { [BUTTERFLY]: open } }))).not.toContain('credit.missing');
  });
});

describe('missing glyphs', () => {
  it('fires for characters the font lacks and is not forceable', () => {
    const r = preflight(jar(), { missingGlyphs: { title: ['\u{1F98B}'] } });
    const f = r.errors.find((e) => e.code === 'text.missing-glyphs')!;
    expect(f.message.en).toContain('\u{1F98B}');
    expect(f.where.elementId).toBe('title');
    expect(r.canForce).toBe(false);
  });

  it('is quiet when every character is covered', () => {
    expect(codes(preflight(jar(), { missingGlyphs: {} }))).not.toContain('text.missing-glyphs');
  });
});

describe('image resolution', () => {
  /** an image of `px` pixels across placed `mm` wide: ppi = px / (mm / 25.4) */
  const placed = (px: number, mm: number) =>
    withElement(jar(), { kind: 'image', assetId: 'a'.repeat(64), pixelWidth: px, pixelHeight: px, transform: { x: 60, y: 10, width: mm, height: mm, rotation: 0 } } as never).design;

  it('below 200 ppi is an error that force may override', () => {
    // linked to its product, so its label fields are filled (an unfilled one is a hard error)
    const r = preflight(placed(200, 30), { product: linkedProduct(jar()) }); // 200 px over 30 mm = 169 ppi
    const f = r.errors.find((e) => e.code === 'image.low-resolution')!;
    expect(f.message.en).toContain(`${Math.round(200 / (30 / 25.4))} ppi`);
    expect(f.forceable).toBe(true);
    expect(r.canForce).toBe(true);
  });

  it('200-300 ppi is a warning', () => {
    const r = preflight(placed(300, 30)); // 254 ppi
    expect(r.errors.map((e) => e.code)).not.toContain('image.low-resolution');
    expect(r.warnings.map((e) => e.code)).toContain('image.medium-resolution');
  });

  it('300 ppi or more passes', () => {
    expect(codes(preflight(placed(400, 30)))).not.toContain('image.medium-resolution'); // 339 ppi
  });

  it('judges the printed size through rotation and groups (a 90° turn keeps the ppi)', () => {
    const d = placed(400, 30);
    const id = d.elements[d.elements.length - 1].id;
    const turned = updateElement(d, id, { transform: { x: 60, y: 10, width: 30, height: 30, rotation: 90 } });
    expect(codes(preflight(turned))).not.toContain('image.medium-resolution');
  });
});

describe('certificates and GI marks (with product facts)', () => {
  const tea = () => product('leishan-yinqiu-tea');
  const withText = (text: string) => withElement(sample('tuck-end-tea-box'), { kind: 'text', text, fontId: 'lxgw-wenkai-regular', sizePt: 8, lineHeight: 1.3, align: 'start', direction: 'horizontal', colour: { cmyk: { c: 0, m: 0, y: 0, k: 100 } } } as never).design;

  it('an organic code printed from a valid certificate passes', () => {
    expect(codes(preflight(withText('有机码 {{organic.code}}'), { product: tea() }))).not.toContain('cert.expired');
  });

  it('an expired certificate blocks export (not forceable)', () => {
    const p = tea();
    p.product.certifications[0] = { ...p.product.certifications[0], validFrom: '2025-01-01', validTo: '2025-12-31' };
    const r = preflight(withText('有机码 {{organic.code}}'), { product: p });
    expect(r.errors.map((e) => e.code)).toContain('cert.expired');
    expect(r.canForce).toBe(false);
  });

  it('a certificate lapsing before the planned print date blocks export', () => {
    const r = preflight(withText('{{organic.certificateNo}}'), { product: tea(), printDate: '2027-12-01' });
    expect(r.errors.map((e) => e.code)).toContain('cert.expired');
  });

  it('a green-food code without any green-food certificate blocks export', () => {
    expect(preflight(withText('{{greenFood.code}}'), { product: tea() }).errors.map((e) => e.code)).toContain('cert.missing');
  });

  it('a GI name without an authorisation announcement blocks export; with one it passes', () => {
    const p = tea();
    expect(codes(preflight(withText('{{gi.name}}'), { product: p }))).not.toContain('gi.not-authorised');
    delete p.product.gi!.authorisation;
    expect(codes(preflight(withText('{{gi.name}}'), { product: p }))).toContain('gi.not-authorised');
  });

  it('is not checked without product facts', () => {
    expect(codes(preflight(withText('{{greenFood.code}}')))).not.toContain('cert.missing');
  });
});

describe('warnings', () => {
  it('text outside the safe area (and not when inside)', () => {
    const moved = updateElement(jar(), 'title', { transform: { x: 58, y: 0.5, width: 70, height: 13, rotation: 0 } });
    const f = preflight(moved).warnings.find((w) => w.code === 'layout.outside-safe-area')!;
    expect(f.where.elementId).toBe('title');
    expect(codes(preflight(jar()))).not.toContain('layout.outside-safe-area');
  });

  it('text that would stand upside down on the folded box (a base wall is printed head-down in the flat)', () => {
    const box = () => sample('gallery/lid-base-embroidery-pouch');
    const turned = (rotation: number, flips: { flipX?: boolean; flipY?: boolean } = {}) => {
      const el = box().elements.find((e) => e.id === 'base-front')!;
      return updateElement(box(), 'base-front', { transform: { ...el.transform, rotation, ...flips } });
    };
    const upsideDown = (d: Design) => preflight(d).warnings.filter((w) => w.code === 'layout.upside-down').map((w) => [w.where.elementId, w.where.panelId]);
    expect(upsideDown(turned(0))).toEqual([['base-front', 'base-wall-front']]);
    expect(preflight(turned(0)).warnings.find((w) => w.code === 'layout.upside-down')!.fix.en).toContain('Rotate it to 180°');
    expect(upsideDown(turned(180))).toEqual([]);
    // a box flipped both ways is half a turn: flipped back upright
    expect(upsideDown(turned(0, { flipX: true, flipY: true }))).toEqual([]);
    // a quarter turn is a designer's choice (a line running along the wall)
    expect(upsideDown(turned(90))).toEqual([]);
    // nearly level, as typed by hand: still head-down on the shelf
    expect(upsideDown(turned(-10))).toEqual([['base-front', 'base-wall-front']]);
    expect(upsideDown(turned(-170))).toEqual([]);
  });

  it('a background pattern may run to the bleed without a warning', () => {
    expect(codes(preflight(jar()))).not.toContain('layout.outside-safe-area'); // star borders touch the trim
  });

  const shape = (stroke?: { widthMm: number }, fill?: { c: number; m: number; y: number; k: number }) =>
    withElement(jar(), { kind: 'shape', shape: 'rect', ...(fill ? { fill: { cmyk: fill } } : {}), ...(stroke ? { stroke: { colour: { cmyk: { c: 0, m: 0, y: 0, k: 100 } }, widthMm: stroke.widthMm } } : {}) } as never).design;

  it('hairlines under 0.25 pt (0.0882 mm)', () => {
    expect(codes(preflight(shape({ widthMm: 0.05 })))).toContain('stroke.hairline');
    expect(codes(preflight(shape({ widthMm: 0.1 })))).not.toContain('stroke.hairline');
  });

  it('total ink over 300 %', () => {
    expect(codes(preflight(shape(undefined, { c: 100, m: 100, y: 100, k: 100 })))).toContain('colour.total-ink');
    expect(codes(preflight(shape(undefined, { c: 60, m: 40, y: 40, k: 100 })))).not.toContain('colour.total-ink');
  });

  const text = (sizePt: number, cmyk: { c: number; m: number; y: number; k: number }) =>
    withElement(jar(), { kind: 'text', text: '小字', fontId: 'lxgw-wenkai-regular', sizePt, lineHeight: 1.2, align: 'start', direction: 'horizontal', colour: { cmyk } } as never).design;

  it('small text in rich black', () => {
    expect(codes(preflight(text(8, { c: 60, m: 40, y: 40, k: 100 })))).toContain('text.small-rich-black');
    expect(codes(preflight(text(8, { c: 0, m: 0, y: 0, k: 100 })))).not.toContain('text.small-rich-black');
  });

  it('large text in rich black is fine', () => {
    const d = text(14, { c: 60, m: 40, y: 40, k: 100 });
    const id = d.elements[d.elements.length - 1].id;
    const big = updateElement(d, id, { transform: { x: 20, y: 10, width: 30, height: 12, rotation: 0 } });
    expect(codes(preflight(big))).not.toContain('text.small-rich-black');
  });

  it('unfilled placeholders, without product facts and with facts that lack the value', () => {
    const d = updateElement(jar(), 'facts', { text: '批号 {{product.batch}}' } as Partial<TextElement>);
    expect(codes(preflight(d))).toContain('text.unfilled-placeholder');
    // an error, never forceable: the export is blocked until the fact is filled in or removed
    const blocked = preflight(d);
    expect(blocked.errors.map((e) => e.code)).toContain('text.unfilled-placeholder');
    expect(blocked.errors.find((e) => e.code === 'text.unfilled-placeholder')!.forceable).toBeUndefined();
    expect(blocked.canForce).toBe(false);
    expect(codes(preflight(d, { product: product('kaili-red-sour-soup') }))).not.toContain('text.unfilled-placeholder');
    expect(codes(preflight(d, { product: product('taijiang-embroidery-pouch') }))).toContain('text.unfilled-placeholder');
  });

  it('GB 7718 items missing on a food label block export (errors), none for a craft product', () => {
    const bare = { ...jar(), elements: jar().elements.filter((e) => !['label-facts', 'nutrition', 'net-content'].includes(e.id)) };
    const food = preflight(bare, { product: product('kaili-red-sour-soup') });
    expect(food.ok).toBe(false);
    expect(food.canForce).toBe(false);
    const missing = food.errors.filter((w) => w.code === 'label.missing-item');
    expect(missing.length).toBeGreaterThan(3);
    expect(missing.map((m) => m.message.zh).join()).toContain('配料表');
    expect(codes(preflight(jar(), { product: product('taijiang-embroidery-pouch') }))).not.toContain('label.missing-item');
  });

  it('a food label that carries the items by placeholder satisfies them', () => {
    const p = product('kaili-red-sour-soup');
    const all = ['product.name', 'product.netContent', 'product.ingredients', 'product.storage', 'product.shelfLife', 'product.sc', 'product.standardCode', 'product.productionDate', 'product.expiryDate', 'product.batch', 'product.allergens', 'cooperative.name', 'cooperative.address', 'cooperative.contact'];
    const bare = { ...jar(), elements: jar().elements.filter((e) => !['label-facts', 'nutrition', 'net-content'].includes(e.id)) };
    // a box the whole text fits in (the facts the fields fill in run to several lines)
    const d = updateElement(bare, 'facts', { text: all.map((k) => `{{${k}}}`).join(' '), transform: { x: 100, y: 4, width: 90, height: 40, rotation: 0 } } as Partial<TextElement>);
    const report = preflight(d, { product: p });
    expect(codes(report)).not.toContain('scene.text-overflow');
    const left = report.errors.filter((w) => w.code === 'label.missing-item').map((w) => w.message.en);
    // everything but the nutrition table, which has its own placeholder ({{product.nutrition}})
    expect(left.length).toBeGreaterThan(0);
    expect(left.every((m) => /nutrition/.test(m))).toBe(true);
  });

  it('an item in the part of a text its box cuts off is missing, as it is on paper', () => {
    const soup = product('kaili-red-sour-soup');
    expect(preflight(jar(), { product: soup }).errors).toEqual([]);
    // the label facts' box made 16 mm tall: the name, ingredients, producer and address still print, the lines from the shelf life on do not
    const facts = jar().elements.find((e) => e.id === 'label-facts')!;
    const cut = updateElement(jar(), 'label-facts', { transform: { ...facts.transform, height: 16 } } as Partial<TextElement>);
    const report = preflight(cut, { product: soup });
    expect(codes(report)).toContain('scene.text-overflow');
    const missing = report.errors.filter((w) => w.code === 'label.missing-item').map((w) => w.message.zh).join('\n');
    for (const item of ['贮存条件', '保质期', '食品生产许可证编号']) expect(missing).toContain(item);
    for (const item of ['配料表', '生产者名称', '生产者地址']) expect(missing).not.toContain(item);
  });
});
