/**
 * Vertical layout (竖排): columns top to bottom, the first column at the right edge of the
 * box, further columns to its left. Documented simplifications:
 *
 * - Every cell is one em tall (CJK characters, Latin letters and spaces alike); the glyph is
 *   centred across the column. Columns are `lineHeight x em` apart.
 * - Latin letters and long digit strings stand upright, one per cell. A run of one or two
 *   ASCII digits (dates: 12月25日) shares one cell side by side (纵中横, tate-chu-yoko); that
 *   cell's run holds both digits.
 * - Punctuation: where the font has the Unicode vertical presentation form (U+FE10-FE19,
 *   U+FE30-FE4F) the character is replaced by it (those glyphs are already rotated or moved
 *   to the top-right corner, e.g. ，-> ︐ （ -> ︵ 「 -> ﹁ … -> ︙). Without that glyph,
 *   ，、。．are moved half an em right and up into the top-right quarter; other marks stay as
 *   they are (no rotation: TextRun has no rotation).
 * - The glyph's baseline sits 0.88 em below the top of its cell (ideographic em box with a
 *   0.12 em descent, as most CJK fonts draw).
 * - Kinsoku applies at column ends exactly as at line ends.
 * - A column fits while its glyphs stay right of the box's left edge; columns that do not fit
 *   are listed in `lines` but get no runs. Without heightMm a paragraph is one column.
 */
import type { TextRun } from '../scene';
import { fillLines } from './fill-lines';
import { advanceMm, emMm, type FontMetrics } from './metrics';
import { atomize } from './segment';
import type { LaidOutLine, LayoutOptions, TextLayout } from './types';

export const VERTICAL_FORMS: Readonly<Record<string, string>> = {
  '，': '︐', '、': '︑', '。': '︒', '：': '︓', '；': '︔', '！': '︕', '？': '︖',
  '（': '︵', '）': '︶', '「': '﹁', '」': '﹂', '『': '﹃', '』': '﹄', '“': '﹁', '”': '﹂', '‘': '﹃', '’': '﹄',
  '《': '︽', '》': '︾', '〈': '︿', '〉': '﹀', '【': '︻', '】': '︼', '〔': '︹', '〕': '︺', '｛': '︷', '｝': '︸',
  '…': '︙', '‥': '︰', '—': '︱',
};

const SHIFTED_WITHOUT_FORM = new Set(['，', '、', '。', '．']);
const BASELINE_IN_CELL = 0.88;

function isAsciiDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/** Groups characters into cells: one per character, except 1-2 digit runs which share one. */
export function verticalCells(chars: string[]): string[] {
  const cells: string[] = [];
  let i = 0;
  while (i < chars.length) {
    let j = i;
    while (j < chars.length && isAsciiDigit(chars[j])) j++;
    if (j - i >= 1 && j - i <= 2) {
      cells.push(chars.slice(i, j).join(''));
      i = j;
    } else if (j - i > 2) {
      for (; i < j; i++) cells.push(chars[i]);
    } else {
      cells.push(chars[i]);
      i++;
    }
  }
  return cells;
}

/** The glyph actually drawn for a cell, and how far it moves inside the cell (in em). */
export function verticalGlyph(metrics: FontMetrics, cell: string): { text: string; dx: number; dy: number } {
  const form = VERTICAL_FORMS[cell];
  if (form && metrics.hasGlyph(form.codePointAt(0) as number)) return { text: form, dx: 0, dy: 0 };
  if (SHIFTED_WITHOUT_FORM.has(cell)) return { text: cell, dx: 0.5, dy: -0.5 };
  return { text: cell, dx: 0, dy: 0 };
}

export function layoutVertical(paragraphs: string[], o: LayoutOptions): Omit<TextLayout, 'missingGlyphs'> & { drawn: string[] } {
  const em = emMm(o.sizePt);
  const pitch = em * o.lineHeight;
  const colLength = o.heightMm ?? Infinity;
  const measure = (chars: string[]) => verticalCells(chars).length * em;
  const align = o.align ?? 'start';
  let cut = false;

  const lines: LaidOutLine[] = [];
  const runs: TextRun[] = [];
  const drawn: string[] = [];
  for (const para of paragraphs) {
    for (const col of fillLines(atomize(para), measure, colLength)) {
      const cx = o.widthMm - pitch * (lines.length + 0.5);
      const cells = verticalCells(col.chars);
      const extent = cells.length * em;
      const free = Number.isFinite(colLength) ? colLength - extent : 0;
      const stretch = align === 'justify' && !col.paragraphEnd && free > 0 && cells.length > 1;
      const gap = stretch ? free / (cells.length - 1) : 0;
      const top = align === 'center' ? free / 2 : align === 'end' ? free : 0;
      lines.push({ text: col.chars.join(''), x: cx, y: top, widthMm: stretch ? colLength : extent });
      // a column whose glyphs would cross the box's left edge is not painted (see horizontal)
      if (cx - em / 2 < -1e-6) {
        cut = true;
        continue;
      }
      cells.forEach((cell, i) => {
        if (cell === ' ' || cell === '\t') return;
        const g = verticalGlyph(o.metrics, cell);
        drawn.push(g.text);
        const w = advanceMm(o.metrics, g.text, o.sizePt);
        const cellTop = top + i * (em + gap);
        runs.push({ text: g.text, x: cx - w / 2 + g.dx * em, y: cellTop + BASELINE_IN_CELL * em + g.dy * em });
      });
    }
  }
  const overflow = cut || lines.some((l) => l.widthMm > colLength + 1e-6);
  return { lines, runs, overflow, drawn };
}
