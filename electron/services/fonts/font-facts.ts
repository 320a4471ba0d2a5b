/**
 * Everything layout, preflight and the PDF writer ask of a font, as plain data: vertical
 * metrics, PostScript name and the advance of every code point the font maps. Built once per
 * font file (from the parsed font) and kept on disk by content hash (font-disk-cache.ts), so a
 * fresh process lays out and checks text without reading or parsing a 15-18 MB CJK font.
 * A static font's facts come straight from its tables (sfnt.ts); fontkit only for variable fonts.
 */
import type { Font } from '@pdf-lib/fontkit';
import type { SfntFont } from './sfnt';

export interface FontFacts {
  /** sha256 of the font file the facts were read from */
  sha256: string;
  postscriptName: string | null;
  unitsPerEm: number;
  ascender: number;
  descender: number;
  lineGap: number;
  /** ascending code points the font maps to a real glyph (glyph id > 0) */
  codePoints: Uint32Array;
  /** advance width (font units) of each code point, same order */
  advances: Float64Array;
}

/** Facts of a static font from its own tables: the same numbers fontkit reports (sfnt.test.ts). */
export function factsFromSfnt(font: SfntFont, sha256: string): FontFacts {
  const { codePoints, glyphIds } = font.mapping();
  const advances = new Float64Array(codePoints.length);
  for (let i = 0; i < codePoints.length; i++) advances[i] = font.advance(glyphIds[i]);
  return {
    sha256,
    postscriptName: font.postscriptName,
    unitsPerEm: font.unitsPerEm,
    ascender: font.ascender,
    descender: font.descender,
    lineGap: font.lineGap,
    codePoints: Uint32Array.from(codePoints),
    advances,
  };
}

/** What fontkit exposes beyond its typings, used for a fast exact advance table. */
interface FontInternals {
  directory?: { tables?: Record<string, { offset: number; length: number } | undefined> };
  hhea?: { numberOfMetrics?: number };
  HVAR?: unknown;
  fvar?: unknown;
  stream?: { buffer?: Uint8Array };
}

export function readFontFacts(font: Font, sha256: string): FontFacts {
  const codePoints: number[] = [];
  const advances: number[] = [];
  const internals = font as unknown as FontInternals;
  const hmtx = internals.directory?.tables?.hmtx;
  const count = internals.hhea?.numberOfMetrics ?? 0;
  const file = internals.stream?.buffer;
  // hmtx read directly (4 bytes per long metric; glyphs past numberOfMetrics share the last
  // advance) is exact for static fonts; variable fonts adjust advances, so ask fontkit there
  const raw = hmtx && file && count > 0 && !internals.HVAR && !internals.fvar ? new DataView(file.buffer, file.byteOffset, file.byteLength) : undefined;
  for (const cp of [...font.characterSet].sort((a, b) => a - b)) {
    if (!font.hasGlyphForCodePoint(cp)) continue;
    const glyph = font.glyphForCodePoint(cp);
    codePoints.push(cp);
    advances.push(raw ? raw.getUint16(hmtx!.offset + 4 * Math.min(glyph.id, count - 1)) : glyph.advanceWidth);
  }
  return {
    sha256,
    postscriptName: font.postscriptName ?? null,
    unitsPerEm: font.unitsPerEm,
    ascender: font.ascent,
    descender: font.descent,
    lineGap: font.lineGap,
    codePoints: Uint32Array.from(codePoints),
    advances: Float64Array.from(advances),
  };
}

/** The advance of a code point (binary search), or undefined when the font has no glyph for it. */
export function advanceOf(facts: FontFacts, cp: number): number | undefined {
  const cps = facts.codePoints;
  let lo = 0;
  let hi = cps.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (cps[mid] === cp) return facts.advances[mid];
    if (cps[mid] < cp) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

type FactsHeader = Omit<FontFacts, 'codePoints' | 'advances'> & { count: number };

/**
 * Binary form for the disk cache, read without parsing 28 000 numbers: uint32 header length,
 * the JSON header, zero padding to 8 bytes, code points (uint32 LE), advances (float64 LE).
 */
export function encodeFontFacts(facts: FontFacts): Buffer {
  const { codePoints, advances, ...rest } = facts;
  const header = Buffer.from(JSON.stringify({ ...rest, count: codePoints.length } satisfies FactsHeader));
  const start = Math.ceil((4 + header.length) / 8) * 8;
  const out = Buffer.alloc(start + codePoints.length * 12);
  out.writeUInt32LE(header.length, 0);
  header.copy(out, 4);
  // the arrays' own bytes, copied whole (little-endian hosts only, as decodeFontFacts says)
  out.set(new Uint8Array(Uint32Array.from(codePoints).buffer), start);
  out.set(new Uint8Array(Float64Array.from(advances).buffer), start + 4 * codePoints.length);
  return out;
}

/** The facts in `bytes` when they are complete, well formed and for font `sha256`; else undefined. */
export function decodeFontFacts(bytes: Buffer, sha256: string): FontFacts | undefined {
  try {
    const length = bytes.readUInt32LE(0);
    const h = JSON.parse(bytes.toString('utf8', 4, 4 + length)) as FactsHeader;
    const ok =
      h.sha256 === sha256 && Number.isInteger(h.count) && h.count >= 0 &&
      [h.unitsPerEm, h.ascender, h.descender, h.lineGap].every((n) => typeof n === 'number' && Number.isFinite(n)) &&
      (h.postscriptName === null || typeof h.postscriptName === 'string');
    const start = Math.ceil((4 + length) / 8) * 8;
    if (!ok || bytes.length !== start + h.count * 12) return undefined;
    // copies into aligned arrays (Buffer pooling gives no alignment guarantee); LE hosts only,
    // which is every platform Electron and sharp ship for
    const body = new Uint8Array(bytes.buffer, bytes.byteOffset + start, h.count * 12).slice();
    const codePoints = new Uint32Array(body.buffer, 0, h.count);
    const advances = new Float64Array(body.buffer.slice(4 * h.count));
    for (let i = 1; i < codePoints.length; i++) if (codePoints[i] <= codePoints[i - 1]) return undefined;
    const { count: _count, ...rest } = h;
    return { ...rest, codePoints, advances };
  } catch {
    return undefined;
  }
}
