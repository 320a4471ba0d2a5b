/**
 * Food-label rules refuse a wrong label: claims in any text, the product's GTIN on barcodes and
 * QR codes, GB 7718 type sizes on the laid-out scene, and mandatory items over a whole package.
 * Each case is a shipped sample with one change, checked as the exporter checks it.
 */
import { describe, expect, it } from 'vitest';
import type { Design, Element, TextElement } from '../../../../model/design/schema';
import type { GroupNode, PathNode, TextNode } from '../../../../model/scene';
import { generateTemplate } from '../../../../model/templates';
import { gtinInQrContent } from '../../../../model/preflight/rules/barcode-match';
import { linkedProduct, preflight, preflightScene, product, sample, updateElement, withElement } from './helpers';

const jar = () => sample('jar-label-sour-soup');
const teaBox = () => sample('tuck-end-tea-box');
const soup = () => product('kaili-red-sour-soup');
const tea = () => product('leishan-yinqiu-tea');
const K100 = { cmyk: { c: 0, m: 0, y: 0, k: 100 } };
const withText = (design: Design, text: string, change: Partial<TextElement> = {}) =>
  withElement(design, { kind: 'text', text, fontId: 'lxgw-wenkai-regular', sizePt: 8, lineHeight: 1.3, align: 'start', direction: 'horizontal', colour: K100, transform: { x: 40, y: 30, width: 60, height: 10, rotation: 0 }, ...change } as never);
const errorCodes = (d: Design, options: Parameters<typeof preflight>[1]) => preflight(d, options).errors.map((e) => e.code);

describe('claims wherever they are written', () => {
  it('a jar label saying "有机 纯天然" and "ORGANIC" for a product with no organic certificate is refused', () => {
    const { design, id } = withText(jar(), '有机 纯天然\nORGANIC');
    const r = preflight(design, { product: soup() });
    expect(r.ok).toBe(false);
    expect(r.canForce).toBe(false);
    const mine = r.errors.filter((e) => e.where.elementId === id).map((e) => e.code);
    expect(mine).toContain('cert.missing');
    expect(mine).toContain('claim.natural');
  });

  it('traditional, full-width and spaced spellings are claims too', () => {
    // the soup has no organic certificate, the tea no green-food licence
    for (const text of ['有機', 'ＯＲＧＡＮＩＣ', 'O r g a n i c', '有 机 转 換']) {
      expect(errorCodes(withText(jar(), text).design, { product: soup() }), text).toContain('cert.missing');
    }
    expect(errorCodes(withText(teaBox(), '綠色食品').design, { product: tea() })).toContain('cert.missing');
    // the tea has an organic certificate valid on 2026-11-28: the organic words pass
    const { design } = withText(teaBox(), '有機 ＯＲＧＡＮＩＣ');
    const r = preflight(design, { product: tea(), today: '2026-11-28' });
    expect(r.errors).toEqual([]);
  });

  it('an organic claim from a certificate lapsed by the print date is refused', () => {
    const { design } = withText(teaBox(), '有机绿茶');
    expect(errorCodes(design, { product: tea(), printDate: '2027-12-01' })).toContain('cert.expired');
  });

  it('green food needs a green-food licence: the soup has one, the tea not', () => {
    expect(errorCodes(withText(jar(), '绿色食品').design, { product: soup() })).toEqual([]);
    expect(errorCodes(withText(teaBox(), '绿色食品').design, { product: tea() })).toContain('cert.missing');
  });

  it('无公害 without a certificate is an error; with a (legacy) 无公害 certificate only a warning', () => {
    const d = withText(jar(), '无公害农产品').design;
    expect(errorCodes(d, { product: soup() })).toContain('cert.missing');
    const p = soup();
    p.product.certifications.push({ kind: 'other', name: '無公害農產品', certificateNo: 'WNCR-GZ-2024-001', validFrom: '2024-01-01', validTo: '2027-12-31' });
    const r = preflight(d, { product: p });
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toContain('claim.pollution-free-legacy');
  });

  it('a GI name needs the GI and its authorisation on the product', () => {
    const p = tea();
    delete p.product.gi!.authorisation;
    // the title prints 雷山银球茶: without the authorisation the box is refused
    const r = preflight(teaBox(), { product: p });
    expect(r.errors.find((e) => e.code === 'gi.not-authorised')?.where.elementId).toBe('title');
    // another product's GI name (known Guizhou GI) on the tea box
    expect(errorCodes(withText(teaBox(), '都匀毛尖').design, { product: tea() })).toContain('gi.not-authorised');
  });

  it('claims on a design linked to no product are refused (nothing to check them against)', () => {
    expect(errorCodes(withText(sample('story-card-a6'), '有机').design, {})).toContain('claim.no-product');
  });
});

describe("the barcode on the pack is the product's", () => {
  it('the 凯里红酸汤 jar printing 6951234567897 (product: 6990000000022) is refused; following the product passes', () => {
    const d = updateElement(jar(), 'barcode', { gtin: '6951234567897' } as never);
    const r = preflight(d, { product: soup() });
    const f = r.errors.find((e) => e.code === 'barcode.not-product')!;
    expect(f.message.zh).toContain('6951234567897');
    expect(f.message.zh).toContain('6990000000022');
    expect(errorCodes(jar(), { product: soup() })).toEqual([]);
    // the product's own number typed in is fine too
    expect(errorCodes(updateElement(jar(), 'barcode', { gtin: '6990000000022' } as never), { product: soup() })).toEqual([]);
  });

  it('the tea box with the GS1 example number is refused', () => {
    expect(errorCodes(updateElement(teaBox(), 'barcode', { gtin: '6901234567892' } as never), { product: tea() })).toContain('barcode.not-product');
  });

  it('a QR code carrying another GTIN (Digital Link /01/…) is refused; the product GTIN passes', () => {
    const qr = (content: string) => withElement(teaBox(), { kind: 'qr', content, ecLevel: 'M', transform: { x: 140, y: 195, width: 15, height: 15, rotation: 0 } } as never).design;
    expect(errorCodes(qr('https://id.gs1.org/01/06901234567892/10/LS2026A'), { product: tea() })).toContain('qr.gtin-not-product');
    expect(errorCodes(qr('https://id.gs1.org/01/06990000000015'), { product: tea() })).toEqual([]);
    expect(errorCodes(qr('https://leishan-tea.example.cn/trace/yinqiu'), { product: tea() })).toEqual([]);
  });

  it('reads the GTIN from Digital Link URIs and GS1 element strings only', () => {
    expect(gtinInQrContent('https://id.gs1.org/01/09521234543213/10/ABC123/21/12345')).toBe('09521234543213');
    expect(gtinInQrContent('https://example.cn/p/01/6990000000015?17=271130')).toBe('6990000000015');
    expect(gtinInQrContent('(01)06990000000015(10)LS2026A')).toBe('06990000000015');
    expect(gtinInQrContent('https://example.cn/01/12345')).toBeUndefined();
    expect(gtinInQrContent('https://example.cn/story/shidong')).toBeUndefined();
  });
});

describe('GB 7718 type sizes on the laid-out scene', () => {
  it('label text at 3 pt is refused, stating the measured and the required height', () => {
    const d = updateElement(jar(), 'label-facts', { sizePt: 3 } as never);
    const f = preflight(d, { product: soup() }).errors.find((e) => e.code === 'label.text-too-small')!;
    expect(f.where.elementId).toBe('label-facts');
    // 3 pt = 1.058 mm em; digits measured by the cap height (0.69 em) = 0.73 mm
    expect(f.message.en).toContain('0.73 mm');
    expect(f.message.en).toContain('1.8 mm');
  });

  it('a net content of 500 g set at 4 pt is refused (needs 4 mm); 100 g at 12.5 pt passes its 3 mm', () => {
    const d = updateElement(jar(), 'net-content', { sizePt: 4 } as never);
    const f = preflight(d, { product: soup() }).errors.find((e) => e.code === 'label.net-content-too-small')!;
    expect(f.message.en).toMatch(/at least 4 mm high; they are 0\.9\d mm/);
    expect(errorCodes(teaBox(), { product: tea() })).toEqual([]);
    expect(errorCodes(updateElement(teaBox(), 'net-content', { sizePt: 12 } as never), { product: tea() })).toContain('label.net-content-too-small');
  });

  it('measures the printed size: a text box scaled through a group is judged after scaling', () => {
    // vertical and rotated text keep their em size; a 90° turn must not change the verdict
    const turned = updateElement(jar(), 'label-facts', { sizePt: 5, transform: { x: 121, y: 8.8, width: 64, height: 33.6, rotation: 90 } } as never);
    expect(errorCodes(turned, { product: soup() })).toContain('label.text-too-small');
  });

  it('foreign text larger than the Chinese is refused', () => {
    const d = updateElement(jar(), 'facts', { sizePt: 24, text: 'KAILI', transform: { x: 36, y: 19, width: 40, height: 14, rotation: 0 } } as never);
    const f = preflight(d, { product: soup() }).errors.find((e) => e.code === 'label.foreign-larger');
    expect(f?.where.elementId).toBe('facts');
    // the English name against the Chinese name: same size (16 pt) passes, larger fails
    const name = (pt: number) => updateElement(teaBox(), 'subtitle', { sizePt: pt, transform: { x: 12, y: 156, width: 80, height: 32, rotation: 0 } } as never);
    expect(errorCodes(name(24), { product: tea() })).not.toContain('label.foreign-larger');
    expect(errorCodes(name(30), { product: tea() })).toContain('label.foreign-larger');
  });

  it('craft products have no food-label sizes', () => {
    const d = updateElement(jar(), 'label-facts', { sizePt: 3 } as never);
    expect(preflight(d, { product: product('taijiang-embroidery-pouch') }).errors.map((e) => e.code)).not.toContain('label.text-too-small');
  });
});

describe('GB 7718 items over the whole package', () => {
  const FRONT_ONLY = ['bg', 'star-top', 'star-bottom', 'butterfly', 'title', 'facts', 'credits', 'net-content', 'barcode'];
  /** the jar split in two pieces: the front (name, net content) and the back (all other items) */
  const front = (): Design => ({ ...jar(), id: 'piece-front', name: '正标', package: { name: '500 g 瓶装', piece: 'front-label' }, elements: jar().elements.filter((e) => FRONT_ONLY.includes(e.id)) });
  const back = (): Design => ({ ...jar(), id: 'piece-back', name: '背标', package: { name: '500 g 瓶装', piece: 'back-label' }, credits: { blockId: null, lines: [] }, elements: jar().elements.filter((e) => !FRONT_ONLY.includes(e.id) || e.id === 'bg') });
  const piece = (d: Design) => ({ design: d, template: generateTemplate(d.template.kind, d.template.params) });

  it('a brand-story card is not the food label: checked for GB 7718 items only when declared a piece of the package', () => {
    const card = (): Design => ({ ...sample('story-card-a6'), productId: jar().productId });
    expect(preflight(card(), { product: soup() }).errors.filter((e) => e.code === 'label.missing-item')).toEqual([]);
    const declared: Design = { ...card(), package: { name: '500 g 瓶装', piece: 'hang-tag' } };
    expect(preflight(declared, { product: soup() }).errors.filter((e) => e.code === 'label.missing-item').length).toBeGreaterThan(3);
  });

  it('each piece alone lacks items; together they are complete and both pass', () => {
    const alone = preflight(front(), { product: soup() });
    expect(alone.errors.filter((e) => e.code === 'label.missing-item').length).toBeGreaterThan(3);
    expect(preflight(front(), { product: soup(), packagePieces: [piece(back())] }).errors).toEqual([]);
    expect(preflight(back(), { product: soup(), packagePieces: [piece(front())] }).errors.filter((e) => e.code === 'label.missing-item')).toEqual([]);
  });

  it('an item missing from the package blocks every piece, names the package, the pieces and the item, and offers the placeholder', () => {
    const noStorage = updateElement(back(), 'label-facts', { text: (jar().elements.find((e) => e.id === 'label-facts') as TextElement).text.replace('贮存条件：{{product.storage}}', '') } as never);
    for (const [me, other] of [[front(), noStorage], [noStorage, front()]] as const) {
      const r = preflight(me, { product: soup(), packagePieces: [piece(other)] });
      const f = r.errors.filter((e) => e.code === 'label.missing-item');
      expect(f).toHaveLength(1);
      expect(r.canForce).toBe(false);
      expect(f[0].message.zh).toContain('贮存条件');
      expect(f[0].message.zh).toContain('500 g 瓶装');
      expect(f[0].message.zh).toContain('正标');
      expect(f[0].message.zh).toContain('背标');
      expect(f[0].action).toEqual({ kind: 'insert-placeholder', placeholder: 'product.storage' });
    }
  });

  it("pieces of another package or another product do not count; a design without a package is checked alone", () => {
    const otherPkg = { ...back(), package: { name: '250 g 瓶装', piece: 'back-label' as const } };
    expect(preflight(front(), { product: soup(), packagePieces: [piece(otherPkg)] }).errors.some((e) => e.code === 'label.missing-item')).toBe(true);
    const otherProduct = { ...back(), productId: 'prod-other' };
    expect(preflight(front(), { product: soup(), packagePieces: [piece(otherProduct)] }).errors.some((e) => e.code === 'label.missing-item')).toBe(true);
    const { package: _p, ...noPackage } = front();
    expect(preflight(noPackage as Design, { product: soup(), packagePieces: [piece(back())] }).errors.some((e) => e.code === 'label.missing-item')).toBe(true);
  });

  it('the samples are linked to their products and pass as they ship', () => {
    for (const d of [jar(), teaBox()]) expect(preflight(d, { product: linkedProduct(d) }).errors).toEqual([]);
  });
});

describe('the official GI mark and its companions', () => {
  const MARK = 'b'.repeat(64);
  const teaWithMark = () => {
    const p = tea();
    p.product.gi = { ...p.product.gi!, markAssetId: MARK };
    return p;
  };
  const mark = (design: Design, x: number, y: number) =>
    withElement(design, { kind: 'image', assetId: MARK, pixelWidth: 1200, pixelHeight: 1200, transform: { x, y, width: 24, height: 24, rotation: 0 } } as never);
  const giCodes = (d: Design, p = teaWithMark()) => preflight(d, { product: p }).errors.map((e) => e.code).filter((c) => c.startsWith('gi.'));

  it('the mark alone is refused: no credit code in its slot', () => {
    const { design } = mark(teaBox(), 40, 100); // on the front, beside the title 雷山银球茶
    expect(giCodes(design)).toEqual(['gi.mark-uscc-missing']);
  });

  it('with the USCC over the mark, the GI name on its panel and the standard code on the pack, it passes', () => {
    const { design } = mark(teaBox(), 40, 100);
    const slot = withText(design, '{{cooperative.uscc}}', { sizePt: 5, transform: { x: 40, y: 118, width: 24, height: 5, rotation: 0 } }).design;
    expect(giCodes(slot)).toEqual([]);
  });

  it('on a panel without the GI name, and on a pack without the code or announcement number, it is refused', () => {
    const { design } = mark(teaBox(), 150, 140); // the back panel: no 雷山银球茶 there
    const slot = withText(design, '{{cooperative.uscc}}', { sizePt: 5, transform: { x: 150, y: 158, width: 24, height: 5, rotation: 0 } }).design;
    expect(giCodes(slot)).toEqual(['gi.mark-name-missing']);
    const noCode = updateElement(slot, 'label-facts', { text: '{{product.name}}' } as never);
    expect(giCodes(noCode)).toContain('gi.mark-code-missing');
  });

  it('without the authorisation the mark is refused whatever its companions', () => {
    const p = teaWithMark();
    delete p.product.gi!.authorisation;
    const { design } = mark(teaBox(), 40, 100);
    expect(giCodes(design, p)).toContain('gi.not-authorised');
  });
});

describe('the nutrition table per GB 28050', () => {
  const nutritionText = () => {
    const d = jar();
    const el = d.elements.find((e) => e.id === 'nutrition')!;
    return { ...d, elements: d.elements.map((e) => (e.id === 'nutrition' ? ({ id: el.id, kind: 'text', name: el.name, page: el.page, panelId: el.panelId, transform: el.transform, opacity: 1, locked: false, hidden: false, text: '{{product.nutrition}}', fontId: 'lxgw-wenkai-regular', sizePt: 7.5, lineHeight: 1.3, align: 'start', direction: 'horizontal', colour: K100 } as Element) : e)) };
  };

  it('the jar sample draws a ruled table: box and rules as paths, every row as text', () => {
    const r = preflightScene(jar(), soup());
    const group = r.scene.pages[0].nodes.find((n) => n.elementId === 'nutrition') as GroupNode;
    const [rules, text] = group.children as [PathNode, TextNode];
    expect(rules.type).toBe('path');
    expect(rules.stroke?.widthMm).toBeGreaterThan(0);
    expect(rules.d.filter((c) => c[0] === 'M').length).toBeGreaterThanOrEqual(3); // box + rules under title and head
    expect(text.runs.map((r) => r.text)).toEqual(['营养成分表', '项目', '每100克', 'NRV%', '能量', '125 kJ', '1%', '蛋白质', '1.2 g', '2%', '脂肪', '0 g', '0%', '碳水化合物', '5.8 g', '2%', '钠', '1480 mg', '74%']);
  });

  it('2025 and horizontal: saturated fat and sugar, two side-by-side halves, the line under the table', () => {
    const p = soup();
    p.product.labelEdition = 'GB7718-2025';
    p.product.allergens = [];
    p.product.nutrition = { ...p.product.nutrition!, saturatedFatG: 0.05, sugarG: 2.9 };
    const d = updateElement(jar(), 'nutrition', { layout: 'horizontal', transform: { x: 79, y: 9.5, width: 41, height: 31, rotation: 0 } } as never);
    const group = preflightScene(d, p).scene.pages[0].nodes.find((n) => n.elementId === 'nutrition') as GroupNode;
    const text = group.children[1] as TextNode;
    const runs = text.runs.map((r) => r.text);
    expect(runs).toContain('饱和脂肪');
    expect(runs).toContain('糖');
    expect(runs[runs.length - 1]).toBe('儿童青少年应避免过量摄入盐油糖');
    // two halves: the column heads appear twice, and 钠 sits right of 能量
    expect(runs.filter((t) => t === '项目')).toHaveLength(2);
    const x = (t: string) => text.runs.find((r) => r.text === t)!.x;
    expect(x('钠')).toBeGreaterThan(x('能量') + 10);
  });

  it('as plain text on a pack of 100 cm² or more it is refused; the drawn table passes', () => {
    expect(errorCodes(nutritionText(), { product: soup() })).toContain('label.nutrition-text-format');
    expect(errorCodes(jar(), { product: soup() })).not.toContain('label.nutrition-text-format');
  });

  it('printed after GB 28050-2025 applies, a 2011 table is refused; a 2025 table without saturated fat and sugar too', () => {
    expect(errorCodes(jar(), { product: soup(), printDate: '2027-04-01' })).toContain('label.nutrition-edition');
    const p = soup();
    p.product.labelEdition = 'GB7718-2025';
    p.product.allergens = [];
    expect(errorCodes(jar(), { product: p })).toContain('label.nutrition-2025-values');
  });

  it('tea is exempt under 2025: the tea box needs no nutrition table', () => {
    expect(preflight(teaBox(), { product: tea() }).errors.filter((e) => /nutrition/.test(e.code) || /营养/.test(e.message.zh))).toEqual([]);
  });
});
