import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FontDiskCache } from '../../../../../electron/services/fonts/font-disk-cache';
import { FontService } from '../../../../../electron/services/fonts/font-service';
import { makeTempDir } from '../../../../helpers/temp-dir';

const bundledDir = resolve(__dirname, '../../../../../assets/fonts');
const { dir: tmp, cleanup } = makeTempDir();
afterAll(cleanup);

const entries = (dir: string, prefix: string) => readdirSync(dir).filter((n) => n.startsWith(prefix)).sort();

// two small but real fonts (subsets of the bundled weights) stand in for a bundled font
// that changes on disk; the real 15-18 MB fonts would make every step slow
let regular: Buffer;
let light: Buffer;
beforeAll(async () => {
  const plain = new FontService({ bundledDir });
  regular = await plain.subset('lxgw-wenkai-regular', '蝴蝶妈妈苗绣银饰 ABC');
  light = await plain.subset('lxgw-wenkai-light', '蝴蝶妈妈苗绣 ABCD');
  writeFileSync(join(tmp, 'light.ttf.src'), light);
});

describe('FontService with a disk cache', () => {
  const fontsDir = join(tmp, 'fonts');
  const cacheDir = join(tmp, 'cache');
  const fontFile = join(fontsDir, 'Cached.ttf');
  const fontId = 'cached';
  const service = () => new FontService({ bundledDir: fontsDir, cacheDir });
  const uncached = () => new FontService({ bundledDir: fontsDir });

  it('keeps facts and subsets by content hash; a fresh process gets identical bytes and metrics without the font', async () => {
    mkdirSync(fontsDir, { recursive: true });
    writeFileSync(join(fontsDir, 'fonts.json'), JSON.stringify([{ id: fontId, family: 'Cached', name: { zh: '缓存', en: 'Cached' }, file: 'Cached.ttf', licence: 'OFL-1.1' }]));
    writeFileSync(fontFile, regular);
    const stamp = new Date(Date.UTC(2026, 0, 1));
    utimesSync(fontFile, stamp, stamp);
    const first = service();
    const metrics = first.metrics(fontId, '蝴蝶Az');
    expect(metrics).toEqual(uncached().metrics(fontId, '蝴蝶Az'));
    const subset = await first.subset(fontId, '蝴蝶妈妈');
    expect(entries(cacheDir, 'facts-')).toHaveLength(1);
    expect(entries(cacheDir, 'subset-')).toHaveLength(1);

    // prove the next process reads neither the font nor HarfBuzz: same size and mtime, junk inside
    writeFileSync(fontFile, Buffer.alloc(regular.length, 0x55));
    utimesSync(fontFile, stamp, stamp);
    const second = service();
    expect(second.metrics(fontId, '蝴蝶Az')).toEqual(metrics);
    expect(second.postscriptName(fontId)).toBe(first.postscriptName(fontId));
    expect(second.hasGlyphs(fontId, '蝴蝶z')).toEqual(['z']);
    const again = await second.subset(fontId, '妈蝴蝶妈');
    expect(again.equals(subset)).toBe(true);
    expect(entries(cacheDir, 'subset-')).toHaveLength(1);
    writeFileSync(fontFile, regular);
  });

  it('a changed font file or glyph set makes new entries with the new font’s answers', async () => {
    const before = { facts: entries(cacheDir, 'facts-'), subsets: entries(cacheDir, 'subset-') };
    const a = service();
    const fromRegular = await a.subset(fontId, '蝴蝶妈妈');
    const otherText = await a.subset(fontId, '苗绣');
    expect(entries(cacheDir, 'subset-')).toHaveLength(before.subsets.length + 1);
    expect(otherText.equals(fromRegular)).toBe(false);

    copyFileSync(join(tmp, 'light.ttf.src'), fontFile);
    const b = service();
    expect(b.metrics(fontId, 'D')).toEqual(uncached().metrics(fontId, 'D'));
    expect(b.metrics(fontId, 'D').missing).toEqual([]); // only the light subset has "D"
    expect(entries(cacheDir, 'facts-')).toHaveLength(before.facts.length + 1);
    const fromLight = await b.subset(fontId, '蝴蝶妈妈');
    expect(fromLight.equals(fromRegular)).toBe(false);
    expect(fromLight.equals(await uncached().subset(fontId, '蝴蝶妈妈'))).toBe(true);
    expect(entries(cacheDir, 'subset-')).toHaveLength(before.subsets.length + 2);
  });

  it('treats a damaged entry as a miss, removes it and rebuilds the same bytes', async () => {
    const [name] = entries(cacheDir, 'subset-').map((n) => join(cacheDir, n)).sort((x, y) => statSync(y).mtimeMs - statSync(x).mtimeMs);
    const good = readFileSync(name);
    const bad = Buffer.from(good);
    bad[bad.length - 1] ^= 0xff;
    writeFileSync(name, bad);
    const key = name.slice(name.lastIndexOf('subset-') + 7, -4);
    const cache = new FontDiskCache(cacheDir);
    expect(cache.readSubset(key)).toBeUndefined();
    expect(entries(cacheDir, 'subset-')).not.toContain(name.slice(cacheDir.length + 1));
    const rebuilt = await service().subset(fontId, '蝴蝶妈妈');
    expect(Buffer.concat([good.subarray(0, 32), rebuilt]).equals(good)).toBe(true);

    const factsName = entries(cacheDir, 'facts-')[0];
    const sha = factsName.slice(6, -4);
    const cache2 = new FontDiskCache(cacheDir);
    const facts = cache2.readFacts(sha)!;
    expect(facts.codePoints.length).toBeGreaterThanOrEqual(10); // the light stand-in maps exactly 蝴蝶妈苗绣, space and ABCD
    writeFileSync(join(cacheDir, factsName), readFileSync(join(cacheDir, factsName)).subarray(0, 100)); // cut short
    expect(cache2.readFacts(sha)).toBeUndefined();
    expect(entries(cacheDir, 'facts-')).not.toContain(factsName);
    cache2.writeFacts(facts);
    // an entry filed under another font's hash is not taken for that font
    writeFileSync(join(cacheDir, `facts-${'0'.repeat(64)}.bin`), readFileSync(join(cacheDir, factsName)));
    expect(cache2.readFacts('0'.repeat(64))).toBeUndefined();
    expect(cache2.readFacts(sha)).toEqual(facts);
  });

  it('a bundled font is known by the size and sha256 fonts.json lists, without hashing the file; another size is hashed', () => {
    const dir = join(tmp, 'listed');
    const cache = join(tmp, 'listed-cache');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'Listed.ttf'), regular);
    const listed = 'ab'.repeat(32); // not the file's hash: proves the file was not hashed
    const manifest = (bytes: number) => [{ id: 'listed', family: 'Listed', name: { zh: '列出', en: 'Listed' }, file: 'Listed.ttf', bytes, sha256: listed, licence: 'OFL-1.1' }];
    writeFileSync(join(dir, 'fonts.json'), JSON.stringify(manifest(regular.length)));
    new FontService({ bundledDir: dir, cacheDir: cache }).metrics('listed', '蝴蝶');
    expect(entries(cache, 'facts-')).toEqual([`facts-${listed}.bin`]);
    // a file that is not the one listed (another size) is hashed as any other font
    writeFileSync(join(dir, 'fonts.json'), JSON.stringify(manifest(regular.length + 1)));
    new FontService({ bundledDir: dir, cacheDir: cache }).metrics('listed', '蝴蝶');
    const real = createHash('sha256').update(regular).digest('hex');
    expect(entries(cache, 'facts-')).toEqual([`facts-${listed}.bin`, `facts-${real}.bin`].sort());
  });

  it('fonts.json lists the true size and sha256 of every bundled font', () => {
    const listed = JSON.parse(readFileSync(join(bundledDir, 'fonts.json'), 'utf8')) as { file: string; bytes: number; sha256: string }[];
    expect(listed.length).toBeGreaterThan(0);
    for (const f of listed) {
      const bytes = readFileSync(join(bundledDir, f.file));
      expect({ file: f.file, bytes: f.bytes, sha256: f.sha256 }).toEqual({ file: f.file, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    }
  });
});

describe('FontDiskCache', () => {
  it('keeps at most maxEntries of each kind, dropping the least recently used', () => {
    const dir = join(tmp, 'bounded');
    const cache = new FontDiskCache(dir, 3);
    const keys = ['a', 'b', 'c', 'd', 'e'].map((k) => FontDiskCache.subsetKey('f'.repeat(64), [k.codePointAt(0)!], false));
    keys.forEach((key, i) => {
      cache.writeSubset(key, Buffer.from([i]));
      // mtimes one second apart so recency is unambiguous on any file system
      const t = new Date(Date.UTC(2026, 0, 1, 0, 0, i));
      utimesSync(join(dir, `subset-${key}.bin`), t, t);
      if (i === 2) expect(cache.readSubset(keys[0])?.equals(Buffer.from([0]))).toBe(true); // used: kept
    });
    expect(entries(dir, 'subset-')).toHaveLength(3);
    expect(cache.readSubset(keys[4])?.equals(Buffer.from([4]))).toBe(true);
    expect(cache.readSubset(keys[1])).toBeUndefined();
    expect(cache.readSubset(keys[2])).toBeUndefined();
    expect(cache.readSubset(keys[0])?.equals(Buffer.from([0]))).toBe(true);
  });

  it('distinguishes font, options and glyph set in the subset key', () => {
    const sha = 'a'.repeat(64);
    const base = FontDiskCache.subsetKey(sha, [0x4e00, 0x4e01], false);
    expect(FontDiskCache.subsetKey('b'.repeat(64), [0x4e00, 0x4e01], false)).not.toBe(base);
    expect(FontDiskCache.subsetKey(sha, [0x4e00, 0x4e01], true)).not.toBe(base);
    expect(FontDiskCache.subsetKey(sha, [0x4e00], false)).not.toBe(base);
    expect(FontDiskCache.subsetKey(sha, [0x4e00, 0x4e01], false)).toBe(base);
  });
});

describe('font facts', () => {
  it('agree with fontkit on every 7th mapped code point and on unmapped ones (bundled font)', () => {
    const cached = new FontService({ bundledDir, cacheDir: join(tmp, 'facts-check') });
    const parsed = new FontService({ bundledDir }).parsed('lxgw-wenkai-light');
    const live = cached.layoutMetrics('lxgw-wenkai-light');
    const all = [...parsed.characterSet];
    for (let i = 0; i < all.length; i += 7) {
      expect(live.hasGlyph(all[i])).toBe(parsed.hasGlyphForCodePoint(all[i]));
      if (parsed.hasGlyphForCodePoint(all[i])) expect(live.advance(all[i])).toBe(parsed.glyphForCodePoint(all[i]).advanceWidth);
    }
    for (const cp of [0x1f600, 0x1820, 0xe000]) expect(live.hasGlyph(cp)).toBe(parsed.hasGlyphForCodePoint(cp));
    expect(cached.postscriptName('lxgw-wenkai-light')).toBe(parsed.postscriptName);
    expect(live.unitsPerEm).toBe(parsed.unitsPerEm);
  });
});
