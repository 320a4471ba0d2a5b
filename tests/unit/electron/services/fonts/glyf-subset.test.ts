import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type fontkitModule from '@pdf-lib/fontkit';
import type { Font } from '@pdf-lib/fontkit';
import { afterAll, describe, expect, it } from 'vitest';
import { subsetGlyf } from '../../../../../electron/services/fonts/glyf-subset';
import { bufferFontBytes, fileFontBytes } from '../../../../../electron/services/fonts/sfnt-file';
import { readSfnt } from '../../../../../electron/services/fonts/sfnt';

// fontkit is the oracle: every kept character must draw the same outline with the same advance
const fontkit = createRequire(import.meta.url)('@pdf-lib/fontkit') as typeof fontkitModule;
const bundledDir = resolve(__dirname, '../../../../../assets/fonts');
const fonts = JSON.parse(readFileSync(join(bundledDir, 'fonts.json'), 'utf8')) as { id: string; file: string }[];
const tmp = mkdtempSync(join(tmpdir(), 'jinxiu-glyf-subset-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const TEXT = '锦绣工坊雷山银球茶 产品介绍：配料表、净含量 250g，保质期 18 个月。Miao embroidery «fi» 0123456789/:-—…“”';
const codePoints = (text: string) => [...new Set([...text].map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);

function sumsTo(font: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < font.length; i += 4) sum = (sum + ((font[i] << 24) | (font[i + 1] << 16) | ((font[i + 2] ?? 0) << 8) | (font[i + 3] ?? 0))) >>> 0;
  return sum;
}

describe('own TrueType subsets (glyf fonts)', () => {
  for (const entry of fonts) {
    it(`${entry.id}: each character keeps its outline and advance, nothing else is left`, () => {
      const path = join(bundledDir, entry.file);
      const original = readFileSync(path);
      const fd = openSync(path, 'r');
      let subset: Uint8Array | undefined;
      try {
        subset = subsetGlyf(fileFontBytes(fd, statSync(path).size), codePoints(TEXT));
      } finally {
        closeSync(fd);
      }
      const source = fontkit.create(original) as Font;
      if (readSfnt(original).variable) {
        expect(subset).toBeUndefined();
        return;
      }
      expect(subset, 'a static glyf font is subset here').toBeDefined();
      // the same bytes whether the file is read piecewise or from memory
      expect(Buffer.from(subsetGlyf(bufferFontBytes(original), codePoints(TEXT))!).equals(Buffer.from(subset!))).toBe(true);
      const ours = fontkit.create(Buffer.from(subset!)) as Font;
      const drawn = codePoints(TEXT).filter((cp) => source.hasGlyphForCodePoint(cp));
      expect(drawn.length).toBeGreaterThan(40);
      for (const cp of drawn) {
        const a = source.glyphForCodePoint(cp);
        const b = ours.glyphForCodePoint(cp);
        expect(b.id, String.fromCodePoint(cp)).toBeGreaterThan(0);
        expect(b.advanceWidth, String.fromCodePoint(cp)).toBe(a.advanceWidth);
        expect(b.path.toSVG(), String.fromCodePoint(cp)).toBe(a.path.toSVG());
      }
      // a character not asked for is not in the subset; the cmap holds exactly what was asked
      expect(ours.hasGlyphForCodePoint('永'.codePointAt(0)!)).toBe(TEXT.includes('永'));
      expect(readSfnt(subset!).codePoints()).toEqual(drawn);
      expect(ours.numGlyphs).toBeLessThan(drawn.length + 40);
      expect(ours.unitsPerEm).toBe(source.unitsPerEm);
      expect(ours.postscriptName).toBe(source.postscriptName);
      expect([ours.ascent, ours.descent, ours.lineGap]).toEqual([source.ascent, source.descent, source.lineGap]);
      // whole-file checksum as the spec wants it, and FreeType reads the file
      expect(sumsTo(subset!)).toBe(0xb1b0afba);
      const file = join(tmp, `${entry.id}.ttf`);
      writeFileSync(file, subset!);
      expect(execFileSync('fc-scan', ['--format', '%{postscriptname}', file], { encoding: 'utf8' })).toBe(source.postscriptName);
      expect(subset!.length).toBeLessThan(original.length / 20);
    });
  }

  it('keeps the components of composite glyphs, renumbered', () => {
    // the first character of a bundled font whose glyph is a composite (accented Latin, often)
    let found: { original: Buffer; cp: number } | undefined;
    for (const entry of fonts) {
      const original = readFileSync(join(bundledDir, entry.file));
      const sfnt = readSfnt(original);
      const cp = sfnt.codePoints().find((c) => readGlyfNumberOfContours(original, sfnt.glyphId(c)) < 0);
      if (cp !== undefined) {
        found = { original, cp };
        break;
      }
    }
    if (!found) return expect.fail('no bundled font has a composite glyph: this test needs one');
    const source = fontkit.create(found.original) as Font;
    const subset = subsetGlyf(bufferFontBytes(found.original), [found.cp])!;
    const ours = fontkit.create(Buffer.from(subset)) as Font;
    expect(ours.numGlyphs).toBeGreaterThan(2); // .notdef, the character and its components
    expect(readGlyfNumberOfContours(Buffer.from(subset), ours.glyphForCodePoint(found.cp).id)).toBeLessThan(0);
    expect(ours.glyphForCodePoint(found.cp).path.toSVG()).toBe(source.glyphForCodePoint(found.cp).path.toSVG());
    expect(ours.glyphForCodePoint(found.cp).path.toSVG().length).toBeGreaterThan(0);
  });

  it('leaves what it cannot subset to HarfBuzz: not a TrueType font, or a damaged one', () => {
    expect(subsetGlyf(bufferFontBytes(Buffer.from('OTTO not really a font')), [65])).toBeUndefined();
    expect(subsetGlyf(bufferFontBytes(Buffer.alloc(8)), [65])).toBeUndefined();
    const original = readFileSync(join(bundledDir, fonts[0].file));
    expect(subsetGlyf(bufferFontBytes(original.subarray(0, 4096)), [65, 0x9526])).toBeUndefined();
  });
});

/** numberOfContours of a glyph, straight from loca/glyf (negative: composite). */
function readGlyfNumberOfContours(font: Buffer, gid: number): number {
  const n = font.readUInt16BE(4);
  const table = (tag: string) => {
    for (let i = 0; i < n; i++) if (font.toString('latin1', 12 + 16 * i, 16 + 16 * i) === tag) return font.readUInt32BE(12 + 16 * i + 8);
    throw new Error(tag);
  };
  const longLoca = font.readInt16BE(table('head') + 50) === 1;
  const loca = table('loca');
  const start = longLoca ? font.readUInt32BE(loca + 4 * gid) : 2 * font.readUInt16BE(loca + 2 * gid);
  const end = longLoca ? font.readUInt32BE(loca + 4 * gid + 4) : 2 * font.readUInt16BE(loca + 2 * gid + 2);
  return end > start ? font.readInt16BE(table('glyf') + start) : 0;
}
