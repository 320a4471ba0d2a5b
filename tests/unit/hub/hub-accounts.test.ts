import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHub } from '../../../electron/hub/server';
import type { TrustFile } from '../../../model/trust/statements';
import { SyncService } from '../../../electron/services/sync/sync-service';
import { CLI, requireBuiltCli } from '../electron/crash/cli-process';
import { addAccounts, loggedIn, PASSWORD, PROVINCE_ACCOUNTS, publishOnHub, startHub } from '../../helpers/hub';
import { startPostgres, type TestPostgres } from '../../helpers/postgres';
import { makeStudio, type TestStudio } from '../../helpers/studio';
import { noisyJpeg } from '../../helpers/images';

/**
 * Hub accounts over time, on a real PostgreSQL with the real CLI: a forgotten password reset by
 * the steward (a curator gets a new key, the old one stays theirs), an account disabled (no more
 * logins, sessions end). Neither may unpublish what was published, here or at a studio.
 */
let pg: TestPostgres;
let db: string;
let hub: RunningHub;
let studio: TestStudio;
let id: string;
let stewardFp: string;
const NEW_PASSWORD = 'a brand new password';

const cli = (args: string[], stdin = '') => spawnSync(process.execPath, [CLI, 'hub', 'user', ...args, '--db', db], { input: stdin, encoding: 'utf8', env: { ...process.env, JINXIU_LANG: 'en' } });
const sync = (fingerprint?: string) => new SyncService(studio.studio).sync({ hub: hub.url, user: 'coop-leishan', password: PASSWORD, fingerprint, actor: 'test' });
const issueTrust = async () => (await loggedIn(hub, 'steward')).json('POST', 'api/trust/issue', {});
const latestTrust = async () => new (await import('../../../electron/services/sync/hub-client')).HubClient(hub.url).json<TrustFile>('GET', 'api/trust-file');

beforeAll(async () => {
  requireBuiltCli();
  pg = await startPostgres();
  db = pg.createDatabase('hub_accounts');
  hub = await startHub({ db, name: 'Guizhou hub' });
  await addAccounts(hub, PROVINCE_ACCOUNTS);
  await issueTrust();
  stewardFp = (await hub.accounts.list()).find((a) => a.name === 'steward')!.keyFingerprint!;
  studio = await makeStudio({ starterLibrary: false });
  id = (await studio.studio.imports.importOne('drum.jpg', await noisyJpeg(200, 160, 5), 'coop'))!.id!;
  await sync();
  await publishOnHub([await loggedIn(hub, 'anthro-a'), await loggedIn(hub, 'museum-b')], id, 'attribution');
  await sync(stewardFp);
  expect(studio.studio.motifs.get(id)!.record.status).toBe('published');
}, 120_000);

afterAll(async () => {
  await hub?.close();
  studio?.cleanup();
  pg?.stop();
});

describe('hub accounts over time', () => {
  it('a reset password (CLI, standard input) ends the old sessions, refuses the old password, and gives a curator a new key', async () => {
    const before = (await hub.accounts.list()).find((a) => a.name === 'anthro-a')!;
    const session = await loggedIn(hub, 'anthro-a');
    const r = cli(['password', '--name', 'anthro-a'], `${NEW_PASSWORD}\n`);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^new password for anthro-a; new signing key [0-9a-f]{64} \(issue the trust file again/);
    const after = (await hub.accounts.list()).find((a) => a.name === 'anthro-a')!;
    expect(after.keyFingerprint).not.toBe(before.keyFingerprint);
    await expect(session.json('GET', 'api/session')).rejects.toMatchObject({ status: 401 });
    await expect(loggedIn(hub, 'anthro-a')).rejects.toMatchObject({ code: 'hub.login-failed' });
    expect((await loggedIn(hub, 'anthro-a', NEW_PASSWORD)).session).toMatchObject({ role: 'curator', canSign: true });
  });

  it('the next trust file lists the old and the new key as one person; what the old key signed stays published, on the hub and at the studio', async () => {
    await issueTrust();
    const file = await latestTrust();
    const keys = (await hub.accounts.list()).find((a) => a.name === 'anthro-a')!;
    const group = file!.body.samePerson!.find((g) => g.includes(keys.keyFingerprint!));
    expect(group).toHaveLength(2);
    expect(file!.body.people!.map((p) => p.fingerprint)).toEqual(expect.arrayContaining(group!));
    expect((await hub.records.get(id))!.status).toBe('published');
    const report = await sync();
    expect(report.trustFile.status).toBe('imported');
    expect(studio.studio.motifs.get(id)!.record.status).toBe('published');
  });

  it('a disabled account cannot log in and its session ends; the curator stays in the trust file, so the motif stays published', async () => {
    const session = await loggedIn(hub, 'museum-b');
    const r = cli(['disable', '--name', 'museum-b']);
    expect([r.status, r.stdout, r.stderr]).toEqual([0, 'disabled museum-b\n', '']);
    await expect(session.json('GET', 'api/session')).rejects.toMatchObject({ status: 401 });
    await expect(loggedIn(hub, 'museum-b')).rejects.toMatchObject({ code: 'hub.login-failed' });
    await issueTrust();
    const museum = (await hub.accounts.list()).find((a) => a.name === 'museum-b');
    expect(museum).toBeUndefined(); // the list shows active accounts
    const file = await latestTrust();
    expect(file!.body.people!.map((p) => p.name)).toContain('museum-b');
    expect((await hub.records.get(id))!.status).toBe('published');
    await sync();
    expect(studio.studio.motifs.get(id)!.record.status).toBe('published');
  });

  it('refuses an unknown account and a short password, changing nothing', () => {
    expect(cli(['password', '--name', 'nobody'], `${NEW_PASSWORD}\n`)).toMatchObject({ status: 1, stderr: expect.stringContaining('The hub has no account "nobody"') });
    expect(cli(['disable', '--name', 'nobody'])).toMatchObject({ status: 1, stderr: expect.stringContaining('The hub has no account "nobody"') });
    expect(cli(['password', '--name', 'coop-leishan'], 'short\n')).toMatchObject({ status: 1, stderr: expect.stringContaining('at least 10 characters') });
  });
});
