import type { Migration } from './types';

/**
 * Signed curation (see electron/services/curators/README.md). Keys, certifications and
 * imported trust files are the inputs from which trust is computed; nothing here stores a
 * "trusted" or "published" flag. Signatures about motifs travel inside the motif record
 * (`record.signatures`), so packs carry them without a table.
 */
export const migration0060: Migration = {
  version: 60,
  name: 'trust',
  up: `
    CREATE TABLE curator_keys (
      fingerprint TEXT PRIMARY KEY,
      public_key  TEXT NOT NULL,
      name        TEXT NOT NULL,
      -- steward: this studio's root key, which enrols every key made here
      role        TEXT NOT NULL CHECK (role IN ('steward', 'curator', 'outside')),
      -- the local curator account that holds this key (null for the steward and outside keys)
      curator_id  TEXT UNIQUE REFERENCES curators (id),
      -- the private key sealed under the holder's passphrase (keys made here only; the steward's is in steward_slots)
      sealed      TEXT,
      created_at  TEXT NOT NULL
    ) STRICT;

    -- the steward's private key, sealed once per local curator under that curator's passphrase
    CREATE TABLE steward_slots (
      curator_id TEXT PRIMARY KEY REFERENCES curators (id),
      sealed     TEXT NOT NULL
    ) STRICT;

    -- signed certifications: 'enrol' (made on this studio) and 'vouch' (a distinct person)
    CREATE TABLE key_certifications (
      id        INTEGER PRIMARY KEY,
      subject   TEXT NOT NULL,
      certifier TEXT NOT NULL,
      relation  TEXT NOT NULL CHECK (relation IN ('enrol', 'vouch')),
      at        TEXT NOT NULL,
      document  TEXT NOT NULL,
      UNIQUE (subject, certifier, relation)
    ) STRICT;

    -- partners' trust files, each imported after a person confirmed the steward's fingerprint
    CREATE TABLE trust_files (
      id           INTEGER PRIMARY KEY,
      steward      TEXT NOT NULL,
      studio       TEXT NOT NULL,
      issued_at    TEXT NOT NULL,
      document     TEXT NOT NULL,
      confirmed_by TEXT NOT NULL,
      imported_at  TEXT NOT NULL
    ) STRICT;
    CREATE INDEX trust_files_steward ON trust_files (steward, issued_at);

    -- the shipped starter library as this app release publishes it: written only by the
    -- starter-library loader from the app's own resources folder, never by a call or a pack
    CREATE TABLE release_records (
      motif_id     TEXT PRIMARY KEY,
      content_hash TEXT NOT NULL,
      label        TEXT NOT NULL,
      edition      TEXT NOT NULL,
      loaded_at    TEXT NOT NULL
    ) STRICT;

    CREATE TABLE trust_audit (
      id      INTEGER PRIMARY KEY,
      at      TEXT NOT NULL,
      actor   TEXT NOT NULL,
      action  TEXT NOT NULL,
      -- the fingerprint the entry is about
      subject TEXT NOT NULL,
      note    TEXT
    ) STRICT;
    CREATE INDEX trust_audit_subject ON trust_audit (subject, id);
    CREATE TRIGGER trust_audit_no_update BEFORE UPDATE ON trust_audit BEGIN
      SELECT RAISE (ABORT, 'trust_audit is append-only');
    END;
    CREATE TRIGGER trust_audit_no_delete BEFORE DELETE ON trust_audit BEGIN
      SELECT RAISE (ABORT, 'trust_audit is append-only');
    END;
    CREATE TRIGGER key_certifications_no_delete BEFORE DELETE ON key_certifications BEGIN
      SELECT RAISE (ABORT, 'key_certifications is append-only');
    END;
  `,
};
