import type { TextRun } from '../scene';
import type { FontMetrics } from './metrics';

export type TextAlign = 'start' | 'center' | 'end' | 'justify';
export type TextDirection = 'horizontal' | 'vertical';

export interface LayoutOptions {
  metrics: FontMetrics;
  sizePt: number;
  /** distance between baselines (horizontal) or column centres (vertical), as a multiple of the font size */
  lineHeight: number;
  /** box width, mm */
  widthMm: number;
  /** box height, mm; absent = unbounded (never overflows; a vertical column never wraps) */
  heightMm?: number;
  align?: TextAlign;
  direction?: TextDirection;
}

export interface LaidOutLine {
  text: string;
  /**
   * Horizontal: x of the line start and y of its baseline, mm from the box's top-left.
   * Vertical: x of the column's centre line and y of the top of its first glyph cell.
   */
  x: number;
  y: number;
  /** extent along the line: drawn width (horizontal) or column length (vertical), mm */
  widthMm: number;
}

export interface TextLayout {
  lines: LaidOutLine[];
  /** what to paint (model/scene TextRun): one per line; per word/char for justified lines; per glyph cell in vertical text */
  runs: TextRun[];
  /**
   * the text needs more room than heightMm (horizontal) or widthMm (vertical columns); the
   * lines or columns that do not fit are in `lines` but have no runs (they are not painted)
   */
  overflow: boolean;
  /** characters the font cannot draw, each once, in order of first appearance */
  missingGlyphs: string[];
}
