import { describe, expect, it } from 'vitest';
import { layoutText, type LayoutOptions } from '../../../../model/text/layout';
import { StudioError } from '../../../../model/localized';
import { syntheticLayout, syntheticLines, syntheticMetrics } from './synthetic-metrics';

const base = syntheticLayout;
const texts = syntheticLines;

describe('horizontal line breaking', () => {
  it('breaks Chinese between any two characters', () => {
    expect(texts('一二三四五六七八')).toEqual(['一二三', '四五六', '七八']);
  });

  it('never starts a line with closing punctuation: the character before moves down with it', () => {
    expect(texts('一二三，四五', { widthMm: 30 })).toEqual(['一二', '三，四', '五']);
    expect(texts('一二三。」四', { widthMm: 30 })).toEqual(['一二', '三。」', '四']);
  });

  it('never ends a line with an opening bracket', () => {
    expect(texts('一二（三四', { widthMm: 30 })).toEqual(['一二', '（三四']);
    expect(texts('一二《三》', { widthMm: 30 })).toEqual(['一二', '《三》']);
  });

  it('keeps …… and —— together', () => {
    expect(texts('一二……', { widthMm: 30 })).toEqual(['一', '二……']);
  });

  it('breaks Latin only at spaces and after hyphens, and drops the space at the break', () => {
    expect(texts('hello world foo', { widthMm: 60 })).toEqual(['hello world', 'foo']);
    expect(texts('hello world foo', { widthMm: 50 })).toEqual(['hello', 'world foo']);
    expect(texts('well-known', { widthMm: 30 })).toEqual(['well-', 'known']);
    // Latin next to Chinese may break between them
    expect(texts('苗绣Miao', { widthMm: 30 })).toEqual(['苗绣', 'Miao']);
  });

  it('splits a word longer than the box by character rather than overflowing', () => {
    const r = layoutText('abcdefghij', base({ widthMm: 22 }));
    expect(r.lines.map((l) => l.text)).toEqual(['abcd', 'efgh', 'ij']);
    expect(r.overflow).toBe(false);
  });

  it('honours explicit line breaks, including empty lines and \\r\\n', () => {
    const r = layoutText('一\r\n\n二', base());
    expect(r.lines.map((l) => l.text)).toEqual(['一', '', '二']);
    expect(r.runs.map((x) => x.text)).toEqual(['一', '二']);
  });

  it('places baselines by the CSS line-box model', () => {
    // line box 15 mm, content (ascender - descender) 10 mm, half leading 2.5, ascender 8
    const r = layoutText('一二三四五', base({ widthMm: 30 }));
    expect(r.lines[0].y).toBeCloseTo(10.5, 9);
    expect(r.lines[1].y).toBeCloseTo(25.5, 9);
    expect(r.runs[0]).toEqual({ text: '一二三', x: 0, y: r.lines[0].y });
    expect(r.lines[0].widthMm).toBeCloseTo(30, 9);
  });

  it('aligns start, centre and end', () => {
    expect(layoutText('一二', base({ widthMm: 50, align: 'center' })).lines[0].x).toBeCloseTo(15, 9);
    expect(layoutText('一二', base({ widthMm: 50, align: 'end' })).runs[0].x).toBeCloseTo(30, 9);
    expect(layoutText('一二', base({ widthMm: 50 })).runs[0].x).toBe(0);
  });

  it('justifies all but the last line of a paragraph', () => {
    const r = layoutText('一二三四五六七八', base({ align: 'justify' }));
    const first = r.runs.filter((x) => x.y === r.lines[0].y);
    expect(first.map((x) => x.x)).toEqual([0, 12.5, 25]);
    expect(r.lines[0].widthMm).toBeCloseTo(35, 9);
    expect(r.runs[r.runs.length - 1]).toEqual({ text: '七八', x: 0, y: r.lines[2].y });
    // Latin lines stretch their spaces: "aa bb" 22.5 mm in 30 mm -> second word ends at the edge
    const latin = layoutText('aa bb cc', base({ widthMm: 30, align: 'justify' }));
    expect(latin.lines[0].text).toBe('aa bb');
    expect(latin.runs.slice(0, 2).map((x) => x.text)).toEqual(['aa', 'bb']);
    expect(latin.runs[1].x + 10).toBeCloseTo(30, 9);
  });

  it('reports overflow against the box height and paints only the lines that fit', () => {
    // third baseline at 10.5 + 2 x 15 = 40.5 mm, its descent reaches 42.5 mm
    const fits = layoutText('一二三四五六七八', base({ heightMm: 42.5 }));
    expect(fits.overflow).toBe(false);
    expect(fits.runs).toHaveLength(3);
    const cut = layoutText('一二三四五六七八', base({ heightMm: 42.4 }));
    expect(cut.overflow).toBe(true);
    expect(cut.lines).toHaveLength(3);
    expect(cut.runs.map((r) => r.text)).toEqual(['一二三', '四五六']);
  });

  it('lists characters the font cannot draw, once each', () => {
    expect(layoutText('一☃二☃', base()).missingGlyphs).toEqual(['☃']);
  });

  it('rejects a zero or negative box with a bilingual error', () => {
    expect(() => layoutText('一', base({ widthMm: 0 }))).toThrow(StudioError);
    try {
      layoutText('一', base({ sizePt: -1 }));
    } catch (e) {
      expect((e as StudioError).localized.zh).toMatch(/大于 0/);
    }
  });
});

describe('vertical columns', () => {
  const v = (text: string, over: Partial<LayoutOptions> = {}) => layoutText(text, base({ direction: 'vertical', widthMm: 40, heightMm: 30, ...over }));

  it('runs top to bottom, columns right to left, one run per glyph', () => {
    const r = v('一二三四五');
    expect(r.lines.map((l) => l.text)).toEqual(['一二三', '四五']);
    // column pitch 15 mm: centres at 40 - 7.5 and 40 - 22.5
    expect(r.lines.map((l) => l.x)).toEqual([32.5, 17.5]);
    expect(r.runs).toHaveLength(5);
    expect(r.runs[0]).toEqual({ text: '一', x: 27.5, y: 8.8 });
    expect(r.runs[1].y).toBeCloseTo(18.8, 9);
    expect(r.runs[3]).toEqual({ text: '四', x: 12.5, y: 8.8 });
    expect(r.overflow).toBe(false);
    // a third column would be centred at 2.5 mm, its glyphs crossing the left edge
    const cut = v('一二三四五六七八');
    expect(cut.overflow).toBe(true);
    expect(cut.lines).toHaveLength(3);
    expect(cut.runs.map((x) => x.text).join('')).toBe('一二三四五六');
  });

  it('applies kinsoku at column ends', () => {
    expect(v('一二三，四').lines.map((l) => l.text)).toEqual(['一二', '三，四']);
  });

  it('uses vertical punctuation forms when the font has them, else moves ，。 to the top right', () => {
    const withForms = v('一。（二）');
    expect(withForms.runs.map((x) => x.text)).toEqual(['一', '︒', '︵', '二', '︶']);
    const plain = layoutText('一。', base({ direction: 'vertical', widthMm: 40, heightMm: 30, metrics: syntheticMetrics({ verticalForms: false }) }));
    expect(plain.runs[1].text).toBe('。');
    // centred would be x = 27.5, y = 18.8; moved half an em right and up
    expect(plain.runs[1].x).toBeCloseTo(32.5, 9);
    expect(plain.runs[1].y).toBeCloseTo(13.8, 9);
    expect(plain.missingGlyphs).toEqual([]);
  });

  it('sets one- and two-digit numbers side by side in one cell, longer ones upright', () => {
    const r = v('12月2026年', { heightMm: 200 });
    expect(r.runs.map((x) => x.text)).toEqual(['12', '月', '2', '0', '2', '6', '年']);
    // "12" is 10 mm wide in this font: centred on the column
    expect(r.runs[0].x).toBeCloseTo(32.5 - 5, 9);
    expect(r.lines[0].widthMm).toBeCloseTo(70, 9);
  });

  it('centres a short column when asked', () => {
    expect(v('一', { align: 'center' }).runs[0].y).toBeCloseTo(10 + 8.8, 9);
  });
});
