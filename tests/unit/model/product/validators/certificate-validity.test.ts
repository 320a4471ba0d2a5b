import { describe, expect, it } from 'vitest';
import type { Certification } from '../../../../../model/product/schema';
import { validateCertificateValidity } from '../../../../../model/product/validators/certificate-validity';
import { codes, expectBilingual } from '../messages';

const organic = (validFrom: string, validTo: string): Certification => ({
  kind: 'organic', certificateNo: '099OP2600001', validFrom, validTo, organicCodes: ['09926000000000001'], body: '示例认证',
});
const F = 'product.certifications.0';

describe('certificate validity around today and the print date', () => {
  it('valid with room to spare: no findings', () => {
    expect(validateCertificateValidity(organic('2026-11-15', '2027-11-14'), F, { today: '2026-11-28', printDate: '2027-03-01' })).toEqual([]);
  });
  it('expired today is an error', () => {
    const issues = validateCertificateValidity(organic('2025-11-01', '2026-10-31'), F, { today: '2026-11-28' });
    expect(codes(issues)).toEqual(['cert.expired']);
    expect(issues[0].field).toBe(`${F}.validTo`);
    expectBilingual(issues);
  });
  it('the last valid day still counts; the day after does not', () => {
    expect(codes(validateCertificateValidity(organic('2026-01-01', '2026-12-31'), F, { today: '2026-11-28', printDate: '2026-12-31' }))).toEqual(['cert.expiring']);
    expect(codes(validateCertificateValidity(organic('2026-01-01', '2026-12-31'), F, { today: '2026-11-28', printDate: '2027-01-01' }))).toEqual(['cert.expired-at-print']);
  });
  it('valid today but expired by the print date is an error', () => {
    const issues = validateCertificateValidity(organic('2026-03-01', '2027-02-28'), F, { today: '2026-11-28', printDate: '2027-03-15' });
    expect(codes(issues)).toEqual(['cert.expired-at-print']);
    expect(issues[0].severity).toBe('error');
    expect(issues[0].message.zh).toContain('2027-03-15');
  });
  it('expiring within 30 days of the print date is a warning; 31 days is fine', () => {
    const near = validateCertificateValidity(organic('2026-03-01', '2027-02-28'), F, { today: '2026-11-28', printDate: '2027-01-29' });
    expect(codes(near)).toEqual(['cert.expiring']);
    expect(near[0].severity).toBe('warning');
    expect(near[0].message.en).toContain('30 days');
    expect(validateCertificateValidity(organic('2026-03-01', '2027-02-28'), F, { today: '2026-11-28', printDate: '2027-01-28' })).toEqual([]);
  });
  it('expiring within 30 days of today is a warning without a print date', () => {
    expect(codes(validateCertificateValidity(organic('2026-01-01', '2026-12-20'), F, { today: '2026-11-28' }))).toEqual(['cert.expiring']);
  });
  it('printing before the certificate takes effect is an error', () => {
    const issues = validateCertificateValidity(organic('2027-01-01', '2027-12-31'), F, { today: '2026-11-28', printDate: '2026-12-15' });
    expect(codes(issues)).toEqual(['cert.not-yet-valid-at-print']);
  });
  it('catches swapped dates, invalid dates and implausibly long terms', () => {
    expect(codes(validateCertificateValidity(organic('2027-11-14', '2026-11-15'), F, { today: '2026-11-28' }))).toEqual(['cert.range']);
    expect(codes(validateCertificateValidity(organic('2026-11-15', '2027-02-30'), F, { today: '2026-11-28' }))).toEqual(['date.not-a-day']);
    expect(codes(validateCertificateValidity(organic('2026-11-15', '2028-11-14'), F, { today: '2026-11-28' }))).toEqual(['cert.term-too-long']);
  });
  it('green food: 3-year term is fine, renewal reminder 3 months ahead', () => {
    const gf = (validTo: string): Certification => ({ kind: 'green-food', certificateNo: 'X', gfCode: 'GF522601250001', validFrom: '2025-12-01', validTo });
    expect(validateCertificateValidity(gf('2028-11-30'), F, { today: '2026-11-28', printDate: '2027-11-28' })).toEqual([]);
    const renew = validateCertificateValidity(gf('2027-02-15'), F, { today: '2026-11-28' });
    expect(codes(renew)).toEqual(['cert.renew-green-food']);
    expect(renew[0].message.zh).toContain('2026-11-17');
  });
  it('asks for an expiry date on organic and green-food certificates only', () => {
    expect(codes(validateCertificateValidity({ kind: 'organic', certificateNo: '099OP2600001' }, F, { today: '2026-11-28' }))).toEqual(['cert.no-expiry']);
    expect(validateCertificateValidity({ kind: 'other', certificateNo: 'ISO 9001' }, F, { today: '2026-11-28' })).toEqual([]);
  });
});
