import type { Migration } from './types';

/**
 * The motif library. A motif's full record is one JSON column (the same shape as
 * motifs/<slug>/motif.json and motif packs); the other columns are copies of what search,
 * filters and the workflow need to query. Artwork bytes live in the content-addressed file
 * store; `files` lists them so doctor and backup know every file the database references.
 */
export const migration0020: Migration = {
  version: 20,
  name: 'library',
  up: `
    CREATE TABLE files (
      sha256     TEXT PRIMARY KEY,
      size       INTEGER NOT NULL,
      media_type TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE motifs (
      id            TEXT PRIMARY KEY,
      slug          TEXT NOT NULL UNIQUE,
      status        TEXT NOT NULL CHECK (status IN ('draft', 'in-review', 'published', 'withdrawn')),
      craft         TEXT NOT NULL,
      usage_label   TEXT NOT NULL,
      techniques    TEXT NOT NULL,
      region        TEXT NOT NULL,
      version       INTEGER NOT NULL,
      updated_at    TEXT NOT NULL,
      -- where the record came from: the shipped starter library, a file import, a motif pack
      source        TEXT NOT NULL CHECK (source IN ('starter', 'import', 'pack')),
      -- the version last received from the starter library or a pack: a higher local version means a local edit
      upstream_version INTEGER,
      -- lower-cased names, to rank name matches first without parsing JSON per row
      name_text     TEXT NOT NULL,
      search_text   TEXT NOT NULL,
      -- search_text with every CJK character as its own word, for one- and two-character queries
      char_text     TEXT NOT NULL,
      -- name_text with every CJK character as its own word, to rank name matches first
      name_chars    TEXT NOT NULL,
      -- the full JSON record comes last: columns after a large value would be read through its overflow pages
      record        TEXT NOT NULL
    ) STRICT;
    CREATE INDEX motifs_status ON motifs (status, craft, slug);
    CREATE INDEX motifs_order ON motifs (craft, slug);

    CREATE TABLE motif_files (
      motif_id TEXT NOT NULL REFERENCES motifs (id) ON DELETE CASCADE,
      name     TEXT NOT NULL,
      role     TEXT NOT NULL CHECK (role IN ('vector', 'raster', 'original', 'thumbnail', 'preview', 'evidence')),
      sha256   TEXT NOT NULL REFERENCES files (sha256),
      PRIMARY KEY (motif_id, name)
    ) STRICT;
    CREATE INDEX motif_files_sha ON motif_files (sha256);

    CREATE VIRTUAL TABLE motif_fts USING fts5 (search_text, content = 'motifs', content_rowid = 'rowid', tokenize = 'trigram');
    -- a trigram index cannot match queries shorter than three characters; this one can:
    -- a phrase of single-character words ("蝴 蝶") matches exactly that substring
    CREATE VIRTUAL TABLE motif_chars USING fts5 (char_text, content = 'motifs', content_rowid = 'rowid', tokenize = 'unicode61');
    CREATE VIRTUAL TABLE motif_names USING fts5 (name_chars, content = 'motifs', content_rowid = 'rowid', tokenize = 'unicode61');
    CREATE TRIGGER motifs_fts_insert AFTER INSERT ON motifs BEGIN
      INSERT INTO motif_names (rowid, name_chars) VALUES (new.rowid, new.name_chars);
      INSERT INTO motif_fts (rowid, search_text) VALUES (new.rowid, new.search_text);
      INSERT INTO motif_chars (rowid, char_text) VALUES (new.rowid, new.char_text);
    END;
    CREATE TRIGGER motifs_fts_delete AFTER DELETE ON motifs BEGIN
      INSERT INTO motif_names (motif_names, rowid, name_chars) VALUES ('delete', old.rowid, old.name_chars);
      INSERT INTO motif_fts (motif_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
      INSERT INTO motif_chars (motif_chars, rowid, char_text) VALUES ('delete', old.rowid, old.char_text);
    END;
    CREATE TRIGGER motifs_fts_update AFTER UPDATE OF search_text, name_chars ON motifs BEGIN
      INSERT INTO motif_names (motif_names, rowid, name_chars) VALUES ('delete', old.rowid, old.name_chars);
      INSERT INTO motif_names (rowid, name_chars) VALUES (new.rowid, new.name_chars);
      INSERT INTO motif_fts (motif_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
      INSERT INTO motif_fts (rowid, search_text) VALUES (new.rowid, new.search_text);
      INSERT INTO motif_chars (motif_chars, rowid, char_text) VALUES ('delete', old.rowid, old.char_text);
      INSERT INTO motif_chars (rowid, char_text) VALUES (new.rowid, new.char_text);
    END;

    CREATE TABLE motif_audit (
      id       INTEGER PRIMARY KEY,
      motif_id TEXT NOT NULL REFERENCES motifs (id),
      at       TEXT NOT NULL,
      actor    TEXT NOT NULL,
      action   TEXT NOT NULL,
      note     TEXT,
      before   TEXT,
      after    TEXT
    ) STRICT;
    CREATE INDEX motif_audit_motif ON motif_audit (motif_id, id);
    -- the audit trail is append-only: the database itself refuses edits and deletions
    CREATE TRIGGER motif_audit_no_update BEFORE UPDATE ON motif_audit BEGIN
      SELECT RAISE (ABORT, 'motif_audit is append-only');
    END;
    CREATE TRIGGER motif_audit_no_delete BEFORE DELETE ON motif_audit BEGIN
      SELECT RAISE (ABORT, 'motif_audit is append-only');
    END;

    CREATE TABLE curators (
      id         TEXT PRIMARY KEY,
      name       TEXT NOT NULL UNIQUE,
      salt       TEXT NOT NULL,
      hash       TEXT NOT NULL,
      created_at TEXT NOT NULL,
      created_by TEXT
    ) STRICT;
  `,
};
