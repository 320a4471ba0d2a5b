import { describe, expect, it } from 'vitest';
import { checkLabelCompleteness, requiredLabelItems } from '../../../../model/product/food-label';
import {
  PLACEHOLDERS,
  computeExpiryDate,
  fillPlaceholders,
  findPlaceholders,
  formatNetContent,
  labelItemsInTexts,
  unfilledPlaceholders,
} from '../../../../model/product/placeholders';
import { ProductFileSchema } from '../../../../model/product/schema';
import { loadSample } from './samples';

const tea = ProductFileSchema.parse(loadSample('leishan-yinqiu-tea.json'));
const soup = ProductFileSchema.parse(loadSample('kaili-red-sour-soup.json'));

describe('fillPlaceholders', () => {
  it('fills product, cooperative, GI and organic facts', () => {
    const text = '{{product.name}} 净含量：{{product.netContent}}\n{{gi.name}}（{{gi.approvalNo}}）有机码：{{organic.code}}\n{{cooperative.name}}';
    expect(fillPlaceholders(text, tea)).toBe(
      '雷山银球茶 净含量：100g\n雷山银球茶（2014年第96号公告）有机码：09926000000000001\n雷山县银球茶农民专业合作社（示例）',
    );
    expect(fillPlaceholders('{{ product.name }}', tea, 'en')).toBe('Leishan Silver Ball Tea');
  });
  it('fills per-run dates, computing the expiry date from the shelf life', () => {
    const facts = { ...soup, run: { productionDate: '2026-11-28', batch: 'B1' } };
    // 360 days prints as "12个月", so the expiry date is 12 calendar months on, minus the first day
    expect(fillPlaceholders('生产日期：{{product.productionDate}} 到期日：{{product.expiryDate}} 批号：{{product.batch}}', facts)).toBe(
      '生产日期：2026年11月28日 到期日：2027年11月27日 批号：B1',
    );
    expect(fillPlaceholders('{{product.shelfLife}}', soup)).toBe('12个月');
    expect(fillPlaceholders('{{product.shelfLife}}', tea, 'en')).toBe('18 months');
    expect(fillPlaceholders('{{product.allergens}}', tea)).toBe('无');
  });
  it('computes expiry dates in days or calendar months', () => {
    expect(computeExpiryDate('2026-11-28', 365)).toBe('2027-11-27');
    expect(computeExpiryDate('2026-11-28', 7)).toBe('2026-12-04');
    expect(computeExpiryDate('2027-08-31', 180)).toBe('2028-02-28'); // 6 months -> Feb 29 (leap), minus one day
    expect(computeExpiryDate('2026-01-31', 60)).toBe('2026-03-30');
    expect(computeExpiryDate('2026-03-01', 540)).toBe('2027-08-31');
  });
  it('leaves unknown and empty placeholders visible and reports them', () => {
    const text = '{{product.productionDate}} {{gi.name}} {{product.colour}}';
    expect(fillPlaceholders(text, soup)).toBe(text);
    expect(unfilledPlaceholders(text, soup)).toEqual(['product.productionDate', 'gi.name', 'product.colour']);
    expect(unfilledPlaceholders('{{product.name}}', soup)).toEqual([]);
  });
  it('writes net content in the legal unit', () => {
    expect(formatNetContent({ value: 1500, unit: 'g' })).toBe('1.5kg');
    expect(formatNetContent({ value: 1000, unit: 'g' })).toBe('1000g');
    expect(formatNetContent({ value: 750, unit: 'mL' }, 'en')).toBe('750 mL');
    expect(formatNetContent({ value: 2, unit: 'pcs' })).toBe('2件');
  });
});

describe('placeholders and label items', () => {
  it('every placeholder has a bilingual label', () => {
    for (const [key, def] of Object.entries(PLACEHOLDERS)) {
      expect(def.label.zh, key).toMatch(/[\u4e00-\u9fff]/);
      expect(def.label.en, key).toMatch(/[a-z]/i);
    }
  });
  it('a design using the right placeholders is complete under GB 7718-2025', () => {
    const texts = [
      '{{product.name}}', '净含量：{{product.netContent}}', '配料：{{product.ingredients}}',
      '生产者：{{cooperative.name}} 地址：{{cooperative.address}} 电话：{{cooperative.contact}}',
      '生产日期：{{product.productionDate}} 保质期到期日：{{product.expiryDate}}', '贮存：{{product.storage}}',
      '{{product.sc}} {{product.standardCode}}', '致敏物质：{{product.allergens}}',
    ];
    expect(findPlaceholders(texts[3])).toEqual(['cooperative.name', 'cooperative.address', 'cooperative.contact']);
    const present = labelItemsInTexts(texts);
    const items = requiredLabelItems(tea.product, { edition: 'GB7718-2025', largestSurfaceCm2: 80 });
    expect(checkLabelCompleteness(items, present)).toEqual([]);
    // drop the expiry date and the 2025 date rule is unmet
    const without = labelItemsInTexts(texts.map((t) => t.replace('{{product.expiryDate}}', '')));
    expect(checkLabelCompleteness(items, without).map((i) => i.field)).toEqual(['label.dates']);
  });
});
