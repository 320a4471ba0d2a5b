import http from 'node:http';
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HubAccounts } from '../../../electron/hub/accounts';
import { openHubPool, type HubPool } from '../../../electron/hub/database';
import { HubClient } from '../../../electron/services/sync/hub-client';
import { ARTWORK_FRAME_HEADER_BYTES } from '../../../model/hub/protocol';
import { SyncService } from '../../../electron/services/sync/sync-service';
import { requireBuiltCli } from '../electron/crash/cli-process';
import { loggedIn, PASSWORD, publishOnHub } from '../../helpers/hub';
import { serveHub } from '../../helpers/hub-process';
import { freePort, startPostgres, type TestPostgres } from '../../helpers/postgres';
import { makeStudio, type TestStudio } from '../../helpers/studio';
import { noisyJpeg } from '../../helpers/images';

/**
 * Faults, with the hub as a real process (`jinxiu hub serve`) on a real PostgreSQL: the hub
 * killed with SIGKILL mid-sync (pull and push), PostgreSQL restarted under the hub, a studio cut
 * off mid-download. After each: nothing half-applied on either side, and the next sync completes.
 */
const TOTAL = 24;
let pg: TestPostgres;
let db: string;
let pool: HubPool;
let port: number;
let hubUrl: string;
let hubProcess: ChildProcess;
let source: TestStudio;
const studios: TestStudio[] = [];

async function startHubProcess(): Promise<void> {
  const started = await serveHub(['--db', db, '--port', String(port)]);
  hubProcess = started.child;
  hubUrl = started.url;
}

function killHub(): Promise<void> {
  return new Promise((resolve) => {
    hubProcess.once('exit', () => resolve());
    hubProcess.kill('SIGKILL');
  });
}

const sync = (studio: TestStudio, user: string, extra: { hub?: string; pageLimit?: number; onPage?: () => void | Promise<void> } = {}) =>
  new SyncService(studio.studio).sync({ hub: extra.hub ?? hubUrl, user, password: PASSWORD, fingerprint: stewardFp, actor: 'test', pageLimit: extra.pageLimit, onPage: extra.onPage });
let stewardFp: string;

/** The studio's copy is whole: every synced motif has its artwork and derived files, and the cursor covers exactly what is there. */
function hubMotifs(studio: TestStudio): string[] {
  const rows = studio.studio.db.prepare("SELECT id FROM motifs WHERE source = 'pack' ORDER BY id").all() as { id: string }[];
  for (const { id } of rows) {
    const roles = studio.studio.motifs.files(id).map((f) => f.role).sort();
    expect(roles).toEqual(['preview', 'raster', 'thumbnail']);
    for (const f of studio.studio.motifs.files(id)) expect(studio.studio.store.has(f.sha256)).toBe(true);
  }
  return rows.map((r) => r.id);
}

/** The hub's side is whole: every record has its files, every file its artwork bytes. */
async function hubIsWhole(): Promise<void> {
  const broken = await pool.query(`
    SELECT r.id FROM hub_records r
    WHERE NOT EXISTS (SELECT 1 FROM hub_record_files f WHERE f.record_id = r.id)
       OR EXISTS (SELECT 1 FROM hub_record_files f LEFT JOIN hub_artwork a ON a.sha256 = f.sha256 WHERE f.record_id = r.id AND a.sha256 IS NULL)`);
  expect(broken.rows).toEqual([]);
}

beforeAll(async () => {
  requireBuiltCli();
  pg = await startPostgres();
  db = pg.createDatabase('hub_faults');
  port = await freePort();
  await startHubProcess();
  pool = openHubPool(db, 2);
  const accounts = new HubAccounts(pool);
  for (const [name, role] of [['steward', 'steward'], ['anthro-a', 'curator'], ['museum-b', 'curator'], ['coop-src', 'cooperative'], ['coop-x', 'cooperative']] as const) await accounts.add(name, role, PASSWORD, 'test');
  await (await loggedIn(hubUrl, 'steward')).json('POST', 'api/trust/issue', {});
  stewardFp = (await accounts.list()).find((a) => a.name === 'steward')!.keyFingerprint!;
  source = await makeStudio({ starterLibrary: false });
  for (let i = 0; i < TOTAL; i++) await source.studio.imports.importOne(`motif-${i}.jpg`, await noisyJpeg(64, 64, 500 + i), 'coop');
  expect((await sync(source, 'coop-src')).pushed.accepted).toHaveLength(TOTAL);
  const curators: [HubClient, HubClient] = [await loggedIn(hubUrl, 'anthro-a'), await loggedIn(hubUrl, 'museum-b')];
  for (const { id } of (await pool.query<{ id: string }>('SELECT id FROM hub_records ORDER BY seq')).rows) await publishOnHub(curators, id);
}, 240_000);

afterAll(async () => {
  hubProcess?.kill('SIGKILL');
  await pool?.end();
  for (const s of [source, ...studios]) s?.cleanup();
  pg?.stop();
});

async function newStudio(): Promise<TestStudio> {
  const s = await makeStudio({ starterLibrary: false });
  studios.push(s);
  return s;
}

describe('hub faults', () => {
  it('kill -9 of the hub mid-sync: the pages applied stay whole, the rest is not half-applied, the next sync completes', async () => {
    const studio = await newStudio();
    let pages = 0;
    const error = await sync(studio, 'coop-x', {
      pageLimit: 5,
      onPage: async () => {
        if (++pages === 2) await killHub();
      },
    }).catch((e) => e);
    expect(error.code).toBe('sync.unreachable');
    const applied = hubMotifs(studio);
    expect(applied).toHaveLength(10);
    const cursor = new SyncService(studio.studio).state(hubUrl).cursor;
    const seqs = (await pool.query<{ seq: string }>('SELECT seq FROM hub_records ORDER BY seq')).rows.map((r) => Number(r.seq));
    expect(cursor).toBe(seqs[9]);

    await startHubProcess();
    const report = await sync(studio, 'coop-x', { pageLimit: 5 });
    expect(report.pulled.new).toBe(TOTAL - 10);
    expect(hubMotifs(studio)).toHaveLength(TOTAL);
    expect(studio.studio.db.prepare("SELECT count(*) AS n FROM motifs WHERE status = 'published'").get()).toEqual({ n: TOTAL });
  });

  it('kill -9 of the hub while a studio pushes: every record on the hub is whole, and the next sync pushes the rest', async () => {
    const coop = await newStudio();
    for (let i = 0; i < 12; i++) await coop.studio.imports.importOne(`own-${i}.jpg`, await noisyJpeg(96, 96, 900 + i), 'coop');
    const before = Number((await pool.query("SELECT count(*) AS n FROM hub_audit WHERE action = 'submitted'")).rows[0].n);
    const watcher = setInterval(async () => {
      const n = Number((await pool.query("SELECT count(*) AS n FROM hub_audit WHERE action = 'submitted'")).rows[0].n);
      if (n - before >= 4 && hubProcess.exitCode === null && !hubProcess.killed) hubProcess.kill('SIGKILL');
    }, 10);
    const error = await sync(coop, 'coop-x').catch((e) => e);
    clearInterval(watcher);
    expect(error.code).toBe('sync.unreachable');
    await hubIsWhole();
    const onHub = Number((await pool.query("SELECT count(*) AS n FROM hub_audit WHERE action = 'submitted'")).rows[0].n) - before;
    expect(onHub).toBeGreaterThanOrEqual(4);
    expect(onHub).toBeLessThan(12);

    await startHubProcess();
    const report = await sync(coop, 'coop-x');
    // what the hub stored before the kill is either marked on the studio or comes back 'unchanged'; the rest is accepted now
    expect(report.pushed.accepted.length).toBe(12 - onHub);
    expect(report.pushed.refused).toEqual([]);
    expect((await sync(coop, 'coop-x')).pushed).toEqual({ accepted: [], unchanged: [], refused: [] });
    expect(Number((await pool.query("SELECT count(*) AS n FROM hub_records WHERE owner_id = (SELECT id FROM hub_accounts WHERE name = 'coop-x')")).rows[0].n)).toBe(12);
    await hubIsWhole();
  });

  it('PostgreSQL restarted under the hub: /health says so, nothing is half-applied, the next sync completes', async () => {
    pg.stopServer();
    const down = await fetch(new URL('health', hubUrl));
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ database: { reachable: false } });
    pg.startServer();
    await pool.query('SELECT 1').catch(() => {}); // the test's own pool drops its dead connection

    const studio = await newStudio();
    let pages = 0;
    const first = await sync(studio, 'coop-x', { pageLimit: 5, onPage: () => void (++pages === 1 && pg.restart()) }).catch((e) => e);
    // the sync either rode over the restart or stopped with a clear error; either way nothing is half-applied
    if (first instanceof Error) expect(['hub.database-unreachable', 'sync.unreachable', 'hub.internal']).toContain((first as { code?: string }).code);
    const applied = hubMotifs(studio);
    const seqs = (await pool.query<{ seq: string }>('SELECT seq FROM hub_records WHERE ever_published ORDER BY seq')).rows.map((r) => Number(r.seq));
    const cursor = new SyncService(studio.studio).state(hubUrl).cursor;
    expect(applied.length).toBe(seqs.filter((s) => s <= cursor).length);

    await sync(studio, 'coop-x', { pageLimit: 5 });
    expect(hubMotifs(studio)).toHaveLength(TOTAL);
    expect((await fetch(new URL('health', hubUrl))).status).toBe(200);
  });

  it('a slow line: a batch that flows for longer than the timeout completes; one that falls silent ends in sync.unreachable', async () => {
    let stall = false;
    const proxy = http.createServer((req, res) => {
      const upstream = http.request({ host: '127.0.0.1', port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        if (req.url !== '/api/artwork/batch') return void answer.pipe(res);
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', async () => {
          // the body in twelve pieces, 500 ms apart: 6 s in all against a 3 s timeout; stalled: half, then nothing
          const body = Buffer.concat(chunks);
          const piece = Math.ceil(body.length / 12);
          for (let at = 0; at < body.length && !res.destroyed; at += piece) {
            if (stall && at >= body.length / 2) return;
            res.write(body.subarray(at, at + piece));
            await new Promise((resolve) => setTimeout(resolve, 500));
          }
          res.end();
        });
      });
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', () => resolve()));
    try {
      const client = new HubClient(`http://127.0.0.1:${(proxy.address() as { port: number }).port}/`, 3000);
      await client.login('coop-x', PASSWORD);
      const files = (await client.changes(0)).files.map((f) => f.sha256);
      const got: string[] = [];
      await client.artworkBatch(files, (sha) => void got.push(sha));
      expect(got).toEqual(files);
      stall = true;
      const error = await client.artworkBatch(files, () => {}).catch((e) => e);
      expect(error.code).toBe('sync.unreachable');
    } finally {
      proxy.close();
      proxy.closeAllConnections();
    }
  });

  it('a studio cut off mid-download: nothing of that page is applied; the next sync reuses the files that arrived whole and completes', async () => {
    const CUT_AFTER = 3;
    let cut = true;
    const asked: string[] = [];
    const proxy = http.createServer((req, res) => {
      asked.push(`${req.method} ${req.url?.replace(/[0-9a-f]{64}/, '<sha256>')}`);
      const upstream = http.request({ host: '127.0.0.1', port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        if (cut && req.url === '/api/artwork/batch' && answer.statusCode === 200) {
          // three files whole and half of the fourth, then the line goes dead
          const chunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => chunks.push(chunk));
          answer.on('end', () => {
            const body = Buffer.concat(chunks);
            let at = 0;
            for (let i = 0; i < CUT_AFTER; i++) at += ARTWORK_FRAME_HEADER_BYTES + body.readUInt32BE(at + 32);
            res.write(body.subarray(0, at + ARTWORK_FRAME_HEADER_BYTES + Math.floor(body.readUInt32BE(at + 32) / 2)));
            setTimeout(() => res.socket?.destroy(), 50);
          });
          return;
        }
        answer.pipe(res);
      });
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', () => resolve()));
    const viaProxy = `http://127.0.0.1:${(proxy.address() as { port: number }).port}/`;
    try {
      const studio = await newStudio();
      const error = await sync(studio, 'coop-x', { hub: viaProxy }).catch((e) => e);
      expect(error.code).toBe('sync.unreachable');
      expect(hubMotifs(studio)).toEqual([]);
      expect(new SyncService(studio.studio).state(viaProxy).cursor).toBe(0);

      cut = false;
      const report = await sync(studio, 'coop-x', { hub: viaProxy });
      expect(report.downloaded.reused).toBe(CUT_AFTER);
      expect(report.downloaded.files).toBe(TOTAL - CUT_AFTER);
      expect(report.pulled.new).toBe(TOTAL);
      expect(hubMotifs(studio)).toHaveLength(TOTAL);
      // artwork travelled in batches only: one request per sync here (one page), never one per file
      expect(asked.filter((a) => a.includes('/api/artwork/'))).toEqual(['POST /api/artwork/batch', 'POST /api/artwork/batch']);
    } finally {
      proxy.close();
      proxy.closeAllConnections();
    }
  });
});
