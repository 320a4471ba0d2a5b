import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FontService } from '../../../../../electron/services/fonts/font-service';
import { StudioError } from '../../../../../model/localized';

const bundledDir = resolve(__dirname, '../../../../../assets/fonts');
const tmp = mkdtempSync(join(tmpdir(), 'jinxiu-fonts-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Code points a font file covers, read by fontconfig (independent of fontkit/HarfBuzz). */
function fcCharset(path: string): Set<number> {
  const out = execFileSync('fc-query', ['--format=%{charset}', path], { encoding: 'utf8' });
  const set = new Set<number>();
  for (const part of out.trim().split(/\s+/)) {
    if (!part) continue;
    const [a, b] = part.split('-').map((h) => parseInt(h, 16));
    for (let cp = a; cp <= (b ?? a); cp++) set.add(cp);
  }
  return set;
}

function expectStudioError(fn: () => unknown, code: string) {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(StudioError);
    expect((e as StudioError).code).toBe(code);
    expect((e as StudioError).localized.zh).toMatch(/[\u4e00-\u9fff]/);
    return;
  }
  throw new Error(`expected StudioError ${code}`);
}

describe('FontService', () => {
  const fonts = new FontService({ bundledDir, userDir: join(tmp, 'user-fonts') });

  it('lists the bundled OFL fonts (LXGW WenKai, Noto Serif SC, Noto Sans SC with bold), each file under 20 MB', () => {
    const list = fonts.list();
    expect(list.filter((f) => f.source === 'bundled').map((f) => f.id)).toEqual([
      'lxgw-wenkai-regular',
      'lxgw-wenkai-light',
      'noto-serif-sc-bold',
      'noto-serif-sc-regular',
      'noto-sans-sc-regular',
      'noto-sans-sc-bold',
    ]);
    for (const f of list) {
      expect(statSync(f.path).size).toBeLessThan(20 * 1024 * 1024);
      expect(f.licence).toMatch(/OFL/);
      expect(f.name.zh).toBeTruthy();
      expect(f.name.en).toBeTruthy();
    }
  });

  it('reports metrics: CJK ideographs full-width, Latin narrower, missing code points listed', () => {
    const m = fonts.metrics('lxgw-wenkai-regular', '苗绣i W\u{1F600}');
    expect(m.unitsPerEm).toBeGreaterThan(0);
    expect(m.ascender).toBeGreaterThan(0);
    expect(m.descender).toBeLessThan(0);
    expect(m.advances['苗'.codePointAt(0)!]).toBe(m.unitsPerEm);
    expect(m.advances['i'.codePointAt(0)!]).toBeLessThan(m.advances['W'.codePointAt(0)!]);
    expect(m.missing).toEqual([0x1f600]);
  });

  it('gives model/text a live metrics object that agrees with the plain metrics', () => {
    const live = fonts.layoutMetrics('lxgw-wenkai-regular');
    const plain = fonts.metrics('lxgw-wenkai-regular', '苗A︐');
    expect(live.unitsPerEm).toBe(plain.unitsPerEm);
    for (const ch of '苗A︐') expect(live.advance(ch.codePointAt(0)!)).toBe(plain.advances[ch.codePointAt(0)!]);
    expect(live.hasGlyph(0x1f600)).toBe(false);
    expect(live.advance(0x1f600)).toBe(0);
  });

  it('hasGlyphs agrees with fontconfig on what the font covers', () => {
    const text = '贵州苗族刺绣ABC\u{1F600}\u1820\n';
    const missing = fonts.hasGlyphs('lxgw-wenkai-regular', text);
    const charset = fcCharset(fonts.info('lxgw-wenkai-regular').path);
    const expected = [...new Set([...text])].filter((c) => c !== '\n' && !charset.has(c.codePointAt(0)!));
    expect(missing).toEqual(expected);
    expect(missing).toContain('\u{1F600}');
  });

  it('subsets to exactly the characters asked for, small, and caches', async () => {
    const text = '锦绣工坊 Jinxiu';
    const a = await fonts.subset('lxgw-wenkai-light', text);
    expect(a.length).toBeLessThan(60_000);
    const path = join(tmp, 'subset.ttf');
    writeFileSync(path, a);
    const charset = fcCharset(path);
    for (const ch of '锦绣工坊Jinxu') expect(charset.has(ch.codePointAt(0)!)).toBe(true);
    expect(charset.has('苗'.codePointAt(0)!)).toBe(false);
    const b = await fonts.subset('lxgw-wenkai-light', 'Jinxiu 坊工绣锦');
    expect(b).toBe(a); // same character set, same cached buffer
  });

  it('drops layout tables from subsets unless asked to keep them (PDF text must match plain advances)', async () => {
    const tables = (font: Buffer) => {
      const n = font.readUInt16BE(4);
      return Array.from({ length: n }, (_, i) => font.toString('latin1', 12 + i * 16, 16 + i * 16));
    };
    const plain = tables(await fonts.subset('lxgw-wenkai-regular', '15:00 苗'));
    expect(plain).toEqual(expect.arrayContaining(['cmap', 'glyf', 'hmtx']));
    expect(plain).not.toContain('GSUB');
    expect(plain).not.toContain('GPOS');
    const shaped = tables(await fonts.subset('lxgw-wenkai-regular', '15:00 苗', { keepLayout: true }));
    expect(shaped).toContain('GSUB');
  });

  it('imports a user font by content, lists it, and deduplicates identical bytes', async () => {
    const bytes = await fonts.subset('lxgw-wenkai-regular', '蝴蝶妈妈');
    const info = fonts.importFont(bytes, 'butterfly.ttf');
    expect(info.source).toBe('user');
    expect(fonts.list().map((f) => f.id)).toContain(info.id);
    expect(fonts.importFont(bytes, 'again.ttf').id).toBe(info.id);
    expect(fonts.hasGlyphs(info.id, '蝴蝶苗')).toEqual(['苗']);
    const fresh = new FontService({ bundledDir, userDir: join(tmp, 'user-fonts') });
    expect(fresh.list().some((f) => f.id === info.id)).toBe(true);
  });

  it('refuses files that are not embeddable single fonts, whatever their name', async () => {
    expectStudioError(() => fonts.importFont(Buffer.from('hello, this is not a font at all'), 'fake.ttf'), 'font.notAFont');
    const ttc = Buffer.alloc(64);
    ttc.write('ttcf', 0, 'latin1');
    expectStudioError(() => fonts.importFont(ttc, 'pack.ttc'), 'font.collection');
    const woff = Buffer.alloc(64);
    woff.write('wOF2', 0, 'latin1');
    expectStudioError(() => fonts.importFont(woff, 'web.ttf'), 'font.webFont');
    const broken = Buffer.alloc(200, 7);
    broken.writeUInt32BE(0x00010000, 0);
    expectStudioError(() => fonts.importFont(broken, 'broken.ttf'), 'font.unreadable');

    // set fsType = 2 (restricted licence embedding) in the OS/2 table of a real font
    const restricted = Buffer.from(await fonts.subset('lxgw-wenkai-regular', '银饰'));
    const numTables = restricted.readUInt16BE(4);
    let patched = false;
    for (let i = 0; i < numTables; i++) {
      const rec = 12 + i * 16;
      if (restricted.toString('latin1', rec, rec + 4) === 'OS/2') {
        restricted.writeUInt16BE(0x0002, restricted.readUInt32BE(rec + 8) + 8);
        patched = true;
      }
    }
    expect(patched).toBe(true);
    expectStudioError(() => fonts.importFont(restricted, 'restricted.ttf'), 'font.embeddingForbidden');
    expectStudioError(() => fonts.info('no-such-font'), 'font.unknown');
  });

  it('reads the bundled licence text next to the fonts', () => {
    expect(readFileSync(join(bundledDir, 'OFL-LXGWWenKai.txt'), 'utf8')).toMatch(/SIL OPEN FONT LICENSE Version 1\.1/);
    expect(readFileSync(join(bundledDir, 'OFL-NotoCJK.txt'), 'utf8')).toMatch(/SIL OPEN FONT LICENSE Version 1\.1/);
    // every bundled font names a licence file that is really there
    for (const f of fonts.list().filter((x) => x.source === 'bundled')) {
      const file = /\((OFL-[^)]+\.txt)\)/.exec(f.licence)?.[1];
      expect(file, f.id).toBeTruthy();
      expect(statSync(join(bundledDir, file!)).size).toBeGreaterThan(1000);
    }
  });

  it('the Noto SC faces cover all of GB 2312, the vertical punctuation forms and pinyin, by fontconfig', () => {
    const gb2312: number[] = [];
    const decoder = new TextDecoder('gb2312');
    for (let row = 0xb0; row <= 0xf7; row++) {
      // row 0xD7 ends at 0xF9 in GB 2312; the decoder (WHATWG: GBK) also maps 0xD7FA-0xD7FE
      for (let col = 0xa1; col <= (row === 0xd7 ? 0xf9 : 0xfe); col++) {
        const ch = decoder.decode(Uint8Array.from([row, col]));
        if (ch.length === 1 && ch !== '\ufffd') gb2312.push(ch.codePointAt(0)!);
      }
    }
    // the 6763 hanzi of GB 2312 (rows 16-87)
    expect(gb2312.length).toBe(6763);
    const extra = Array.from('，。、；：？！「」『』（）《》【】……——︐︑︒︵︶﹁﹂āáǎàǖǚ℃№①').map((c) => c.codePointAt(0)!);
    for (const id of ['noto-serif-sc-bold', 'noto-serif-sc-regular', 'noto-sans-sc-regular', 'noto-sans-sc-bold']) {
      const covered = fcCharset(fonts.info(id).path);
      const lacking = [...gb2312, ...extra].filter((cp) => !covered.has(cp)).map((cp) => String.fromCodePoint(cp));
      expect(lacking, id).toEqual([]);
      expect(fonts.hasGlyphs(id, '苗绣蝴蝶妈妈鹡宇鸟施洞雷山')).toEqual([]);
    }
  });
});
