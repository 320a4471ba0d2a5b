import { z } from 'zod';
import type { Lang } from '../localized';
import type { LabelEdition } from './schema';

/**
 * The nutrition table of GB 28050, per 100 g (or 100 mL), in the edition that applies:
 * - GB 28050-2011: energy + protein, fat, carbohydrate, sodium ("4+1");
 * - GB 28050-2025: adds saturated fat and sugar, and the line "儿童青少年应避免过量摄入盐油糖"
 *   under the table.
 * Values print rounded to the standard's interval, and as "0" at or below its "0" threshold;
 * NRV% is rounded to a whole number and computed from the printed value. See
 * model/product/README.md for what of the 2025 text could not be confirmed.
 */
export const NutritionSchema = z.object({
  basis: z.enum(['100g', '100mL']),
  energyKj: z.number().min(0).max(4000),
  proteinG: z.number().min(0).max(100),
  fatG: z.number().min(0).max(100),
  /** required from GB 28050-2025 */
  saturatedFatG: z.number().min(0).max(100).optional(),
  carbohydrateG: z.number().min(0).max(100),
  /** required from GB 28050-2025 */
  sugarG: z.number().min(0).max(100).optional(),
  sodiumMg: z.number().min(0).max(40000),
});
export type Nutrition = z.infer<typeof NutritionSchema>;

export type NutritionEdition = 'GB28050-2011' | 'GB28050-2025';

/** GB 28050-2025 is taken to apply from the day GB 7718-2025 does (DOMAIN §3.1: assumed, unverified). */
export const GB28050_2025_APPLIES = '2027-03-16';

export const CHILD_LINE = { zh: '儿童青少年应避免过量摄入盐油糖', en: 'Children and adolescents should avoid excessive salt, oil and sugar' };

/** The edition: 2025 for a 2025 label, or for any label printed on or after the 2025 date. */
export function nutritionEdition(labelEdition: LabelEdition, printDate?: string): NutritionEdition {
  if (labelEdition === 'GB7718-2025') return 'GB28050-2025';
  return printDate && printDate >= GB28050_2025_APPLIES ? 'GB28050-2025' : 'GB28050-2011';
}

type Key = 'energyKj' | 'proteinG' | 'fatG' | 'saturatedFatG' | 'carbohydrateG' | 'sugarG' | 'sodiumMg';

interface NutrientDef {
  key: Key;
  zh: string;
  en: string;
  unit: string;
  /** NRV; undefined = none published (NRV% left blank) */
  nrv?: number;
  /** rounding interval */
  step: number;
  /** at or below: printed as 0 */
  zero: number;
  since: NutritionEdition;
}

/** Order, units, rounding intervals and "0" thresholds of GB 28050 table 1 (the 2025 rows in their place). */
export const NUTRIENTS: readonly NutrientDef[] = [
  { key: 'energyKj', zh: '能量', en: 'Energy', unit: 'kJ', nrv: 8400, step: 1, zero: 17, since: 'GB28050-2011' },
  { key: 'proteinG', zh: '蛋白质', en: 'Protein', unit: 'g', nrv: 60, step: 0.1, zero: 0.5, since: 'GB28050-2011' },
  { key: 'fatG', zh: '脂肪', en: 'Fat', unit: 'g', nrv: 60, step: 0.1, zero: 0.5, since: 'GB28050-2011' },
  { key: 'saturatedFatG', zh: '饱和脂肪', en: 'Saturated fat', unit: 'g', nrv: 20, step: 0.1, zero: 0.1, since: 'GB28050-2025' },
  { key: 'carbohydrateG', zh: '碳水化合物', en: 'Carbohydrate', unit: 'g', nrv: 300, step: 0.1, zero: 0.5, since: 'GB28050-2011' },
  { key: 'sugarG', zh: '糖', en: 'Sugar', unit: 'g', step: 0.1, zero: 0.5, since: 'GB28050-2025' },
  { key: 'sodiumMg', zh: '钠', en: 'Sodium', unit: 'mg', nrv: 2000, step: 1, zero: 5, since: 'GB28050-2011' },
];

const decimals = (step: number) => (step >= 1 ? 0 : Math.round(-Math.log10(step)));

/** The printed value: "0" at or below the threshold, else rounded to the interval. */
export function roundNutrient(value: number, step: number, zero: number): number {
  if (value <= zero) return 0;
  const d = decimals(step);
  // value/step in decimal, not binary: 5.85 / 0.1 is 58.4999… in floating point
  return Number((Math.round(Number((value / step).toFixed(6))) * step).toFixed(d));
}

/** NRV% rounded to a whole number, as the standard prints it (from the 2011 reference values). */
export function nrvPercent(key: Key, value: number): number {
  const nrv = NUTRIENTS.find((n) => n.key === key)?.nrv;
  return nrv ? Math.round((value / nrv) * 100) : 0;
}

export interface NutritionRow {
  key: Key;
  name: string;
  /** printed amount with unit, e.g. "1.2 g" */
  amount: string;
  /** "74%", or "" where no NRV is published */
  nrv: string;
  /** the value is missing from the product facts (2025 rows on an old record) */
  missing: boolean;
}

export function nutritionRows(n: Nutrition, edition: NutritionEdition, lang: Lang = 'zh-CN'): NutritionRow[] {
  return NUTRIENTS.filter((d) => edition === 'GB28050-2025' || d.since === 'GB28050-2011').map((d) => {
    const raw = n[d.key];
    const name = lang === 'en' ? d.en : d.zh;
    if (raw === undefined) return { key: d.key, name, amount: '—', nrv: '', missing: true };
    const shown = roundNutrient(raw, d.step, d.zero);
    const nrv = d.nrv ? `${Math.round((shown / d.nrv) * 100)}%` : '';
    return { key: d.key, name, amount: `${shown.toFixed(shown === 0 ? 0 : decimals(d.step))} ${d.unit}`, nrv, missing: false };
  });
}

export function nutritionHeading(n: Nutrition, lang: Lang): { title: string; per: string; nrv: string; item: string } {
  const per = n.basis === '100g' ? (lang === 'en' ? 'per 100 g' : '每100克') : lang === 'en' ? 'per 100 mL' : '每100毫升';
  return lang === 'en' ? { title: 'Nutrition information', per, nrv: 'NRV%', item: 'Item' } : { title: '营养成分表', per, nrv: 'NRV%', item: '项目' };
}

/**
 * The table as text lines — the standard's text format, allowed only on small packs (2011: total
 * surface < 100 cm²; 2025: largest surface ≤ 40 cm²); elsewhere the design draws the ruled table.
 */
export function nutritionTableText(n: Nutrition, lang: Lang, edition: NutritionEdition = 'GB28050-2011'): string {
  const h = nutritionHeading(n, lang);
  const head = `${h.title}（${h.per}；NRV%）`.replace('（', lang === 'en' ? ' (' : '（').replace('；', lang === 'en' ? '; ' : '；').replace('）', lang === 'en' ? ')' : '）');
  const rows = nutritionRows(n, edition, lang).map((r) => `${r.name} ${r.amount}${r.nrv ? `  ${r.nrv}` : ''}`);
  const lines = [head, ...rows];
  if (edition === 'GB28050-2025') lines.push(lang === 'en' ? CHILD_LINE.en : CHILD_LINE.zh);
  return lines.join('\n');
}

/** Text format allowed instead of the ruled table (GB 28050-2011: total < 100 cm²; -2025: largest ≤ 40 cm²). */
export function textFormatAllowed(edition: NutritionEdition, largestSurfaceCm2: number, totalSurfaceCm2: number): boolean {
  return edition === 'GB28050-2025' ? largestSurfaceCm2 <= 40 : totalSurfaceCm2 < 100;
}
