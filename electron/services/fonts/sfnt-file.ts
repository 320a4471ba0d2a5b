/**
 * A font file read piecewise: its table directory and the tables one piece of work needs, put
 * together as a small sfnt of their own (fonts/sfnt.ts reads it like the whole file). A CJK font
 * is 15-18 MB, nearly all of it glyph outlines; facts and subsets need a few hundred KB of it,
 * and reading the whole file into fresh memory cost a cold export a quarter of a second per font.
 */
import { readSync } from 'node:fs';

/** Random access to a font file: a Buffer in memory or an open file. */
export interface FontBytes {
  size: number;
  read(offset: number, length: number): Uint8Array;
}

export function bufferFontBytes(bytes: Uint8Array): FontBytes {
  return { size: bytes.length, read: (offset, length) => bytes.subarray(offset, offset + length) };
}

/** An open file read piecewise (the caller closes `fd`). */
export function fileFontBytes(fd: number, size: number): FontBytes {
  return {
    size,
    read(offset, length) {
      const out = Buffer.alloc(length);
      let done = 0;
      while (done < length) {
        const n = readSync(fd, out, done, length - done, offset + done);
        if (n === 0) throw new Error('font file ended early');
        done += n;
      }
      return out;
    },
  };
}

/** The tables fonts/sfnt.ts reads for facts and metrics (font-facts.ts factsFromSfnt). */
export const FACT_TABLES = ['head', 'hhea', 'maxp', 'hmtx', 'cmap', 'post', 'OS/2', 'name'];

export interface TableDirectory {
  /** 0x00010000 or 'true' (TrueType outlines), 'OTTO' (CFF) */
  version: number;
  tables: Map<string, { offset: number; length: number }>;
}

/** The table directory, or undefined when this is no single sfnt font (a collection, WOFF, junk). */
export function tableDirectory(file: FontBytes): TableDirectory | undefined {
  if (file.size < 12) return undefined;
  const header = file.read(0, 12);
  const version = u32(header, 0);
  if (version !== 0x00010000 && version !== 0x74727565 && version !== 0x4f54544f) return undefined;
  const numTables = (header[4] << 8) | header[5];
  if (12 + 16 * numTables > file.size) return undefined;
  const directory = file.read(12, 16 * numTables);
  const tables = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < numTables; i++) {
    const at = 16 * i;
    const tag = String.fromCharCode(directory[at], directory[at + 1], directory[at + 2], directory[at + 3]);
    const offset = u32(directory, at + 8);
    const length = u32(directory, at + 12);
    if (offset + length > file.size) return undefined;
    tables.set(tag, { offset, length });
  }
  return { version, tables };
}

/** These tables of the file (those it has), as an sfnt of their own. */
export function sfntOfTables(file: FontBytes, directory: TableDirectory, tags: string[]): Uint8Array {
  const out = new Map<string, Uint8Array>();
  for (const tag of tags) {
    const t = directory.tables.get(tag);
    if (t) out.set(tag, Uint8Array.from(file.read(t.offset, t.length)));
  }
  return assemble(out);
}

/** An sfnt file of these tables: directory sorted by tag, each table 4-byte aligned with its checksum. */
export function assemble(tables: Map<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const n = tags.length;
  let size = 12 + 16 * n;
  for (const tag of tags) size += (tables.get(tag)!.length + 3) & ~3;
  const font = new Uint8Array(size);
  setU32(font, 0, 0x00010000);
  setU16(font, 4, n);
  const entrySelector = Math.floor(Math.log2(n));
  setU16(font, 6, 16 * 2 ** entrySelector);
  setU16(font, 8, entrySelector);
  setU16(font, 10, 16 * n - 16 * 2 ** entrySelector);
  let at = 12 + 16 * n;
  tags.forEach((tag, i) => {
    const bytes = tables.get(tag)!;
    const dir = 12 + 16 * i;
    for (let k = 0; k < 4; k++) font[dir + k] = tag.charCodeAt(k);
    font.set(bytes, at);
    setU32(font, dir + 4, checksum(font.subarray(at, at + ((bytes.length + 3) & ~3))));
    setU32(font, dir + 8, at);
    setU32(font, dir + 12, bytes.length);
    at += (bytes.length + 3) & ~3;
  });
  return font;
}

export function checksum(bytes: Uint8Array): number {
  let sum = 0;
  const whole = bytes.length & ~3;
  for (let i = 0; i < whole; i += 4) sum = (sum + u32(bytes, i)) >>> 0;
  if (whole < bytes.length) {
    const tail = new Uint8Array(4);
    tail.set(bytes.subarray(whole));
    sum = (sum + u32(tail, 0)) >>> 0;
  }
  return sum;
}

const u32 = (b: Uint8Array, at: number): number => ((b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]) >>> 0;
const setU16 = (b: Uint8Array, at: number, v: number): void => {
  b[at] = (v >> 8) & 0xff;
  b[at + 1] = v & 0xff;
};
const setU32 = (b: Uint8Array, at: number, v: number): void => {
  b[at] = (v >>> 24) & 0xff;
  b[at + 1] = (v >>> 16) & 0xff;
  b[at + 2] = (v >>> 8) & 0xff;
  b[at + 3] = v & 0xff;
};
