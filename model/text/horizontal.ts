/**
 * Horizontal layout: lines top to bottom in a box of fixed width.
 *
 * Line box model (as CSS): each line is `lineHeight x em` tall, the font's ascender-to-
 * descender height is centred in it, so the first baseline sits half the leading plus the
 * ascender below the top of the box.
 *
 * Overflow: a line fits while its baseline plus the font's descent stays inside heightMm.
 * Lines that do not fit are still listed in `lines` (so the UI can show what is cut) but get
 * no runs, so nothing is painted outside the box.
 *
 * Justify: lines other than a paragraph's last are stretched to the box width. A line with
 * spaces stretches its spaces (Latin practice, one run per word); a line without spaces spreads
 * the extra room evenly between characters (CJK practice, one run per character).
 */
import type { TextRun } from '../scene';
import { fillLines, type FilledLine } from './fill-lines';
import { advanceMm, emMm } from './metrics';
import { atomize } from './segment';
import type { LaidOutLine, LayoutOptions, TextLayout } from './types';

function justifiedRuns(line: FilledLine, x0: number, y: number, box: number, measure: (c: string[]) => number): TextRun[] {
  const extra = box - line.extent;
  const text = line.chars.join('');
  const words = text.split(' ');
  if (words.length > 1) {
    const gap = extra / (words.length - 1);
    const space = measure([' ']);
    const runs: TextRun[] = [];
    let x = x0;
    for (const w of words) {
      if (w) runs.push({ text: w, x, y });
      x += measure(Array.from(w)) + space + gap;
    }
    return runs;
  }
  const n = line.chars.length;
  if (n < 2) return [{ text, x: x0, y }];
  const gap = extra / (n - 1);
  let x = x0;
  return line.chars.map((ch) => {
    const run = { text: ch, x, y };
    x += measure([ch]) + gap;
    return run;
  });
}

export function layoutHorizontal(paragraphs: string[], o: LayoutOptions): Omit<TextLayout, 'missingGlyphs'> {
  const em = emMm(o.sizePt);
  const measure = (chars: string[]) => advanceMm(o.metrics, chars.join(''), o.sizePt);
  const lineBox = em * o.lineHeight;
  const ascent = (o.metrics.ascender / o.metrics.unitsPerEm) * em;
  const content = ((o.metrics.ascender - o.metrics.descender) / o.metrics.unitsPerEm) * em;
  const firstBaseline = (lineBox - content) / 2 + ascent;
  const align = o.align ?? 'start';
  const descent = (-o.metrics.descender / o.metrics.unitsPerEm) * em;
  const maxY = (o.heightMm ?? Infinity) + 1e-6;
  let cut = false;

  const lines: LaidOutLine[] = [];
  const runs: TextRun[] = [];
  for (const para of paragraphs) {
    for (const line of fillLines(atomize(para), measure, o.widthMm)) {
      const y = firstBaseline + lines.length * lineBox;
      const text = line.chars.join('');
      const free = o.widthMm - line.extent;
      const x = align === 'center' ? free / 2 : align === 'end' ? free : 0;
      const stretch = align === 'justify' && !line.paragraphEnd && free > 0 && line.chars.length > 1;
      lines.push({ text, x, y, widthMm: stretch ? o.widthMm : line.extent });
      // a line whose glyphs would hang below the box is not painted: screen and paper both cut it
      if (y + descent > maxY) {
        cut = true;
        continue;
      }
      if (!text) continue;
      if (stretch) runs.push(...justifiedRuns(line, 0, y, o.widthMm, measure));
      else runs.push({ text, x, y });
    }
  }
  // a single character wider than the box cannot be broken further: that is overflow too
  const tooWide = lines.some((l) => l.widthMm > o.widthMm + 1e-6);
  const overflow = tooWide || cut;
  return { lines, runs, overflow };
}
