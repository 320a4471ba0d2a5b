import crypto from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { HubAccounts } from '../../electron/hub/accounts';
import { openHubPool, type HubPool } from '../../electron/hub/database';
import { HubClient } from '../../electron/services/sync/hub-client';
import { requireBuiltCli } from '../unit/electron/crash/cli-process';
import { validRecord } from '../unit/model/motif/helpers';
import { loggedIn, PASSWORD } from '../helpers/hub';
import { serveHub } from '../helpers/hub-process';
import { startPostgres, type TestPostgres } from '../helpers/postgres';
import { report, summarize } from './report';

/**
 * Load on the province hub (measured, never asserted): HUB_BENCH_MOTIFS records (default 10 000)
 * with one artwork file each on the hub, then for each count in HUB_BENCH_STUDIOS (default
 * "50,500") that many simulated studios sync at once: a first sync from nothing and, after
 * HUB_BENCH_CHANGES (50) curator changes, an incremental one. A simulated studio speaks the real
 * protocol (login, every page of the change feed, every artwork file checked by sha256); it does
 * not apply into SQLite, which is the studio's own cost (see the pack import bench). The hub is a
 * real `jinxiu hub serve` process; its CPU and peak RSS come from /proc, PostgreSQL connections
 * from pg_stat_activity. The simulated studios share this machine's cores with the hub.
 */
const MOTIFS = Number(process.env.HUB_BENCH_MOTIFS ?? 10_000);
const STUDIOS = (process.env.HUB_BENCH_STUDIOS ?? '50,500').split(',').map(Number);
const CHANGES = Number(process.env.HUB_BENCH_CHANGES ?? 50);
/** artwork downloads in flight per studio */
const PER_STUDIO = Number(process.env.HUB_BENCH_PARALLEL ?? 4);

let pg: TestPostgres;
let pool: HubPool;
let db: string;
let hub: Awaited<ReturnType<typeof serveHub>>;

async function seed(): Promise<void> {
  const template = validRecord({ review: {}, signatures: [] });
  for (let start = 0; start < MOTIFS; start += 500) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      for (let i = start; i < Math.min(MOTIFS, start + 500); i++) {
        const bytes = crypto.randomBytes(2048 + (i % 7) * 512);
        const sha = crypto.createHash('sha256').update(bytes).digest('hex');
        const id = crypto.randomUUID();
        const record = { ...template, id, slug: `bench-${i}`, artwork: { ...template.artwork, vector: undefined, rasters: ['scan.png'], sha256: { 'scan.png': sha } } };
        delete (record.artwork as { vector?: string }).vector;
        await client.query('INSERT INTO hub_artwork (sha256, size, bytes) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [sha, bytes.length, bytes]);
        await client.query(`INSERT INTO hub_records (id, record, status, usage_label, ever_published, seq) VALUES ($1, $2, 'published', 'attribution', true, nextval('hub_change_seq'))`, [id, JSON.stringify(record)]);
        await client.query('INSERT INTO hub_record_files (record_id, name, sha256) VALUES ($1, $2, $3)', [id, 'scan.png', sha]);
      }
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  }
}

function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
}

function rssMb(pid: number): number {
  const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'))!;
  return Number(line.split(/\s+/)[1]) / 1024;
}

/** One simulated studio: every page since `since`, every file fetched and checked. */
async function studioSync(name: string, since: number): Promise<{ ms: number; cursor: number; files: number }> {
  const started = performance.now();
  const client = new HubClient(hub.url, 600_000);
  await client.login(name, PASSWORD);
  let cursor = since;
  let files = 0;
  for (let more = true; more; ) {
    const page = await client.changes(cursor);
    const queue = [...page.files];
    await Promise.all(
      Array.from({ length: PER_STUDIO }, async () => {
        for (let f = queue.shift(); f; f = queue.shift()) {
          const bytes = await client.artwork(f.sha256);
          if (crypto.createHash('sha256').update(bytes).digest('hex') !== f.sha256) throw new Error('checksum');
          files++;
        }
      }),
    );
    cursor = page.cursor;
    more = page.more;
  }
  return { ms: performance.now() - started, cursor, files };
}

async function measure(label: string, names: string[], since: Map<string, number>) {
  const pid = hub.child.pid!;
  const cpu0 = cpuSeconds(pid);
  let peakRss = rssMb(pid);
  let peakConnections = 0;
  const sampler = setInterval(async () => {
    if (hub.child.exitCode !== null || hub.child.signalCode) return;
    peakRss = Math.max(peakRss, rssMb(pid));
    const n = await pool.query<{ n: string }>("SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend'").catch(() => null);
    if (n) peakConnections = Math.max(peakConnections, Number(n.rows[0].n) - 1); // minus the sampler's own
  }, 200);
  const wall0 = performance.now();
  const results = await Promise.all(names.map((n) => studioSync(n, since.get(n) ?? 0)));
  const wall = (performance.now() - wall0) / 1000;
  clearInterval(sampler);
  results.forEach((r, i) => since.set(names[i], r.cursor));
  const times = summarize(results.map((r) => r.ms));
  const cpu = cpuSeconds(pid) - cpu0;
  return {
    label,
    studios: names.length,
    syncMs: { p50: Math.round(times.median), p95: Math.round(times.p95), max: Math.round(times.max) },
    filesPerStudio: results[0]?.files ?? 0,
    wallSeconds: Number(wall.toFixed(1)),
    hubCpuSeconds: Number(cpu.toFixed(1)),
    hubCpuCores: Number((cpu / wall).toFixed(2)),
    hubPeakRssMb: Math.round(peakRss),
    pgPeakConnections: peakConnections,
  };
}

beforeAll(async () => {
  requireBuiltCli();
  pg = await startPostgres();
  db = pg.createDatabase('hub_bench');
  hub = await serveHub(['--db', db]);
  pool = openHubPool(db, 2);
  const accounts = new HubAccounts(pool);
  await accounts.add('steward', 'steward', PASSWORD, 'bench');
  await accounts.add('curator-a', 'curator', PASSWORD, 'bench');
  for (let i = 0; i < Math.max(...STUDIOS); i++) await accounts.add(`studio-${i}`, 'cooperative', PASSWORD, 'bench');
  await (await loggedIn(hub.url, 'steward')).json('POST', 'api/trust/issue', {});
  await seed();
});

afterAll(async () => {
  if (hub?.errors()) console.error(`[bench] hub stderr:\n${hub.errors()}`);
  console.error(`[bench] hub exit: ${hub?.child.exitCode} ${hub?.child.signalCode}`);
  hub?.child.kill('SIGKILL');
  await pool?.end();
  pg?.stop();
});

describe('hub load', () => {
  it(`${MOTIFS} motifs, studios ${STUDIOS.join(' then ')}`, async () => {
    const runs = [];
    const curator = await loggedIn(hub.url, 'curator-a');
    for (const count of STUDIOS) {
      const names = Array.from({ length: count }, (_, i) => `studio-${i}`);
      const cursors = new Map<string, number>();
      runs.push(await measure(`first sync, ${count} studios`, names, cursors));
      const ids = (await pool.query<{ id: string }>('SELECT id FROM hub_records ORDER BY random() LIMIT $1', [CHANGES])).rows.map((r) => r.id);
      for (const id of ids) await curator.json('POST', `api/records/${id}/sign`, { action: 'withdraw', target: { reason: 'bench' } });
      runs.push(await measure(`incremental after ${CHANGES} changes, ${count} studios`, names, cursors));
    }
    report('hub', { motifs: MOTIFS, changes: CHANGES, perStudioParallelDownloads: PER_STUDIO, cores: (await import('node:os')).cpus().length, runs });
  });
});
