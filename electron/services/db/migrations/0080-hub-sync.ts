import type { Migration } from './types';

/**
 * Sync with a province curation hub (electron/services/sync): per hub, the change number the
 * studio has applied up to (advanced in the same transaction as the records it covers) and the
 * hub steward fingerprint a person confirmed, under which the hub's trust file is imported.
 */
export const migration0080: Migration = {
  version: 80,
  name: 'hub sync state',
  up: `
    CREATE TABLE hub_sync (
      hub          TEXT PRIMARY KEY,
      cursor       INTEGER NOT NULL DEFAULT 0,
      steward      TEXT,
      last_sync_at TEXT,
      last_result  TEXT
    );
  `,
};
