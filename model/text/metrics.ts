/**
 * What line layout needs to know about a font, and nothing more, so model/ stays free of
 * font parsing: the renderer and the PDF writer each build a FontMetrics from the same font
 * file (fontkit on both sides) and therefore break lines identically.
 */
export interface FontMetrics {
  unitsPerEm: number;
  /** font units above the baseline (positive) */
  ascender: number;
  /** font units below the baseline (negative, as fonts store it) */
  descender: number;
  /** horizontal advance of the glyph for this code point, font units */
  advance(codePoint: number): number;
  hasGlyph(codePoint: number): boolean;
}

/** Allows for float noise when a line exactly fills the box. */
export const FIT_EPS = 1e-6;

/** 1 pt = 1/72 inch = 25.4/72 mm */
export const PT_TO_MM = 25.4 / 72;

export function emMm(sizePt: number): number {
  return sizePt * PT_TO_MM;
}

/** Advance of a string in mm at the given size. */
export function advanceMm(metrics: FontMetrics, text: string, sizePt: number): number {
  let units = 0;
  for (const ch of text) units += metrics.advance(ch.codePointAt(0) as number);
  return (units / metrics.unitsPerEm) * emMm(sizePt);
}
