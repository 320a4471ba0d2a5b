import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateHub, openHubPool } from '../../../electron/hub/database';
import { HUB_SCHEMA_VERSION, hubMigrations } from '../../../electron/hub/migrations';
import { verifyPassword } from '../../../electron/hub/passwords';
import { HubClient } from '../../../electron/services/sync/hub-client';
import { addAccounts, PROVINCE_ACCOUNTS, loggedIn, PASSWORD, publishOnHub, startHub, submissionOf } from '../../helpers/hub';
import { startPostgres, type TestPostgres } from '../../helpers/postgres';
import { makeStudio, type TestStudio } from '../../helpers/studio';
import { noisyJpeg } from '../../helpers/images';
import type { RunningHub } from '../../../electron/hub/server';

let pg: TestPostgres;
let hub: RunningHub;
let studio: TestStudio;

beforeAll(async () => {
  pg = await startPostgres();
  hub = await startHub({ db: pg.createDatabase('hub_server'), name: 'Guizhou test hub' });
  await addAccounts(hub, PROVINCE_ACCOUNTS);
  studio = await makeStudio({ starterLibrary: false });
}, 60_000);

afterAll(async () => {
  await hub?.close();
  studio?.cleanup();
  pg?.stop();
});

async function raw(path: string, init: RequestInit = {}) {
  return fetch(new URL(path, hub.url), init);
}

describe('hub: migrations and health', () => {
  it('migrates a fresh database to the latest schema, and a second run changes nothing', async () => {
    const url = pg.createDatabase('hub_migrate');
    const pool = openHubPool(url, 2);
    try {
      expect(await migrateHub(pool)).toBe(HUB_SCHEMA_VERSION);
      const tables = (await pool.query<{ t: string }>("SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")).rows.map((r) => r.t);
      expect(tables).toEqual(['hub_accounts', 'hub_artwork', 'hub_audit', 'hub_login_failures', 'hub_record_files', 'hub_records', 'hub_retired_keys', 'hub_schema', 'hub_sessions', 'hub_trust_files']);
      expect(await migrateHub(pool)).toBe(HUB_SCHEMA_VERSION);
      // one row per step, each applied once
      expect((await pool.query('SELECT version FROM hub_schema ORDER BY version')).rows).toEqual(hubMigrations.map((m) => ({ version: m.version })));
    } finally {
      await pool.end();
    }
  });

  it('GET /health answers 200 with the database reachable and its schema version', async () => {
    const res = await raw('health');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, database: { reachable: true, schemaVersion: HUB_SCHEMA_VERSION } });
  });
});

describe('hub: accounts, sessions, CSRF, rate limit, roles', () => {
  it('stores scrypt hashes, never the password', async () => {
    const row = (await hub.pool.query<{ password_hash: string; sealed_key: unknown; role: string }>("SELECT password_hash, sealed_key, role FROM hub_accounts WHERE name = 'anthro-a'")).rows[0];
    expect(row.password_hash).toMatch(/^scrypt\$15\$8\$1\$/);
    expect(row.password_hash).not.toContain(PASSWORD);
    expect(await verifyPassword(PASSWORD, row.password_hash)).toBe(true);
    expect(await verifyPassword('wrong password!', row.password_hash)).toBe(false);
    expect(row.sealed_key).toMatchObject({ kdf: 'scrypt', cipher: 'aes-256-gcm' });
  });

  it('logs in with an HttpOnly SameSite=Strict cookie; a wrong password is refused with a translated message', async () => {
    const ok = await raw('api/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'coop-leishan', password: PASSWORD }) });
    expect(ok.status).toBe(200);
    const cookie = ok.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^jinxiu_hub_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(await ok.json()).toMatchObject({ name: 'coop-leishan', role: 'cooperative', canSign: false });

    const bad = await raw('api/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'coop-leishan', password: 'not the password' }) });
    expect(bad.status).toBe(401);
    const body = (await bad.json()) as { error: { code: string; message: { zh: string; en: string } } };
    expect(body.error.code).toBe('hub.login-failed');
    expect(body.error.message.zh).toContain('口令不对');
    expect(body.error.message.en).toContain('Wrong account name or password');
  });

  it('a login sent as a form (not JSON) is refused: no cross-site login', async () => {
    const res = await raw('api/login', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `name=coop-leishan&password=${encodeURIComponent(PASSWORD)}` });
    expect(res.status).toBe(415);
  });

  it('state-changing requests need the CSRF token as well as the cookie', async () => {
    const client = await loggedIn(hub, 'steward');
    const cookieOnly = await client.request('POST', 'api/accounts', { name: 'x-csrf', role: 'cooperative', password: PASSWORD }, { 'x-csrf-token': 'forged' }).catch((e: any) => e);
    expect(cookieOnly.code).toBe('hub.csrf');
    expect(cookieOnly.status).toBe(403);
    expect((await hub.pool.query("SELECT 1 FROM hub_accounts WHERE name = 'x-csrf'")).rowCount).toBe(0);
    const made = await client.json('POST', 'api/accounts', { name: 'x-csrf', role: 'cooperative', password: PASSWORD });
    expect(made).toMatchObject({ name: 'x-csrf', role: 'cooperative', keyFingerprint: null });
  });

  it('limits failed logins per account name (429 with Retry-After), even with the right password afterwards', async () => {
    await addAccounts(hub, [['limited', 'cooperative']]);
    const attempt = (password: string) => raw('api/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'limited', password }) });
    for (let i = 0; i < 5; i++) expect((await attempt('guess number ' + i)).status).toBe(401);
    const limited = await attempt(PASSWORD);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe('hub.login-limited');
    expect((await attempt(PASSWORD)).status).toBe(429);
    // another account is not affected
    expect((await raw('api/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'coop-taijiang', password: PASSWORD }) })).status).toBe(200);
  });

  it('roles: only the steward manages accounts and trust; only curators sign; anonymous reads nothing', async () => {
    const coop = await loggedIn(hub, 'coop-leishan');
    const curator = await loggedIn(hub, 'anthro-a');
    for (const [client, path, body] of [
      [coop, 'api/accounts', { name: 'sneaky', role: 'curator', password: PASSWORD }],
      [curator, 'api/accounts', { name: 'sneaky', role: 'curator', password: PASSWORD }],
      [coop, 'api/trust/issue', {}],
      [curator, 'api/trust/issue', {}],
      [coop, 'api/records/00000000-0000-4000-8000-000000000000/sign', { action: 'approve' }],
    ] as const) {
      const error = await client.json<any>('POST', path, body).catch((e: any) => e);
      expect([path, error.code, error.status]).toEqual([path, 'hub.forbidden', 403]);
    }
    const anonymous = new HubClient(hub.url);
    for (const path of ['api/sync/changes?since=0', 'api/records', `api/artwork/${'0'.repeat(64)}`]) {
      const error = await anonymous.request('GET', path).catch((e: any) => e);
      expect([path, error.code]).toEqual([path, 'hub.not-logged-in']);
    }
    expect((await anonymous.request('POST', 'api/artwork/batch', { sha256: ['0'.repeat(64)] }).catch((e: any) => e)).code).toBe('hub.not-logged-in');
  });
});

describe('hub: submit → review → sign → publish → withdraw, with the audit trail', () => {
  it('a cooperative submits; two curators publish; the feed carries it; a withdrawal reaches the feed', async () => {
    const imported = await studio.studio.imports.importOne('leishan-bird.jpg', await noisyJpeg(320, 240, 7), 'coop-leishan');
    const id = imported.id!;
    const coop = await loggedIn(hub, 'coop-leishan');
    const other = await loggedIn(hub, 'coop-taijiang');
    const steward = await loggedIn(hub, 'steward');
    const a = await loggedIn(hub, 'anthro-a');
    const b = await loggedIn(hub, 'museum-b');

    expect(await coop.submit(submissionOf(studio.studio, id))).toBe('accepted');
    expect(await coop.submit(submissionOf(studio.studio, id))).toBe('unchanged');
    // another cooperative cannot overwrite it, nor read the draft
    expect((await other.submit(submissionOf(studio.studio, id)).catch((e: any) => e)).code).toBe('hub.not-yours');
    expect((await other.json<any>('GET', `api/records/${id}`).catch((e: any) => e)).code).toBe('hub.record-not-found');
    // tampered artwork is refused
    const tampered = submissionOf(studio.studio, id);
    tampered.files[0].base64 = Buffer.from('not the scan').toString('base64');
    expect((await coop.submit(tampered).catch((e: any) => e)).code).toBe('hub.artwork-mismatch');
    // a draft's artwork reaches its own cooperative in a batch, not another one (nothing of the batch is sent)
    const draftSha = Object.values(submissionOf(studio.studio, id).record.artwork.sha256)[0];
    const otherGot: string[] = [];
    expect((await other.artworkBatch([draftSha], (sha) => void otherGot.push(sha)).catch((e: any) => e)).code).toBe('hub.not-found');
    expect(otherGot).toEqual([]);
    const ownGot: string[] = [];
    await coop.artworkBatch([draftSha], (sha) => void ownGot.push(sha));
    expect(ownGot).toEqual([draftSha]);
    // a batch is bounded, and it is a state-changing verb as far as CSRF goes
    expect((await coop.artworkBatch(Array.from({ length: 1001 }, () => draftSha), () => {}).catch((e: any) => e)).code).toBe('hub.bad-batch');
    expect((await coop.request('POST', 'api/artwork/batch', { sha256: [draftSha] }, { 'x-csrf-token': 'forged' }).catch((e: any) => e)).code).toBe('hub.csrf');

    // before the steward issued the trust file, curators' keys are not trusted on the hub
    expect((await a.json<any>('POST', `api/records/${id}/sign`, { action: 'submit' }).catch((e: any) => e)).code).toBe('hub.key-untrusted');
    const file = await steward.json<{ body: { people: { name: string }[]; keys: unknown[] }; signature: string }>('POST', 'api/trust/issue', {});
    expect(file.body.people.map((p) => p.name)).toEqual(['anthro-a', 'museum-b']);
    expect(file.body.keys).toEqual([]);

    expect((await coop.changes(0)).records.map((r) => r.id)).not.toContain(id);
    // one curator approving twice is still one person
    await a.json('POST', `api/records/${id}/sign`, { action: 'submit' });
    await a.json('POST', `api/records/${id}/sign`, { action: 'approve', target: { label: 'attribution' } });
    expect(await a.json('POST', `api/records/${id}/sign`, { action: 'approve', target: { label: 'attribution' } })).toMatchObject({ status: 'in-review' });
    expect(await b.json('POST', `api/records/${id}/sign`, { action: 'approve', target: { label: 'attribution' } })).toMatchObject({ status: 'published', usageLabel: 'attribution' });

    const page = await coop.changes(0);
    const published = page.records.find((r) => r.id === id)!;
    expect(published.status).toBe('published');
    expect(published.signatures!.filter((s) => s.statement.action === 'approve')).toHaveLength(3);
    expect(page.trustFile).toEqual(file);
    const files = page.files.filter((f) => f.path.startsWith(`motifs/${id}/`));
    expect(files).toHaveLength(1);
    // artwork is served by its hash, and the bytes hash to it
    const bytes = await coop.artwork(files[0].sha256);
    const { createHash } = await import('node:crypto');
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(files[0].sha256);
    // the same bytes in a batch (the studios' path), now that the record is published, to another cooperative too
    const batched: [string, Buffer][] = [];
    await other.artworkBatch([files[0].sha256], (sha, b) => void batched.push([sha, Buffer.from(b)]));
    expect(batched).toEqual([[files[0].sha256, Buffer.from(bytes)]]);
    // one unknown file refuses the whole batch before any byte is sent
    const partial: string[] = [];
    expect((await other.artworkBatch([files[0].sha256, 'f'.repeat(64)], (sha) => void partial.push(sha)).catch((e: any) => e)).code).toBe('hub.not-found');
    expect(partial).toEqual([]);

    const cursor = page.cursor;
    expect((await coop.changes(cursor)).records).toEqual([]);
    expect(await a.json('POST', `api/records/${id}/sign`, { action: 'withdraw', target: { reason: 'the family asked us to take it down' } })).toMatchObject({ status: 'withdrawn' });
    const after = await coop.changes(cursor);
    expect(after.records.map((r) => [r.id, r.status, r.withdrawnReason])).toEqual([[id, 'withdrawn', 'the family asked us to take it down']]);
    expect(after.cursor).toBeGreaterThan(cursor);

    const detail = await a.json<{ audit: { actor: string; action: string; detail: { after?: { status: string } } }[] }>('GET', `api/records/${id}`);
    expect(detail.audit.map((e) => [e.actor, e.action, e.detail.after?.status])).toEqual([
      ['coop-leishan', 'submitted', undefined],
      ['anthro-a', 'signed-submit', 'in-review'],
      ['anthro-a', 'signed-approve', 'in-review'],
      ['anthro-a', 'signed-approve', 'in-review'],
      ['museum-b', 'signed-approve', 'published'],
      ['anthro-a', 'signed-withdraw', 'withdrawn'],
    ]);
  });

  it('publishOnHub helper and the feed order: each change gets a higher number than the last', async () => {
    const a = await loggedIn(hub, 'anthro-a');
    const b = await loggedIn(hub, 'museum-b');
    const coop = await loggedIn(hub, 'coop-leishan');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const imported = await studio.studio.imports.importOne(`pattern-${i}.jpg`, await noisyJpeg(64, 64, 100 + i), 'coop');
      ids.push(imported.id!);
      await coop.submit(submissionOf(studio.studio, imported.id!));
    }
    const start = (await coop.changes(0)).cursor;
    for (const id of ids) await publishOnHub([a, b], id);
    const page = await coop.changes(start, 2);
    expect(page.records.map((r) => r.id)).toEqual(ids.slice(0, 2));
    expect(page.more).toBe(true);
    const rest = await coop.changes(page.cursor, 2);
    expect(rest.records.map((r) => r.id)).toEqual([ids[2]]);
    expect(rest.more).toBe(false);
  });
});
