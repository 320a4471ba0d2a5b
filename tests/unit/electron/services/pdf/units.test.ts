import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { num, nums } from '../../../../../electron/services/pdf/units';

/** The definition num() must keep: round to 0.0001, print the double, no "-0". */
function reference(n: number): string {
  const r = Math.round(n * 10000) / 10000;
  return Object.is(r, -0) ? '0' : String(r);
}

describe('num (content stream numbers)', () => {
  it('prints what rounding to 0.0001 and printing the double prints', () => {
    for (const n of [0, -0, 1, -1, 0.5, -0.5, 0.0001, -0.0001, 0.00004, -0.00004, 0.00005, -0.00005, 12.3456, 12.34565, 1e-7, 99999999.9999, -123456789.0001, 1e10 + 0.0001, 2.675, 1.005, 0.1 + 0.2]) {
      expect(num(n), String(n)).toBe(reference(n));
    }
  });

  it('agrees with the reference on random coordinates of every magnitude', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e11, max: 1e11, noNaN: true }), (n) => num(n) === reference(n)),
      { numRuns: 20000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99999 }), (whole, frac) => {
        const n = whole + frac / 100000;
        return num(n) === reference(n);
      }),
      { numRuns: 20000 },
    );
  });

  it('falls back to printing the double beyond 1e11 and refuses what is not finite', () => {
    expect(num(3e15)).toBe(reference(3e15));
    expect(num(-1.23456789e20)).toBe(reference(-1.23456789e20));
    expect(() => num(Number.NaN)).toThrow(RangeError);
    expect(() => num(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(nums(1, -0.25, 0.00001)).toBe('1 -0.25 0');
  });
});
