/**
 * The few tables of a TrueType/OpenType file that layout and PDF embedding need, read straight
 * from the bytes: head, hhea, maxp, hmtx, cmap, post, OS/2 and the PostScript name.
 *
 * Why not fontkit: loading fontkit costs a quarter of a second of CPU before it parses anything
 * (it unpacks a Brotli dictionary and Unicode tables at start), and asking it for the advance of
 * each of 28 000 code points of a CJK font builds a glyph object per code point. A cold
 * `jinxiu export` needs only numbers from these tables. The values are the ones fontkit reports
 * (ascent/descent/lineGap from hhea, the cmap subtable fontkit would pick, hmtx advances), so
 * facts read either way are identical; tests/unit/electron/services/fonts/sfnt.test.ts compares
 * them on the bundled fonts and their subsets.
 *
 * Variable fonts (fvar/HVAR adjust advances) are reported as such; callers use fontkit there.
 */

export interface SfntFont {
  unitsPerEm: number;
  /** hhea ascender / descender / lineGap, as fontkit's ascent, descent, lineGap */
  ascender: number;
  descender: number;
  lineGap: number;
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  italicAngle: number;
  isFixedPitch: boolean;
  /** OS/2 sFamilyClass as a signed 16-bit number (0 without OS/2) */
  familyClass: number;
  italic: boolean;
  capHeight: number;
  xHeight: number;
  postscriptName: string | null;
  numGlyphs: number;
  /** outlines in a CFF table (OpenType 'OTTO') rather than glyf */
  cff: boolean;
  /** fvar or HVAR present: advances vary, hmtx alone is not the answer */
  variable: boolean;
  /** glyph id for a code point (0 = none) */
  glyphId(codePoint: number): number;
  /** every code point the cmap maps to a glyph other than 0, ascending */
  codePoints(): number[];
  /** the same code points with their glyph ids, read in one pass over the cmap */
  mapping(): { codePoints: number[]; glyphIds: number[] };
  /** hmtx advance of a glyph, font units */
  advance(glyphId: number): number;
}

interface TableEntry {
  offset: number;
  length: number;
}

function fail(what: string): never {
  throw new Error(`not a readable TrueType/OpenType font: ${what}`);
}

export function readSfnt(bytes: Uint8Array): SfntFont {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 12) fail('too short');
  const numTables = view.getUint16(4);
  const tables = new Map<string, TableEntry>();
  for (let i = 0; i < numTables; i++) {
    const at = 12 + 16 * i;
    if (at + 16 > bytes.length) fail('table directory cut off');
    const tag = String.fromCharCode(bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]);
    const offset = view.getUint32(at + 8);
    const length = view.getUint32(at + 12);
    if (offset + length > bytes.length) fail(`table ${tag} cut off`);
    tables.set(tag, { offset, length });
  }
  const need = (tag: string): TableEntry => tables.get(tag) ?? fail(`no ${tag} table`);
  const head = need('head');
  const hhea = need('hhea');
  const maxp = need('maxp');
  const hmtx = need('hmtx');
  const cmap = need('cmap');
  const post = tables.get('post');
  const os2 = tables.get('OS/2');

  const unitsPerEm = view.getUint16(head.offset + 18);
  const bbox = {
    minX: view.getInt16(head.offset + 36),
    minY: view.getInt16(head.offset + 38),
    maxX: view.getInt16(head.offset + 40),
    maxY: view.getInt16(head.offset + 42),
  };
  const macStyle = view.getUint16(head.offset + 44);
  const ascender = view.getInt16(hhea.offset + 4);
  const descender = view.getInt16(hhea.offset + 6);
  const lineGap = view.getInt16(hhea.offset + 8);
  const numberOfMetrics = view.getUint16(hhea.offset + 34);
  const numGlyphs = view.getUint16(maxp.offset + 4);
  if (numberOfMetrics === 0 || hmtx.length < 4 * numberOfMetrics) fail('hmtx too short');

  // post: italicAngle is a 16.16 fixed number, isFixedPitch a uint32
  const italicAngle = post ? view.getInt32(post.offset + 4) / 65536 : 0;
  const isFixedPitch = post ? view.getUint32(post.offset + 12) !== 0 : false;
  // OS/2: sFamilyClass at 30; sxHeight / sCapHeight from version 2 on
  const os2Version = os2 ? view.getUint16(os2.offset) : 0;
  const familyClass = os2 ? view.getInt16(os2.offset + 30) : 0;
  const xHeight = os2 && os2Version >= 2 && os2.length >= 90 ? view.getInt16(os2.offset + 86) : 0;
  const capHeight = os2 && os2Version >= 2 && os2.length >= 90 ? view.getInt16(os2.offset + 88) : ascender;

  const lookup = cmapLookup(view, cmap);

  return {
    unitsPerEm,
    ascender,
    descender,
    lineGap,
    bbox,
    italicAngle,
    isFixedPitch,
    familyClass,
    italic: (macStyle & 2) !== 0,
    capHeight,
    xHeight,
    postscriptName: postscriptNameOf(view, bytes, tables.get('name')),
    numGlyphs,
    cff: tables.has('CFF ') || tables.has('CFF2'),
    variable: tables.has('fvar') || tables.has('HVAR'),
    glyphId: (cp) => lookup.glyphId(cp),
    codePoints: () => lookup.codePoints(),
    mapping: () => lookup.mapping(),
    advance: (gid) => view.getUint16(hmtx.offset + 4 * Math.min(gid, numberOfMetrics - 1)),
  };
}

interface CmapLookup {
  glyphId(cp: number): number;
  codePoints(): number[];
  mapping(): { codePoints: number[]; glyphIds: number[] };
}

/** Code points and glyphs as enumerated; looked up again one by one only if the cmap was out of order. */
function inOrder(codePoints: number[], glyphIds: number[], lookup: Pick<CmapLookup, 'glyphId'>): { codePoints: number[]; glyphIds: number[] } {
  const sorted = ascendingUnique(codePoints);
  return sorted === codePoints ? { codePoints, glyphIds } : { codePoints: sorted, glyphIds: sorted.map((cp) => lookup.glyphId(cp)) };
}

/** The subtable fontkit picks (Unicode full repertoire first, then BMP), format 12 or 4. */
function cmapLookup(view: DataView, cmap: TableEntry): CmapLookup {
  const count = view.getUint16(cmap.offset + 2);
  const records: { platform: number; encoding: number; offset: number }[] = [];
  for (let i = 0; i < count; i++) {
    const at = cmap.offset + 4 + 8 * i;
    records.push({ platform: view.getUint16(at), encoding: view.getUint16(at + 2), offset: cmap.offset + view.getUint32(at + 4) });
  }
  // fontkit's CmapProcessor order
  const preference: [number, number][] = [[3, 10], [0, 6], [0, 4], [3, 1], [0, 3], [0, 2], [0, 1], [0, 0]];
  for (const [platform, encoding] of preference) {
    const record = records.find((r) => r.platform === platform && r.encoding === encoding);
    if (!record) continue;
    const format = view.getUint16(record.offset);
    if (format === 12) return format12(view, record.offset);
    if (format === 4) return format4(view, record.offset);
  }
  fail('no Unicode cmap of format 4 or 12');
}

function format12(view: DataView, at: number): CmapLookup {
  const groups = view.getUint32(at + 12);
  const start = new Uint32Array(groups);
  const end = new Uint32Array(groups);
  const glyph = new Uint32Array(groups);
  for (let i = 0; i < groups; i++) {
    const g = at + 16 + 12 * i;
    start[i] = view.getUint32(g);
    end[i] = view.getUint32(g + 4);
    glyph[i] = view.getUint32(g + 8);
  }
  return {
    glyphId(cp) {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        if (cp < start[mid]) hi = mid - 1;
        else if (cp > end[mid]) lo = mid + 1;
        else return glyph[mid] + cp - start[mid];
      }
      return 0;
    },
    codePoints() {
      return this.mapping().codePoints;
    },
    mapping() {
      const cps: number[] = [];
      const gids: number[] = [];
      for (let i = 0; i < groups; i++) {
        for (let cp = start[i]; cp <= end[i]; cp++) {
          const gid = glyph[i] + cp - start[i];
          if (gid !== 0) (cps.push(cp), gids.push(gid));
        }
      }
      return inOrder(cps, gids, this);
    },
  };
}

function format4(view: DataView, at: number): CmapLookup {
  const segments = view.getUint16(at + 6) / 2;
  const endAt = at + 14;
  const startAt = endAt + 2 * segments + 2;
  const deltaAt = startAt + 2 * segments;
  const rangeAt = deltaAt + 2 * segments;
  // glyph of cp within segment i (cp already known to lie in it)
  const inSegment = (i: number, cp: number): number => {
    const delta = view.getUint16(deltaAt + 2 * i);
    const rangeOffset = view.getUint16(rangeAt + 2 * i);
    if (rangeOffset === 0) return (cp + delta) & 0xffff;
    const g = view.getUint16(rangeAt + 2 * i + rangeOffset + 2 * (cp - view.getUint16(startAt + 2 * i)));
    return g === 0 ? 0 : (g + delta) & 0xffff;
  };
  return {
    glyphId(cp) {
      let lo = 0;
      let hi = segments - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        if (cp < view.getUint16(startAt + 2 * mid)) hi = mid - 1;
        else if (cp > view.getUint16(endAt + 2 * mid)) lo = mid + 1;
        else return inSegment(mid, cp);
      }
      return 0;
    },
    codePoints() {
      return this.mapping().codePoints;
    },
    mapping() {
      const cps: number[] = [];
      const gids: number[] = [];
      for (let i = 0; i < segments; i++) {
        const start = view.getUint16(startAt + 2 * i);
        const end = view.getUint16(endAt + 2 * i);
        for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
          const gid = inSegment(i, cp);
          if (gid !== 0) (cps.push(cp), gids.push(gid));
        }
      }
      return inOrder(cps, gids, this);
    },
  };
}

/**
 * The code points ascending, each once. The spec keeps cmap groups and segments in order, so a
 * well-made font's list already is (checked in one pass); a native numeric sort otherwise. A
 * comparator sort of a CJK font's 28 000 code points was a tenth of reading its facts cold.
 */
function ascendingUnique(cps: number[]): number[] {
  let sorted = true;
  for (let i = 1; i < cps.length && sorted; i++) sorted = cps[i] > cps[i - 1];
  return sorted ? cps : [...Uint32Array.from(new Set(cps)).sort()];
}

/** The first name ID 6 record (as fontkit takes it): Macintosh Roman, or UTF-16BE otherwise. */
function postscriptNameOf(view: DataView, bytes: Uint8Array, name: TableEntry | undefined): string | null {
  if (!name) return null;
  const count = view.getUint16(name.offset + 2);
  const strings = name.offset + view.getUint16(name.offset + 4);
  for (let i = 0; i < count; i++) {
    const at = name.offset + 6 + 12 * i;
    const platform = view.getUint16(at);
    if (view.getUint16(at + 6) !== 6) continue;
    const length = view.getUint16(at + 8);
    const offset = strings + view.getUint16(at + 10);
    if (offset + length > bytes.length) continue;
    if (platform === 1) return String.fromCharCode(...bytes.subarray(offset, offset + length));
    let s = '';
    for (let k = 0; k + 1 < length; k += 2) s += String.fromCharCode(view.getUint16(offset + k));
    return s;
  }
  return null;
}
