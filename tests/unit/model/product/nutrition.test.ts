import { describe, expect, it } from 'vitest';
import { nrvPercent, nutritionTableText, NutritionSchema } from '../../../../model/product/nutrition';
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
