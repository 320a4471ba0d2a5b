/**
 * Font work that outlives a process, in the data folder's cache/fonts: facts per font file
 * (font-facts.ts) and HarfBuzz subsets, both keyed by content hashes, so a cold `jinxiu export`
 * neither parses a CJK font nor subsets it again for text it has embedded before.
 *
 * - A font file's sha256 is remembered against its path, size, mtime and inode (how git's
 *   index trusts a file unchanged): any change to the file makes a new hash, hence new entries.
 * - A subset's key is sha256(font sha256, options, sorted code points); the entry stores the
 *   subset's own sha256 in front of the bytes and is used only when they still match.
 * - Bounded: at most `maxEntries` files per kind; the least recently used go first.
 * - Anything unreadable or malformed is a miss (and removed), never an error: the cache only
 *   saves time. Writes are atomic, so two processes never see half an entry.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { CacheDirectory } from '../files/cache-directory';
import { decodeFontFacts, encodeFontFacts, type FontFacts } from './font-facts';

const HASHES_FILE = 'font-hashes.json';

interface HashMemo {
  size: number;
  mtimeMs: number;
  ino: number;
  sha256: string;
}

export class FontDiskCache {
  private readonly cache: CacheDirectory;
  private memo?: Record<string, HashMemo>;

  constructor(dir: string, maxEntries = 64) {
    this.cache = new CacheDirectory(dir, maxEntries);
  }

  /** sha256 of a font file (`hash` computes it), hashed only when the file is new or has changed. */
  contentHash(file: string, hash: () => string): string {
    const stat = fs.statSync(file);
    const memo = this.loadMemo();
    const known = memo[file];
    if (known && known.size === stat.size && known.mtimeMs === stat.mtimeMs && known.ino === stat.ino) return known.sha256;
    const sha256 = hash();
    memo[file] = { size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino, sha256 };
    this.cache.writeOnly(HASHES_FILE, JSON.stringify(memo));
    return sha256;
  }

  readFacts(sha256: string): FontFacts | undefined {
    const name = `facts-${sha256}.bin`;
    const bytes = this.cache.read(name);
    if (!bytes) return undefined;
    const facts = decodeFontFacts(bytes, sha256);
    // a damaged entry is dropped and rebuilt
    if (!facts) this.cache.remove(name);
    return facts;
  }

  writeFacts(facts: FontFacts): void {
    this.cache.write(`facts-${facts.sha256}.bin`, encodeFontFacts(facts), 'facts-');
  }

  static subsetKey(fontSha256: string, codePoints: number[], keepLayout: boolean): string {
    return createHash('sha256').update(`${fontSha256}\u0000${keepLayout ? 'layout' : 'plain'}\u0000${codePoints.join(',')}`).digest('hex');
  }

  readSubset(key: string): Buffer | undefined {
    const name = `subset-${key}.bin`;
    const entry = this.cache.read(name);
    if (!entry) return undefined;
    const bytes = entry.subarray(32);
    if (entry.length > 32 && createHash('sha256').update(bytes).digest().equals(entry.subarray(0, 32))) return Buffer.from(bytes);
    this.cache.remove(name);
    return undefined;
  }

  writeSubset(key: string, bytes: Uint8Array): void {
    const digest = createHash('sha256').update(bytes).digest();
    this.cache.write(`subset-${key}.bin`, Buffer.concat([digest, bytes]), 'subset-');
  }

  private loadMemo(): Record<string, HashMemo> {
    if (!this.memo) {
      try {
        const value: unknown = JSON.parse(fs.readFileSync(this.cache.file(HASHES_FILE), 'utf8'));
        this.memo = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, HashMemo>) : {};
      } catch {
        this.memo = {};
      }
    }
    return this.memo;
  }
}
