import crypto from 'node:crypto';
import type { HubClient, HubPool } from './database';

/**
 * Where the hub keeps artwork bytes, addressed by their sha256. Callers (records service, HTTP
 * routes) see only this interface. PostgreSQL (bytea) is the first implementation.
 *
 * To move artwork to an S3-compatible store (MinIO, Ceph, a cloud bucket), write a class with
 * these methods that PUTs/GETs objects under the key `artwork/<sha256>` and pass it to
 * `startHub({ artwork })` instead of `PgArtworkStore`; no caller changes. Because keys are the
 * content's hash, objects are immutable: copy the `hub_artwork` rows out once (`sha256`, `bytes`)
 * and the two stores agree. `put` inside a database transaction: an S3 object written for a
 * transaction that then rolls back is only an orphan (same hash, same bytes), never wrong data.
 */
export interface ArtworkStore {
  /** stores the bytes (idempotent) and returns their sha256 */
  put(bytes: Uint8Array, client?: HubClient): Promise<string>;
  /** the bytes, or null when the hub holds no artwork with this hash */
  get(sha256: string): Promise<Uint8Array | null>;
  /** the bytes of those it holds (absent ones are left out): one round trip for a sync batch (S3: parallel GETs) */
  getMany(sha256s: string[]): Promise<Map<string, Uint8Array>>;
  has(sha256: string): Promise<boolean>;
}

export function sha256Hex(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

export class PgArtworkStore implements ArtworkStore {
  constructor(private readonly pool: HubPool) {}

  async put(bytes: Uint8Array, client?: HubClient): Promise<string> {
    const sha = sha256Hex(bytes);
    await (client ?? this.pool).query('INSERT INTO hub_artwork (sha256, size, bytes) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING', [sha, bytes.length, Buffer.from(bytes)]);
    return sha;
  }

  async get(sha256: string): Promise<Uint8Array | null> {
    if (!/^[0-9a-f]{64}$/.test(sha256)) return null;
    const row = await this.pool.query<{ bytes: Buffer }>('SELECT bytes FROM hub_artwork WHERE sha256 = $1', [sha256]);
    return row.rows[0]?.bytes ?? null;
  }

  async getMany(sha256s: string[]): Promise<Map<string, Uint8Array>> {
    const wanted = sha256s.filter((s) => /^[0-9a-f]{64}$/.test(s));
    if (!wanted.length) return new Map();
    const rows = await this.pool.query<{ sha256: string; bytes: Buffer }>('SELECT sha256, bytes FROM hub_artwork WHERE sha256 = ANY($1::text[])', [wanted]);
    return new Map(rows.rows.map((r) => [r.sha256, r.bytes]));
  }

  async has(sha256: string): Promise<boolean> {
    const row = await this.pool.query('SELECT 1 FROM hub_artwork WHERE sha256 = $1', [sha256]);
    return (row.rowCount ?? 0) > 0;
  }
}

/**
 * Keeps the most recently read artwork in memory, up to `maxBytes`, in front of any store. Safe
 * because artwork is addressed by its hash: the bytes behind a key never change. When hundreds
 * of studios sync the same new motifs, the store is read once instead of once per studio.
 */
export class CachedArtworkStore implements ArtworkStore {
  private readonly cache = new Map<string, Uint8Array>();
  private bytes = 0;

  constructor(
    private readonly inner: ArtworkStore,
    private readonly maxBytes = 128 * 1024 * 1024,
  ) {}

  put(bytes: Uint8Array, client?: HubClient): Promise<string> {
    return this.inner.put(bytes, client);
  }

  async get(sha256: string): Promise<Uint8Array | null> {
    return (await this.getMany([sha256])).get(sha256) ?? null;
  }

  async getMany(sha256s: string[]): Promise<Map<string, Uint8Array>> {
    const found = new Map<string, Uint8Array>();
    const missing: string[] = [];
    for (const sha of sha256s) {
      const hit = this.cache.get(sha);
      if (!hit) {
        missing.push(sha);
        continue;
      }
      // most recently used last: Map keeps insertion order, the oldest go first
      this.cache.delete(sha);
      this.cache.set(sha, hit);
      found.set(sha, hit);
    }
    if (missing.length) for (const [sha, bytes] of await this.inner.getMany(missing)) found.set(sha, this.remember(sha, bytes));
    return found;
  }

  has(sha256: string): Promise<boolean> {
    return this.cache.has(sha256) ? Promise.resolve(true) : this.inner.has(sha256);
  }

  private remember(sha256: string, bytes: Uint8Array): Uint8Array {
    if (bytes.length > this.maxBytes / 8 || this.cache.has(sha256)) return bytes;
    this.cache.set(sha256, bytes);
    this.bytes += bytes.length;
    for (const [oldest, old] of this.cache) {
      if (this.bytes <= this.maxBytes) break;
      this.cache.delete(oldest);
      this.bytes -= old.length;
    }
    return bytes;
  }
}
