import { describe, expect, it } from 'vitest';
import { normaliseClaimText, scanClaims } from '../../../../model/product/claims';

const kinds = (text: string, giNames?: string[]) => scanClaims(text, { giNames }).map((c) => c.kind);

describe('normaliseClaimText', () => {
  it('folds full-width, traditional forms, case, spaces and punctuation', () => {
    expect(normaliseClaimText('ＯＲＧＡＮＩＣ')).toBe('ORGANIC');
    expect(normaliseClaimText('有機・綠色 無公害')).toBe('有机绿色无公害');
    expect(normaliseClaimText('地理標誌')).toBe('地理标志');
    expect(normaliseClaimText('O-r-g a n i c!')).toBe('ORGANIC');
  });
});

describe('scanClaims (pure: runs on design texts and on structured claims alike)', () => {
  it('finds every regulated claim kind', () => {
    expect(kinds('有机')).toEqual(['organic']);
    expect(kinds('有機轉換產品')).toEqual(['organic-conversion']);
    expect(kinds('ＯＲＧＡＮＩＣ tea')).toEqual(['organic']);
    expect(kinds('綠色食品 A级')).toEqual(['green-food']);
    expect(kinds('国家地理標誌保护产品')).toEqual(['gi-wording']);
    expect(kinds('无公害农产品')).toEqual(['pollution-free']);
    expect(kinds('纯天然 无污染')).toEqual(['natural', 'natural']);
  });
  it('finds GI names: the product\'s own and the known Guizhou GIs, in traditional forms too', () => {
    expect(scanClaims('雷山銀球茶', { giNames: [] }).map((c) => c.giName)).toEqual(['雷山银球茶']);
    expect(kinds('某某村红茶', ['某某村红茶'])).toEqual(['gi-name']);
  });
  it('says nothing about ordinary words', () => {
    expect(kinds('手工揉制成球，清香回甘。Hand-rolled green tea.')).toEqual([]);
    expect(kinds('绿色的山，有机会来看看')).toEqual([]);
    expect(kinds('有机会，买有机茶')).toEqual(['organic']);
  });
});
