/** Thumbnails through the real dispatcher: painted from the design document, dielines for templates, cached by content. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { thumbnailDepsFor } from '../../../../electron/api/handlers/thumbnails';
import { ThumbnailService } from '../../../../electron/services/thumbnails/thumbnail-service';
import { templateKinds } from '../../../../model/templates';
import { call, makeStudio, type TestStudio } from '../../../helpers/studio';

let t: TestStudio;
beforeAll(async () => {
  t = await makeStudio();
}, 60_000);
afterAll(() => t?.cleanup());

const decode = async (dataUrl: string) => {
  expect(dataUrl.startsWith('data:image/png;base64,')).toBe(true);
  const { data, info } = await sharp(Buffer.from(dataUrl.split(',')[1], 'base64')).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  let ink = 0;
  let magenta = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 3] < 128) continue;
    if (data[i] < 230 || data[i + 1] < 230 || data[i + 2] < 230) ink++;
    if (data[i] > 180 && data[i + 1] < 120 && data[i + 2] > 180) magenta++;
  }
  return { width: info.width, height: info.height, ink, magenta };
};

describe('thumbnails.get', () => {
  it("paints a design from its document at the requested size, and a changed design gets a new picture", async () => {
    const design = await call(t.dispatch, 'designs.createFromSample', { sample: 'tuck-end-tea-box' });
    const a = await call(t.dispatch, 'thumbnails.get', { subject: { kind: 'design', id: design.id }, size: 200 });
    const img = await decode(a.dataUrl);
    expect(Math.max(img.width, img.height)).toBe(200);
    expect([img.width, img.height]).toEqual([a.widthPx, a.heightPx]);
    // the indigo panels: most of the flat carries ink, and a finished design shows no die lines
    expect(img.ink).toBeGreaterThan(img.width * img.height * 0.3);
    expect(img.magenta).toBe(0);
    const again = await call(t.dispatch, 'thumbnails.get', { subject: { kind: 'design', id: design.id }, size: 200 });
    expect(again.dataUrl).toBe(a.dataUrl);
    const changed = { ...design, elements: design.elements.filter((e: { id: string }) => e.id !== 'bg-front') };
    await call(t.dispatch, 'designs.save', { design: changed, reason: 'explicit' });
    const after = await call(t.dispatch, 'thumbnails.get', { subject: { kind: 'design', id: design.id }, size: 200 });
    expect(after.dataUrl).not.toBe(a.dataUrl);
    expect((await decode(after.dataUrl)).ink).toBeLessThan(img.ink);
  }, 120_000);

  it('draws every template kind as its dieline, at the sizes given', async () => {
    for (const kind of templateKinds) {
      const r = await call(t.dispatch, 'thumbnails.get', { subject: { kind: 'template', template: { kind } }, size: 160 });
      const img = await decode(r.dataUrl);
      expect(img.magenta, kind).toBeGreaterThan(100);
    }
    const low = await call(t.dispatch, 'thumbnails.get', { subject: { kind: 'template', template: { kind: 'label-jar', params: { heightMm: 40 } } }, size: 160 });
    const tall = await call(t.dispatch, 'thumbnails.get', { subject: { kind: 'template', template: { kind: 'label-jar', params: { heightMm: 160 } } }, size: 160 });
    expect(tall.heightPx).toBeGreaterThan(low.heightPx * 3);
  }, 120_000);

  it('paints a shipped sample without copying it into the library', async () => {
    const before = (await call(t.dispatch, 'designs.list', {})).length;
    const r = await call(t.dispatch, 'thumbnails.get', { subject: { kind: 'sample', sample: 'story-card-a6' }, size: 120 });
    expect((await decode(r.dataUrl)).ink).toBeGreaterThan(1000);
    expect((await call(t.dispatch, 'designs.list', {})).length).toBe(before);
  }, 60_000);
});

describe('the thumbnail folder', () => {
  it('keeps only the most recently used pictures, and a damaged one is painted again', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jinxiu-thumbs-'));
    try {
      const service = new ThumbnailService({ ...thumbnailDepsFor(t.studio), cacheDir: dir, diskEntries: 3 });
      const jar = (heightMm: number) => ({ kind: 'template' as const, template: { kind: 'label-jar' as const, params: { heightMm } } });
      const caller = 'cooperative' as const;
      for (const h of [40, 50, 60]) await service.get(jar(h), 64, caller);
      expect(fs.readdirSync(dir)).toHaveLength(3);
      for (const h of [70, 80]) await service.get(jar(h), 64, caller);
      expect(fs.readdirSync(dir)).toHaveLength(3);
      // a fresh service (a restart) finds the newest on disk; corrupt one and it is painted again
      const [victim] = fs.readdirSync(dir);
      fs.writeFileSync(path.join(dir, victim), 'not a png');
      const again = new ThumbnailService({ ...thumbnailDepsFor(t.studio), cacheDir: dir, diskEntries: 3 });
      const pics = await Promise.all([60, 70, 80].map((h) => again.get(jar(h), 64, caller)));
      for (const p of pics) expect(p.png.subarray(1, 4).toString()).toBe('PNG');
      expect(fs.readdirSync(dir)).toHaveLength(3);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
