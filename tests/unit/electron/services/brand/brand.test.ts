import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { call, makeStudio, type TestStudio } from '../../../../helpers/studio';
import { noisyJpeg, pngBomb, solidPng } from '../../../../helpers/images';

const b64 = (x: string | Buffer) => Buffer.from(x).toString('base64');

async function fails(t: TestStudio, name: string, input: unknown) {
  const r = await t.dispatch(name, input);
  expect(r.ok, `${name} should fail`).toBe(false);
  if (r.ok) throw new Error('unreachable');
  return r.error;
}

describe('brand kits through the API', () => {
  let t: TestStudio;
  beforeAll(async () => {
    t = await makeStudio({ starterLibrary: false, now: () => new Date('2026-04-02T10:00:00.000Z') });
  });
  afterAll(() => t.cleanup());

  it('a new studio has one default kit: 我的合作社, with the sample colour names, Silver as a spot, and bundled fonts', async () => {
    const kits = await call(t.dispatch, 'brand.list');
    expect(kits.length).toBe(1);
    const kit = kits[0];
    expect(kit.name.zh).toBe('我的合作社');
    const names = kit.palette.map((c: any) => c.name);
    // the sample designs refer to these by name
    for (const n of ['靛蓝', '朱砂红', '米白']) expect(names).toContain(n);
    expect(kit.palette.length).toBeGreaterThanOrEqual(6);
    const silver = kit.palette.find((c: any) => c.spot === 'Silver');
    expect(silver?.cmyk).toBeDefined();
    const black = kit.palette.find((c: any) => c.cmyk.k === 100);
    expect(black).toBeDefined();
    const fontIds = (await call(t.dispatch, 'fonts.list')).map((f: any) => f.id);
    expect(fontIds).toContain(kit.fonts.title);
    expect(fontIds).toContain(kit.fonts.body);
    // titles in the Song serif bold (Noto Serif SC), body in the kai
    expect(kit.fonts).toEqual({ title: 'noto-serif-sc-bold', body: 'lxgw-wenkai-light' });
  });

  it('the default kit is made once, not again on the next start', async () => {
    const again = await import('../../../../../electron/services/studio').then((m) => m.openStudio({ dataDir: t.dataDir, runtime: 'cli', starterLibrary: false }));
    try {
      expect(again.brand.list().length).toBe(1);
    } finally {
      again.close();
    }
  });

  it('saves a new kit and an edit of it; updatedAt is set by the studio', async () => {
    const [base] = await call(t.dispatch, 'brand.list');
    const kit = { ...base, id: 'leishan', name: { zh: '雷山绣娘合作社', en: 'Leishan embroiderers' }, story: { zh: '我们的故事', en: 'Our story' }, updatedAt: 'x' };
    const saved = await call(t.dispatch, 'brand.save', { kit });
    expect(saved.updatedAt).toBe('2026-04-02T10:00:00.000Z');
    const edited = await call(t.dispatch, 'brand.save', { kit: { ...saved, palette: saved.palette.slice(0, 2) } });
    expect(edited.palette.length).toBe(2);
    const list = await call(t.dispatch, 'brand.list');
    expect(list.map((k: any) => k.id)).toEqual([base.id, 'leishan']);
    expect(list[1].palette.length).toBe(2);
  });

  it('refuses invalid kits with plain-words errors', async () => {
    const [base] = await call(t.dispatch, 'brand.list');
    const dup = await fails(t, 'brand.save', { kit: { ...base, palette: [...base.palette, { ...base.palette[0] }] } });
    expect(dup.code).toBe('brand.duplicate-colour');
    expect(dup.message.zh).toContain(base.palette[0].name);
    const font = await fails(t, 'brand.save', { kit: { ...base, fonts: { title: 'comic-sans', body: base.fonts.body } } });
    expect(font.code).toBe('brand.unknown-font');
    expect(font.message.en).toContain('lxgw-wenkai-regular');
    const cmyk = await fails(t, 'brand.save', { kit: { ...base, palette: [{ name: '红', cmyk: { c: 0, m: 140, y: 0, k: 0 } }] } });
    expect(cmyk.code).toBe('api.invalid-input');
    expect(cmyk.message.en).toContain('palette');
    const fakeLogo = await fails(t, 'brand.save', { kit: { ...base, logo: { assetId: 'a'.repeat(64), kind: 'png' } } });
    expect(fakeLogo.code).toBe('brand.logo-missing');
    // nothing changed
    expect((await call(t.dispatch, 'brand.list'))[0]).toEqual(base);
  });

  it('an SVG logo is sanitized before it is stored and registered', async () => {
    const [base] = await call(t.dispatch, 'brand.list');
    const hostile =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40" onload="alert(1)"><script>fetch("http://evil.example/")</script>' +
      '<circle cx="20" cy="20" r="15" fill="#1f3a68"/><a href="javascript:alert(2)"><rect width="5" height="5"/></a><image href="http://evil.example/x.png" width="9" height="9"/></svg>';
    const kit = await call(t.dispatch, 'brand.uploadLogo', { kitId: base.id, name: 'logo.svg', base64: b64(hostile) });
    expect(kit.logo.kind).toBe('svg');
    const stored = t.studio.store.read(kit.logo.assetId).toString('utf8');
    expect(createHash('sha256').update(stored).digest('hex')).toBe(kit.logo.assetId);
    expect(stored).toContain('<circle');
    for (const bad of ['<script', 'onload', 'javascript:', 'evil.example']) expect(stored).not.toContain(bad);
    const row = t.studio.db.prepare('SELECT media_type FROM files WHERE sha256 = ?').get(kit.logo.assetId) as { media_type: string };
    expect(row.media_type).toBe('image/svg+xml');
    const kitRow = t.studio.db.prepare('SELECT logo_sha256 FROM brand_kits WHERE id = ?').get(base.id) as { logo_sha256: string };
    expect(kitRow.logo_sha256).toBe(kit.logo.assetId);
    // the kit as listed carries the logo, and it can be saved again as is
    const again = await call(t.dispatch, 'brand.save', { kit });
    expect(again.logo).toEqual(kit.logo);
  });

  it('a PNG logo is kept byte for byte; bombs, JPEGs and unknown kits are refused', async () => {
    const [base] = await call(t.dispatch, 'brand.list');
    const png = await solidPng(32, 16, [31, 58, 104]);
    const kit = await call(t.dispatch, 'brand.uploadLogo', { kitId: base.id, name: 'logo.png', base64: b64(png) });
    expect(kit.logo).toEqual({ assetId: createHash('sha256').update(png).digest('hex'), kind: 'png' });
    expect((await sharp(t.studio.store.read(kit.logo.assetId)).metadata()).width).toBe(32);
    const filesBefore = (t.studio.db.prepare('SELECT count(*) AS n FROM files').get() as { n: number }).n;
    expect((await fails(t, 'brand.uploadLogo', { kitId: base.id, name: 'bomb.png', base64: b64(pngBomb()) })).code).toBe('image.too-many-pixels');
    expect((await fails(t, 'brand.uploadLogo', { kitId: base.id, name: 'photo.jpg', base64: b64(await noisyJpeg(20, 20)) })).code).toBe('intake.wrong-type');
    expect((await fails(t, 'brand.uploadLogo', { kitId: 'nobody', name: 'logo.png', base64: b64(png) })).code).toBe('brand.not-found');
    expect((t.studio.db.prepare('SELECT count(*) AS n FROM files').get() as { n: number }).n).toBe(filesBefore);
    expect((await call(t.dispatch, 'brand.list'))[0].logo).toEqual(kit.logo);
  });
});
