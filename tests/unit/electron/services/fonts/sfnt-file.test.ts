import { closeSync, openSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { factsFromSfnt } from '../../../../../electron/services/fonts/font-facts';
import { bufferFontBytes, FACT_TABLES, fileFontBytes, sfntOfTables, tableDirectory } from '../../../../../electron/services/fonts/sfnt-file';
import { readSfnt } from '../../../../../electron/services/fonts/sfnt';

const bundledDir = resolve(__dirname, '../../../../../assets/fonts');
const fonts = JSON.parse(readFileSync(join(bundledDir, 'fonts.json'), 'utf8')) as { id: string; file: string }[];

describe('font files read piecewise', () => {
  for (const entry of fonts) {
    it(`${entry.id}: the fact tables alone give the facts of the whole file, reading a small part of it`, () => {
      const path = join(bundledDir, entry.file);
      const whole = readFileSync(path);
      const fd = openSync(path, 'r');
      let read = 0;
      try {
        const file = fileFontBytes(fd, statSync(path).size);
        const counting = { size: file.size, read: (offset: number, length: number) => ((read += length), file.read(offset, length)) };
        const directory = tableDirectory(counting)!;
        expect(directory.tables.has('glyf') || directory.tables.has('CFF ')).toBe(true);
        const part = readSfnt(sfntOfTables(counting, directory, FACT_TABLES));
        expect(factsFromSfnt(part, 'x')).toEqual(factsFromSfnt(readSfnt(whole), 'x'));
        expect(part.postscriptName).toBe(readSfnt(whole).postscriptName);
      } finally {
        closeSync(fd);
      }
      expect(read).toBeLessThan(whole.length / 4);
    });
  }

  it('knows no directory in what is not a single font', () => {
    expect(tableDirectory(bufferFontBytes(Buffer.from('ttcf and more bytes here')))).toBeUndefined();
    expect(tableDirectory(bufferFontBytes(Buffer.alloc(4)))).toBeUndefined();
    const cut = Buffer.alloc(12 + 16);
    cut.writeUInt32BE(0x00010000, 0);
    cut.writeUInt16BE(1, 4);
    cut.write('glyf', 12, 'latin1');
    cut.writeUInt32BE(1000, 12 + 8); // the table would lie beyond the end
    cut.writeUInt32BE(10, 12 + 12);
    expect(tableDirectory(bufferFontBytes(cut))).toBeUndefined();
  });
});
