import { describe, expect, it } from 'vitest';
import {
  checkForeignTextSize,
  checkLabelCompleteness,
  checkNetContentHeight,
  checkTextHeight,
  isSmallPack,
  netContentMinCharHeightMm,
  requiredLabelItems,
  type LabelItemKey,
} from '../../../../model/product/food-label';
import type { Product } from '../../../../model/product/schema';
import { codes, expectBilingual } from './messages';

const base: Product = {
  id: 'p', cooperativeId: 'c', name: { zh: '凯里红酸汤' }, kind: 'food', origin: { county: '凯里市' },
  labelEdition: 'GB7718-2011', certifications: [], shelfLife: { value: 120, unit: 'days' }, ingredients: ['番茄', '辣椒', '盐'],
};
const keys = (p: Product, edition: 'GB7718-2011' | 'GB7718-2025', cm2: number) => requiredLabelItems(p, { edition, largestSurfaceCm2: cm2 }).map((i) => i.key);
const FULL_2011: LabelItemKey[] = ['name', 'netContent', 'producerName', 'producerAddress', 'producerContact', 'productionDate', 'shelfLife', 'ingredients', 'storage', 'scLicence', 'standardCode', 'nutrition'];

describe('requiredLabelItems', () => {
  it('2011, ordinary pack: the full list, no allergen or expiry date', () => {
    expect(new Set(keys(base, 'GB7718-2011', 120))).toEqual(new Set(FULL_2011));
  });
  it('2025, ordinary pack: dates group with expiry date, allergens mandatory', () => {
    const k = keys(base, 'GB7718-2025', 120);
    expect(k).toContain('dates');
    expect(k).toContain('allergens');
    expect(k).not.toContain('productionDate');
    expect(k).toContain('nutrition');
  });
  it('allergens declared as none satisfy nothing further in 2025', () => {
    expect(keys({ ...base, allergens: [] }, 'GB7718-2025', 120)).not.toContain('allergens');
  });
  it('single-ingredient products may omit the ingredient list', () => {
    expect(keys({ ...base, ingredients: ['绿茶'] }, 'GB7718-2011', 120)).not.toContain('ingredients');
  });
  it('small-pack thresholds: < 10 cm² in 2011, ≤ 20 cm² in 2025', () => {
    expect(isSmallPack('GB7718-2011', 9.9)).toBe(true);
    expect(isSmallPack('GB7718-2011', 10)).toBe(false);
    expect(isSmallPack('GB7718-2025', 20)).toBe(true);
    expect(isSmallPack('GB7718-2025', 20.1)).toBe(false);
    expect(keys(base, 'GB7718-2011', 9)).toEqual(['name', 'netContent', 'producerName', 'producerAddress', 'producerContact', 'productionDate', 'shelfLife']);
    expect(keys(base, 'GB7718-2011', 15)).toContain('scLicence');
    expect(keys(base, 'GB7718-2025', 15)).toEqual(['name', 'netContent', 'producerName', 'producerAddress', 'producerContact', 'dates']);
  });
  it('nutrition: tea exempt only in 2025; small faces exempt', () => {
    const tea: Product = { ...base, kind: 'tea', ingredients: ['绿茶'] };
    expect(keys(tea, 'GB7718-2011', 120)).toContain('nutrition');
    expect(keys(tea, 'GB7718-2025', 120)).not.toContain('nutrition');
    expect(keys(base, 'GB7718-2025', 40)).not.toContain('nutrition');
    expect(keys(base, 'GB7718-2025', 41)).toContain('nutrition');
    expect(requiredLabelItems(base, { edition: 'GB7718-2011', largestSurfaceCm2: 120, nutritionExempt: true }).map((i) => i.key)).not.toContain('nutrition');
  });
  it('crafts and silver need no food label', () => {
    expect(keys({ ...base, kind: 'craft' }, 'GB7718-2011', 120)).toEqual([]);
    expect(keys({ ...base, kind: 'silver' }, 'GB7718-2025', 120)).toEqual([]);
  });
  it('shelf-life exempt goods (vinegar, salt) skip shelf life', () => {
    const k = requiredLabelItems(base, { edition: 'GB7718-2011', largestSurfaceCm2: 120, shelfLifeExempt: true }).map((i) => i.key);
    expect(k).not.toContain('shelfLife');
    expect(k).toContain('productionDate');
  });
});

describe('checkLabelCompleteness', () => {
  it('2011: complete label passes; each missing item is one error', () => {
    const items = requiredLabelItems(base, { edition: 'GB7718-2011', largestSurfaceCm2: 120 });
    expect(checkLabelCompleteness(items, FULL_2011)).toEqual([]);
    const issues = checkLabelCompleteness(items, FULL_2011.filter((k) => k !== 'scLicence' && k !== 'storage'));
    expect(issues.map((i) => i.field).sort()).toEqual(['label.scLicence', 'label.storage']);
    expect(issues.every((i) => i.severity === 'error')).toBe(true);
    expect(issues.find((i) => i.field === 'label.storage')!.message.zh).toContain('贮存条件');
    expectBilingual(issues);
  });
  it('2025 dates: production + expiry date, or (long shelf life) shelf life + expiry + batch', () => {
    const rest: LabelItemKey[] = ['name', 'netContent', 'producerName', 'producerAddress', 'producerContact', 'ingredients', 'storage', 'scLicence', 'standardCode', 'nutrition'];
    const p: Product = { ...base, labelEdition: 'GB7718-2025', allergens: [] };
    const items = requiredLabelItems(p, { edition: 'GB7718-2025', largestSurfaceCm2: 120 });
    expect(checkLabelCompleteness(items, [...rest, 'productionDate', 'expiryDate'])).toEqual([]);
    // 2011-style production date + shelf life is no longer enough
    expect(codes(checkLabelCompleteness(items, [...rest, 'productionDate', 'shelfLife']))).toEqual(['label.missing-item']);
    // shelf life 120 days < 6 months: the shelf-life + expiry + batch route is not open
    expect(checkLabelCompleteness(items, [...rest, 'shelfLife', 'expiryDate', 'batch'])).toHaveLength(1);
    const longLife = requiredLabelItems({ ...p, shelfLife: { value: 18, unit: 'months' } }, { edition: 'GB7718-2025', largestSurfaceCm2: 120 });
    expect(checkLabelCompleteness(longLife, [...rest, 'shelfLife', 'expiryDate', 'batch'])).toEqual([]);
    expect(checkLabelCompleteness(longLife, [...rest, 'shelfLife', 'expiryDate'])).toHaveLength(1);
  });
});

describe('type size', () => {
  it('1.8 mm minimum for mandatory text', () => {
    expect(checkTextHeight(1.8, 'e')).toEqual([]);
    expect(codes(checkTextHeight(1.79, 'e'))).toEqual(['label.text-too-small']);
    expectBilingual(checkTextHeight(1.5, 'e'));
  });
  it('net-content height by quantity, with unit conversion at the boundaries', () => {
    expect(netContentMinCharHeightMm({ value: 50, unit: 'g' })).toBe(2);
    expect(netContentMinCharHeightMm({ value: 51, unit: 'mL' })).toBe(3);
    expect(netContentMinCharHeightMm({ value: 200, unit: 'g' })).toBe(3);
    expect(netContentMinCharHeightMm({ value: 201, unit: 'g' })).toBe(4);
    expect(netContentMinCharHeightMm({ value: 1, unit: 'kg' })).toBe(4);
    expect(netContentMinCharHeightMm({ value: 1.5, unit: 'L' })).toBe(6);
    expect(netContentMinCharHeightMm({ value: 0.05, unit: 'kg' })).toBe(2);
    expect(checkNetContentHeight(4, { value: 500, unit: 'g' }, 'e')).toEqual([]);
    const issues = checkNetContentHeight(3.9, { value: 500, unit: 'g' }, 'e');
    expect(codes(issues)).toEqual(['label.net-content-too-small']);
    expect(issues[0].message.en).toContain('4 mm');
  });
  it('foreign text may not be larger than the Chinese', () => {
    expect(checkForeignTextSize(3, 3, 'e')).toEqual([]);
    expect(checkForeignTextSize(3, 2.5, 'e')).toEqual([]);
    const issues = checkForeignTextSize(3, 3.2, 'e');
    expect(codes(issues)).toEqual(['label.foreign-larger']);
    expectBilingual(issues);
  });
});
