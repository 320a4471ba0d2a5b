/**
 * Subsets of static TrueType (glyf) fonts written here, reading only the tables and glyphs they
 * need from the file: the printed text of a design uses a few hundred of a CJK font's 30 000
 * glyphs, and HarfBuzz (wasm) took 0.3-0.4 s of CPU per 16-18 MB font, after the whole file had
 * been read into memory and copied into its heap, on every export whose text was new.
 *
 * The subset is what the PDF needs and what HarfBuzz made for us with its layout tables dropped:
 *   - glyph 0 (.notdef), the glyphs the cmap gives the code points, and the components of
 *     composite glyphs, renumbered in their original order (component ids rewritten);
 *   - glyf/loca (long offsets), hmtx with one long metric per glyph, hhea/maxp counts updated;
 *   - a Unicode cmap of exactly those code points ((3,1) format 4, plus (3,10) format 12 when a
 *     code point lies beyond the BMP);
 *   - head, OS/2, name, gasp and the hinting programs (cvt, fpgm, prep) as they were; post as
 *     version 3 (no glyph names); GSUB/GPOS/GDEF/kern and everything else dropped (model/text lays
 *     text out from plain advances, fonts/font-service.ts `subset`).
 * Anything else (CFF outlines, variable fonts, collections, a damaged file) answers undefined
 * and the caller uses HarfBuzz.
 */
import { readSfnt } from './sfnt';
import { assemble, checksum, tableDirectory, type FontBytes } from './sfnt-file';

const COPIED = ['OS/2', 'name', 'gasp', 'cvt ', 'fpgm', 'prep'];
const NOT_STATIC_GLYF = ['CFF ', 'CFF2', 'fvar', 'gvar', 'HVAR', 'avar'];

// composite glyph flags (OpenType glyf)
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

export function subsetGlyf(file: FontBytes, codePoints: number[]): Uint8Array | undefined {
  try {
    return subset(file, codePoints);
  } catch {
    return undefined;
  }
}

function subset(file: FontBytes, codePoints: number[]): Uint8Array | undefined {
  const directory = tableDirectory(file);
  if (!directory || directory.version === 0x4f54544f /* 'OTTO' */) return undefined;
  const tables = directory.tables;
  if (NOT_STATIC_GLYF.some((t) => tables.has(t))) return undefined;
  for (const t of ['head', 'hhea', 'maxp', 'hmtx', 'cmap', 'loca', 'glyf']) if (!tables.has(t)) return undefined;
  const read = (tag: string): Uint8Array => {
    const t = tables.get(tag)!;
    return Uint8Array.from(file.read(t.offset, t.length));
  };
  const head = read('head');
  const hhea = read('hhea');
  const maxp = read('maxp');
  const hmtx = read('hmtx');
  const cmap = read('cmap');
  const loca = read('loca');
  const glyf = tables.get('glyf')!;
  const numGlyphs = u16(maxp, 4);
  const numberOfHMetrics = u16(hhea, 34);
  const longLoca = i16(head, 50) === 1;
  const glyphStart = (gid: number): number => (longLoca ? u32(loca, 4 * gid) : 2 * u16(loca, 2 * gid));

  // the cmap, read the way the PDF writer reads fonts (fonts/sfnt.ts), from a font of just these tables
  const lookup = readSfnt(assemble(new Map([['head', head], ['hhea', hhea], ['maxp', maxp], ['hmtx', hmtx], ['cmap', cmap]])));
  const mapped = new Map<number, number>();
  for (const cp of codePoints) {
    const gid = lookup.glyphId(cp);
    if (gid > 0 && gid < numGlyphs) mapped.set(cp, gid);
  }

  // glyph data of every glyph kept, components included
  const data = new Map<number, Uint8Array>();
  const pending = [0, ...mapped.values()];
  while (pending.length > 0) {
    const gid = pending.pop()!;
    if (data.has(gid)) continue;
    const start = glyphStart(gid);
    const end = glyphStart(gid + 1);
    if (end < start || glyf.offset + end > file.size) return undefined;
    const bytes = end > start ? Uint8Array.from(file.read(glyf.offset + start, end - start)) : new Uint8Array(0);
    data.set(gid, bytes);
    for (const component of components(bytes)) {
      if (component.gid >= numGlyphs) return undefined;
      pending.push(component.gid);
    }
  }
  const order = [...data.keys()].sort((a, b) => a - b);
  const newId = new Map(order.map((gid, i) => [gid, i]));

  // glyf + loca (long), component ids renumbered
  const locaOut = new Uint8Array(4 * (order.length + 1));
  const glyphs: Uint8Array[] = [];
  let at = 0;
  order.forEach((gid, i) => {
    const bytes = data.get(gid)!;
    for (const c of components(bytes)) setU16(bytes, c.at, newId.get(c.gid)!);
    setU32(locaOut, 4 * i, at);
    const padded = new Uint8Array((bytes.length + 3) & ~3);
    padded.set(bytes);
    glyphs.push(padded);
    at += padded.length;
  });
  setU32(locaOut, 4 * order.length, at);
  const glyfOut = concat(glyphs, at);

  const hmtxOut = new Uint8Array(4 * order.length);
  order.forEach((gid, i) => {
    const advance = u16(hmtx, 4 * Math.min(gid, numberOfHMetrics - 1));
    const lsb = gid < numberOfHMetrics ? u16(hmtx, 4 * gid + 2) : u16(hmtx, 4 * numberOfHMetrics + 2 * (gid - numberOfHMetrics));
    setU16(hmtxOut, 4 * i, advance);
    setU16(hmtxOut, 4 * i + 2, lsb);
  });

  const headOut = Uint8Array.from(head);
  setU32(headOut, 8, 0); // checkSumAdjustment, set once the file is assembled
  setU16(headOut, 50, 1); // long loca
  const hheaOut = Uint8Array.from(hhea);
  setU16(hheaOut, 34, order.length);
  const maxpOut = Uint8Array.from(maxp);
  setU16(maxpOut, 4, order.length);

  const out = new Map<string, Uint8Array>([
    ['head', headOut],
    ['hhea', hheaOut],
    ['maxp', maxpOut],
    ['hmtx', hmtxOut],
    ['loca', locaOut],
    ['glyf', glyfOut],
    ['cmap', unicodeCmap([...mapped].map(([cp, gid]) => [cp, newId.get(gid)!]))],
  ]);
  if (tables.has('post') && tables.get('post')!.length >= 32) {
    const post = read('post').slice(0, 32);
    setU32(post, 0, 0x00030000);
    out.set('post', post);
  }
  for (const tag of COPIED) if (tables.has(tag)) out.set(tag, read(tag));
  const font = assemble(out);
  // head.checkSumAdjustment makes the whole file sum to 0xB1B0AFBA
  const headAt = tableOffset(font, 'head');
  setU32(font, headAt + 8, (0xb1b0afba - checksum(font)) >>> 0);
  return font;
}

/** Component glyph ids of a composite glyph and where each is written (none for a simple glyph). */
function components(glyph: Uint8Array): { gid: number; at: number }[] {
  if (glyph.length < 10 || i16(glyph, 0) >= 0) return [];
  const out: { gid: number; at: number }[] = [];
  let at = 10;
  for (;;) {
    if (at + 4 > glyph.length) throw new Error('composite glyph cut off');
    const flags = u16(glyph, at);
    out.push({ gid: u16(glyph, at + 2), at: at + 2 });
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) at += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
    if (!(flags & MORE_COMPONENTS)) return out;
  }
}

/** (3,1) format 4 for the BMP, and (3,10) format 12 for everything when needed. */
function unicodeCmap(pairs: [number, number][]): Uint8Array {
  pairs.sort((a, b) => a[0] - b[0]);
  const bmp = pairs.filter(([cp]) => cp <= 0xfffe);
  const wide = pairs.some(([cp]) => cp > 0xffff);
  // format 4: one segment per code point (idDelta maps it), then the closing 0xFFFF segment
  const segments = bmp.length + 1;
  const f4 = new Uint8Array(16 + 8 * segments);
  setU16(f4, 0, 4);
  setU16(f4, 2, f4.length);
  setU16(f4, 6, 2 * segments);
  const entrySelector = Math.floor(Math.log2(segments));
  setU16(f4, 8, 2 * 2 ** entrySelector);
  setU16(f4, 10, entrySelector);
  setU16(f4, 12, 2 * segments - 2 * 2 ** entrySelector);
  const endAt = 14;
  const startAt = endAt + 2 * segments + 2;
  const deltaAt = startAt + 2 * segments;
  bmp.forEach(([cp, gid], i) => {
    setU16(f4, endAt + 2 * i, cp);
    setU16(f4, startAt + 2 * i, cp);
    setU16(f4, deltaAt + 2 * i, (gid - cp) & 0xffff);
  });
  setU16(f4, endAt + 2 * bmp.length, 0xffff);
  setU16(f4, startAt + 2 * bmp.length, 0xffff);
  setU16(f4, deltaAt + 2 * bmp.length, 1);
  const subtables: [number, number, Uint8Array][] = [[3, 1, f4]];
  if (wide) {
    const f12 = new Uint8Array(16 + 12 * pairs.length);
    setU16(f12, 0, 12);
    setU32(f12, 4, f12.length);
    setU32(f12, 12, pairs.length);
    pairs.forEach(([cp, gid], i) => {
      setU32(f12, 16 + 12 * i, cp);
      setU32(f12, 20 + 12 * i, cp);
      setU32(f12, 24 + 12 * i, gid);
    });
    subtables.push([3, 10, f12]);
  }
  const headerLength = 4 + 8 * subtables.length;
  const total = headerLength + subtables.reduce((n, [, , t]) => n + t.length, 0);
  const table = new Uint8Array(total);
  setU16(table, 2, subtables.length);
  let at = headerLength;
  subtables.forEach(([platform, encoding, t], i) => {
    setU16(table, 4 + 8 * i, platform);
    setU16(table, 6 + 8 * i, encoding);
    setU32(table, 8 + 8 * i, at);
    table.set(t, at);
    at += t.length;
  });
  return table;
}

function tableOffset(font: Uint8Array, tag: string): number {
  const n = u16(font, 4);
  for (let i = 0; i < n; i++) {
    const dir = 12 + 16 * i;
    if (String.fromCharCode(font[dir], font[dir + 1], font[dir + 2], font[dir + 3]) === tag) return u32(font, dir + 8);
  }
  throw new Error(`no ${tag} table`);
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const u16 = (b: Uint8Array, at: number): number => (b[at] << 8) | b[at + 1];
const i16 = (b: Uint8Array, at: number): number => ((b[at] << 24) >> 16) | b[at + 1];
const u32 = (b: Uint8Array, at: number): number => ((b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]) >>> 0;
function setU16(b: Uint8Array, at: number, v: number): void {
  b[at] = (v >> 8) & 0xff;
  b[at + 1] = v & 0xff;
}
function setU32(b: Uint8Array, at: number, v: number): void {
  b[at] = (v >>> 24) & 0xff;
  b[at + 1] = (v >>> 16) & 0xff;
  b[at + 2] = (v >>> 8) & 0xff;
  b[at + 3] = v & 0xff;
}
