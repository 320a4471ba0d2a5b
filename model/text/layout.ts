/**
 * layoutText: the one line breaker both the canvas and the PDF writer use, so a label breaks
 * its lines in the same places on screen and on paper. Pure: text + metrics in, positions out.
 */
import { StudioError } from '../localized';
import { layoutHorizontal } from './horizontal';
import { layoutVertical } from './vertical';
import type { LayoutOptions, TextLayout } from './types';

export type { LayoutOptions, TextLayout, LaidOutLine, TextAlign, TextDirection } from './types';
export type { FontMetrics } from './metrics';
export { PT_TO_MM, emMm, advanceMm } from './metrics';
export { VERTICAL_FORMS, verticalCells } from './vertical';

function missing(metrics: LayoutOptions['metrics'], chars: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const ch of chars) {
    if (ch === '\n' || seen.has(ch)) continue;
    seen.add(ch);
    if (!metrics.hasGlyph(ch.codePointAt(0) as number)) out.push(ch);
  }
  return out;
}

function checkOptions(o: LayoutOptions): void {
  const bad = (v: number | undefined) => v !== undefined && !(Number.isFinite(v) && v > 0);
  if (bad(o.sizePt) || bad(o.lineHeight) || bad(o.widthMm) || bad(o.heightMm) || bad(o.metrics.unitsPerEm)) {
    throw new StudioError(
      'text.layout.bad-box',
      {
        zh: `文字排版参数无效：字号、行距、文本框宽和高都要是大于 0 的数字（例如 10 pt、1.4 倍、50 毫米）。现在是 字号 ${o.sizePt}、行距 ${o.lineHeight}、宽 ${o.widthMm}、高 ${o.heightMm ?? '不限'}。`,
        en: `Text layout settings are invalid: font size, line height, box width and height must be numbers above 0 (e.g. 10 pt, 1.4, 50 mm). Got size ${o.sizePt}, line height ${o.lineHeight}, width ${o.widthMm}, height ${o.heightMm ?? 'unbounded'}.`,
      },
      { sizePt: o.sizePt, lineHeight: o.lineHeight, widthMm: o.widthMm, heightMm: o.heightMm },
    );
  }
}

export function layoutText(text: string, options: LayoutOptions): TextLayout {
  checkOptions(options);
  // \r\n and lone \r from pasted text count as one explicit line break
  const paragraphs = text.replace(/\r\n?/g, '\n').split('\n');
  if (text === '') return { lines: [], runs: [], overflow: false, missingGlyphs: [] };
  if (options.direction === 'vertical') {
    const { drawn, ...rest } = layoutVertical(paragraphs, options);
    // vertical forms replace some punctuation; report only what is really drawn and missing
    return { ...rest, missingGlyphs: missing(options.metrics, drawn) };
  }
  return { ...layoutHorizontal(paragraphs, options), missingGlyphs: missing(options.metrics, text.replace(/\r/g, '')) };
}
