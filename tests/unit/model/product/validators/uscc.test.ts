import { describe, expect, it } from 'vitest';
import { USCC_CHARSET, usccCheckChar, validateUscc } from '../../../../../model/product/validators/uscc';
import { codes, expectBilingual } from '../messages';

/** Independent check: GB 32100 weights are 3^i mod 31; values index the 31-character alphabet. */
function checkChar(body: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let sum = 0;
  let w = 1;
  for (const ch of body) {
    sum += alphabet.indexOf(ch) * w;
    w = (w * 3) % 31;
  }
  return alphabet[(31 - (sum % 31)) % 31];
}

describe('USCC check character', () => {
  it('agrees with the independent implementation', () => {
    expect(USCC_CHARSET).toHaveLength(31);
    for (const body of ['93522634MA6DEM001', '93522601MA6DEM002', '93522630MA6DEM003', '91110000802100433', '52520000MJY000000']) {
      expect(usccCheckChar(body)).toBe(checkChar(body));
    }
  });
  it('accepts published real codes of large companies', () => {
    // taken from public business-licence records; they exercise digit and letter check characters
    for (const code of ['914403001922038216', '9144030071526726XG', '91330100799655058B']) {
      expect(validateUscc(code, 'cooperative.uscc')).toEqual([]);
    }
  });
  it('accepts the sample cooperatives and a lower-case entry', () => {
    expect(validateUscc('93522634MA6DEM0018', 'f', { isFarmersCooperative: true })).toEqual([]);
    expect(validateUscc('93522601ma6dem002h', 'f', { isFarmersCooperative: true })).toEqual([]);
  });
});

describe('validateUscc', () => {
  it('catches every single-character typo', () => {
    const good = '93522634MA6DEM0018';
    for (let i = 0; i < 17; i++) {
      const replacement = good[i] === '1' ? '2' : '1';
      const typo = good.slice(0, i) + replacement + good.slice(i + 1);
      const issues = validateUscc(typo, 'cooperative.uscc');
      expect(issues.length, typo).toBe(1);
      expect(issues[0].severity).toBe('error');
    }
  });
  it('explains letters that are not used (O for 0)', () => {
    const issues = validateUscc('93522634MA6DEMO018', 'cooperative.uscc');
    expect(codes(issues)).toEqual(['uscc.charset']);
    expect(issues[0].message.zh).toContain('O');
    expectBilingual(issues);
  });
  it('reports the length and the expected check character', () => {
    expect(codes(validateUscc('93522634MA6DEM001', 'f'))).toEqual(['uscc.length']);
    const issues = validateUscc('93522634MA6DEM0019', 'f');
    expect(codes(issues)).toEqual(['uscc.check']);
    expect(issues[0].message.en).toContain('should be 8');
    expect(codes(validateUscc('935226A4MA6DEM0018', 'f'))).toEqual(['uscc.region']);
  });
  it('warns when a cooperative code does not start with 93', () => {
    const issues = validateUscc('914403001922038216', 'cooperative.uscc', { isFarmersCooperative: true });
    expect(codes(issues)).toEqual(['uscc.not-cooperative']);
    expect(issues[0].severity).toBe('warning');
    expectBilingual(issues);
  });
});
