import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fontkit from '@pdf-lib/fontkit';
import { layoutText, type FontMetrics } from '../../../../model/text/layout';
import { NO_LINE_END, NO_LINE_START } from '../../../../model/text/kinsoku';

// The CJK font the studio itself ships (assets/fonts), so the test needs nothing from the system.
const font = fontkit.create(readFileSync('assets/fonts/LXGWWenKai-Regular.ttf')) as unknown as {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  hasGlyphForCodePoint(cp: number): boolean;
  glyphForCodePoint(cp: number): { advanceWidth: number };
};

const metrics: FontMetrics = {
  unitsPerEm: font.unitsPerEm,
  ascender: font.ascent,
  descender: font.descent,
  advance: (cp) => font.glyphForCodePoint(cp).advanceWidth,
  hasGlyph: (cp) => font.hasGlyphForCodePoint(cp),
};

/** width of a string measured straight from fontkit, independently of the layout code */
function fontkitWidthMm(text: string, sizePt: number): number {
  let u = 0;
  for (const ch of text) u += font.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth;
  return (u / font.unitsPerEm) * sizePt * (25.4 / 72);
}

const story =
  '这件背儿带上的蝴蝶妈妈纹样（妹榜妹留），来自黔东南雷山县的苗族绣娘。她们说：“蝴蝶是万物之母。”' +
  '每一针都用破线绣完成，丝线要先劈成十几股，再用皂角水浸过，才能绣出这样的光泽……' +
  'Hand-embroidered by the Jinxiu cooperative in Leishan County, Guizhou; 2026 edition, No. 12.\n' +
  '购买这件作品，收入的 70% 直接归绣娘所有。';

describe('layout with LXGW WenKai', () => {
  const opts = { metrics, sizePt: 9, lineHeight: 1.5, widthMm: 48, heightMm: 80, align: 'start' as const };

  it('gives the same breaks for the same input', () => {
    expect(layoutText(story, opts)).toEqual(layoutText(story, { ...opts }));
  });

  it('keeps every line inside the box, measured independently', () => {
    const r = layoutText(story, opts);
    expect(r.lines.length).toBeGreaterThan(6);
    for (const l of r.lines) {
      expect(fontkitWidthMm(l.text, 9)).toBeLessThanOrEqual(48 + 1e-6);
      expect(l.widthMm).toBeCloseTo(fontkitWidthMm(l.text, 9), 6);
    }
    // greedy: a line is not broken early while a whole character would still fit (CJK lines)
    for (let i = 0; i + 1 < r.lines.length; i++) {
      const next = r.lines[i + 1].text;
      // skip lines whose first character was pushed down by kinsoku together with the mark after it
      if (!next || !/^[\u4e00-\u9fff]{2}/.test(next) || NO_LINE_START.has(next[1])) continue;
      expect(fontkitWidthMm(r.lines[i].text + next[0], 9)).toBeGreaterThan(48);
    }
  });

  it('obeys kinsoku and loses no characters', () => {
    const r = layoutText(story, opts);
    for (const l of r.lines) {
      if (l.text) expect(NO_LINE_START.has(Array.from(l.text)[0]), l.text).toBe(false);
      if (l.text) expect(NO_LINE_END.has(Array.from(l.text).at(-1)!), l.text).toBe(false);
    }
    // only spaces at breaks disappear
    expect(r.lines.map((l) => l.text).join('').replace(/ /g, '')).toBe(story.replace(/[ \n]/g, ''));
    expect(r.overflow).toBe(false);
    const tight = layoutText(story, { ...opts, heightMm: 30 });
    expect(tight.overflow).toBe(true);
    const em = 9 * (25.4 / 72);
    for (const run of tight.runs) expect(run.y + (-font.descent / font.unitsPerEm) * em).toBeLessThanOrEqual(30);
    expect(r.missingGlyphs).toEqual([]);
  });

  it('reports characters the font lacks', () => {
    const lacking = ['😀', '\u{2A6D6}', '\u{30EDE}'].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!));
    expect(lacking.length).toBeGreaterThan(0);
    expect(layoutText(`苗${lacking.join('')}绣`, opts).missingGlyphs).toEqual(lacking);
  });

  it('lays out vertical columns right to left with the font\'s vertical punctuation', () => {
    const r = layoutText('苗绣，蝴蝶妈妈。（雷山）', { metrics, sizePt: 12, lineHeight: 1.4, widthMm: 60, heightMm: 25, direction: 'vertical' });
    const xs = r.lines.map((l) => l.x);
    expect(xs).toEqual([...xs].sort((a, b) => b - a));
    const em = 12 * (25.4 / 72);
    for (const l of r.lines) expect(l.widthMm).toBeLessThanOrEqual(25 + 1e-6);
    expect(r.lines[0].text).toBe('苗绣，蝴蝶妈妈。'.slice(0, r.lines[0].text.length));
    expect(r.runs.map((x) => x.text).join('')).toBe('苗绣︐蝴蝶妈妈︒︵雷山︶');
    for (const run of r.runs) {
      expect(run.y).toBeGreaterThan(0);
      expect(run.y).toBeLessThanOrEqual(25);
      expect(run.x).toBeGreaterThan(60 - r.lines.length * 1.4 * em - 1e-6);
    }
    expect(r.overflow).toBe(false);
  });
});
