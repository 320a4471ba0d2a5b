import type { MotifRecord } from '../../../model/motif/schema';

const CRAFT_WORDS: Record<string, string> = {
  embroidery: '苗绣 刺绣 embroidery',
  batik: '蜡染 batik',
  silver: '银饰 silver',
};

/**
 * What search looks in: names, meanings, keywords and origin in both languages. A village
 * marked sensitive is left out, so searching for it cannot reveal where a motif came from.
 */
export function searchTextOf(record: MotifRecord): string {
  const o = record.origin;
  const parts = [
    record.names.zh,
    record.names.en,
    record.names.miao,
    record.slug,
    CRAFT_WORDS[record.craft] ?? record.craft,
    record.summary.zh,
    record.summary.en,
    record.meaning.zh.text,
    record.meaning.en.text,
    ...record.keywords,
    ...record.iconography,
    ...record.techniques,
    o.community,
    o.branch,
    o.county,
    o.locationSensitive ? undefined : o.village,
    ...o.holders.map((h) => h.name),
  ];
  // NFKC like the query: full-width brackets and letters (蝴蝶（蜡染）) match what people type
  return parts.filter(Boolean).join(' \u2502 ').normalize('NFKC').toLowerCase();
}

export function regionOf(record: MotifRecord): string {
  const o = record.origin;
  return [o.community, o.branch, o.county].filter(Boolean).join(' / ');
}

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{2ffff}]/u;

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/** Puts spaces around every CJK character so the unicode61 tokenizer sees one word per character. */
export function spaceCjk(text: string): string {
  return text.replace(/[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{2ffff}]/gu, (c) => ` ${c} `).replace(/\s+/g, ' ').trim();
}
