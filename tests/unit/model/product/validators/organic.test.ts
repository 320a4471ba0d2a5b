import { describe, expect, it } from 'vitest';
import { validateOrganicCertificateNo, validateOrganicCode } from '../../../../../model/product/validators/organic';
import { codes, expectBilingual } from '../messages';

describe('validateOrganicCode', () => {
  it('accepts 17 digits, with or without the 有机码 prefix', () => {
    expect(validateOrganicCode('09926000000000001', 'f')).toEqual([]);
    expect(validateOrganicCode('有机码：124 24 000012345678', 'f')).toEqual([]);
  });
  it('flags other digit counts for manual review as a warning', () => {
    for (const code of ['099926000000000001', '0992600000000001']) {
      const issues = validateOrganicCode(code, 'f');
      expect(codes(issues)).toEqual(['organic-code.length']);
      expect(issues[0].severity).toBe('warning');
      expectBilingual(issues);
    }
  });
  it('rejects codes with letters', () => {
    const issues = validateOrganicCode('0992600000000000A', 'f');
    expect(codes(issues)).toEqual(['organic-code.format']);
    expect(issues[0].severity).toBe('error');
  });
});

describe('validateOrganicCertificateNo', () => {
  it('accepts the known layouts', () => {
    for (const no of ['099OP2600001', '124OP1500123-1', 'F01OP2000045']) expect(validateOrganicCertificateNo(no, 'f')).toEqual([]);
  });
  it('only warns for unfamiliar layouts (the rule is unverified)', () => {
    const issues = validateOrganicCertificateNo('ORG-2026-001', 'f');
    expect(codes(issues)).toEqual(['organic-cert.layout']);
    expect(issues[0].severity).toBe('warning');
    expectBilingual(issues);
  });
});
