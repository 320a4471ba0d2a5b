import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FontService } from '../../../../../electron/services/fonts/font-service';
import { prepareImage, TARGET_PPI } from '../../../../../electron/services/pdf/image-prep';
import { decodeEntry, encodeEntry, PreparedImageDiskCache } from '../../../../../electron/services/pdf/prepared-image-cache';
import { writePdf } from '../../../../../electron/services/pdf/write-pdf';
import type { ImageNode } from '../../../../../model/scene';
import { pdfimagesList, qpdfCheck } from '../../../../helpers/pdf-tools';
import { LOGO_ID, PHOTO_ID, SAMPLE_ICC, labelScene, makeLogo, makePhoto, sampleWriteOptions } from './sample-scene';

const root = resolve(__dirname, '../../../../..');
const iccPath = SAMPLE_ICC;
const tmp = mkdtempSync(join(tmpdir(), 'jinxiu-image-cache-'));
let photo: Buffer;
let logo: Buffer;

const node = (over: Partial<ImageNode> = {}): ImageNode => ({ type: 'image', assetId: PHOTO_ID, x: 0, y: 0, width: 20, height: 13.333, pixelWidth: 3000, pixelHeight: 2000, ...over });

beforeAll(async () => {
  photo = await makePhoto();
  logo = await makeLogo();
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('prepared photos kept between exports', () => {
  it('hands back exactly the bytes it kept, and makes nothing the second time', async () => {
    const cache = new PreparedImageDiskCache(join(tmp, 'same'), 'export-Abcdefgh');
    let made = 0;
    const make = () => {
      made++;
      return prepareImage(logo, node({ assetId: LOGO_ID, width: 16, height: 16, pixelWidth: 800, pixelHeight: 800 }), iccPath);
    };
    const first = await cache.prepared(node({ assetId: LOGO_ID }), 'icc', TARGET_PPI, make);
    const second = await cache.prepared(node({ assetId: LOGO_ID }), 'icc', TARGET_PPI, make);
    expect(made).toBe(1);
    expect(second.jpeg.equals(first.jpeg)).toBe(true);
    expect(first.alpha).toBeDefined();
    expect(second.alpha!.equals(first.alpha!)).toBe(true);
    expect([second.width, second.height]).toEqual([first.width, first.height]);
  });

  it('makes a new entry whenever the code, photo, crop, placed size, resolution or profile differ', async () => {
    const dir = join(tmp, 'keys');
    const cache = new PreparedImageDiskCache(dir, 'export-Abcdefgh');
    const fake = { jpeg: Buffer.from('jpeg'), width: 1, height: 1 };
    let made = 0;
    const make = async () => (made++, fake);
    const variants: Array<[PreparedImageDiskCache, ImageNode, string, number]> = [
      [cache, node(), 'icc-a', TARGET_PPI],
      [new PreparedImageDiskCache(dir, 'export-Zyxwvuts'), node(), 'icc-a', TARGET_PPI],
      [cache, node({ assetId: 'other-photo' }), 'icc-a', TARGET_PPI],
      [cache, node({ crop: { left: 10, top: 10, width: 100, height: 100 } }), 'icc-a', TARGET_PPI],
      [cache, node({ width: 21 }), 'icc-a', TARGET_PPI],
      [cache, node({ height: 14 }), 'icc-a', TARGET_PPI],
      [cache, node({ pixelWidth: 2999 }), 'icc-a', TARGET_PPI],
      [cache, node({ pixelHeight: 1999 }), 'icc-a', TARGET_PPI],
      [cache, node(), 'icc-b', TARGET_PPI],
      [cache, node(), 'icc-a', 300],
    ];
    for (const [c, n, icc, ppi] of variants) await c.prepared(n, icc, ppi, make);
    expect(made).toBe(variants.length);
    // position on the page does not change the pixels
    await cache.prepared(node({ x: 50, y: 70 }), 'icc-a', TARGET_PPI, make);
    expect(made).toBe(variants.length);
    expect(readdirSync(dir).filter((n) => n.startsWith('image-'))).toHaveLength(variants.length);
  });

  it('treats a damaged, truncated or foreign entry as a miss and replaces it', async () => {
    const dir = join(tmp, 'damaged');
    const cache = new PreparedImageDiskCache(dir, 'export-Abcdefgh');
    const fake = { jpeg: Buffer.from('0123456789'), width: 2, height: 3, alpha: Buffer.from('abcdef') };
    await cache.prepared(node(), 'icc', TARGET_PPI, async () => fake);
    const [name] = readdirSync(dir);
    const file = join(dir, name);
    const good = readFileSync(file);
    const key = cache.key(node(), 'icc', TARGET_PPI);
    expect(decodeEntry(good, key)).toEqual(fake);
    const flipped = Buffer.from(good);
    flipped[flipped.length - 1] ^= 0xff;
    for (const bad of [flipped, good.subarray(0, good.length - 3), good.subarray(0, 2), Buffer.from('not an entry'), encodeEntry('another key', fake)]) {
      writeFileSync(file, bad);
      let made = 0;
      const again = await cache.prepared(node(), 'icc', TARGET_PPI, async () => (made++, fake));
      expect(made).toBe(1);
      expect(again).toEqual(fake);
      expect(decodeEntry(readFileSync(file), key)).toEqual(fake);
    }
  });

  it('stays within its bounds, dropping the least recently used entries', async () => {
    const dir = join(tmp, 'bounded');
    const byCount = new PreparedImageDiskCache(dir, 'export-Abcdefgh', 3);
    for (let i = 0; i < 5; i++) await byCount.prepared(node({ assetId: `p${i}` }), 'icc', TARGET_PPI, async () => ({ jpeg: Buffer.alloc(100, i), width: 1, height: 1 }));
    expect(readdirSync(dir)).toHaveLength(3);
    const bytesDir = join(tmp, 'bounded-bytes');
    const bySize = new PreparedImageDiskCache(bytesDir, 'export-Abcdefgh', 64, 2500);
    for (let i = 0; i < 5; i++) await bySize.prepared(node({ assetId: `p${i}` }), 'icc', TARGET_PPI, async () => ({ jpeg: Buffer.alloc(1000, i), width: 1, height: 1 }));
    expect(readdirSync(bytesDir).length).toBeLessThanOrEqual(2);
  });

  it('writes the same PDF from kept photos as from converting them (qpdf-clean, CMYK JPEGs)', async () => {
    const cacheDir = join(tmp, 'pdf');
    const base = sampleWriteOptions({ fonts: new FontService({ bundledDir: join(root, 'assets/fonts') }), photo, logo }, 'cache test');
    const plain = await writePdf(labelScene(), base);
    const filling = await writePdf(labelScene(), { ...base, imageCache: new PreparedImageDiskCache(cacheDir, 'export-Abcdefgh') });
    expect(readdirSync(cacheDir).filter((n) => n.startsWith('image-'))).toHaveLength(2);
    // from the cache alone: loading a photo now would throw
    const kept = await writePdf(labelScene(), {
      ...base,
      loadImage: () => {
        throw new Error('the photo was read although it was kept');
      },
      imageCache: new PreparedImageDiskCache(cacheDir, 'export-Abcdefgh'),
    });
    expect(filling.equals(plain)).toBe(true);
    expect(kept.equals(plain)).toBe(true);
    const file = join(tmp, 'kept.pdf');
    writeFileSync(file, kept);
    expect(existsSync(file)).toBe(true);
    expect(qpdfCheck(file)).toMatch(/No syntax or stream encoding errors found/);
    const images = pdfimagesList(file);
    expect(images.filter((i) => i.type === 'image').every((i) => i.color === 'cmyk' && i.enc === 'jpeg')).toBe(true);
    expect(images.some((i) => i.type === 'smask')).toBe(true);
  });
});
