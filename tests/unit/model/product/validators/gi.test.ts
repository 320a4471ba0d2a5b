import { describe, expect, it } from 'vitest';
import {
  validateAgiCertificateNo,
  validateGiAnnouncementNo,
  validateGiApprovalNo,
  validateGiTrademarkRegNo,
} from '../../../../../model/product/validators/gi';
import { codes, expectBilingual } from '../messages';

describe('GI announcement numbers', () => {
  it('accepts AQSIQ and CNIPA forms', () => {
    for (const no of ['2014年第96号公告', '2014年第96号', '2011年第121号公告', '第475号公告', '第475号']) {
      expect(validateGiAnnouncementNo(no, 'f', 2026), no).toEqual([]);
    }
  });
  it('asks to trim extra words, rejects other text and impossible years', () => {
    expect(codes(validateGiAnnouncementNo('国家质检总局2014年第96号公告', 'f'))).toEqual(['gi.announcement.extra-text']);
    expect(codes(validateGiAnnouncementNo('96号', 'f'))).toEqual(['gi.announcement.format']);
    expect(codes(validateGiAnnouncementNo('2030年第1号公告', 'f', 2026))).toEqual(['gi.announcement.year']);
    expect(codes(validateGiAnnouncementNo('1990年第1号公告', 'f', 2026))).toEqual(['gi.announcement.year']);
    expectBilingual(validateGiAnnouncementNo('96号', 'f'));
  });
});

describe('AGI certificate numbers', () => {
  it('accepts AGI + 5 digits', () => {
    expect(validateAgiCertificateNo('AGI02357', 'f')).toEqual([]);
    expect(validateAgiCertificateNo('agi02357', 'f')).toEqual([]);
  });
  it('recognises the quality-control spec number pasted by mistake', () => {
    const issues = validateAgiCertificateNo('AGI2016-01-1794', 'f');
    expect(codes(issues)).toEqual(['agi.spec-number']);
    expectBilingual(issues);
    expect(codes(validateAgiCertificateNo('AGI2357', 'f'))).toEqual(['agi.format']);
  });
});

describe('GI trademark and dispatch by system', () => {
  it('warns only for a non-numeric registration number', () => {
    expect(validateGiTrademarkRegNo('第9876543号', 'f')).toEqual([]);
    const issues = validateGiTrademarkRegNo('凯里酸汤', 'f');
    expect(issues[0].severity).toBe('warning');
  });
  it('routes by system', () => {
    expect(validateGiApprovalNo('agi', 'AGI02357', 'f')).toEqual([]);
    expect(codes(validateGiApprovalNo('pgi', 'AGI02357', 'f'))).toEqual(['gi.announcement.format']);
    expect(validateGiApprovalNo('pgi', '2014年第96号公告', 'f', 2026)).toEqual([]);
  });
});
