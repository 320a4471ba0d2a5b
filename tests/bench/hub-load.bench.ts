import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import { Session } from 'node:inspector/promises';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { HubAccounts } from '../../electron/hub/accounts';
import { openHubPool, type HubPool } from '../../electron/hub/database';
import { hubTrustList } from '../../electron/hub/hub-trust';
import { nodeTrustCrypto, sign } from '../../electron/services/curators/keys';
import { HubClient } from '../../electron/services/sync/hub-client';
import { SyncService, artworkBatches } from '../../electron/services/sync/sync-service';
import { syncPageSchema, type SyncPage } from '../../model/hub/protocol';
import type { MotifRecord } from '../../model/motif/schema';
import { applyVerdict, computeMotifVerdict, motifContentHash } from '../../model/trust/motif-verdict';
import { MOTIF_STATEMENT_TYPE, signedText, type MotifStatement } from '../../model/trust/statements';
import { computeTrust } from '../../model/trust/trust-list';
import { requireBuiltCli } from '../unit/electron/crash/cli-process';
import { validRecord } from '../unit/model/motif/helpers';
import { loggedIn, PASSWORD } from '../helpers/hub';
import { serveHub } from '../helpers/hub-process';
import { startPostgres, type TestPostgres } from '../helpers/postgres';
import { makeStudio } from '../helpers/studio';
import { report, summarize } from './report';

/**
 * Load on the province hub (measured, never asserted). HUB_BENCH_MOTIFS records (default 10 000),
 * each published by two curators with real Ed25519 signatures and carrying one small real JPEG
 * (96×96, about 3–4 KB), are seeded into the hub's PostgreSQL. Then, for each count in
 * HUB_BENCH_STUDIOS (default "50,100,200,500"), that many simulated studios sync at once: a
 * first sync from nothing and, after HUB_BENCH_CHANGES (50) withdrawals signed through the hub's
 * HTTP API, an incremental one.
 *
 * A simulated studio is the real sync client minus SQLite: it logs in (scrypt on the hub), reads
 * every page of the change feed with the real HubClient (zod-parsed), checks the hub's trust file
 * against the steward fingerprint it confirmed and every record's signatures with the studio's
 * own verdict code (model/trust/motif-verdict.ts), and downloads every artwork file with the real
 * batch call, checking each file's size and sha256. It does NOT write into a SQLite studio nor
 * derive thumbnails: hundreds of SQLite studios on this machine would measure this machine, not
 * the hub. That apply cost is measured separately: HUB_BENCH_REAL_PAGES pages (default 4, "all"
 * for every page; 0 to skip) synced by ONE real studio (SyncService into a SQLite file in a temp
 * dir, sharp thumbnails and previews), alone, before the concurrent steps.
 *
 * Signature checks cost the studio side about a millisecond of CPU per record; 500 studios × 10 000
 * records would take this 2-core machine hours and measure the simulator instead of the hub. So by
 * default (HUB_BENCH_VERIFY=distinct) every studio still downloads every page and every file and
 * checks every file's sha256, but a page's zod parse, trust-file and signature checks run once per
 * distinct page bytes (the sha256 of the response body) in this process: a studio receiving bytes
 * identical to a page already verified here uses that verification. HUB_BENCH_VERIFY=every makes
 * each simulated studio do all of it itself.
 *
 * HUB_BENCH_DOWNLOAD=per-file makes the simulated studios fetch artwork one request per file, 4 in
 * flight (the client before batching; the hub keeps that route), for a before/after figure.
 * HUB_BENCH_CPU_PROF=<file> writes a V8 CPU profile of the real studio's sync.
 *
 * The hub is a real `jinxiu hub serve` process: its CPU and peak RSS come from /proc, PostgreSQL
 * connections from pg_stat_activity. The simulated studios run in this one process, on the same
 * cores as the hub and PostgreSQL, so their sync times include waiting for this process's CPU;
 * `studiosCpuSeconds` says how much of that there was.
 */
const MOTIFS = Number(process.env.HUB_BENCH_MOTIFS ?? 10_000);
const STUDIOS = (process.env.HUB_BENCH_STUDIOS ?? '50,100,200,500').split(',').map(Number).filter((n) => n > 0);
const CHANGES = Number(process.env.HUB_BENCH_CHANGES ?? 50);
const DOWNLOAD = process.env.HUB_BENCH_DOWNLOAD === 'per-file' ? 'per-file' : 'batch';
const REAL_PAGES = process.env.HUB_BENCH_REAL_PAGES === 'all' ? Infinity : Number(process.env.HUB_BENCH_REAL_PAGES ?? 4);
const RESULT = process.env.HUB_BENCH_RESULT ?? 'hub';
/** every: each simulated studio parses and verifies every page itself; distinct: once per distinct page bytes (see the header) */
const VERIFY = process.env.HUB_BENCH_VERIFY === 'every' ? 'every' : 'distinct';
const PER_FILE_IN_FLIGHT = 4;
const LABEL = 'attribution';

let pg: TestPostgres;
let pool: HubPool;
let db: string;
let hub: Awaited<ReturnType<typeof serveHub>>;
let stewardFp: string;
let artworkBytes = 0;

/** A small real JPEG, different for every motif (its sha256 is its address on the hub). */
function artworkOf(i: number): Promise<Buffer> {
  const size = 96;
  const raw = Buffer.alloc(size * size * 3);
  let x = (Math.imul(i + 1, 2654435761) ^ i) >>> 0;
  for (let p = 0; p < raw.length; p++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    raw[p] = p % 3 === 0 ? ((p / 3) % size) * 2 : (x >> 16) & 0x3f;
  }
  raw.writeUInt32BE(i, 0); // the noise alone repeats for a few seeds: the index makes every scan its own
  return sharp(raw, { raw: { width: size, height: size, channels: 3 } }).jpeg({ quality: 70 }).toBuffer();
}

/** Records as two hub curators publish them (submit, approve, approve), signed here with their keys instead of 30 000 HTTP calls. */
async function seed(): Promise<void> {
  const accounts = new HubAccounts(pool);
  const [a, b] = [(await accounts.login('curator-a', PASSWORD, 'bench')).signer!, (await accounts.login('curator-b', PASSWORD, 'bench')).signer!];
  const trust = await hubTrustList(pool);
  const template = validRecord({ review: {}, signatures: [], status: 'draft' });
  const at = new Date().toISOString();
  const statement = (signer: typeof a, record: MotifRecord, action: 'submit' | 'approve', contentHash: string) => {
    const s: MotifStatement = { type: MOTIF_STATEMENT_TYPE, action, recordId: record.id, contentHash, target: action === 'approve' ? { label: LABEL } : {}, at, key: signer.fingerprint, signer: signer.name };
    return { statement: s, publicKey: signer.publicKey, signature: sign(signer.privateKey, signedText(s)) };
  };
  for (let start = 0; start < MOTIFS; start += 250) {
    const batch = Array.from({ length: Math.min(MOTIFS, start + 250) - start }, (_, k) => start + k);
    const images = await Promise.all(batch.map(artworkOf));
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      for (const [k, i] of batch.entries()) {
        const bytes = images[k];
        artworkBytes += bytes.length;
        const sha = crypto.createHash('sha256').update(bytes).digest('hex');
        const id = crypto.randomUUID();
        const base = { ...template, id, slug: `bench-${i}`, version: 4, artwork: { ...template.artwork, rasters: ['scan.jpg'], sha256: { 'scan.jpg': sha } } } as MotifRecord;
        delete (base.artwork as { vector?: string }).vector;
        const hash = motifContentHash(base, nodeTrustCrypto);
        const signed: MotifRecord = { ...base, signatures: [statement(a, base, 'submit', hash), statement(a, base, 'approve', hash), statement(b, base, 'approve', hash)] };
        const record = applyVerdict(signed, computeMotifVerdict(signed, { trust, crypto: nodeTrustCrypto, now: new Date() }));
        if (record.status !== 'published') throw new Error(`seed record ${i} is ${record.status}, not published`);
        await client.query('INSERT INTO hub_artwork (sha256, size, bytes) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [sha, bytes.length, bytes]);
        await client.query(`INSERT INTO hub_records (id, record, status, usage_label, ever_published, seq) VALUES ($1, $2, 'published', $3, true, nextval('hub_change_seq'))`, [id, JSON.stringify(record), LABEL]);
        await client.query('INSERT INTO hub_record_files (record_id, name, sha256) VALUES ($1, $2, $3)', [id, 'scan.jpg', sha]);
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

/**
 * CPU of the whole PostgreSQL cluster: the postmaster, the children it already reaped (cutime,
 * cstime) and the backends alive now.
 */
function pgCpuSeconds(): number {
  const postmaster = Number(fs.readFileSync(`${pg.dir}/pg/postmaster.pid`, 'utf8').split('\n')[0]);
  const stat = (pid: number | string) => fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const own = stat(postmaster);
  let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const f = stat(pid);
      if (Number(f[1]) === postmaster) ticks += Number(f[11]) + Number(f[12]);
    } catch {
      // gone meanwhile
    }
  }
  return ticks / 100;
}

function rssMb(pid: number): number {
  const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'))!;
  return Number(line.split(/\s+/)[1]) / 1024;
}

interface StudioRun {
  ms: number;
  cursor: number;
  records: number;
  files: number;
  phases: { login: number; feed: number; verify: number; artwork: number };
}

/** One simulated studio (see the header): the real client's calls and checks, without SQLite. */
async function studioSync(name: string, since: number): Promise<StudioRun> {
  const started = performance.now();
  const phases = { login: 0, feed: 0, verify: 0, artwork: 0 };
  let t = performance.now();
  const lap = (phase: keyof typeof phases) => {
    const now = performance.now();
    phases[phase] += now - t;
    t = now;
  };
  const client = new HubClient(hub.url, 900_000);
  await client.login(name, PASSWORD);
  lap('login');
  let cursor = since;
  let records = 0;
  let files = 0;
  for (let more = true; more; ) {
    let page: SyncPage;
    if (VERIFY === 'every') {
      page = await client.changes(cursor);
      lap('feed');
      verifyPage(page);
    } else {
      const text = await (await client.request('GET', `api/sync/changes?since=${cursor}`)).text();
      lap('feed');
      const digest = crypto.createHash('sha256').update(text).digest('hex');
      let verified = verifiedPages.get(digest);
      if (!verified) {
        verified = syncPageSchema.parse(JSON.parse(text));
        verifyPage(verified);
        verifiedPages.set(digest, verified);
      }
      page = verified;
    }
    records += page.records.length;
    lap('verify');
    files += await download(client, page);
    lap('artwork');
    cursor = page.cursor;
    more = page.more;
  }
  return { ms: performance.now() - started, cursor, records, files, phases };
}

/** Pages whose exact bytes one simulated studio already parsed and verified in full (HUB_BENCH_VERIFY=distinct). */
const verifiedPages = new Map<string, SyncPage>();

/** The studio's checks of a page: the trust file by its confirmed steward, then every record's signatures under it. */
function verifyPage(page: SyncPage): void {
  const file = page.trustFile;
  if (!file || file.body.steward.fingerprint !== stewardFp) throw new Error('the trust file is not the confirmed steward’s');
  const trust = computeTrust({ localSteward: null, certifications: [], trustFiles: [file] }, nodeTrustCrypto);
  if (!trust.isTrusted(stewardFp)) throw new Error('the trust file does not verify');
  const now = new Date();
  for (const record of page.records) {
    const verdict = computeMotifVerdict(record, { trust, crypto: nodeTrustCrypto, now });
    if (verdict.status !== record.status) throw new Error(`record ${record.id}: the hub says ${record.status}, its signatures say ${verdict.status}`);
  }
}

async function download(client: HubClient, page: SyncPage): Promise<number> {
  const bySha = new Map(page.files.map((f) => [f.sha256, f]));
  const check = (sha: string, bytes: Uint8Array) => {
    if (bytes.length !== bySha.get(sha)!.size || crypto.createHash('sha256').update(bytes).digest('hex') !== sha) throw new Error(`artwork ${sha} does not match`);
  };
  if (DOWNLOAD === 'batch') {
    for (const batch of artworkBatches([...bySha.values()])) await client.artworkBatch(batch.map((f) => f.sha256), check);
    return bySha.size;
  }
  const queue = [...bySha.keys()];
  await Promise.all(
    Array.from({ length: PER_FILE_IN_FLIGHT }, async () => {
      for (let sha = queue.shift(); sha; sha = queue.shift()) check(sha, await client.artwork(sha));
    }),
  );
  return bySha.size;
}

const pgConnections = async () =>
  Number((await pool.query<{ n: string }>("SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend'")).rows[0].n) - 1; // minus the sampler's own

/** Samples the hub process and PostgreSQL while `work` runs. */
async function measured<T>(work: () => Promise<T>) {
  const pid = hub.child.pid!;
  const cpu0 = cpuSeconds(pid);
  const pg0 = pgCpuSeconds();
  const own0 = process.cpuUsage();
  let peakRss = rssMb(pid);
  let peakConnections = 0;
  const sampler = setInterval(async () => {
    if (hub.child.exitCode !== null || hub.child.signalCode) return;
    peakRss = Math.max(peakRss, rssMb(pid));
    const n = await pgConnections().catch(() => 0);
    peakConnections = Math.max(peakConnections, n);
  }, 200);
  const wall0 = performance.now();
  let result: T;
  try {
    result = await work();
  } finally {
    clearInterval(sampler);
  }
  const wall = (performance.now() - wall0) / 1000;
  const cpu = cpuSeconds(pid) - cpu0;
  const pgCpu = pgCpuSeconds() - pg0;
  const own = process.cpuUsage(own0);
  return {
    result,
    figures: {
      wallSeconds: Number(wall.toFixed(1)),
      hubCpuSeconds: Number(cpu.toFixed(1)),
      hubCpuCores: Number((cpu / wall).toFixed(2)),
      hubPeakRssMb: Math.round(peakRss),
      pgPeakConnections: peakConnections,
      pgCpuSeconds: Number(pgCpu.toFixed(1)),
      studiosCpuSeconds: Number(((own.user + own.system) / 1e6).toFixed(1)),
    },
  };
}

async function step(label: string, names: string[], since: Map<string, number>) {
  console.log(`[bench] ${label} …`);
  // a studio whose sync fails is counted with its error code, not allowed to end the step: how a hub fails under load is a figure too
  const failures: Record<string, number> = {};
  const outcomes = await measured(() =>
    Promise.all(
      names.map((n) =>
        studioSync(n, since.get(n) ?? 0).catch((error: { code?: string; message?: string }) => {
          const code = error.code ?? error.message ?? 'error';
          failures[code] = (failures[code] ?? 0) + 1;
          return null;
        }),
      ),
    ),
  );
  const figures = outcomes.figures;
  const runs = outcomes.result.filter((r): r is StudioRun => r !== null);
  outcomes.result.forEach((r, i) => r && since.set(names[i], r.cursor));
  const times = summarize(runs.map((r) => r.ms));
  const mean = (k: keyof StudioRun['phases']) => Math.round(runs.reduce((s, r) => s + r.phases[k], 0) / runs.length);
  const entry = {
    label,
    studios: names.length,
    failed: failures,
    syncMs: { p50: Math.round(times.median), p95: Math.round(times.p95), max: Math.round(times.max) },
    meanPhaseMs: { login: mean('login'), feed: mean('feed'), verify: mean('verify'), artwork: mean('artwork') },
    recordsPerStudio: runs[0]?.records ?? 0,
    filesPerStudio: runs[0]?.files ?? 0,
    ...figures,
  };
  console.log(`[bench] ${JSON.stringify(entry)}`);
  return entry;
}

/** One real studio, alone: the whole client (SyncService into SQLite, sharp derivatives) for REAL_PAGES pages. */
async function realStudio() {
  const studio = await makeStudio({ starterLibrary: false });
  const profile = process.env.HUB_BENCH_CPU_PROF;
  const inspector = profile ? new Session() : null;
  try {
    if (inspector) {
      inspector.connect();
      await inspector.post('Profiler.enable');
      await inspector.post('Profiler.start');
    }
    let pages = 0;
    const stop = new Error('enough pages');
    const { result, figures } = await measured(async () => {
      const started = performance.now();
      const report = await new SyncService(studio.studio)
        .sync({ hub: hub.url, user: 'studio-real', password: PASSWORD, fingerprint: stewardFp, actor: 'bench', onPage: () => { if (++pages >= REAL_PAGES) throw stop; } })
        .catch((e) => (e === stop ? null : Promise.reject(e)));
      return { ms: performance.now() - started, report };
    });
    if (inspector) {
      const { profile: data } = await inspector.post('Profiler.stop');
      fs.writeFileSync(profile!, JSON.stringify(data));
    }
    const motifs = (studio.studio.db.prepare("SELECT count(*) AS n FROM motifs WHERE source = 'pack' AND status = 'published'").get() as { n: number }).n;
    const entry = { label: `one real studio (SQLite + thumbnails), ${pages} pages alone`, studios: 1, motifsApplied: motifs, syncMs: Math.round(result.ms), msPerMotif: Number((result.ms / Math.max(1, motifs)).toFixed(2)), ...figures };
    console.log(`[bench] ${JSON.stringify(entry)}`);
    return entry;
  } finally {
    inspector?.disconnect();
    studio.cleanup();
  }
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
  await accounts.add('curator-b', 'curator', PASSWORD, 'bench');
  await accounts.add('studio-real', 'cooperative', PASSWORD, 'bench');
  for (let i = 0; i < Math.max(0, ...STUDIOS); i++) await accounts.add(`studio-${i}`, 'cooperative', PASSWORD, 'bench');
  await (await loggedIn(hub.url, 'steward')).json('POST', 'api/trust/issue', {});
  stewardFp = (await accounts.list()).find((a) => a.name === 'steward')!.keyFingerprint!;
  const t = performance.now();
  await seed();
  console.log(`[bench] seeded ${MOTIFS} motifs, ${(artworkBytes / 1024 / 1024).toFixed(1)} MB of artwork, in ${((performance.now() - t) / 1000).toFixed(0)} s`);
});

afterAll(async () => {
  if (hub?.errors()) console.error(`[bench] hub stderr:\n${hub.errors()}`);
  hub?.child.kill('SIGKILL');
  await pool?.end();
  pg?.stop();
});

describe('hub load', () => {
  it(`${MOTIFS} motifs, studios ${STUDIOS.join(' then ')}`, async () => {
    const runs: unknown[] = [];
    const figures = () => ({
      motifs: MOTIFS,
      artworkPerMotif: `one 96×96 JPEG, mean ${Math.round(artworkBytes / MOTIFS)} bytes`,
      changes: CHANGES,
      download: DOWNLOAD === 'batch' ? 'batched (POST /api/artwork/batch)' : `one request per file, ${PER_FILE_IN_FLIGHT} in flight`,
      simulatedStudio:
        VERIFY === 'every'
          ? 'real HubClient: login, every feed page (zod), trust file + every record signature verified in every studio, every artwork file size+sha256 checked; no SQLite, no thumbnails'
          : 'real HubClient: login, every feed page and every artwork file downloaded by every studio, every file size+sha256 checked by every studio; page parse (zod) + trust file + every record signature verified once per distinct page bytes in this process; no SQLite, no thumbnails',
      cores: os.cpus().length,
      loadAverageAtStart: os.loadavg()[0],
      postgres: 'throw-away cluster of the test harness (PostgreSQL 15, fsync=off), hub pool of 10 connections',
      runs,
    });
    if (REAL_PAGES > 0) runs.push(await realStudio());
    const curator = await loggedIn(hub.url, 'curator-a');
    for (const count of STUDIOS) {
      const names = Array.from({ length: count }, (_, i) => `studio-${i}`);
      const cursors = new Map<string, number>();
      runs.push(await step(`first sync, ${count} studios`, names, cursors));
      const ids = (await pool.query<{ id: string }>("SELECT id FROM hub_records WHERE status = 'published' ORDER BY random() LIMIT $1", [CHANGES])).rows.map((r) => r.id);
      for (const id of ids) await curator.json('POST', `api/records/${id}/sign`, { action: 'withdraw', target: { reason: 'bench' } });
      runs.push(await step(`incremental after ${CHANGES} changes, ${count} studios`, names, cursors));
      report(RESULT, figures()); // after every step: a long run cut short still leaves its figures
    }
    if (!STUDIOS.length) report(RESULT, figures());
  }, 6 * 3600_000);
});
