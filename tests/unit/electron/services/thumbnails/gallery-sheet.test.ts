/**
 * docs/gallery.png's sheet (scripts/gallery-contact-sheet.mjs): one thumbnail per gallery
 * design on disk, each painted (not a blank cell), on a real studio with the starter library.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportServiceFor } from '../../../../../electron/services/export';
import { gallerySheet } from '../../../../../electron/services/thumbnails/gallery-sheet';
import { makeStudio, type TestStudio } from '../../../../helpers/studio';

const ROOT = resolve(__dirname, '../../../../..');
const GALLERY = resolve(ROOT, 'assets/samples/designs/gallery');
const files = readdirSync(GALLERY).filter((f) => f.endsWith('.json'));

let t: TestStudio;
beforeAll(async () => {
  t = await makeStudio();
}, 60_000);
afterAll(() => t?.cleanup());

describe('gallery contact sheet', () => {
  it('shows every gallery design once, each cell painted from its document', async () => {
    const sheet = await gallerySheet(t.studio.designs, exportServiceFor(t.studio), { cell: 96, columns: 6, fontsDir: resolve(ROOT, 'assets/fonts') });
    expect(files.length).toBeGreaterThanOrEqual(17);
    expect(sheet.entries.map((e) => e.sample).sort()).toEqual(files.map((f) => `gallery/${f.replace(/\.json$/, '')}`).sort());
    const { data, info } = await sharp(sheet.png).greyscale().raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, info.channels]).toEqual([sheet.width, sheet.height, 1]);
    for (const e of sheet.entries) {
      expect(Math.max(e.widthPx, e.heightPx), e.sample).toBe(96);
      // the thumbnail's own grey levels vary (art, text, grounds), unlike the sheet's plain paper
      const values: number[] = [];
      for (let y = e.top; y < e.top + e.heightPx; y += 2) for (let x = e.left; x < e.left + e.widthPx; x += 2) values.push(data[(y * info.width + x) * info.channels]);
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
      expect(sd, e.sample).toBeGreaterThan(15);
    }
  }, 300_000);
});
