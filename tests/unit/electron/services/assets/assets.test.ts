import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { PDFDocument } from 'pdf-lib';
import { call, makeStudio, type TestStudio } from '../../../../helpers/studio';
import { noisyJpeg, pngBomb, solidPng } from '../../../../helpers/images';

const b64 = (x: Buffer | Uint8Array) => Buffer.from(x).toString('base64');
const sha = (x: Uint8Array) => createHash('sha256').update(x).digest('hex');
const fromDataUrl = (url: string) => Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
const count = (t: TestStudio, table: string) => (t.studio.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('assets through the API', () => {
  let t: TestStudio;
  beforeAll(async () => {
    t = await makeStudio({ starterLibrary: false });
  });
  afterAll(() => t.cleanup());

  it('keeps the original photo unchanged (id = its sha256) and returns a screen preview', async () => {
    const photo = await noisyJpeg(1600, 900, 7);
    const up = await call(t.dispatch, 'assets.upload', { name: 'C:\\photos\\tea.jpg', base64: b64(photo), purpose: 'photo' });
    expect(up.assetId).toBe(sha(photo));
    expect([up.pixelWidth, up.pixelHeight]).toEqual([1600, 900]);
    expect(t.studio.store.read(up.assetId).equals(photo)).toBe(true);
    const preview = await sharp(fromDataUrl(up.preview)).metadata();
    // the data URL's type is the real one (a browser refuses mislabelled images)
    expect(up.preview.startsWith(`data:image/${preview.format === 'jpeg' ? 'jpeg' : preview.format};base64,`)).toBe(true);
    expect(Math.max(preview.width!, preview.height!)).toBeLessThanOrEqual(1200);
    expect(preview.width! / preview.height!).toBeCloseTo(16 / 9, 1);
    const files = t.studio.db.prepare('SELECT media_type FROM files WHERE sha256 = ?').get(up.assetId) as { media_type: string };
    expect(files.media_type).toBe('image/jpeg');
    const again = await call(t.dispatch, 'assets.preview', { assetId: up.assetId });
    expect(again).toEqual({ preview: up.preview, pixelWidth: 1600, pixelHeight: 900 });
    // uploading the same bytes twice is harmless
    const twice = await call(t.dispatch, 'assets.upload', { name: 'tea again.jpg', base64: b64(photo), purpose: 'photo' });
    expect(twice.assetId).toBe(up.assetId);
  });

  it('refuses a decompression bomb, a truncated photo and a wrong type, storing nothing', async () => {
    const files = count(t, 'files');
    const assets = count(t, 'assets');
    const bomb = await t.dispatch('assets.upload', { name: 'bomb.png', base64: b64(pngBomb()), purpose: 'photo' });
    expect(bomb.ok).toBe(false);
    if (!bomb.ok) {
      expect(bomb.error.code).toBe('image.too-many-pixels');
      expect(bomb.error.message.zh).toContain('bomb.png');
    }
    const jpeg = await noisyJpeg(200, 200, 9);
    const cut = await t.dispatch('assets.upload', { name: 'cut.jpg', base64: b64(jpeg.subarray(0, jpeg.length / 2)), purpose: 'photo' });
    expect(cut.ok).toBe(false);
    if (!cut.ok) expect(cut.error.code).toBe('image.corrupt');
    const text = await t.dispatch('assets.upload', { name: 'photo.jpg', base64: b64(Buffer.from('not an image at all')), purpose: 'photo' });
    expect(text.ok).toBe(false);
    if (!text.ok) expect(text.error.code).toBe('intake.wrong-type');
    expect(count(t, 'files')).toBe(files);
    expect(count(t, 'assets')).toBe(assets);
  });

  it('evidence accepts a PDF certificate (kept as is, shown as a document sign); photos do not', async () => {
    const doc = await PDFDocument.create();
    doc.addPage([200, 200]).drawText('GI certificate');
    const pdf = await doc.save();
    const asPhoto = await t.dispatch('assets.upload', { name: 'cert.pdf', base64: b64(pdf), purpose: 'photo' });
    expect(asPhoto.ok).toBe(false);
    const up = await call(t.dispatch, 'assets.upload', { name: 'cert.pdf', base64: b64(pdf), purpose: 'evidence' });
    expect(up.assetId).toBe(sha(pdf));
    expect(up.preview.startsWith('data:image/png;base64,')).toBe(true);
    expect(t.studio.store.read(up.assetId).equals(Buffer.from(pdf))).toBe(true);
    const png = await solidPng(40, 30, [200, 10, 10]);
    const scan = await call(t.dispatch, 'assets.upload', { name: 'scan.png', base64: b64(png), purpose: 'evidence' });
    expect([scan.pixelWidth, scan.pixelHeight]).toEqual([40, 30]);
  });

  it('a preview of an unknown asset says what to do', async () => {
    const r = await t.dispatch('assets.preview', { assetId: 'f'.repeat(64) });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('asset.not-found');
      expect(r.error.message.en).toContain('Upload the image again');
    }
  });
});
