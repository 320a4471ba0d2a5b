import type { HubMigration } from './types';

/**
 * Keys an account no longer signs with: a password reset by the steward cannot open the old
 * sealed key, so the account gets a new one. The old public key stays here so the trust file
 * keeps listing it as the same person: what the curator signed before stays valid, and the two
 * keys never count as two people.
 */
export const hubMigration0020: HubMigration = {
  version: 20,
  name: 'retired signing keys',
  sql: `
CREATE TABLE hub_retired_keys (
  fingerprint text PRIMARY KEY,
  account_id bigint NOT NULL REFERENCES hub_accounts(id),
  public_key text NOT NULL,
  retired_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX hub_retired_keys_account ON hub_retired_keys (account_id);
`,
};
