/**
 * Everything layout, preflight and the PDF writer ask of a font, as plain data: vertical
 * metrics, PostScript name and the advance of every code point the font maps. Built once per
 * font file (from the parsed font) and kept on disk by content hash (font-disk-cache.ts), so a
 * fresh process lays out and checks text without reading or parsing a 15-18 MB CJK font.
 */
import type { Font } from '@pdf-lib/fontkit';

export interface FontFacts {
  /** sha256 of the font file the facts were read from */
  sha256: string;
  postscriptName: string | null;
  unitsPerEm: number;
  ascender: number;
  descender: number;
  lineGap: number;
  /** ascending code points the font maps to a real glyph (glyph id > 0) */
  codePoints: number[];
  /** advance width (font units) of each code point, same order */
  advances: number[];
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
    codePoints,
    advances,
  };
}

/** Advance per code point for quick lookups (absent: the font has no glyph). */
export function advanceTable(facts: FontFacts): Map<number, number> {
  const table = new Map<number, number>();
  for (let i = 0; i < facts.codePoints.length; i++) table.set(facts.codePoints[i], facts.advances[i]);
  return table;
}

/** A cached record is used only when it has the shape readFontFacts writes. */
export function isFontFacts(value: unknown, sha256: string): value is FontFacts {
  const f = value as FontFacts;
  return (
    typeof f === 'object' && f !== null && f.sha256 === sha256 &&
    [f.unitsPerEm, f.ascender, f.descender, f.lineGap].every((n) => typeof n === 'number' && Number.isFinite(n)) &&
    (f.postscriptName === null || typeof f.postscriptName === 'string') &&
    Array.isArray(f.codePoints) && Array.isArray(f.advances) && f.codePoints.length === f.advances.length
  );
}
