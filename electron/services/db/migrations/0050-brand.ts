import type { Migration } from './types';

/**
 * Brand kits, stored whole as validated JSON. The default kit is not inserted here: its
 * content comes from the brand service (which knows the bundled font ids), on first start.
 */
export const migration0050: Migration = {
  version: 50,
  name: 'brand',
  up: `
    CREATE TABLE brand_kits (
      id         TEXT PRIMARY KEY,
      document   TEXT NOT NULL,
      -- the logo file, as a column so doctor and backups see the reference
      logo_sha256 TEXT REFERENCES files (sha256),
      updated_at TEXT NOT NULL
    ) STRICT;
  `,
};
