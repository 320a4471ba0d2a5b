import { describe, expect, it } from 'vitest';
import { approvalNoEn, giNameEn, hasHan, placeNameEn } from '../../../../model/product/english-names';
import { KNOWN_GI_NAMES } from '../../../../model/product/claims';
import { PLACEHOLDERS, fillPlaceholders, unfilledPlaceholders } from '../../../../model/product/placeholders';

describe('English forms of Chinese product facts', () => {
  it('writes place names in pinyin without the administrative suffix', () => {
    expect(placeNameEn('凯里市')).toBe('Kaili');
    expect(placeNameEn('雷山县')).toBe('Leishan');
    expect(placeNameEn('台江县')).toBe('Taijiang');
    expect(placeNameEn('盘县')).toBe('Panxian');
    expect(placeNameEn('Kaili')).toBe('Kaili');
    // not in the table: no English form, never the Chinese
    expect(placeNameEn('望谟县')).toBeUndefined();
    expect(placeNameEn('')).toBeUndefined();
  });

  it('translates GI names and keeps the protected Chinese name in brackets, traditional forms included', () => {
    expect(giNameEn('凯里红酸汤')).toBe('Kaili Red Sour Soup (凯里红酸汤)');
    expect(giNameEn('雷山銀球茶')).toBe('Leishan Yinqiu Tea (雷山銀球茶)');
    expect(giNameEn('望谟板栗')).toBeUndefined();
  });

  it('has an English form for every Guizhou GI name the claim scanner knows', () => {
    for (const name of KNOWN_GI_NAMES) expect(giNameEn(name), name).toBeDefined();
  });

  it('writes announcement numbers in English, codes as they are', () => {
    expect(approvalNoEn('2014年第96号公告')).toBe('announcement No. 96 of 2014');
    expect(approvalNoEn('第475号公告')).toBe('announcement No. 475');
    expect(approvalNoEn('AGI02357')).toBe('AGI02357');
    expect(approvalNoEn('某某公告')).toBeUndefined();
    for (const s of ['Kaili', 'announcement No. 96 of 2014']) expect(hasHan(s)).toBe(false);
    expect(hasHan('Kaili (凯里)')).toBe(true);
  });
});

describe('product fields that make a claim', () => {
  it('every GI and certificate field carries its claim kind; plain facts carry none', () => {
    for (const [key, def] of Object.entries(PLACEHOLDERS)) {
      if (key.startsWith('gi.')) expect(def.claim, key).toBe('gi-wording');
      else if (key.startsWith('organic.')) expect(def.claim, key).toBe('organic');
      else if (key.startsWith('greenFood.')) expect(def.claim, key).toBe('green-food');
      else expect(def.claim, key).toBeUndefined();
    }
  });

  it('English fields fill from the table and stay unfilled when there is no English form', () => {
    const facts: any = {
      cooperative: { name: { zh: '凯里市红酸汤农民专业合作社' } },
      product: { name: { zh: '凯里红酸汤' }, origin: { county: '凯里市' }, gi: { system: 'pgi', name: '凯里红酸汤', approvalNo: '第998号公告' }, certifications: [] },
    };
    expect(fillPlaceholders('{{gi.nameEn}}, {{gi.approvalNoEn}}; {{product.originEn}}', facts)).toBe('Kaili Red Sour Soup (凯里红酸汤), announcement No. 998; Kaili');
    facts.product.origin.county = '望谟县';
    expect(unfilledPlaceholders('{{product.originEn}} {{cooperative.nameEn}}', facts)).toEqual(['product.originEn', 'cooperative.nameEn']);
  });
});
