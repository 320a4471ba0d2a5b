import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type fontkitModule from '@pdf-lib/fontkit';
import type { Font } from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { factsFromSfnt, readFontFacts } from '../../../../../electron/services/fonts/font-facts';
import { FontService } from '../../../../../electron/services/fonts/font-service';
import { readSfnt } from '../../../../../electron/services/fonts/sfnt';

// fontkit is the oracle: facts and embedding numbers read from the tables must be its numbers
const fontkit = createRequire(import.meta.url)('@pdf-lib/fontkit') as typeof fontkitModule;
const bundledDir = resolve(__dirname, '../../../../../assets/fonts');
const fonts = new FontService({ bundledDir });

/** fontkit's table objects beyond its typings */
interface FontkitTables {
  'OS/2'?: { sFamilyClass: number };
  post: { isFixedPitch: number };
  head: { macStyle: { italic: boolean } };
}

function compare(bytes: Buffer): void {
  const ours = readSfnt(bytes);
  const theirs = fontkit.create(bytes) as Font;
  const tables = theirs as unknown as FontkitTables;
  const a = factsFromSfnt(ours, 'x');
  const b = readFontFacts(theirs, 'x');
  expect(a.postscriptName).toBe(b.postscriptName);
  expect([a.unitsPerEm, a.ascender, a.descender, a.lineGap]).toEqual([b.unitsPerEm, b.ascender, b.descender, b.lineGap]);
  expect(a.codePoints.length).toBe(b.codePoints.length);
  expect(Buffer.from(a.codePoints.buffer).equals(Buffer.from(b.codePoints.buffer))).toBe(true);
  expect(Buffer.from(a.advances.buffer).equals(Buffer.from(b.advances.buffer))).toBe(true);
  // glyph ids, and what the PDF font descriptor takes
  for (let i = 0; i < a.codePoints.length; i += 13) expect(ours.glyphId(a.codePoints[i])).toBe(theirs.glyphForCodePoint(a.codePoints[i]).id);
  for (const cp of [0x1f600, 0xe000, 0x10ffff]) expect(ours.glyphId(cp)).toBe(theirs.hasGlyphForCodePoint(cp) ? theirs.glyphForCodePoint(cp).id : 0);
  expect(ours.bbox).toEqual({ minX: theirs.bbox.minX, minY: theirs.bbox.minY, maxX: theirs.bbox.maxX, maxY: theirs.bbox.maxY });
  expect(ours.italicAngle).toBe(theirs.italicAngle);
  expect(ours.capHeight).toBe(theirs.capHeight);
  expect(ours.xHeight).toBe(theirs.xHeight);
  expect(ours.familyClass).toBe(tables['OS/2']?.sFamilyClass ?? 0);
  expect(ours.isFixedPitch).toBe(Boolean(tables.post.isFixedPitch));
  expect(ours.italic).toBe(tables.head.macStyle.italic);
  expect(ours.numGlyphs).toBe(theirs.numGlyphs);
  expect(ours.variable).toBe(false);
}

describe('sfnt tables read without fontkit', () => {
  for (const font of fonts.list()) {
    it(`match fontkit on the whole bundled font ${font.id}`, () => {
      compare(readFileSync(font.path));
    });
  }

  it('match fontkit on HarfBuzz subsets (the files the PDF embeds), CJK, Latin and astral text', async () => {
    for (const font of fonts.list()) {
      compare(await fonts.subset(font.id, '锦绣工坊 苗族纹样 Jinxiu 0123456789 · :/-'));
      compare(await fonts.subset(font.id, 'ABC abc ¥ “引号” ，。'));
    }
  });

  it('refuses bytes that are not a font', () => {
    expect(() => readSfnt(Buffer.from('not a font at all, just text'))).toThrow(/not a readable/);
  });
});
