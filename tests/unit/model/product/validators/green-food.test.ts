import { describe, expect, it } from 'vitest';
import { validateGreenFoodCode } from '../../../../../model/product/validators/green-food';
import { codes, expectBilingual } from '../messages';

describe('validateGreenFoodCode', () => {
  it('accepts the GF enterprise code', () => {
    expect(validateGreenFoodCode('GF522601250001', 'f')).toEqual([]);
    expect(validateGreenFoodCode('gf 522601 25 0001', 'f')).toEqual([]);
  });
  it('warns for the legacy LB code, with or without its grade suffix (never a format error)', () => {
    for (const graded of ['LB-45-0911052601A', 'LB-45-0911052601-A', 'LB-45-0911052601AA']) {
      const issues = validateGreenFoodCode(graded, 'f');
      expect(codes(issues)).toEqual(['green-food.legacy']);
      expect(issues[0].severity).toBe('warning');
    }
    expect(codes(validateGreenFoodCode('LB-45-0911052601B', 'f'))).toEqual(['green-food.format']);
    const legacy = validateGreenFoodCode('LB-45-0911052601', 'f');
    expect(codes(legacy)).toEqual(['green-food.legacy']);
    expect(legacy[0].severity).toBe('warning');
    expectBilingual(legacy);
  });
  it('rejects other layouts with an example', () => {
    const issues = validateGreenFoodCode('GF52260125001', 'f');
    expect(codes(issues)).toEqual(['green-food.format']);
    expect(issues[0].message.zh).toContain('GF522601250001');
    expectBilingual(issues);
  });
});
