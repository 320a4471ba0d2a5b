import type { Localized } from '../../../model/localized';

/** One font the studio can use: bundled under assets/fonts or imported by the user. */
export interface FontInfo {
  /** stable id stored in designs, e.g. "lxgw-wenkai-regular" or "user:MyFont-Regular" */
  id: string;
  family: string;
  name: Localized;
  /** absolute path of the font file */
  path: string;
  licence: string;
  source: 'bundled' | 'user';
}

/**
 * What text layout (model/text) needs from a font, in font units. Plain data so it can
 * cross the IPC boundary to the renderer.
 */
export interface FontMetrics {
  fontId: string;
  unitsPerEm: number;
  /** positive, above the baseline */
  ascender: number;
  /** negative, below the baseline */
  descender: number;
  lineGap: number;
  /** advance width per requested code point, font units; missing code points are absent */
  advances: Record<number, number>;
  /** requested code points the font has no glyph for */
  missing: number[];
}
