import { describe, expect, it } from 'vitest';
import { describeScLicence, validateScLicence } from '../../../../../model/product/validators/sc-licence';
import { codes, expectBilingual } from '../messages';

describe('validateScLicence', () => {
  it('accepts Guizhou food licences without enforcing the last digit', () => {
    for (const last of '0123456789') expect(validateScLicence(`SC1035226010001${last}`, 'f')).toEqual([]);
    expect(validateScLicence('sc 11452263400010', 'f')).toEqual([]);
  });
  it('splits the number into its parts', () => {
    expect(describeScLicence('SC11452263400010')).toEqual({
      kind: 'food', category: '14', areaCode: '522634', sequence: '0001', checkDigit: '0', inGuizhou: true,
    });
    expect(describeScLicence('SC20152010000013')?.kind).toBe('additive');
  });
  it('notes (warning) a licence from outside Guizhou', () => {
    const issues = validateScLicence('SC10344030000017', 'product.productionLicence');
    expect(codes(issues)).toEqual(['sc.outside-guizhou']);
    expect(issues[0].severity).toBe('warning');
    expectBilingual(issues);
  });
  it('rejects wrong layouts, with a hint for old QS numbers', () => {
    expect(codes(validateScLicence('SC1035226010001', 'f'))).toEqual(['sc.format']);
    expect(codes(validateScLicence('SC3035226010001X', 'f'))).toEqual(['sc.format']);
    expect(codes(validateScLicence('SC30352260100017', 'f'))).toEqual(['sc.type']);
    const qs = validateScLicence('QS520103010001', 'f');
    expect(qs[0].message.zh).toContain('QS');
    expectBilingual(qs);
  });
  it('warns about an unknown food category', () => {
    expect(codes(validateScLicence('SC14552260100017', 'f'))).toEqual(['sc.category']);
  });
});
