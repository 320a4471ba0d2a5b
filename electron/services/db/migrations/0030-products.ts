import type { Migration } from './types';

/**
 * Product facts. Like motifs, each cooperative and product is one JSON document (the shape of
 * model/product/schema.ts); the other columns are copies that lists and reminders query.
 * Certificate scans live in the content-addressed file store; product_files names them so
 * doctor and backup know every file the database references.
 */
export const migration0030: Migration = {
  version: 30,
  name: 'products',
  up: `
    CREATE TABLE cooperatives (
      id         TEXT PRIMARY KEY,
      -- 1 = loaded from assets/samples/products so a new user can try everything at once
      sample     INTEGER NOT NULL DEFAULT 0,
      updated_at TEXT NOT NULL,
      document   TEXT NOT NULL
    ) STRICT;

    CREATE TABLE products (
      id             TEXT PRIMARY KEY,
      cooperative_id TEXT NOT NULL REFERENCES cooperatives (id),
      sample         INTEGER NOT NULL DEFAULT 0,
      updated_at     TEXT NOT NULL,
      -- soft delete: designs may still name the product, and an undo must be possible
      deleted_at     TEXT,
      document       TEXT NOT NULL
    ) STRICT;
    CREATE INDEX products_cooperative ON products (cooperative_id);

    CREATE TABLE product_files (
      product_id TEXT NOT NULL REFERENCES products (id) ON DELETE CASCADE,
      sha256     TEXT NOT NULL REFERENCES files (sha256),
      role       TEXT NOT NULL CHECK (role IN ('evidence', 'photo', 'gi-mark')),
      PRIMARY KEY (product_id, sha256, role)
    ) STRICT;
    CREATE INDEX product_files_sha ON product_files (sha256);
  `,
};
