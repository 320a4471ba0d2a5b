import crypto from 'node:crypto';
import type { HubClient, HubPool } from './database';

/**
 * Where the hub keeps artwork bytes, addressed by their sha256. Callers (records service, HTTP
 * routes) see only this interface. PostgreSQL (bytea) is the first implementation.
 *
 * To move artwork to an S3-compatible store (MinIO, Ceph, a cloud bucket), write a class with
 * these three methods that PUTs/GETs objects under the key `artwork/<sha256>` and pass it to
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

  async has(sha256: string): Promise<boolean> {
    const row = await this.pool.query('SELECT 1 FROM hub_artwork WHERE sha256 = $1', [sha256]);
    return (row.rowCount ?? 0) > 0;
  }
}
