import type { Migration } from './types';

/**
 * Designs are stored whole (the document JSON is the source of truth); the side tables are
 * indexes kept in step on every save: design_motifs answers "which designs use this
 * withdrawn motif?", design_assets keeps placed photos visible to doctor and backups.
 * assets remembers each upload's preview so the screen never re-decodes a large original.
 */
export const migration0040: Migration = {
  version: 40,
  name: 'designs',
  up: `
    CREATE TABLE designs (
      id            TEXT PRIMARY KEY,
      name          TEXT NOT NULL,
      template_kind TEXT NOT NULL,
      product_id    TEXT,
      brand_kit_id  TEXT,
      document      TEXT NOT NULL,
      created_at    TEXT NOT NULL,
      updated_at    TEXT NOT NULL,
      deleted_at    TEXT
    ) STRICT;
    CREATE INDEX designs_updated ON designs (updated_at DESC) WHERE deleted_at IS NULL;

    CREATE TABLE design_motifs (
      design_id TEXT NOT NULL REFERENCES designs (id) ON DELETE CASCADE,
      motif_id  TEXT NOT NULL,
      PRIMARY KEY (design_id, motif_id)
    ) STRICT;
    CREATE INDEX design_motifs_motif ON design_motifs (motif_id);

    CREATE TABLE design_snapshots (
      id         INTEGER PRIMARY KEY AUTOINCREMENT,
      design_id  TEXT NOT NULL REFERENCES designs (id) ON DELETE CASCADE,
      name       TEXT NOT NULL,
      document   TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX design_snapshots_design ON design_snapshots (design_id, id);

    CREATE TABLE design_assets (
      design_id TEXT NOT NULL REFERENCES designs (id) ON DELETE CASCADE,
      sha256    TEXT NOT NULL REFERENCES files (sha256),
      PRIMARY KEY (design_id, sha256)
    ) STRICT;
    CREATE INDEX design_assets_sha ON design_assets (sha256);

    -- uploaded photos and evidence: the original is kept for print, the preview for the screen
    CREATE TABLE assets (
      sha256         TEXT PRIMARY KEY REFERENCES files (sha256),
      name           TEXT NOT NULL,
      purpose        TEXT NOT NULL CHECK (purpose IN ('photo', 'evidence')),
      media_type     TEXT NOT NULL,
      pixel_width    INTEGER NOT NULL,
      pixel_height   INTEGER NOT NULL,
      preview_sha256 TEXT NOT NULL REFERENCES files (sha256),
      created_at     TEXT NOT NULL
    ) STRICT;
  `,
};
