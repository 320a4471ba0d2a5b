import crypto from 'node:crypto';
import { studioError } from '../../model/localized';
import { hubAccountNameSchema, hubPasswordSchema, type HubRole } from '../../model/hub/protocol';
import { generateKeyPair, sealPrivateKey, unsealPrivateKey, type SealedKey } from '../services/curators/keys';
import type { Signer } from '../services/curators/trust-service';
import { inTransaction, type HubClient, type HubPool } from './database';
import { decoyHash, hashPassword, verifyPassword } from './passwords';

export interface HubAccount {
  id: number;
  name: string;
  role: HubRole;
  keyFingerprint: string | null;
  publicKey: string | null;
}

export interface LoggedIn {
  token: string;
  csrf: string;
  account: HubAccount;
  /** the account's signing key, opened with the password; held in this process only */
  signer: Signer | null;
}

/** Login limits: per account name and per address, over a sliding window (shared by every hub process through PostgreSQL). */
export const LOGIN_LIMITS = { windowMinutes: 15, perName: 5, perAddress: 30 };
const SESSION_HOURS = 12;

type AccountRow = { id: string; name: string; role: HubRole; password_hash: string; key_fingerprint: string | null; public_key: string | null; sealed_key: SealedKey | null; disabled: boolean };

function account(row: AccountRow): HubAccount {
  return { id: Number(row.id), name: row.name, role: row.role, keyFingerprint: row.key_fingerprint, publicKey: row.public_key };
}

export function tokenHash(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/**
 * Hub accounts and sessions. Stewards and curators get an Ed25519 key at creation, sealed under
 * their password exactly as a studio seals a curator key; the first steward's key is the hub's
 * steward key, which signs the trust file studios import (trust.ts).
 */
export class HubAccounts {
  /** unlocked keys of live sessions, by token hash: a hub restart forgets them (log in again to sign) */
  private readonly signers = new Map<string, Signer>();

  constructor(private readonly pool: HubPool) {}

  async add(name: string, role: HubRole, password: string, actor: string): Promise<HubAccount> {
    const parsedName = hubAccountNameSchema.safeParse(name);
    if (!parsedName.success) throw studioError('hub.account-name', '账户名只能用字母、数字、点、横线和下划线（最多 64 个）。', 'An account name may use letters, digits, dot, dash and underscore (at most 64).');
    if (!hubPasswordSchema.safeParse(password).success) throw weakPassword();
    const hash = await hashPassword(password);
    const pair = role === 'cooperative' ? null : generateKeyPair();
    const sealed = pair ? sealPrivateKey(pair.privateKey, pair.fingerprint, password) : null;
    return inTransaction(this.pool, async (client) => {
      const exists = await client.query('SELECT 1 FROM hub_accounts WHERE name = $1', [name]);
      if (exists.rowCount) throw studioError('hub.account-exists', `账户“${name}”已经存在。`, `The account "${name}" already exists.`);
      const row = await client.query<AccountRow>(
        'INSERT INTO hub_accounts (name, role, password_hash, key_fingerprint, public_key, sealed_key) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *',
        [name, role, hash, pair?.fingerprint ?? null, pair?.publicKey ?? null, sealed ? JSON.stringify(sealed) : null],
      );
      await client.query('INSERT INTO hub_audit (actor, action, detail) VALUES ($1, $2, $3)', [actor, 'account-added', JSON.stringify({ name, role, key: pair?.fingerprint ?? null })]);
      return account(row.rows[0]);
    });
  }

  async list(): Promise<HubAccount[]> {
    const rows = await this.pool.query<AccountRow>('SELECT * FROM hub_accounts WHERE NOT disabled ORDER BY id');
    return rows.rows.map(account);
  }

  /** Checks the limits, then the password; refusals name no reason that would help a guesser. */
  async login(name: string, password: string, address: string): Promise<LoggedIn> {
    const { windowMinutes, perName, perAddress } = LOGIN_LIMITS;
    await this.purge();
    const counts = await this.pool.query<{ by_name: string; by_address: string }>(
      `SELECT (SELECT count(*) FROM hub_login_failures WHERE name = $1 AND at > now() - make_interval(mins => $3)) AS by_name,
              (SELECT count(*) FROM hub_login_failures WHERE address = $2 AND at > now() - make_interval(mins => $3)) AS by_address`,
      [name, address, windowMinutes],
    );
    if (Number(counts.rows[0].by_name) >= perName || Number(counts.rows[0].by_address) >= perAddress) {
      throw studioError('hub.login-limited', `登录失败的次数太多。请 ${windowMinutes} 分钟后再试；忘记口令请找中心管理员重设。`, `Too many failed logins. Try again in ${windowMinutes} minutes; if you forgot the password, ask the hub's steward to reset it.`, { retryAfterSeconds: windowMinutes * 60 });
    }
    const row = (await this.pool.query<AccountRow>('SELECT * FROM hub_accounts WHERE name = $1 AND NOT disabled', [name])).rows[0];
    const ok = await verifyPassword(password, row?.password_hash ?? (await decoyHash()));
    if (!row || !ok) {
      await this.pool.query('INSERT INTO hub_login_failures (name, address) VALUES ($1, $2)', [name, address]);
      throw wrongPassword();
    }
    const token = crypto.randomBytes(32).toString('base64url');
    const csrf = crypto.randomBytes(24).toString('base64url');
    await this.pool.query(`INSERT INTO hub_sessions (token_hash, account_id, csrf, expires_at) VALUES ($1, $2, $3, now() + make_interval(hours => $4))`, [tokenHash(token), row.id, csrf, SESSION_HOURS]);
    await this.pool.query('DELETE FROM hub_login_failures WHERE name = $1', [name]);
    let signer: Signer | null = null;
    if (row.sealed_key && row.key_fingerprint && row.public_key) {
      signer = { fingerprint: row.key_fingerprint, publicKey: row.public_key, name: row.name, privateKey: unsealPrivateKey(row.sealed_key, row.key_fingerprint, password) };
      this.signers.set(tokenHash(token), signer);
    }
    return { token, csrf, account: account(row), signer };
  }

  /** The session behind a cookie token, or null when there is none or it expired. */
  async session(token: string | undefined): Promise<{ account: HubAccount; csrf: string; tokenHash: string } | null> {
    if (!token || token.length > 100) return null;
    const hash = tokenHash(token);
    const row = (
      await this.pool.query<AccountRow & { csrf: string }>(
        'SELECT a.*, s.csrf FROM hub_sessions s JOIN hub_accounts a ON a.id = s.account_id WHERE s.token_hash = $1 AND s.expires_at > now() AND NOT a.disabled',
        [hash],
      )
    ).rows[0];
    return row ? { account: account(row), csrf: row.csrf, tokenHash: hash } : null;
  }

  signerOf(tokenHash: string): Signer | null {
    return this.signers.get(tokenHash) ?? null;
  }

  /**
   * The steward sets a new password (the account holder forgot theirs). A signing key sealed
   * under the old password cannot be opened any more, so the account gets a new key; the old
   * public key is kept as retired (hub_retired_keys) and the next trust file lists both as one
   * person, so what the curator signed before stays valid. Every session of the account ends.
   * The hub steward's own reset replaces the hub's steward key: studios are then asked to
   * confirm the new fingerprint at their next sync.
   */
  async resetPassword(name: string, password: string, actor: string): Promise<HubAccount> {
    if (!hubPasswordSchema.safeParse(password).success) throw weakPassword();
    const hash = await hashPassword(password);
    return inTransaction(this.pool, async (client) => {
      const row = (await client.query<AccountRow>('SELECT * FROM hub_accounts WHERE name = $1 FOR UPDATE', [name])).rows[0];
      if (!row) throw noSuchAccount(name);
      const pair = row.key_fingerprint ? generateKeyPair() : null;
      if (row.key_fingerprint && row.public_key) {
        await client.query('INSERT INTO hub_retired_keys (fingerprint, account_id, public_key) VALUES ($1, $2, $3)', [row.key_fingerprint, row.id, row.public_key]);
      }
      const sealed = pair ? sealPrivateKey(pair.privateKey, pair.fingerprint, password) : null;
      const updated = await client.query<AccountRow>(
        'UPDATE hub_accounts SET password_hash = $2, key_fingerprint = $3, public_key = $4, sealed_key = $5 WHERE id = $1 RETURNING *',
        [row.id, hash, pair?.fingerprint ?? null, pair?.publicKey ?? null, sealed ? JSON.stringify(sealed) : null],
      );
      await this.endSessions(client, row.id);
      await client.query('DELETE FROM hub_login_failures WHERE name = $1', [name]);
      await client.query('INSERT INTO hub_audit (actor, action, detail) VALUES ($1, $2, $3)', [actor, 'password-reset', JSON.stringify({ name, retiredKey: row.key_fingerprint, key: pair?.fingerprint ?? null })]);
      return account(updated.rows[0]);
    });
  }

  /**
   * The account can no longer log in, and its sessions end now. A curator's key stays in the
   * trust file: what they signed while they curated stays valid; they cannot sign again, since
   * the hub opens a key only at login.
   */
  async disable(name: string, actor: string): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      const row = (await client.query<{ id: string }>('UPDATE hub_accounts SET disabled = true WHERE name = $1 RETURNING id', [name])).rows[0];
      if (!row) throw noSuchAccount(name);
      await this.endSessions(client, row.id);
      await client.query('INSERT INTO hub_audit (actor, action, detail) VALUES ($1, $2, $3)', [actor, 'account-disabled', JSON.stringify({ name })]);
    });
  }

  private async endSessions(client: HubClient, accountId: string): Promise<void> {
    const ended = await client.query<{ token_hash: string }>('DELETE FROM hub_sessions WHERE account_id = $1 RETURNING token_hash', [accountId]);
    for (const r of ended.rows) this.signers.delete(r.token_hash);
  }

  /** Expired sessions and failures older than the limit window go; run at each login, so the tables stay small without a scheduler. */
  private async purge(): Promise<void> {
    const expired = await this.pool.query<{ token_hash: string }>('DELETE FROM hub_sessions WHERE expires_at <= now() RETURNING token_hash');
    for (const r of expired.rows) this.signers.delete(r.token_hash);
    await this.pool.query('DELETE FROM hub_login_failures WHERE at <= now() - make_interval(mins => $1)', [LOGIN_LIMITS.windowMinutes]);
  }

  async logout(tokenHash: string): Promise<void> {
    this.signers.delete(tokenHash);
    await this.pool.query('DELETE FROM hub_sessions WHERE token_hash = $1', [tokenHash]);
  }
}

function weakPassword() {
  return studioError('hub.weak-password', '口令至少要 10 个字符。请换一个更长的口令。', 'The password must have at least 10 characters. Choose a longer one.');
}

function noSuchAccount(name: string) {
  return studioError('hub.no-such-account', `中心没有账户“${name}”。`, `The hub has no account "${name}".`);
}

export function wrongPassword() {
  return studioError('hub.login-failed', '账户名或口令不对。请检查后再试；连续输错多次会被暂时锁定。', 'Wrong account name or password. Check them and try again; repeated failures lock the account for a while.');
}
