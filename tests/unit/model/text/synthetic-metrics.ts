import { layoutText, type FontMetrics, type LayoutOptions } from '../../../../model/text/layout';

/**
 * A made-up font with round numbers: CJK and full-width forms 1 em, Latin 0.5 em, space
 * 0.25 em. At 720/25.4 pt one em is exactly 10 mm, so expected positions can be worked out by hand.
 */
export const EM10_PT = 720 / 25.4;

export function syntheticMetrics(opts: { verticalForms?: boolean; missing?: string } = {}): FontMetrics {
  const missing = new Set(Array.from(opts.missing ?? '☃'));
  return {
    unitsPerEm: 1000,
    ascender: 800,
    descender: -200,
    advance(cp) {
      const ch = String.fromCodePoint(cp);
      if (ch === ' ') return 250;
      return cp < 0x2e80 && ch !== '…' && ch !== '—' ? 500 : 1000;
    },
    hasGlyph(cp) {
      const ch = String.fromCodePoint(cp);
      if (missing.has(ch)) return false;
      if (!opts.verticalForms && ((cp >= 0xfe10 && cp <= 0xfe19) || (cp >= 0xfe30 && cp <= 0xfe4f))) return false;
      return true;
    },
  };
}

/** Layout options on the synthetic font: 1 em = 10 mm, a 35 mm box, vertical forms available. */
export const syntheticLayout = (over: Partial<LayoutOptions> = {}): LayoutOptions => ({
  metrics: syntheticMetrics({ verticalForms: true }),
  sizePt: EM10_PT,
  lineHeight: 1.5,
  widthMm: 35,
  ...over,
});

/** The lines' texts of `text` laid out on the synthetic font. */
export const syntheticLines = (text: string, over: Partial<LayoutOptions> = {}) => layoutText(text, syntheticLayout(over)).lines.map((l) => l.text);
