/**
 * Dates: stored as ISO YYYY-MM-DD; printed on labels in the forms GB 7718 allows.
 * 2011 edition: 4-digit year, 1–2 digit month and day, year-month-day order
 * ("2011年4月1日", "2011-04-01", "20110401"). 2025 edition: month and day must be 2 digits.
 */
import { issue, type Issue } from '../../localized';
import type { LabelEdition } from '../schema';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

export function parseIsoDate(value: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). Both ISO dates. */
export function daysBetween(from: string, to: string): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (!a || !b) throw new Error(`daysBetween: invalid ISO dates ${from} / ${to}`);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

export function addDays(iso: string, days: number): string {
  const a = parseIsoDate(iso);
  if (!a) throw new Error(`addDays: invalid ISO date ${iso}`);
  return new Date(Date.UTC(a.year, a.month - 1, a.day + days)).toISOString().slice(0, 10);
}

export function validateIsoDate(value: string, field: string): Issue[] {
  if (parseIsoDate(value)) return [];
  const looksIso = /^\d{4}-\d{1,2}-\d{1,2}$/.test(value);
  return [issue(field, looksIso ? 'date.not-a-day' : 'date.format', 'error',
    looksIso
      ? `日期“${value}”不存在（例如 2 月没有 30 日），或月、日没有写成两位。请填写真实日期，例如 2026-11-28。`
      : `日期“${value}”格式不对：请按 年-月-日 填写，月和日都写两位，例如 2026-11-28。`,
    looksIso
      ? `Date "${value}" does not exist (e.g. February has no 30th) or month/day are not two digits. Enter a real date, e.g. 2026-11-28.`
      : `Date "${value}" has the wrong format: write year-month-day with two-digit month and day, e.g. 2026-11-28.`)];
}

const LABEL_FORMS: RegExp[] = [
  /^(\d{4})年(\d{1,2})月(\d{1,2})日$/,
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

/** Check a date exactly as it will be printed on a food label. */
export function checkLabelDateText(text: string, edition: LabelEdition, field: string): Issue[] {
  const t = text.trim();
  const m = LABEL_FORMS.map((re) => re.exec(t)).find(Boolean);
  if (!m) {
    const dayFirst = /^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$/.test(t);
    return [issue(field, dayFirst ? 'label-date.order' : 'label-date.format', 'error',
      dayFirst
        ? `标签日期“${text}”的顺序不对：国家标准要求按 年、月、日 的顺序，例如 2026年11月28日 或 2026-11-28。`
        : `标签日期“${text}”格式不对：年份写 4 位，按 年、月、日 顺序，例如 2026年11月28日、2026-11-28 或 20261128。`,
      dayFirst
        ? `Label date "${text}" is in the wrong order: the national standard requires year, month, day, e.g. 2026年11月28日 or 2026-11-28.`
        : `Label date "${text}" has the wrong format: use a 4-digit year in year-month-day order, e.g. 2026年11月28日, 2026-11-28 or 20261128.`)];
  }
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isRealDate(year, month, day)) {
    return [issue(field, 'label-date.not-a-day', 'error',
      `标签日期“${text}”不是真实存在的日期，请核对月份和日子，例如 2026-11-28。`,
      `Label date "${text}" is not a real calendar date; check the month and day, e.g. 2026-11-28.`)];
  }
  if (edition === 'GB7718-2025' && (m[2].length !== 2 || m[3].length !== 2)) {
    return [issue(field, 'label-date.two-digits', 'error',
      `按 GB 7718-2025，标签上的月和日必须写两位（不足两位前面补 0）：“${text}”应写成 ${formatLabelDate(`${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, t.includes('年') ? 'cn' : 'dash')}。`,
      `Under GB 7718-2025 month and day on the label must have two digits (pad with 0): "${text}" should be written ${formatLabelDate(`${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, t.includes('年') ? 'cn' : 'dash')}.`)];
  }
  return [];
}

/** Label text for an ISO date; always two-digit month/day, valid under both editions. */
export function formatLabelDate(iso: string, style: 'cn' | 'dash' | 'compact' = 'cn'): string {
  const d = parseIsoDate(iso);
  if (!d) throw new Error(`formatLabelDate: invalid ISO date ${iso}`);
  const mm = String(d.month).padStart(2, '0');
  const dd = String(d.day).padStart(2, '0');
  if (style === 'cn') return `${d.year}年${mm}月${dd}日`;
  if (style === 'dash') return `${d.year}-${mm}-${dd}`;
  return `${d.year}${mm}${dd}`;
}
