import { describe, expect, it } from 'vitest';
import { isGs1ChinaPrefix, validateEan13 } from '../../../../../model/product/validators/ean13';
import { codes, expectBilingual } from '../messages';

/** Independent check digit: weights 1,3 alternating from the left over 12 digits. */
function cd(body: string): string {
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (i % 2 ? 3 : 1), 0);
  return String((10 - (sum % 10)) % 10);
}

describe('validateEan13', () => {
  it('accepts the worked examples and computed codes', () => {
    expect(cd('690123456789')).toBe('2');
    expect(cd('952123454321')).toBe('3');
    expect(validateEan13('6901234567892', 'product.ean13')).toEqual([]);
    for (const body of ['690000000001', '693456789012', '699999999999', '691122334455']) {
      expect(validateEan13(body + cd(body), 'product.ean13')).toEqual([]);
    }
  });
  it('accepts full-width digits and spaces typed on a Chinese keyboard', () => {
    expect(validateEan13('６９０１２３４ ５６７８９２', 'f')).toEqual([]);
  });
  it('reports a wrong check digit with the expected digit', () => {
    const issues = validateEan13('6901234567891', 'product.ean13');
    expect(codes(issues)).toEqual(['ean13.check-digit']);
    expect(issues[0].severity).toBe('error');
    expect(issues[0].field).toBe('product.ean13');
    expect(issues[0].message.zh).toContain('应是 2');
    expectBilingual(issues);
  });
  it('suggests the full code when the check digit is missing', () => {
    const issues = validateEan13('952123454321', 'product.ean13');
    expect(codes(issues)).toEqual(['ean13.missing-check-digit']);
    expect(issues[0].message.en).toContain('9521234543213');
  });
  it('rejects wrong lengths and letters', () => {
    expect(codes(validateEan13('69012345678', 'f'))).toEqual(['ean13.format']);
    expect(codes(validateEan13('690123456789A', 'f'))).toEqual(['ean13.format']);
  });
  it('warns (never errors) when the prefix is not GS1 China 690-699', () => {
    const issues = validateEan13('9521234543213', 'f');
    expect(codes(issues)).toEqual(['ean13.not-gs1-china']);
    expect(issues[0].severity).toBe('warning');
    expect(isGs1ChinaPrefix('6990000000015')).toBe(true);
    expect(isGs1ChinaPrefix('6890000000016')).toBe(false);
    expectBilingual(issues);
  });
});
