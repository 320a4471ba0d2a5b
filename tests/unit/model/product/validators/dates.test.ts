import { describe, expect, it } from 'vitest';
import { addDays, checkLabelDateText, daysBetween, formatLabelDate, parseIsoDate, validateIsoDate } from '../../../../../model/product/validators/dates';
import { codes, expectBilingual } from '../messages';

describe('ISO dates', () => {
  it('knows real calendar days, leap years included', () => {
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseIsoDate('2027-02-29')).toBeNull();
    expect(parseIsoDate('2026-04-31')).toBeNull();
    expect(parseIsoDate('2026-4-1')).toBeNull();
    expect(codes(validateIsoDate('2027-02-30', 'f'))).toEqual(['date.not-a-day']);
    expect(codes(validateIsoDate('28/11/2026', 'f'))).toEqual(['date.format']);
    expectBilingual(validateIsoDate('2027-02-30', 'f'));
  });
  it('counts days across month, year and leap-day boundaries', () => {
    expect(daysBetween('2026-11-28', '2026-12-28')).toBe(30);
    expect(daysBetween('2027-12-31', '2028-03-01')).toBe(61);
    expect(daysBetween('2026-11-28', '2026-11-27')).toBe(-1);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-11-28', 365)).toBe('2027-11-28');
  });
});

describe('label date text', () => {
  it('2011 accepts one-digit month/day in Y-M-D order', () => {
    for (const t of ['2011年4月1日', '2011年04月01日', '2011-04-01', '2011-4-1', '2011/4/1', '2011.04.01', '20110401']) {
      expect(checkLabelDateText(t, 'GB7718-2011', 'f'), t).toEqual([]);
    }
  });
  it('2025 requires two-digit month and day and shows the corrected form', () => {
    expect(checkLabelDateText('2027年04月01日', 'GB7718-2025', 'f')).toEqual([]);
    expect(checkLabelDateText('20270401', 'GB7718-2025', 'f')).toEqual([]);
    const issues = checkLabelDateText('2027年4月1日', 'GB7718-2025', 'f');
    expect(codes(issues)).toEqual(['label-date.two-digits']);
    expect(issues[0].message.zh).toContain('2027年04月01日');
    expectBilingual(issues);
  });
  it('rejects day-first order, two-digit years and impossible days', () => {
    expect(codes(checkLabelDateText('01/04/2027', 'GB7718-2011', 'f'))).toEqual(['label-date.order']);
    expect(codes(checkLabelDateText('27-04-01', 'GB7718-2011', 'f'))).toEqual(['label-date.format']);
    expect(codes(checkLabelDateText('2027年2月30日', 'GB7718-2011', 'f'))).toEqual(['label-date.not-a-day']);
  });
  it('formats dates that satisfy both editions', () => {
    expect(formatLabelDate('2027-04-01', 'cn')).toBe('2027年04月01日');
    expect(formatLabelDate('2027-04-01', 'dash')).toBe('2027-04-01');
    expect(formatLabelDate('2027-04-01', 'compact')).toBe('20270401');
    for (const style of ['cn', 'dash', 'compact'] as const) {
      expect(checkLabelDateText(formatLabelDate('2027-04-01', style), 'GB7718-2025', 'f')).toEqual([]);
    }
  });
});
