import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fontkit from '@pdf-lib/fontkit';
import { call, makeStudio, type TestStudio } from '../../../../helpers/studio';
import { solidPng } from '../../../../helpers/images';

const REGULAR = join(process.cwd(), 'assets', 'fonts', 'LXGWWenKai-Regular.ttf');

describe('fonts through the API', () => {
  let t: TestStudio;
  beforeAll(async () => {
    t = await makeStudio({ starterLibrary: false });
  });
  afterAll(() => t.cleanup());

  it('lists the bundled fonts without file paths', async () => {
    const fonts = await call(t.dispatch, 'fonts.list');
    expect(fonts.map((f: any) => f.id)).toEqual(expect.arrayContaining(['lxgw-wenkai-regular', 'lxgw-wenkai-light']));
    for (const f of fonts) expect(Object.keys(f).sort()).toEqual(['family', 'id', 'licence', 'name', 'source']);
  });

  it('gives advances keyed by decimal code point: LXGW has 蝴, not an emoji', async () => {
    const m = await call(t.dispatch, 'fonts.metrics', { fontId: 'lxgw-wenkai-regular', text: '蝴蝶妈妈 A😀' });
    const font = fontkit.create(readFileSync(REGULAR)) as any;
    const hu = '蝴'.codePointAt(0)!;
    expect(m.unitsPerEm).toBe(font.unitsPerEm);
    expect(m.advances[String(hu)]).toBe(font.glyphForCodePoint(hu).advanceWidth);
    expect(m.advances[String(hu)]).toBeGreaterThan(0);
    expect(m.advances['65']).toBe(font.glyphForCodePoint(65).advanceWidth);
    expect(m.missing).toEqual(['😀'.codePointAt(0)]);
    expect(m.ascender).toBeGreaterThan(0);
    expect(m.descender).toBeLessThan(0);
  });

  it('unknown font ids are refused with a message', async () => {
    const r = await t.dispatch('fonts.metrics', { fontId: 'nope', text: 'a' });
    expect(r.ok).toBe(false);
  });

  it('sends the very font file, with its family', async () => {
    const f = await call(t.dispatch, 'fonts.file', { fontId: 'lxgw-wenkai-regular' });
    expect(f.family).toBe('LXGW WenKai');
    expect(Buffer.from(f.base64, 'base64').equals(readFileSync(REGULAR))).toBe(true);
  });

  it('with a text, sends only those glyphs: a small font whose outlines and advances are the full file\'s', async () => {
    const f = await call(t.dispatch, 'fonts.file', { fontId: 'lxgw-wenkai-regular', text: '苗绣A' });
    const bytes = Buffer.from(f.base64, 'base64');
    expect(f.family).toBe('LXGW WenKai');
    expect(bytes.length).toBeLessThan(50_000);
    const sub = fontkit.create(bytes) as any;
    const full = fontkit.create(readFileSync(REGULAR)) as any;
    for (const ch of '苗绣A') {
      const cp = ch.codePointAt(0)!;
      expect(sub.hasGlyphForCodePoint(cp)).toBe(true);
      expect(sub.glyphForCodePoint(cp).advanceWidth).toBe(full.glyphForCodePoint(cp).advanceWidth);
      expect(sub.glyphForCodePoint(cp).path.toSVG()).toBe(full.glyphForCodePoint(cp).path.toSVG());
    }
    expect(sub.hasGlyphForCodePoint('蝴'.codePointAt(0)!)).toBe(false);
    expect(sub.unitsPerEm).toBe(full.unitsPerEm);
  });

  it('imports a real font and refuses a file that is not one (by content, whatever its name)', async () => {
    const png = await solidPng(8, 8, [0, 0, 0]);
    const bad = await t.dispatch('fonts.import', { name: 'MyFont.ttf', base64: png.toString('base64') });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('intake.wrong-type');
      expect(bad.error.message.zh).toContain('MyFont.ttf');
    }
    const truncated = readFileSync(REGULAR).subarray(0, 4096);
    const cut = await t.dispatch('fonts.import', { name: 'cut.ttf', base64: truncated.toString('base64') });
    expect(cut.ok).toBe(false);
    if (!cut.ok) expect(cut.error.code).toMatch(/^font\./);
    const imported = await call(t.dispatch, 'fonts.import', { name: '../../My Font.ttf', base64: readFileSync(REGULAR).toString('base64') });
    expect(imported.source).toBe('user');
    expect(imported.id.startsWith('user:')).toBe(true);
    const list = await call(t.dispatch, 'fonts.list');
    expect(list.map((f: any) => f.id)).toContain(imported.id);
    const m = await call(t.dispatch, 'fonts.metrics', { fontId: imported.id, text: '蝴' });
    expect(m.missing).toEqual([]);
  });
});
