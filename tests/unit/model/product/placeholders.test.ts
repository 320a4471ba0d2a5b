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
    // the soup's shelf life was entered as 12 months: 12 calendar months on, minus the first day
    expect(fillPlaceholders('生产日期：{{product.productionDate}} 到期日：{{product.expiryDate}} 批号：{{product.batch}}', facts)).toBe(
      '生产日期：2026年11月28日 到期日：2027年11月27日 批号：B1',
    );
    expect(fillPlaceholders('{{product.shelfLife}}', soup)).toBe('12个月');
    expect(fillPlaceholders('{{product.shelfLife}}', tea, 'en')).toBe('18 months');
    expect(fillPlaceholders('{{product.allergens}}', tea)).toBe('无');
  });
  it('computes expiry dates in the unit entered, with calendar arithmetic', () => {
    const days = (value: number) => ({ value, unit: 'days' as const });
    const months = (value: number) => ({ value, unit: 'months' as const });
    expect(computeExpiryDate('2026-11-28', days(365))).toBe('2027-11-27');
    expect(computeExpiryDate('2026-11-28', days(7))).toBe('2026-12-04');
    // 360 days are 360 days: not "12 months", which would end five days later
    expect(computeExpiryDate('2026-11-28', days(360))).toBe('2027-11-22');
    expect(computeExpiryDate('2026-11-28', months(12))).toBe('2027-11-27');
    // 540 days from 2026-11-28 end 2028-05-20; read as 18 months they would gain seven days
    expect(computeExpiryDate('2026-11-28', days(540))).toBe('2028-05-20');
    expect(computeExpiryDate('2026-11-28', months(18))).toBe('2028-05-27');
    expect(computeExpiryDate('2026-03-01', days(540))).toBe('2027-08-22');
    // month ends and leap years
    expect(computeExpiryDate('2027-08-31', months(6))).toBe('2028-02-28'); // Feb 29 (leap) minus one day
    expect(computeExpiryDate('2026-08-31', months(6))).toBe('2027-02-27'); // Feb 28 minus one day
    expect(computeExpiryDate('2026-01-31', months(2))).toBe('2026-03-30');
    expect(computeExpiryDate('2026-03-01', months(1))).toBe('2026-03-31');
    expect(computeExpiryDate('2028-02-29', { value: 1, unit: 'years' })).toBe('2029-02-27');
    expect(computeExpiryDate('2027-03-01', { value: 1, unit: 'years' })).toBe('2028-02-29');
    expect(computeExpiryDate('2028-01-01', days(366))).toBe('2028-12-31');
  });
  it('prints the shelf life as entered', () => {
    const with_ = (value: number, unit: 'days' | 'months' | 'years') => ({ ...soup, product: { ...soup.product, shelfLife: { value, unit } } });
    expect(fillPlaceholders('{{product.shelfLife}}', with_(360, 'days'))).toBe('360天');
    expect(fillPlaceholders('{{product.shelfLife}}', with_(540, 'days'), 'en')).toBe('540 days');
    expect(fillPlaceholders('{{product.shelfLife}}', with_(2, 'years'))).toBe('2年');
    expect(fillPlaceholders('{{product.shelfLife}}', with_(1, 'years'), 'en')).toBe('1 year');
    const run = { productionDate: '2026-11-28' };
    expect(fillPlaceholders('{{product.expiryDate}}', { ...with_(360, 'days'), run })).toBe('2027年11月22日');
  });
  it('leaves unknown and empty placeholders visible and reports them', () => {
    const text = '{{product.productionDate}} {{organic.code}} {{product.colour}}';
    expect(fillPlaceholders(text, soup)).toBe(text);
    expect(unfilledPlaceholders(text, soup)).toEqual(['product.productionDate', 'organic.code', 'product.colour']);
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
