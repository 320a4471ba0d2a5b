/**
 * Shelf life as the cooperative entered it — a number and its unit (days, months, years) — and
 * printed exactly so: "360天" stays 360 days, never "12个月". The expiry date (保质期到期日) is
 * counted in the same unit with calendar arithmetic, the production day counting as day one:
 * - days: production + (N − 1) days;
 * - months / years: the same day N months (12·N for years) later, clamped to that month's end
 *   when it has no such day (Jan 31 + 1 month → Feb 28, or Feb 29 in a leap year), minus one day.
 * The clamp never ends a shelf life later than the calendar allows.
 */
import { z } from 'zod';
import type { Lang } from '../localized';
import { addDays, parseIsoDate } from './validators/dates';

export const SHELF_LIFE_UNITS = ['days', 'months', 'years'] as const;
export type ShelfLifeUnit = (typeof SHELF_LIFE_UNITS)[number];

export const ShelfLifeSchema = z.object({
  value: z.number().int().positive(),
  unit: z.enum(SHELF_LIFE_UNITS),
});
export type ShelfLife = z.infer<typeof ShelfLifeSchema>;

export function formatShelfLife(s: ShelfLife, lang: Lang = 'zh-CN'): string {
  if (lang === 'en') {
    const word = { days: 'day', months: 'month', years: 'year' }[s.unit];
    return `${s.value} ${word}${s.value === 1 ? '' : 's'}`;
  }
  return `${s.value}${{ days: '天', months: '个月', years: '年' }[s.unit]}`;
}

/** Same day N months later, clamped to the month's end (2027-01-31 + 1 month = 2027-02-28). */
export function addMonths(iso: string, months: number): string {
  const d = parseIsoDate(iso);
  if (!d) throw new Error(`addMonths: invalid ISO date ${iso}`);
  const total = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d.day, lastDay)).padStart(2, '0')}`;
}

/** Last day the food is within its shelf life (ISO), the production day counting as day one. */
export function computeExpiryDate(productionDate: string, s: ShelfLife): string {
  if (s.unit === 'days') return addDays(productionDate, s.value - 1);
  return addDays(addMonths(productionDate, s.unit === 'years' ? 12 * s.value : s.value), -1);
}

/**
 * Shelf life of at least six months (GB 7718-2025 then allows shelf life + expiry date + batch
 * instead of the production date). Days count only from 184, the longest six calendar months.
 */
export function atLeastSixMonths(s: ShelfLife): boolean {
  if (s.unit === 'years') return true;
  if (s.unit === 'months') return s.value >= 6;
  return s.value >= 184;
}

/**
 * Product documents saved before the unit was stored had `shelfLifeDays`; the number was entered
 * in days, so it becomes { value, unit: 'days' } (printed as days, as entered). Pure; returns the
 * input unchanged when there is nothing to upgrade.
 */
export function upgradeShelfLife<T>(doc: T): T {
  if (typeof doc !== 'object' || doc === null) return doc;
  const file = doc as { product?: Record<string, unknown> };
  const product = file.product;
  if (!product || typeof product !== 'object' || !('shelfLifeDays' in product)) return doc;
  const { shelfLifeDays, ...rest } = product;
  const upgraded = typeof shelfLifeDays === 'number' && rest.shelfLife === undefined ? { ...rest, shelfLife: { value: shelfLifeDays, unit: 'days' } } : rest;
  return { ...file, product: upgraded } as T;
}
