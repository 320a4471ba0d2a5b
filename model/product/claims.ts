/**
 * Regulated claims in free text, wherever it is written: a design's texts, a story card's
 * structured claims, a shop page. `scanClaims` is a pure function of the text (plus the GI
 * names to look for), so every place that prints words can run the same scanner and the same
 * certificate check (`claimBacking`).
 *
 * Text is normalised first so spelling tricks do not pass: NFKC (full-width ＯＲＧＡＮＩＣ,
 * compatibility forms), the traditional forms of the characters the claims are made of
 * (有機, 綠色, 無公害, 地理標誌, 純天然, 無污染, 轉換, ...), upper case for Latin, and no
 * spaces or punctuation between characters ("有 机", "O-R-G-A-N-I-C").
 *
 * What each claim needs (DOMAIN §1.2, §2.1–2.3):
 * - organic / ORGANIC / 有机转换: a valid organic certificate at the print date (GB/T 19630;
 *   "有机转换" products are sold as conventional, so the word needs a certificate too);
 * - 绿色食品: a valid green-food licence;
 * - a GI product name or the words 地理标志 / the GI mark: the product's GI with an
 *   authorisation for its system;
 * - 无公害: legacy (no new claims), 纯天然 / 无污染-type wording: not allowed on labels.
 */
import type { Localized } from '../localized';

export type ClaimKind = 'organic' | 'organic-conversion' | 'green-food' | 'gi-name' | 'gi-wording' | 'pollution-free' | 'natural';

export interface Claim {
  kind: ClaimKind;
  /** the words as they were found, after normalisation */
  match: string;
  /** for gi-name: the GI name found */
  giName?: string;
}

/** Traditional (and variant) forms of the characters claims are written with -> simplified. */
const TRADITIONAL: Record<string, string> = {
  機: '机', 綠: '绿', 無: '无', 標: '标', 誌: '志', 認: '认', 證: '证', 產: '产', 轉: '转', 換: '换',
  純: '纯', 汙: '污', 農: '农', 態: '态', 環: '环', 護: '护', 專: '专', 碼: '码', 國: '国', 華: '华',
  質: '质', 縣: '县', 裡: '里', 裏: '里', 紅: '红', 湯: '汤', 銀: '银', 貴: '贵', 勻: '匀', 獼: '猕',
  豬: '猪', 曬: '晒', 雞: '鸡', 殼: '壳', 黨: '党', 參: '参', 從: '从', 長: '长', 順: '顺', 陽: '阳',
  蔔: '卜', 蘿: '萝', 筍: '笋', 盤: '盘', 寧: '宁', 興: '兴',
};

/** Characters that may sit between the letters of a claim without breaking it. */
const FILLER = /[\s\p{P}\p{S}\u3000·・]/gu;

/** NFKC, simplified forms, upper case, no spaces or punctuation: the form claims are matched in. */
export function normaliseClaimText(text: string): string {
  let s = text.normalize('NFKC');
  s = [...s].map((ch) => TRADITIONAL[ch] ?? ch).join('');
  return s.replace(FILLER, '').toUpperCase();
}

/**
 * Guizhou GI names found in public sources (DOMAIN §1.3), matched in addition to the
 * product's own GI name. Printing one of them is a GI claim and needs the authorisation.
 */
export const KNOWN_GI_NAMES: readonly string[] = [
  '都匀毛尖', '修文猕猴桃', '雷山银球茶', '从江香猪', '凯里红酸汤', '赤水晒醋', '晴隆糯薏仁', '贵州绿茶', '威宁党参',
  '长顺绿壳鸡蛋', '榕江小香鸡', '水城猕猴桃', '玉屏茶油', '江口萝卜猪', '黎平茯苓', '桐梓方竹笋', '开阳富硒枇杷', '盘县刺梨果脯', '从江椪柑',
];

const PATTERNS: { kind: ClaimKind; re: RegExp }[] = [
  // 有机转换 before 有机 so a conversion claim is reported as such
  { kind: 'organic-conversion', re: /有机转换|ORGANICINCONVERSION|INCONVERSION(?:TO)?ORGANIC/g },
  // 有机会 / 有机可乘 ("a chance") are ordinary words, not claims
  { kind: 'organic', re: /有机(?!会|可乘|遇)|ORGANIC|BIOLOGIQUE|ORGANICO/g },
  { kind: 'green-food', re: /绿色食品|GREENFOOD/g },
  { kind: 'gi-wording', re: /地理标志|GEOGRAPHICALINDICATION|PGI(?![A-Z])/g },
  { kind: 'pollution-free', re: /无公害/g },
  { kind: 'natural', re: /纯天然|无污染|零污染|天然无公害|100%天然|纯绿色|PURENATURAL|100%NATURAL|POLLUTIONFREE/g },
];

/** Every regulated claim in `text`; GI names are the product's plus the known list. */
export function scanClaims(text: string, options: { giNames?: readonly string[] } = {}): Claim[] {
  const norm = normaliseClaimText(text);
  const out: Claim[] = [];
  const taken: [number, number][] = [];
  const overlaps = (a: number, b: number) => taken.some(([x, y]) => a < y && b > x);
  for (const { kind, re } of PATTERNS) {
    for (const m of norm.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      taken.push([start, end]);
      out.push({ kind, match: m[0] });
    }
  }
  const names = new Set([...(options.giNames ?? []), ...KNOWN_GI_NAMES].map(normaliseClaimText).filter((n) => n.length >= 2));
  for (const name of names) if (norm.includes(name)) out.push({ kind: 'gi-name', match: name, giName: name });
  return out;
}

export const CLAIM_NAMES: Record<ClaimKind, Localized> = {
  organic: { zh: '有机', en: 'organic' },
  'organic-conversion': { zh: '有机转换', en: 'organic in conversion' },
  'green-food': { zh: '绿色食品', en: 'green food' },
  'gi-name': { zh: '地理标志产品名称', en: 'GI product name' },
  'gi-wording': { zh: '地理标志', en: 'geographical indication' },
  'pollution-free': { zh: '无公害', en: 'pollution-free (无公害)' },
  natural: { zh: '纯天然/无污染', en: '"purely natural / pollution-free"' },
};
