import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareImage, TARGET_PPI } from '../../../../../electron/services/pdf/image-prep';
import { StudioError } from '../../../../../model/localized';
import type { ImageNode } from '../../../../../model/scene';
import { makeLogo, makePhoto } from './sample-scene';

const iccPath = resolve(__dirname, '../../../../../assets/icc/FOGRA39L_tac300.icc');
const ARGYLL_SRGB = '/usr/share/color/argyll/ref/sRGB.icm';
const tmp = mkdtempSync(join(tmpdir(), 'jinxiu-img-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const node = (over: Partial<ImageNode>): ImageNode => ({ type: 'image', assetId: 'a', x: 0, y: 0, width: 10, height: 10, pixelWidth: 64, pixelHeight: 64, ...over });

/** sRGB -> CMYK 0..100 computed by ArgyllCMS (perceptual), independent of sharp/libvips/lcms. */
function argyllCmyk(rgb: [number, number, number]): number[] {
  const lab = execFileSync('xicclu', ['-v0', '-ff', '-ip', '-pl', ARGYLL_SRGB], { input: rgb.map((v) => v / 255).join(' ') + '\n', encoding: 'utf8' });
  const cmyk = execFileSync('xicclu', ['-v0', '-fb', '-ip', '-pl', iccPath], { input: lab.trim() + '\n', encoding: 'utf8' });
  return cmyk.trim().split(/\s+/).slice(0, 4).map((v) => Number(v) * 100);
}

/** CMYK 0..100 of one pixel of a JPEG, read by ImageMagick. */
function jpegCmykAt(jpeg: Buffer, x: number, y: number): number[] {
  const f = join(tmp, `p${Math.random().toString(36).slice(2)}.jpg`);
  writeFileSync(f, jpeg);
  const out = execFileSync('convert', [f, '-format', `%[fx:p{${x},${y}}.c*100] %[fx:p{${x},${y}}.m*100] %[fx:p{${x},${y}}.y*100] %[fx:p{${x},${y}}.k*100]`, 'info:'], { encoding: 'utf8' });
  return out.trim().split(/\s+/).map(Number);
}

describe('prepareImage', () => {
  it('separates sRGB with the bundled profile the way ArgyllCMS does (no detour through another CMYK)', async () => {
    const patches: [number, number, number][] = [
      [0, 255, 0],
      [255, 0, 0],
      [0, 0, 160],
      [0, 0, 0],
      [200, 170, 120],
    ];
    for (const rgb of patches) {
      const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: { r: rgb[0], g: rgb[1], b: rgb[2] } } }).png().toBuffer();
      const img = await prepareImage(png, node({ width: (64 / TARGET_PPI) * 25.4, height: (64 / TARGET_PPI) * 25.4 }), iccPath);
      expect(img.width).toBe(64);
      const got = jpegCmykAt(img.jpeg, 32, 32);
      const want = argyllCmyk(rgb);
      got.forEach((v, i) => expect(Math.abs(v - want[i]), `${rgb} channel ${i}: got ${got} want ${want}`).toBeLessThan(3));
    }
  });

  it('keeps rich black within the 300 % ink limit', async () => {
    const png = await sharp({ create: { width: 32, height: 32, channels: 3, background: '#000' } }).png().toBuffer();
    const img = await prepareImage(png, node({ width: 2, height: 2 }), iccPath);
    const sum = jpegCmykAt(img.jpeg, 16, 16).reduce((a, b) => a + b, 0);
    expect(sum).toBeGreaterThan(280);
    expect(sum).toBeLessThanOrEqual(301);
  });

  it('crops in source pixels, then downsamples to 450 ppi effective, never upsamples', async () => {
    const photo = await makePhoto();
    const cropped = await prepareImage(photo, node({ width: 20, height: 13.333, pixelWidth: 3000, pixelHeight: 2000, crop: { left: 1500, top: 1000, width: 1500, height: 1000 } }), iccPath);
    expect(cropped.width).toBe(Math.ceil((20 / 25.4) * 450));
    expect(cropped.height).toBe(Math.ceil((13.333 / 25.4) * 450));
    // the crop's bottom-right area is sRGB (~255, ~255, 160): light yellow, so almost no cyan or magenta
    const [c, m, y] = jpegCmykAt(cropped.jpeg, cropped.width - 3, cropped.height - 3);
    expect(c).toBeLessThan(15);
    expect(m).toBeLessThan(15);
    expect(y).toBeGreaterThan(25);
    const big = await prepareImage(photo, node({ width: 300, height: 200, pixelWidth: 3000, pixelHeight: 2000 }), iccPath);
    expect([big.width, big.height]).toEqual([3000, 2000]);
  });

  it('turns transparency into a gray soft mask', async () => {
    const img = await prepareImage(await makeLogo(), node({ width: 16, height: 16, pixelWidth: 800, pixelHeight: 800 }), iccPath);
    expect(img.alpha).toBeDefined();
    expect(img.alpha!.length).toBe(img.width * img.height);
    expect(img.alpha![0]).toBe(0); // corner: outside the disc
    const mid = Math.floor(img.height / 2) * img.width + Math.floor(img.width / 2);
    expect(img.alpha![mid]).toBe(255);
    const opaque = await prepareImage(await makePhoto(), node({ width: 10, height: 10 }), iccPath);
    expect(opaque.alpha).toBeUndefined();
  });

  it('fails with plain-language errors for a missing profile or an unreadable image', async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } }).png().toBuffer();
    for (const [p, icc, code] of [
      [png, join(tmp, 'missing.icc'), 'pdf.iccMissing'],
      [Buffer.from('not an image'), iccPath, 'pdf.imageUnreadable'],
    ] as const) {
      const err = await prepareImage(p, node({}), icc).then(() => undefined, (e: unknown) => e);
      expect(err).toBeInstanceOf(StudioError);
      expect((err as StudioError).code).toBe(code);
    }
  });

  it('is sized from the file itself when the scene recorded another pixel size (the early start is redone)', async () => {
    const photo = await makePhoto(); // 3000 x 2000
    const placed = { width: 300, height: 200, crop: { left: 1500, top: 1000, width: 1500, height: 1000 } };
    const right = await prepareImage(photo, node({ ...placed, pixelWidth: 3000, pixelHeight: 2000 }), iccPath);
    // a scene that believes the photo is 1000 x 700 would clamp the crop to 1 x 1 pixel
    const wrong = await prepareImage(photo, node({ ...placed, pixelWidth: 1000, pixelHeight: 700 }), iccPath);
    expect([wrong.width, wrong.height]).toEqual([1500, 1000]);
    expect(wrong.jpeg.equals(right.jpeg)).toBe(true);
  });
});

