/**
 * A ready font subset as a PDF Type0 font (Identity-H, CID = glyph id), written from the subset's
 * own tables (fonts/sfnt.ts).
 *
 * The objects are the ones pdf-lib's CustomFontEmbedder writes (same dictionaries, widths,
 * descriptor values and ToUnicode map), without fontkit: pdf-lib needs fontkit to read a font,
 * and loading fontkit alone cost a cold export a quarter of a second of CPU. Text is encoded by
 * the cmap alone, as fontkit's layout did for our subsets (their GSUB/GPOS/kern tables are
 * dropped, fonts/font-service.ts `subset`), so glyphs and widths stay those of model/text's layout.
 */
import { PDFString, type PDFContext, type PDFRef } from 'pdf-lib';
import { readSfnt } from '../fonts/sfnt';

export interface PdfFont {
  /** the Type0 font dictionary */
  ref: PDFRef;
  /** `<glyph ids as hex>`: a string operand for Tj */
  encodeText(text: string): string;
  /** advance of the text in points at `size` points */
  widthOfTextAtSize(text: string, size: number): number;
}

const hex4 = (n: number): string => n.toString(16).padStart(4, '0').toUpperCase();

/** Variation selectors pick a glyph variant; fontkit's layout folds them into the base glyph. */
const isVariationSelector = (cp: number): boolean => (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);

export function embedSubsetFont(context: PDFContext, bytes: Uint8Array, baseFontName: string): PdfFont {
  const font = readSfnt(bytes);
  const scale = 1000 / font.unitsPerEm;
  const glyphsOf = (text: string): number[] => {
    const ids: number[] = [];
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (!isVariationSelector(cp)) ids.push(font.glyphId(cp));
    }
    return ids;
  };

  // every glyph the cmap reaches, by id, with the code points that map to it
  const codePointsByGlyph = new Map<number, number[]>();
  for (const cp of font.codePoints()) {
    const gid = font.glyphId(cp);
    const list = codePointsByGlyph.get(gid);
    if (list) list.push(cp);
    else codePointsByGlyph.set(gid, [cp]);
  }
  const glyphIds = [...codePointsByGlyph.keys()].sort((a, b) => a - b);

  const fontFile = context.register(context.flateStream(bytes, font.cff ? { Subtype: 'CIDFontType0C' } : {}));
  const descriptor = context.register(
    context.obj({
      Type: 'FontDescriptor',
      FontName: baseFontName,
      Flags: fontFlags(font),
      FontBBox: [font.bbox.minX * scale, font.bbox.minY * scale, font.bbox.maxX * scale, font.bbox.maxY * scale],
      ItalicAngle: font.italicAngle,
      Ascent: font.ascender * scale,
      Descent: font.descender * scale,
      CapHeight: (font.capHeight || font.ascender) * scale,
      XHeight: (font.xHeight || 0) * scale,
      StemV: 0,
      [font.cff ? 'FontFile3' : 'FontFile2']: fontFile,
    }),
  );
  const cidFont = context.register(
    context.obj({
      Type: 'Font',
      Subtype: font.cff ? 'CIDFontType0' : 'CIDFontType2',
      CIDToGIDMap: 'Identity',
      BaseFont: baseFontName,
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      W: widths(glyphIds, (gid) => font.advance(gid) * scale),
    }),
  );
  const toUnicode = context.register(context.flateStream(unicodeCmap(glyphIds, codePointsByGlyph)));
  const ref = context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: baseFontName,
      Encoding: 'Identity-H',
      DescendantFonts: [cidFont],
      ToUnicode: toUnicode,
    }),
  );

  return {
    ref,
    encodeText: (text) => `<${glyphsOf(text).map(hex4).join('')}>`,
    widthOfTextAtSize(text, size) {
      let total = 0;
      for (const gid of glyphsOf(text)) total += font.advance(gid) * scale;
      return (total * size) / 1000;
    },
  };
}

/** /W: runs of consecutive glyph ids, each `first [w1 w2 ...]`. */
function widths(glyphIds: number[], width: (gid: number) => number): (number | number[])[] {
  const out: (number | number[])[] = [];
  let run: number[] = [];
  glyphIds.forEach((gid, i) => {
    if (i === 0) out.push(gid);
    else if (gid - glyphIds[i - 1] !== 1) {
      out.push(run, gid);
      run = [];
    }
    run.push(width(gid));
  });
  out.push(run);
  return out;
}

/** PDF font flags: symbolic (a non-standard character set), plus what the tables say. */
function fontFlags(font: { isFixedPitch: boolean; familyClass: number; italic: boolean }): number {
  let flags = 1 << 2; // symbolic
  if (font.isFixedPitch) flags |= 1 << 0;
  if (font.familyClass >= 1 && font.familyClass <= 7) flags |= 1 << 1; // serif
  if (font.familyClass === 10) flags |= 1 << 3; // script
  if (font.italic) flags |= 1 << 6;
  return flags;
}

function utf16Hex(cp: number): string {
  if (cp <= 0xffff) return hex4(cp);
  const v = cp - 0x10000;
  return hex4(0xd800 + (v >> 10)) + hex4(0xdc00 + (v & 0x3ff));
}

/** ToUnicode: glyph id -> the code points that map to it (text copied from the PDF). */
function unicodeCmap(glyphIds: number[], codePointsByGlyph: Map<number, number[]>): string {
  const chars = glyphIds.map((gid) => `<${hex4(gid)}> <${codePointsByGlyph.get(gid)!.map(utf16Hex).join('')}>`);
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo <<',
    '  /Registry (Adobe)',
    '  /Ordering (UCS)',
    '  /Supplement 0',
    '>> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000><ffff>',
    'endcodespacerange',
    `${chars.length} beginbfchar`,
    ...chars,
    'endbfchar',
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}
