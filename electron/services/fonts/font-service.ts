/**
 * Fonts for layout, preview and PDF export: the fonts bundled under assets/fonts plus the
 * user's imported fonts (one folder given by the caller; no `electron` import, so the main
 * process passes app.getPath('userData') + '/fonts' and tests pass a temp dir).
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Font } from '@pdf-lib/fontkit';
import { StudioError } from '../../../model/localized';
import type { FontMetrics as LayoutMetrics } from '../../../model/text/metrics';
import { FontDiskCache } from './font-disk-cache';
import { subsetGlyf } from './glyf-subset';
import { bufferFontBytes, FACT_TABLES, fileFontBytes, sfntOfTables, tableDirectory, type FontBytes } from './sfnt-file';
import { advanceOf, factsFromSfnt, readFontFacts, type FontFacts } from './font-facts';
import { readSfnt, type SfntFont } from './sfnt';
import { checkFontBytes, sniffFontFormat } from './font-file-check';
import type { FontInfo, FontMetrics } from './font-types';

export interface FontServiceOptions {
  /** folder holding fonts.json and the bundled font files */
  bundledDir: string;
  /** folder for fonts the user imports; created on first import */
  userDir?: string;
  /** how many subsets to keep in memory (each a few KB to a few hundred KB) */
  subsetCacheSize?: number;
  /** folder for font facts and subsets kept between processes (font-disk-cache.ts); none: memory only */
  cacheDir?: string;
}

interface BundledEntry {
  id: string;
  family: string;
  name: { zh: string; en: string };
  file: string;
  /** size and sha256 of the file as shipped (a test holds them to the files) */
  bytes?: number;
  sha256?: string;
  licence: string;
}

/** Characters that never need a glyph: line breaks and tabs are layout, not ink. */
const LAYOUT_ONLY = new Set([0x0a, 0x0d, 0x09]);

export class FontService {
  private readonly bundledDir: string;
  private readonly userDir?: string;
  private readonly subsetCacheSize: number;
  private catalog?: FontInfo[];
  private readonly bytesCache = new Map<string, Buffer>();
  private readonly parsedCache = new Map<string, Font>();
  private readonly subsetCache = new Map<string, Promise<Buffer>>();
  private readonly layoutCache = new Map<string, LayoutMetrics>();
  private readonly factsCache = new Map<string, FontFacts>();
  private readonly shaCache = new Map<string, string>();
  /** bundled fonts' size and sha256 as fonts.json lists them */
  private readonly listedHashes = new Map<string, { bytes: number; sha256: string }>();
  private readonly disk?: FontDiskCache;

  constructor(options: FontServiceOptions) {
    this.bundledDir = options.bundledDir;
    this.userDir = options.userDir;
    this.subsetCacheSize = options.subsetCacheSize ?? 32;
    if (options.cacheDir) this.disk = new FontDiskCache(options.cacheDir);
  }

  /** Bundled fonts first (in fonts.json order), then user fonts by file name. */
  list(): FontInfo[] {
    if (!this.catalog) this.catalog = [...this.listBundled(), ...this.listUser()];
    return this.catalog;
  }

  info(fontId: string): FontInfo {
    const found = this.list().find((f) => f.id === fontId);
    if (!found) {
      throw new StudioError('font.unknown', {
        zh: `找不到字体“${fontId}”。它可能已被删除；请在文字设置里换一个字体。`,
        en: `The font "${fontId}" was not found. It may have been removed; choose another font in the text settings.`,
      });
    }
    return found;
  }

  bytes(fontId: string): Buffer {
    let bytes = this.bytesCache.get(fontId);
    if (!bytes) {
      bytes = readFileSync(this.info(fontId).path);
      this.bytesCache.set(fontId, bytes);
    }
    return bytes;
  }

  /** The parsed font (fontkit), cached: parsing a 16 MB CJK font takes ~100 ms. */
  parsed(fontId: string): Font {
    let font = this.parsedCache.get(fontId);
    if (!font) {
      font = checkFontBytes(this.bytes(fontId), basename(this.info(fontId).path));
      this.parsedCache.set(fontId, font);
    }
    return font;
  }

  /**
   * The font file's sha256 (disk cache only). A bundled font's comes from fonts.json while the
   * file has the size listed there: hashing the 34 MB of the two WenKai files was a tenth of a
   * second of a first export on a new data folder. Any other font's is remembered against the
   * file's size and mtime.
   */
  private contentHash(fontId: string): string | undefined {
    if (!this.disk) return undefined;
    let sha = this.shaCache.get(fontId);
    if (!sha) {
      const info = this.info(fontId);
      const inMemory = this.bytesCache.get(fontId);
      const listed = this.listedHashes.get(fontId);
      if (listed && statSync(info.path).size === listed.bytes) sha = listed.sha256;
      else sha = this.disk.contentHash(info.path, () => (inMemory ? createHash('sha256').update(inMemory).digest('hex') : hashFile(info.path)));
      this.shaCache.set(fontId, sha);
    }
    return sha;
  }

  /**
   * Metrics, PostScript name and every code point's advance as plain data: from memory, else
   * from the disk cache by the file's content hash, else read from the font's tables once.
   */
  private facts(fontId: string): FontFacts {
    let facts = this.factsCache.get(fontId);
    if (!facts) {
      const sha = this.contentHash(fontId);
      facts = sha ? this.disk!.readFacts(sha) : undefined;
      if (!facts) {
        facts = this.readFacts(fontId, sha ?? '');
        if (sha) this.disk!.writeFacts(facts);
      }
      this.factsCache.set(fontId, facts);
    }
    return facts;
  }

  /**
   * A static font's facts from its own tables, only those read from the file (sfnt-file.ts; no
   * fontkit: loading it alone costs more than reading the tables); a variable font, or one whose
   * tables we cannot read, through fontkit.
   */
  private readFacts(fontId: string, sha256: string): FontFacts {
    const sfnt = this.factTables(fontId);
    if (sfnt && !sfnt.variable) return factsFromSfnt(sfnt, sha256);
    return readFontFacts(this.parsed(fontId), sha256);
  }

  private factTables(fontId: string): SfntFont | undefined {
    const inMemory = this.bytesCache.get(fontId);
    try {
      if (inMemory) return readSfnt(inMemory);
      return withFontFile(this.info(fontId).path, (file) => {
        const directory = tableDirectory(file);
        if (!directory) return undefined;
        const font = readSfnt(sfntOfTables(file, directory, FACT_TABLES));
        // advances of a variable font vary: the caller takes fontkit's answer then
        const variable = directory.tables.has('fvar') || directory.tables.has('HVAR');
        return variable ? { ...font, variable } : font;
      });
    } catch {
      return undefined;
    }
  }

  postscriptName(fontId: string): string | null {
    return this.facts(fontId).postscriptName;
  }

  metrics(fontId: string, codePoints: number[] | string): FontMetrics {
    const facts = this.facts(fontId);
    const wanted = typeof codePoints === 'string' ? uniqueCodePoints(codePoints) : [...new Set(codePoints)];
    const advances: Record<number, number> = {};
    const missing: number[] = [];
    for (const cp of wanted) {
      const advance = advanceOf(facts, cp);
      if (advance !== undefined) advances[cp] = advance;
      else missing.push(cp);
    }
    return {
      fontId,
      unitsPerEm: facts.unitsPerEm,
      ascender: facts.ascender,
      descender: facts.descender,
      lineGap: facts.lineGap,
      advances,
      missing,
    };
  }

  /**
   * The live metrics object model/text's layout takes (advance/hasGlyph per code point), for
   * code running in this process (scene building before export). Cached per font.
   */
  layoutMetrics(fontId: string): LayoutMetrics {
    let m = this.layoutCache.get(fontId);
    if (!m) {
      const facts = this.facts(fontId);
      m = {
        unitsPerEm: facts.unitsPerEm,
        ascender: facts.ascender,
        descender: facts.descender,
        advance: (cp) => advanceOf(facts, cp) ?? 0,
        hasGlyph: (cp) => advanceOf(facts, cp) !== undefined,
      };
      this.layoutCache.set(fontId, m);
    }
    return m;
  }

  /** Characters of `text` the font cannot draw (each once, in order of appearance). */
  hasGlyphs(fontId: string, text: string): string[] {
    const facts = this.facts(fontId);
    return uniqueCodePoints(text)
      .filter((cp) => !LAYOUT_ONLY.has(cp) && advanceOf(facts, cp) === undefined)
      .map((cp) => String.fromCodePoint(cp));
  }

  /**
   * A TrueType font holding only the glyphs for `text`: static TrueType fonts are subset here
   * from the tables and glyphs read out of the file (glyf-subset.ts), anything else and subsets
   * that keep layout tables by HarfBuzz (subset-font). pdf-lib's own subsetting blanks most CJK
   * glyphs, so the PDF writer embeds this instead.
   *
   * By default the layout tables (GSUB/GPOS/kern) are dropped: model/text lays text out from
   * plain per-code-point advances, and pdf-lib would otherwise re-shape runs with fontkit
   * (LXGW WenKai swaps ':' between digits for an alternate glyph with a different width and
   * no Unicode mapping), so the PDF would no longer match the layout or extract correctly.
   */
  subset(fontId: string, text: string, options: { keepLayout?: boolean } = {}): Promise<Buffer> {
    const chars = uniqueCodePoints(text)
      .filter((cp) => !LAYOUT_ONLY.has(cp))
      .sort((a, b) => a - b);
    const key = `${fontId}\u0000${options.keepLayout ? 1 : 0}\u0000${String.fromCodePoint(...chars)}`;
    const cached = this.subsetCache.get(key);
    if (cached) {
      // refresh recency: Map keeps insertion order, so re-inserting makes this the newest
      this.subsetCache.delete(key);
      this.subsetCache.set(key, cached);
      return cached;
    }
    const made = this.subsetFromDiskOrHarfBuzz(fontId, chars, options.keepLayout === true);
    made.catch(() => this.subsetCache.delete(key));
    this.subsetCache.set(key, made);
    while (this.subsetCache.size > this.subsetCacheSize) {
      const oldest = this.subsetCache.keys().next().value as string;
      this.subsetCache.delete(oldest);
    }
    return made;
  }

  /** A subset kept on disk for this font file and glyph set, else made now (then kept). */
  private async subsetFromDiskOrHarfBuzz(fontId: string, chars: number[], keepLayout: boolean): Promise<Buffer> {
    const sha = this.contentHash(fontId);
    const key = sha ? FontDiskCache.subsetKey(sha, chars, keepLayout) : undefined;
    const kept = key ? this.disk!.readSubset(key) : undefined;
    if (kept) return kept;
    // a static TrueType font: its tables and glyphs read from the file, no HarfBuzz (glyf-subset.ts)
    const own = keepLayout ? undefined : this.ownSubset(fontId, chars);
    if (own) {
      if (key) this.disk!.writeSubset(key, own);
      return own;
    }
    const { default: subsetFont } = await import('subset-font');
    // read for this subset only (not kept in bytesCache): a 15-18 MB CJK file need not stay in
    // memory while the next font is subset or the PDF is written
    const made = await subsetFont(
      this.bytesCache.get(fontId) ?? readFileSync(this.info(fontId).path),
      String.fromCodePoint(...chars),
      keepLayout
        ? { targetFormat: 'truetype' }
        : { targetFormat: 'truetype', noLayoutClosure: true, dropTables: ['GSUB', 'GPOS', 'GDEF', 'kern', 'morx', 'kerx'] },
    );
    if (key) this.disk!.writeSubset(key, made);
    return made;
  }

  private ownSubset(fontId: string, chars: number[]): Buffer | undefined {
    const inMemory = this.bytesCache.get(fontId);
    try {
      const made = inMemory ? subsetGlyf(bufferFontBytes(inMemory), chars) : withFontFile(this.info(fontId).path, (file) => subsetGlyf(file, chars));
      return made && Buffer.from(made.buffer, made.byteOffset, made.byteLength);
    } catch {
      return undefined;
    }
  }

  /**
   * Copy a font the user chose into the user font folder after checking its content.
   * Importing the same bytes twice returns the existing entry.
   */
  importFont(bytes: Uint8Array, fileName: string): FontInfo {
    if (!this.userDir) {
      throw new StudioError('font.noUserDir', {
        zh: '没有设置用户字体文件夹，无法导入字体。请重新启动工坊后再试。',
        en: 'No user font folder is configured, so fonts cannot be imported. Restart the studio and try again.',
      });
    }
    const font = checkFontBytes(bytes, fileName);
    const ext = sniffFontFormat(bytes) === 'opentype' ? '.otf' : '.ttf';
    const stem = safeStem(font.postscriptName ?? basename(fileName, extname(fileName)));
    mkdirSync(this.userDir, { recursive: true });
    let target = join(this.userDir, stem + ext);
    if (existsSync(target) && !readFileSync(target).equals(Buffer.from(bytes))) {
      const tag = createHash('sha256').update(bytes).digest('hex').slice(0, 8);
      target = join(this.userDir, `${stem}-${tag}${ext}`);
    }
    if (!existsSync(target)) writeFileSync(target, bytes);
    this.catalog = undefined;
    return this.info(userFontId(target));
  }

  private listBundled(): FontInfo[] {
    const entries = JSON.parse(readFileSync(join(this.bundledDir, 'fonts.json'), 'utf8')) as BundledEntry[];
    for (const e of entries) if (e.sha256 && e.bytes !== undefined) this.listedHashes.set(e.id, { bytes: e.bytes, sha256: e.sha256 });
    return entries.map((e) => ({
      id: e.id,
      family: e.family,
      name: e.name,
      path: join(this.bundledDir, e.file),
      licence: e.licence,
      source: 'bundled' as const,
    }));
  }

  private listUser(): FontInfo[] {
    if (!this.userDir || !existsSync(this.userDir)) return [];
    const out: FontInfo[] = [];
    for (const file of readdirSync(this.userDir).sort()) {
      if (!/\.(ttf|otf)$/i.test(file)) continue;
      const path = join(this.userDir, file);
      try {
        const font = checkFontBytes(readFileSync(path), file);
        const family = font.familyName ?? basename(file, extname(file));
        const full = font.fullName ?? family;
        out.push({ id: userFontId(path), family, name: { zh: full, en: full }, path, licence: 'user-supplied', source: 'user' });
      } catch {
        // a damaged file left in the folder must not hide the other fonts
      }
    }
    return out;
  }
}

function userFontId(path: string): string {
  return `user:${basename(path, extname(path))}`;
}

function safeStem(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  return cleaned.slice(0, 60) || 'font';
}

/** `work` on the open file, read piecewise; closed afterwards. */
function withFontFile<T>(path: string, work: (file: FontBytes) => T): T {
  const fd = openSync(path, 'r');
  try {
    return work(fileFontBytes(fd, fstatSync(fd).size));
  } finally {
    closeSync(fd);
  }
}

/** sha256 of a file streamed through one small buffer: reading a CJK font into fresh memory whole costs several times more. */
function hashFile(path: string): string {
  const hash = createHash('sha256');
  const chunk = Buffer.allocUnsafe(1 << 20);
  const fd = openSync(path, 'r');
  try {
    for (let at = 0; ; ) {
      const n = readSync(fd, chunk, 0, chunk.length, at);
      if (n === 0) break;
      hash.update(chunk.subarray(0, n));
      at += n;
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

export function uniqueCodePoints(text: string): number[] {
  const seen = new Set<number>();
  for (const ch of text) seen.add(ch.codePointAt(0)!);
  return [...seen];
}
