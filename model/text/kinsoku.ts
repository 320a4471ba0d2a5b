/**
 * Character classes for line breaking (the simplified 禁则 rules Chinese typesetting uses).
 * Sets follow the common GB/T 15834 practice and the JIS X 4051 lists for kana, trimmed to
 * what Chinese labels actually contain.
 */

/** May not start a line: closing brackets and quotes, sentence and clause punctuation. */
export const NO_LINE_START = new Set(
  Array.from(
    '，。、；：？！）」』》〉】〕〗〙〛｝］”’〟…‥·・ー々〻ゝゞヽヾ％℃‰' +
      // half-width forms (｡｣､･) and the full-width full stop
      '｡｣､･．' +
      'ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ' +
      ',.;:?!)]}%' +
      '︐︑︒︓︔︕︖︶﹂﹄︾﹀︼︺︸',
  ),
);

/** May not end a line: opening brackets and quotes, currency signs that lead a number. */
export const NO_LINE_END = new Set(Array.from('（「『《〈【〔〖〘〚｛［“‘〝｢([{￥＄$¥£€' + '︵﹁﹃︽︿︻︹︷'));

/** Pairs of these (…… and ——) are one mark and must not be split across lines. */
export const INSEPARABLE = new Set(['…', '—', '‥']);

export function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t';
}

/**
 * Characters that stand alone for breaking purposes: a line may break before or after any
 * of them (Han, kana, Hangul, Yi, full-width forms, CJK punctuation).
 */
export function isCjk(ch: string): boolean {
  const cp = ch.codePointAt(0) as number;
  return (
    (cp >= 0x2e80 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7af) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe10 && cp <= 0xfe1f) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0x20000 && cp <= 0x3ffff) ||
    INSEPARABLE.has(ch) ||
    ch === '“' ||
    ch === '”' ||
    ch === '‘' ||
    ch === '’' ||
    ch === '·'
  );
}

export function isHyphen(ch: string): boolean {
  return ch === '-' || ch === '\u2010';
}
