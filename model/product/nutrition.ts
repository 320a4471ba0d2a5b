import { z } from 'zod';
import type { Lang } from '../localized';

/**
 * The nutrition table of GB 28050: energy and the four core nutrients per 100 g (or 100 mL),
 * each with its share of the Nutrient Reference Value. NRVs are those of GB 28050-2011
 * (energy 8400 kJ, protein 60 g, fat 60 g, carbohydrate 300 g, sodium 2000 mg).
 */
export const NutritionSchema = z.object({
  basis: z.enum(['100g', '100mL']),
  energyKj: z.number().min(0).max(4000),
  proteinG: z.number().min(0).max(100),
  fatG: z.number().min(0).max(100),
  carbohydrateG: z.number().min(0).max(100),
  sodiumMg: z.number().min(0).max(40000),
});
export type Nutrition = z.infer<typeof NutritionSchema>;

const NRV = { energyKj: 8400, proteinG: 60, fatG: 60, carbohydrateG: 300, sodiumMg: 2000 } as const;

const ROWS: { key: keyof typeof NRV; zh: string; en: string; unit: string }[] = [
  { key: 'energyKj', zh: '能量', en: 'Energy', unit: 'kJ' },
  { key: 'proteinG', zh: '蛋白质', en: 'Protein', unit: 'g' },
  { key: 'fatG', zh: '脂肪', en: 'Fat', unit: 'g' },
  { key: 'carbohydrateG', zh: '碳水化合物', en: 'Carbohydrate', unit: 'g' },
  { key: 'sodiumMg', zh: '钠', en: 'Sodium', unit: 'mg' },
];

/** NRV% rounded to a whole number, as the standard prints it. */
export function nrvPercent(key: keyof typeof NRV, value: number): number {
  return Math.round((value / NRV[key]) * 100);
}

/** The table as text lines (the label's text element lays it out like any other text). */
export function nutritionTableText(n: Nutrition, lang: Lang): string {
  const per = n.basis === '100g' ? (lang === 'en' ? 'per 100 g' : '每100克') : lang === 'en' ? 'per 100 mL' : '每100毫升';
  const head = lang === 'en' ? `Nutrition information (${per}; NRV%)` : `营养成分表（${per}；NRV%）`;
  const rows = ROWS.map((r) => `${lang === 'en' ? r.en : r.zh} ${n[r.key]} ${r.unit}  ${nrvPercent(r.key, n[r.key])}%`);
  return [head, ...rows].join('\n');
}
