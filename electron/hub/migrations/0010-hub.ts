import type { HubMigration } from './types';

/**
 * The hub's first schema. Records are the studio's motif records (JSON, with their signatures);
 * `seq` orders changes for the studios' sync (see records-repo.ts for why writers serialise).
 */
export const hubMigration0010: HubMigration = {
  version: 10,
  name: 'accounts, sessions, records, artwork, trust files, audit',
  sql: `
CREATE TABLE hub_accounts (
  id bigserial PRIMARY KEY,
  name text NOT NULL UNIQUE,
  role text NOT NULL CHECK (role IN ('steward', 'curator', 'cooperative')),
  password_hash text NOT NULL,
  -- a curator's (and the steward's) Ed25519 key, sealed under the account password (electron/services/curators/keys.ts)
  key_fingerprint text UNIQUE,
  public_key text,
  sealed_key jsonb,
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE hub_sessions (
  token_hash text PRIMARY KEY,
  account_id bigint NOT NULL REFERENCES hub_accounts(id) ON DELETE CASCADE,
  csrf text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX hub_sessions_expiry ON hub_sessions (expires_at);

CREATE TABLE hub_login_failures (
  id bigserial PRIMARY KEY,
  name text NOT NULL,
  address text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX hub_login_failures_name ON hub_login_failures (name, at);
CREATE INDEX hub_login_failures_address ON hub_login_failures (address, at);

CREATE TABLE hub_artwork (
  sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size integer NOT NULL,
  bytes bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE SEQUENCE hub_change_seq;

CREATE TABLE hub_records (
  id uuid PRIMARY KEY,
  record jsonb NOT NULL,
  status text NOT NULL,
  usage_label text NOT NULL,
  owner_id bigint REFERENCES hub_accounts(id),
  ever_published boolean NOT NULL DEFAULT false,
  seq bigint NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX hub_records_feed ON hub_records (seq) WHERE ever_published;

CREATE TABLE hub_record_files (
  record_id uuid NOT NULL REFERENCES hub_records(id) ON DELETE CASCADE,
  name text NOT NULL,
  sha256 text NOT NULL,
  PRIMARY KEY (record_id, name)
);
-- "may this account read this artwork?" looks files up by hash on every download
CREATE INDEX hub_record_files_sha256 ON hub_record_files (sha256);

CREATE TABLE hub_trust_files (
  id bigserial PRIMARY KEY,
  steward text NOT NULL,
  document jsonb NOT NULL,
  issued_at timestamptz NOT NULL
);

CREATE TABLE hub_audit (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  action text NOT NULL,
  record_id uuid,
  detail jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX hub_audit_record ON hub_audit (record_id, id);
`,
};
