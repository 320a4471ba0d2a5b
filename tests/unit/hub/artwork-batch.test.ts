import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CachedArtworkStore, sha256Hex, type ArtworkStore } from '../../../electron/hub/artwork-store';
import { artworkBatches } from '../../../electron/services/sync/sync-service';
import { ARTWORK_BATCH_MAX_BYTES, ARTWORK_BATCH_MAX_FILES } from '../../../model/hub/protocol';

/** A store in memory that counts reads: what the cache in front of it saves. */
class CountingStore implements ArtworkStore {
  readonly bytes = new Map<string, Uint8Array>();
  reads = 0;
  async put(bytes: Uint8Array) {
    const sha = sha256Hex(bytes);
    this.bytes.set(sha, bytes);
    return sha;
  }
  async get(sha: string) {
    return (await this.getMany([sha])).get(sha) ?? null;
  }
  async getMany(shas: string[]) {
    this.reads += shas.length;
    return new Map(shas.filter((s) => this.bytes.has(s)).map((s) => [s, this.bytes.get(s)!]));
  }
  async has(sha: string) {
    return this.bytes.has(sha);
  }
}

describe('artwork batches', () => {
  it('split a page by count and by bytes; a file larger than the byte bound travels alone; nothing is lost or reordered', () => {
    const files = [
      ...Array.from({ length: ARTWORK_BATCH_MAX_FILES + 5 }, (_, i) => ({ id: i, size: 10 })),
      { id: -1, size: ARTWORK_BATCH_MAX_BYTES + 1 },
      ...Array.from({ length: 3 }, (_, i) => ({ id: 10_000 + i, size: ARTWORK_BATCH_MAX_BYTES / 2 })),
    ];
    const batches = artworkBatches(files);
    expect(batches.flat()).toEqual(files);
    expect(batches.map((b) => b.length)).toEqual([ARTWORK_BATCH_MAX_FILES, 5, 1, 2, 1]);
    for (const b of batches) expect(b.length === 1 || b.reduce((s, f) => s + f.size, 0) <= ARTWORK_BATCH_MAX_BYTES).toBe(true);
    expect(artworkBatches([])).toEqual([]);
  });
});

describe('CachedArtworkStore', () => {
  it('reads each file from the store once while it fits, answers absent files as absent, and forgets the least recently used beyond its bound', async () => {
    const inner = new CountingStore();
    const shas = await Promise.all(Array.from({ length: 10 }, () => inner.put(crypto.randomBytes(100))));
    const cached = new CachedArtworkStore(inner, 800); // holds 8 such files
    const absent = 'a'.repeat(64);
    expect([...(await cached.getMany([shas[0], shas[1], absent])).keys()]).toEqual([shas[0], shas[1]]);
    expect(await cached.get(shas[0])).toEqual(inner.bytes.get(shas[0]));
    expect(inner.reads).toBe(3);
    await cached.getMany(shas.slice(2)); // ten files: the least recently used two (1, then 0) go
    expect(inner.reads).toBe(11);
    await cached.getMany(shas.slice(2));
    expect(inner.reads).toBe(11);
    expect(await cached.get(shas[1])).toEqual(inner.bytes.get(shas[1]));
    expect(inner.reads).toBe(12);
    // a file larger than an eighth of the bound is served but not kept
    const big = await inner.put(crypto.randomBytes(101));
    await cached.get(big);
    await cached.get(big);
    expect(inner.reads).toBe(14);
    expect(await cached.get(absent)).toBeNull();
  });
});
