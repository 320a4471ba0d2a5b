import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FontService } from '../../../../electron/services/fonts/font-service';
import { NO_LINE_END, NO_LINE_START } from '../../../../model/text/kinsoku';
import { isLoneCharacter } from '../../../../model/text/last-line';
import { layoutText } from '../../../../model/text/layout';
import { syntheticLayout, syntheticLines } from './synthetic-metrics';

/**
 * The Chinese line-breaking rules (model/text/README.md): kinsoku (no closing mark at a line
 * start, no opening mark at a line end) and the widow pass (no single character alone on a
 * paragraph's last line where it can be avoided), on known strings and on random text.
 */
const base = syntheticLayout;
const texts = syntheticLines;

/** The lines of ONE paragraph: every break the layout chose obeys kinsoku (the paragraph's own start and end are the author's). */
function expectRules(lines: string[], where: string) {
  lines.forEach((l, i) => {
    const chars = Array.from(l);
    if (!chars.length) return;
    if (i > 0) expect(NO_LINE_START.has(chars[0]), `${where}: "${l}" starts with ${chars[0]}`).toBe(false);
    if (i < lines.length - 1) expect(NO_LINE_END.has(chars[chars.length - 1]), `${where}: "${l}" ends with ${chars[chars.length - 1]}`).toBe(false);
  });
}

describe('kinsoku on known strings', () => {
  // each closing mark, placed where greedy filling would put it first on the second line
  const closing = Array.from('。，、；：！？」』）》〉】”’｡｣､,.;:?!)]');
  for (const mark of closing) {
    it(`never starts a line with ${mark}: the character before moves down with it`, () => {
      const lines = texts(`一二三${mark}四五`, { widthMm: 30 });
      expectRules(lines, mark);
      expect(lines.join('')).toBe(`一二三${mark}四五`);
      expect(lines[1].startsWith(`三${mark}`)).toBe(true);
    });
  }
  const opening = Array.from('「『（《〈【“‘｢([');
  for (const mark of opening) {
    it(`never ends a line with ${mark}: it moves down with the character after it`, () => {
      const lines = texts(`一二${mark}三四五`, { widthMm: 30 });
      expectRules(lines, mark);
      expect(lines[1].startsWith(`${mark}三`)).toBe(true);
    });
  }

  it('keeps a run of closing marks with the character before them, and an opening mark after a closing one', () => {
    expect(texts('一二三。」四五六', { widthMm: 30 })).toEqual(['一二', '三。」', '四五六']);
    expectRules(texts('一二」「三四五六', { widthMm: 30 }), '」「');
  });

  it('pushes one character in the emergency break of an over-long word as well', () => {
    // "abcd," is wider than the box: split by character, the comma still not first on a line
    const lines = texts('abcdefg,hi', { widthMm: 35 });
    expectRules(lines, 'emergency');
    expect(lines.join('')).toBe('abcdefg,hi');
  });
});

describe('no single character alone on the last line', () => {
  it('takes one character down from the line before', () => {
    expect(texts('一二三四五六七')).toEqual(['一二三', '四五', '六七']);
    expect(texts('一二三四五六七。')).toEqual(['一二三', '四五', '六七。']);
  });

  it('applies per paragraph and to vertical columns too', () => {
    expect(texts('一二三四\n五六七八九十')).toEqual(['一二', '三四', '五六七', '八九十']);
    const v = layoutText('一二三四', base({ direction: 'vertical', widthMm: 40, heightMm: 30 }));
    expect(v.lines.map((l) => l.text)).toEqual(['一二', '三四']);
  });

  it('leaves a lone character where moving one would break a rule or empty the line before', () => {
    // the line before would keep one character
    expect(texts('一二三', { widthMm: 20 })).toEqual(['一二', '三']);
    // Latin breaks at spaces: a one-word last line is normal there
    expect(texts('hello world foo', { widthMm: 60 })).toEqual(['hello world', 'foo']);
    // a one-line paragraph is not a widow
    expect(texts('一')).toEqual(['一']);
  });

  it('identifies lone characters by text, not by punctuation', () => {
    expect(isLoneCharacter(Array.from('球。'))).toBe(true);
    expect(isLoneCharacter(Array.from('「球」'))).toBe(true);
    expect(isLoneCharacter(Array.from('成球。'))).toBe(false);
    expect(isLoneCharacter(Array.from('a'))).toBe(false);
  });
});

describe('random Chinese text', () => {
  // prose as writers type it: a character with at most one opening and two closing marks around
  // it, Latin words and spaces (a chain of marks wider than the box can only be split anyhow)
  const han = Array.from('苗绣银饰蜡染蝴蝶妈茶');
  const token = fc.oneof(
    fc.tuple(fc.constantFrom('', '', '', '「', '（', '《', '“'), fc.constantFrom(...han), fc.constantFrom('', '', '', '，', '。', '、', '：', '！', '」', '）。', '》，', '”', '……')).map((t) => t.join('')),
    fc.constantFrom('Miao ', 'silver-ware ', '2026', ' '),
  );
  const paragraph = fc.array(token, { maxLength: 40 }).map((a) => a.join(''));

  it('obeys kinsoku at every break the layout chooses, horizontal and vertical', () => {
    fc.assert(
      fc.property(paragraph, fc.double({ min: 50, max: 120, noNaN: true }), fc.constantFrom('horizontal', 'vertical' as const), (para, size, direction) => {
        const r = layoutText(para, base({ widthMm: direction === 'vertical' ? 1000 : size, heightMm: direction === 'vertical' ? size : undefined, direction }));
        expectRules(r.lines.map((l) => l.text), JSON.stringify(para));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves a lone last character only where the line before could not give one (it would keep fewer than two)', () => {
    const prose = fc.array(fc.tuple(fc.constantFrom(...han), fc.constantFrom('', '', '，', '。')).map((t) => t.join('')), { minLength: 1, maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(prose, fc.integer({ min: 4, max: 12 }), (text, ems) => {
        const lines = texts(text, { widthMm: ems * 10 });
        expectRules(lines, text);
        if (lines.length > 1 && isLoneCharacter(Array.from(lines[lines.length - 1]))) {
          const before = Array.from(lines[lines.length - 2]).filter((ch) => han.includes(ch));
          expect(before.length, JSON.stringify(lines)).toBeLessThanOrEqual(2);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the sample tea box caption with the bundled fonts', () => {
  const fonts = new FontService({ bundledDir: 'assets/fonts' });
  const sample = JSON.parse(readFileSync('assets/samples/designs/tuck-end-tea-box.json', 'utf8')) as {
    elements: { id: string; text?: string; fontId?: string; sizePt?: number; lineHeight?: number; transform: { width: number; height: number } }[];
  };
  const story = sample.elements.find((e) => e.id === 'story')!;

  it('no longer ends "球。" alone on its last line, in every bundled face', () => {
    const paragraph = story.text!.split('\n')[0];
    expect(paragraph.endsWith('成球。')).toBe(true);
    for (const font of fonts.list()) {
      const r = layoutText(paragraph, { metrics: fonts.layoutMetrics(font.id), sizePt: story.sizePt!, lineHeight: story.lineHeight!, widthMm: story.transform.width });
      const lines = r.lines.map((l) => l.text);
      expectRules(lines, font.id);
      expect(isLoneCharacter(Array.from(lines[lines.length - 1])), `${font.id}: ${JSON.stringify(lines)}`).toBe(false);
      expect(lines.join('')).toBe(paragraph);
    }
  });
});
