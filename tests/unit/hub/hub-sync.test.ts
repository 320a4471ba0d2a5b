import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mayRelease } from '../../../model/motif/gate';
import type { RunningHub } from '../../../electron/hub/server';
import { SyncService } from '../../../electron/services/sync/sync-service';
import { CLI, requireBuiltCli } from '../electron/crash/cli-process';
import { addAccounts, PROVINCE_ACCOUNTS, loggedIn, PASSWORD, publishOnHub, startHub } from '../../helpers/hub';
import { startPostgres, type TestPostgres } from '../../helpers/postgres';
import { call, makeStudio, type TestStudio } from '../../helpers/studio';
import { noisyJpeg } from '../../helpers/images';

let pg: TestPostgres;
let hub: RunningHub;
let stewardFp: string;
let leishan: TestStudio; // the cooperative whose motif it is
let taijiang: TestStudio; // another cooperative's studio
const sync = (studio: TestStudio, user: string, extra: { fingerprint?: string; password?: string } = {}) =>
  new SyncService(studio.studio).sync({ hub: hub.url, user, password: extra.password ?? PASSWORD, fingerprint: extra.fingerprint, actor: 'test' });

beforeAll(async () => {
  requireBuiltCli();
  pg = await startPostgres();
  hub = await startHub({ db: pg.createDatabase('hub_sync'), name: 'Guizhou hub' });
  await addAccounts(hub, PROVINCE_ACCOUNTS);
  await (await loggedIn(hub, 'steward')).json('POST', 'api/trust/issue', {});
  stewardFp = (await hub.accounts.list()).find((a) => a.name === 'steward')!.keyFingerprint!;
  leishan = await makeStudio({ starterLibrary: false });
  taijiang = await makeStudio({ starterLibrary: false });
}, 60_000);

afterAll(async () => {
  await hub?.close();
  leishan?.cleanup();
  taijiang?.cleanup();
  pg?.stop();
});

const PDF = { caller: 'cooperative', confirmed: true, commercial: true, productKind: 'packaging' } as const;

describe('studio sync with the hub', () => {
  let id: string;

  it('pushes the cooperative\'s own motif for review; the hub trust file waits for a confirmed fingerprint', async () => {
    id = (await leishan.studio.imports.importOne('leishan-butterfly.jpg', await noisyJpeg(320, 240, 11), 'coop'))!.id!;
    const report = await sync(leishan, 'coop-leishan');
    expect(report.pushed.accepted).toEqual([id]);
    expect(report.trustFile).toMatchObject({ status: 'unconfirmed', steward: stewardFp });
    const onHub = await hub.records.get(id);
    expect(onHub).toMatchObject({ status: 'draft', owner: 'coop-leishan', everPublished: false });
    // pushed once: the next sync does not send it again
    expect((await sync(leishan, 'coop-leishan')).pushed).toEqual({ accepted: [], unchanged: [], refused: [] });
  });

  it('a motif two hub curators published arrives published at another studio, artwork verified, after the fingerprint was confirmed', async () => {
    const [a, b] = [await loggedIn(hub, 'anthro-a'), await loggedIn(hub, 'museum-b')];
    await publishOnHub([a, b], id, 'open-commercial');
    const first = await sync(taijiang, 'coop-taijiang', { fingerprint: stewardFp.replace(/(.{4})/g, '$1 ') });
    expect(first.trustFile.status).toBe('imported');
    expect(first.pulled).toMatchObject({ new: 1, updated: 0, conflict: 0, refused: 0 });
    expect(first.downloaded.files).toBe(1);
    const here = taijiang.studio.motifs.get(id)!;
    expect(here.record.status).toBe('published');
    expect(here.record.usageLabel).toBe('open-commercial');
    expect(taijiang.studio.motifs.files(id).map((f) => f.role).sort()).toEqual(['preview', 'raster', 'thumbnail']);
    // nothing new: the next sync changes nothing and downloads nothing
    const again = await sync(taijiang, 'coop-taijiang');
    expect(again.pulled.items).toEqual([]);
    expect(again.downloaded.files).toBe(0);
    expect(again.trustFile.status).toBe('current');
    expect(mayRelease(taijiang.studio.motifs.get(id)!.record, 'pdf', PDF).allowed).toBe(true);
  });

  it('the cooperative that made it gets the published version back (an update, not a conflict)', async () => {
    const report = await sync(leishan, 'coop-leishan', { fingerprint: stewardFp });
    expect(report.pulled).toMatchObject({ updated: 1, conflict: 0, refused: 0 });
    expect(leishan.studio.motifs.get(id)!.record.status).toBe('published');
  });

  it('a withdrawal on the hub blocks export of that motif at every studio after its next sync (the real gate, mayRelease)', async () => {
    const a = await loggedIn(hub, 'anthro-a');
    await a.json('POST', `api/records/${id}/sign`, { action: 'withdraw', target: { reason: 'the embroiderer asked to withdraw it' } });
    for (const [studio, user] of [[taijiang, 'coop-taijiang'], [leishan, 'coop-leishan']] as const) {
      expect(mayRelease(studio.studio.motifs.get(id)!.record, 'pdf', PDF).allowed).toBe(true);
      const report = await sync(studio, user);
      expect(report.pulled.items.map((i) => [i.id, i.action, i.changes.find((c) => c.field === 'status')?.to])).toEqual([[id, 'update', 'withdrawn']]);
      const record = studio.studio.motifs.get(id)!.record;
      expect(record.status).toBe('withdrawn');
      for (const destination of ['pdf', 'n-up', 'proof', 'shop-pictures', 'composer-placement'] as const) {
        const decision = mayRelease(record, destination, PDF);
        expect([destination, decision.allowed]).toEqual([destination, false]);
      }
    }
  });

  it('a motif made secret/sacred on the hub after it was shared stops at every studio that holds it; its content is not sent again', async () => {
    const drum = (await leishan.studio.imports.importOne('leishan-drum.jpg', await noisyJpeg(320, 240, 12), 'coop'))!.id!;
    await sync(leishan, 'coop-leishan');
    const [a, b] = [await loggedIn(hub, 'anthro-a'), await loggedIn(hub, 'museum-b')];
    await publishOnHub([a, b], drum, 'open-commercial');
    for (const [studio, user] of [[taijiang, 'coop-taijiang'], [leishan, 'coop-leishan']] as const) {
      await sync(studio, user);
      expect(mayRelease(studio.studio.motifs.get(drum)!.record, 'pdf', PDF).allowed).toBe(true);
    }
    const cursor = new SyncService(taijiang.studio).state(hub.url).cursor;
    // one trusted signature restricts (label-order.ts)
    await b.json('POST', `api/records/${drum}/sign`, { action: 'label', target: { label: 'secret-sacred', reason: 'the drum society asked to keep it within the village' } });

    // over the wire: the id and the signed statement, no record and no artwork
    const page = await a.changes(cursor);
    expect(page.records.map((r) => r.id)).not.toContain(drum);
    expect(page.files.filter((f) => f.path.includes(drum))).toEqual([]);
    expect(page.restrictions.map((r) => [r.recordId, r.signatures.map((s) => [s.statement.action, s.statement.target.label])])).toEqual([[drum, [['label', 'secret-sacred']]]]);
    expect(JSON.stringify(page.restrictions)).not.toContain('leishan-drum');

    for (const [studio, user] of [[taijiang, 'coop-taijiang'], [leishan, 'coop-leishan']] as const) {
      const report = await sync(studio, user);
      expect(report.pulled.items.map((i) => [i.id, i.action, i.changes])).toEqual([[drum, 'update', [{ field: 'label', from: 'open-commercial', to: 'secret-sacred' }]]]);
      const record = studio.studio.motifs.get(drum)!.record;
      expect(record.usageLabel).toBe('secret-sacred');
      for (const destination of ['pdf', 'n-up', 'proof', 'shop-pictures', 'composer-placement'] as const) {
        expect([destination, mayRelease(record, destination, PDF).allowed]).toEqual([destination, false]);
      }
      // newest first
      expect(studio.studio.motifs.audit(drum)[0]).toMatchObject({ action: 'pack-restriction' });
    }

    // a studio that never held it learns nothing but an id
    const newcomer = await makeStudio({ starterLibrary: false });
    try {
      const report = await sync(newcomer, 'coop-taijiang', { fingerprint: stewardFp });
      expect(report.pulled.items.map((i) => i.id)).not.toContain(drum);
      expect(newcomer.studio.motifs.get(drum)).toBeUndefined();
    } finally {
      newcomer.cleanup();
    }
  }, 120_000);

  it('a wrong password is refused with a translated message and changes nothing', async () => {
    const before = taijiang.studio.motifs.get(id)!.record;
    const error = await sync(taijiang, 'coop-taijiang', { password: 'not my password' }).catch((e) => e);
    expect(error.code).toBe('sync.login-failed');
    expect(error.localized.zh).toContain('没有接受账户“coop-taijiang”的口令');
    expect(taijiang.studio.motifs.get(id)!.record).toEqual(before);
  });

  it('the Settings button\'s call (sync.run, through the API contract): a report, and a wrong password as a translated error', async () => {
    const report = await call(leishan.dispatch, 'sync.run', { hub: hub.url, user: 'coop-leishan', password: PASSWORD });
    expect(report).toMatchObject({ hub: hub.url, pulled: { new: 0, updated: 0 }, pushed: { accepted: 0 }, trustFile: { status: 'current' } });
    const wrong = await leishan.dispatch('sync.run', { hub: hub.url, user: 'coop-leishan', password: 'nope nope nope' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'sync.login-failed' } });
    const bad = await leishan.dispatch('sync.run', { hub: 'ftp://example.org/', user: 'coop-leishan', password: PASSWORD });
    expect(bad).toMatchObject({ ok: false, error: { code: 'sync.bad-hub' } });
  });

  it('jinxiu sync (the CLI): wrong password → non-zero exit and a clear message; right one → JSON report', { timeout: 180_000 }, async () => {
    taijiang.studio.close();
    // asynchronous: the hub under test lives in this process and must keep answering
    const run = (password: string, lang: string, json = false) =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [CLI, 'sync', '--hub', hub.url, '--user', 'coop-taijiang', '--data', taijiang.dataDir, ...(json ? ['--json'] : [])], {
          env: { ...process.env, JINXIU_LANG: lang, JINXIU_HUB_PASSWORD: password },
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (c) => (stdout += c));
        child.stderr.on('data', (c) => (stderr += c));
        child.on('exit', (status) => resolve({ status, stdout, stderr }));
      });
    const wrong = await run('wrong password here', 'zh_CN.UTF-8');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('没有接受账户“coop-taijiang”的口令');
    const right = await run(PASSWORD, 'en', true);
    expect(right.stderr).toBe('');
    expect(right.status).toBe(0);
    expect(JSON.parse(right.stdout)).toMatchObject({ ok: true, trustFile: { status: 'current' }, pulled: { new: 0 } });
  });
});
