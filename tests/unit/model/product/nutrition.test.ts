import { describe, expect, it } from 'vitest';
import { nrvPercent, nutritionEdition, nutritionRows, nutritionTableText, NutritionSchema, roundNutrient, textFormatAllowed } from '../../../../model/product/nutrition';
import { labelItemsInTexts } from '../../../../model/product/placeholders';

describe('nutrition table', () => {
  it('computes NRV% from the GB 28050-2011 reference values', () => {
    expect(nrvPercent('energyKj', 840)).toBe(10);
    expect(nrvPercent('sodiumMg', 1480)).toBe(74);
    expect(nrvPercent('proteinG', 1.2)).toBe(2);
    expect(nrvPercent('carbohydrateG', 5.8)).toBe(2);
  });

  it('prints the five core rows in Chinese and in English', () => {
    const n = NutritionSchema.parse({ basis: '100g', energyKj: 125, proteinG: 1.2, fatG: 0.3, carbohydrateG: 5.8, sodiumMg: 1480 });
    const zh = nutritionTableText(n, 'zh-CN').split('\n');
    expect(zh[0]).toBe('营养成分表（每100克；NRV%）');
    expect(zh.slice(1).map((l) => l.split(' ')[0])).toEqual(['能量', '蛋白质', '脂肪', '碳水化合物', '钠']);
    expect(nutritionTableText(n, 'en')).toContain('Sodium 1480 mg  74%');
  });

  it('refuses impossible values', () => {
    expect(NutritionSchema.safeParse({ basis: '100g', energyKj: -1, proteinG: 0, fatG: 0, carbohydrateG: 0, sodiumMg: 0 }).success).toBe(false);
  });

  it('a label text with {{product.nutrition}} satisfies the nutrition item', () => {
    expect(labelItemsInTexts(['{{product.nutrition}}']).has('nutrition')).toBe(true);
    expect(labelItemsInTexts(['日期见喷码 {{pack.datesPrinted}}']).has('expiryDate')).toBe(true);
  });
});

describe('GB 28050-2011 and -2025', () => {
  const soupFacts = NutritionSchema.parse({ basis: '100g', energyKj: 125.4, proteinG: 1.24, fatG: 0.3, saturatedFatG: 0.08, carbohydrateG: 5.85, sugarG: 2.94, sodiumMg: 1480.4 });

  it('rounds to the interval and prints "0" at or below the threshold', () => {
    expect(roundNutrient(125.4, 1, 17)).toBe(125);
    expect(roundNutrient(17, 1, 17)).toBe(0);
    expect(roundNutrient(0.5, 0.1, 0.5)).toBe(0);
    expect(roundNutrient(0.56, 0.1, 0.5)).toBe(0.6);
    expect(roundNutrient(0.1, 0.1, 0.1)).toBe(0);
    expect(roundNutrient(4.9, 1, 5)).toBe(0);
  });

  it('2011: energy and four nutrients; NRV% from the printed value; no line under the table', () => {
    const rows = nutritionRows(soupFacts, 'GB28050-2011');
    expect(rows.map((r) => r.name)).toEqual(['能量', '蛋白质', '脂肪', '碳水化合物', '钠']);
    expect(rows.map((r) => `${r.amount} ${r.nrv}`)).toEqual(['125 kJ 1%', '1.2 g 2%', '0 g 0%', '5.9 g 2%', '1480 mg 74%']);
    expect(nutritionTableText(soupFacts, 'zh-CN', 'GB28050-2011')).not.toContain('盐油糖');
  });

  it('2025: adds saturated fat and sugar in their place, and the line under the table', () => {
    const rows = nutritionRows(soupFacts, 'GB28050-2025');
    expect(rows.map((r) => r.name)).toEqual(['能量', '蛋白质', '脂肪', '饱和脂肪', '碳水化合物', '糖', '钠']);
    expect(rows.find((r) => r.key === 'saturatedFatG')).toMatchObject({ amount: '0 g', nrv: '0%' });
    expect(rows.find((r) => r.key === 'sugarG')).toMatchObject({ amount: '2.9 g', nrv: '' });
    const text = nutritionTableText(soupFacts, 'zh-CN', 'GB28050-2025').split('\n');
    expect(text[text.length - 1]).toBe('儿童青少年应避免过量摄入盐油糖');
    // an old record without the 2025 values shows the gap instead of inventing a number
    const old = NutritionSchema.parse({ basis: '100g', energyKj: 125, proteinG: 1.2, fatG: 0.3, carbohydrateG: 5.8, sodiumMg: 1480 });
    expect(nutritionRows(old, 'GB28050-2025').filter((r) => r.missing).map((r) => r.key)).toEqual(['saturatedFatG', 'sugarG']);
  });

  it('the edition follows the label edition, and the print date once 2025 applies', () => {
    expect(nutritionEdition('GB7718-2025')).toBe('GB28050-2025');
    expect(nutritionEdition('GB7718-2011', '2027-03-15')).toBe('GB28050-2011');
    expect(nutritionEdition('GB7718-2011', '2027-03-16')).toBe('GB28050-2025');
  });

  it('text format only on small packs: 2011 total < 100 cm², 2025 largest ≤ 40 cm²', () => {
    expect(textFormatAllowed('GB28050-2011', 30, 99)).toBe(true);
    expect(textFormatAllowed('GB28050-2011', 30, 100)).toBe(false);
    expect(textFormatAllowed('GB28050-2025', 40, 300)).toBe(true);
    expect(textFormatAllowed('GB28050-2025', 41, 60)).toBe(false);
  });
});
