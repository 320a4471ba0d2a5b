import type { Database } from '../db/database';
import type { FileStore } from '../files/file-store';

/**
 * Puts bytes in the content-addressed store and registers them in the files table.
 * The file is written (and flushed) before the row, so a crash leaves at worst an orphan
 * file for doctor, never a row pointing at nothing. Returns the sha256.
 */
export function storeAndRegister(db: Database, store: FileStore, bytes: Uint8Array, mediaType: string, now: () => Date): string {
  const sha = store.put(bytes);
  db.prepare('INSERT OR IGNORE INTO files (sha256, size, media_type, created_at) VALUES (?, ?, ?, ?)').run(sha, bytes.length, mediaType, now().toISOString());
  return sha;
}

export function dataUrl(mediaType: string, bytes: Uint8Array): string {
  return `data:${mediaType};base64,${Buffer.from(bytes).toString('base64')}`;
}
