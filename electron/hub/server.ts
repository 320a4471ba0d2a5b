import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { ARTWORK_BATCH_MAX_BYTES, ARTWORK_FRAME_HEADER_BYTES, HUB_ROLES, SESSION_COOKIE, artworkBatchRequestSchema, loginRequestSchema, signRequestSchema, submissionSchema, SYNC_PAGE_LIMIT, type HubHealth } from '../../model/hub/protocol';
import { APP_VERSION } from '../services/version';
import { HubAccounts, type HubAccount } from './accounts';
import { CachedArtworkStore, PgArtworkStore, type ArtworkStore } from './artwork-store';
import { migrateHub, openHubPool, schemaVersion, type HubPool } from './database';
import { latestTrustFile } from './hub-trust';
import { HttpError, cookie, notFoundRoute, readJson, requireCsrf, requirePermission, sendError, sendJson, sendJsonText, sessionCookie, type RequestContext } from './http';
import { HubRecords, notFound } from './records';
import { defaultStaticDir, serveStaticFile } from '../static-files';

/** Marks the served page as the hub's: the renderer starts its hub mode (renderer/api/hub-client.ts). */
export const HUB_MODE_META = '<meta name="jinxiu-mode" content="hub" />';
export const markHubMode = (html: string) => html.replace(/<head>/i, `<head>\n    ${HUB_MODE_META}`);

export interface HubOptions {
  db: string;
  host?: string;
  port?: number;
  /** shown in trust files and sync pages */
  name?: string;
  /** the artwork store (default: PostgreSQL); see artwork-store.ts for an S3-compatible one */
  artwork?: (pool: HubPool) => ArtworkStore;
  poolSize?: number;
  /** the built renderer served at `/` in hub mode (default: dist/renderer); null: API only */
  staticDir?: string | null;
}

export interface RunningHub {
  url: string;
  port: number;
  pool: HubPool;
  accounts: HubAccounts;
  records: HubRecords;
  close(): Promise<void>;
}

type Session = { account: HubAccount; csrf: string; tokenHash: string } | null;
type Handler = (ctx: RequestContext & { session: Session }) => Promise<void>;
interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  handler: Handler;
}

const uuid = z.uuid();

/** Migrates the database, then serves the hub's HTTP API on host:port (0: a free port). */
export async function startHub(options: HubOptions): Promise<RunningHub> {
  const pool = openHubPool(options.db, options.poolSize ?? 10);
  const hubName = options.name ?? 'Jinxiu Hub';
  const staticDir = options.staticDir === undefined ? defaultStaticDir() : options.staticDir;
  try {
    await migrateHub(pool);
  } catch (error) {
    await pool.end().catch(() => {});
    throw error;
  }
  const artwork = new CachedArtworkStore((options.artwork ?? ((p) => new PgArtworkStore(p)))(pool));
  const accounts = new HubAccounts(pool);
  const records = new HubRecords(pool, artwork);

  const routes: Route[] = [];
  const route = (method: string, path: string, handler: Handler) => {
    const keys: string[] = [];
    const pattern = new RegExp('^' + path.replace(/:(\w+)/g, (_, k: string) => (keys.push(k), '([^/]+)')) + '$');
    routes.push({ method, pattern, keys, handler });
  };
  const writeGuard = (ctx: RequestContext & { session: Session }) => {
    if (!ctx.session) throw new HttpError(401, 'hub.not-logged-in', '请先登录中心。', 'Log in to the hub first.');
    requireCsrf(ctx.req, ctx.session.csrf);
    return ctx.session;
  };

  route('GET', '/health', async ({ res }) => {
    let health: HubHealth;
    try {
      health = { ok: true, database: { reachable: true, schemaVersion: await schemaVersion(pool) }, version: APP_VERSION };
    } catch {
      health = { ok: false, database: { reachable: false, schemaVersion: null }, version: APP_VERSION };
    }
    sendJson(res, health.ok ? 200 : 503, health);
  });

  route('POST', '/api/login', async ({ req, res }) => {
    const input = loginRequestSchema.safeParse(await readJson(req, 4096));
    if (!input.success) throw new HttpError(400, 'hub.login-failed', '请填写账户名和口令。', 'Give the account name and password.');
    const done = await accounts.login(input.data.name, input.data.password, req.socket.remoteAddress ?? 'unknown');
    sendJson(res, 200, { name: done.account.name, role: done.account.role, csrf: done.csrf, canSign: !!done.signer }, { 'set-cookie': sessionCookie(req, done.token, 12 * 3600) });
  });

  route('GET', '/api/session', async ({ res, session }) => {
    if (!session) throw new HttpError(401, 'hub.not-logged-in', '请先登录中心。', 'Log in to the hub first.');
    sendJson(res, 200, { name: session.account.name, role: session.account.role, csrf: session.csrf, canSign: !!accounts.signerOf(session.tokenHash) });
  });

  route('POST', '/api/logout', async (ctx) => {
    const session = writeGuard(ctx);
    await accounts.logout(session.tokenHash);
    sendJson(ctx.res, 200, { ok: true }, { 'set-cookie': sessionCookie(ctx.req, '', 0) });
  });

  route('POST', '/api/accounts', async (ctx) => {
    const session = writeGuard(ctx);
    requirePermission(session.account, 'accounts.manage');
    const input = z.object({ name: z.string(), role: z.enum(HUB_ROLES), password: z.string() }).strict().parse(await readJson(ctx.req, 4096));
    const added = await accounts.add(input.name, input.role, input.password, session.account.name);
    sendJson(ctx.res, 201, { name: added.name, role: added.role, keyFingerprint: added.keyFingerprint });
  });

  route('POST', '/api/trust/issue', async (ctx) => {
    const session = writeGuard(ctx);
    requirePermission(session.account, 'trust.issue');
    const signer = accounts.signerOf(session.tokenHash);
    if (!signer) throw new HttpError(409, 'hub.key-locked', '签名密钥没有解锁（中心重启过）。请重新登录后再签发。', 'The signing key is not unlocked (the hub restarted). Log in again, then issue.');
    sendJson(ctx.res, 201, await records.issueTrust(signer, hubName));
  });

  route('GET', '/api/trust-file', async ({ res }) => {
    const file = await latestTrustFile(pool);
    if (!file) throw new HttpError(404, 'hub.no-trust-file', '中心还没有签发信任文件。', 'The hub has not issued a trust file yet.');
    sendJson(res, 200, file);
  });

  route('POST', '/api/submissions', async (ctx) => {
    const session = writeGuard(ctx);
    requirePermission(session.account, 'records.submit');
    const parsed = submissionSchema.safeParse(await readJson(ctx.req));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new HttpError(400, 'hub.bad-submission', `提交的纹样记录不对：字段 ${issue.path.join('.')}。`, `The submitted motif record is not valid: field ${issue.path.join('.')}.`);
    }
    sendJson(ctx.res, 201, { result: await records.submit(session.account, parsed.data) });
  });

  route('GET', '/api/records', async ({ res, session, url }) => {
    const account = requirePermission(session?.account ?? null, 'records.read-published');
    const limit = Math.min(500, Math.max(1, Number(url.searchParams.get('limit') ?? 200) || 200));
    const rows = await records.list(account, limit, Math.max(0, Number(url.searchParams.get('offset') ?? 0) || 0));
    sendJson(res, 200, rows.map((r) => ({ id: r.id, names: { zh: r.record.names.zh, en: r.record.names.en }, status: r.status, usageLabel: r.usageLabel, owner: r.owner, seq: r.seq })));
  });

  route('GET', '/api/records/:id', async ({ res, session, params }) => {
    const account = requirePermission(session?.account ?? null, 'records.read-published');
    const row = uuid.safeParse(params.id).success ? await records.get(params.id) : null;
    if (!row || (account.role === 'cooperative' && row.status !== 'published' && row.owner !== account.name)) throw notFound(params.id);
    const audit = account.role === 'cooperative' ? undefined : await records.auditOf(row.id);
    sendJson(res, 200, { record: row.record, status: row.status, usageLabel: row.usageLabel, owner: row.owner, seq: row.seq, ...(audit ? { audit } : {}) });
  });

  route('POST', '/api/records/:id/sign', async (ctx) => {
    const session = writeGuard(ctx);
    requirePermission(session.account, 'records.sign');
    if (!uuid.safeParse(ctx.params.id).success) throw notFound(ctx.params.id);
    const signer = accounts.signerOf(session.tokenHash);
    if (!signer) throw new HttpError(409, 'hub.key-locked', '签名密钥没有解锁（中心重启过）。请重新登录后再签名。', 'The signing key is not unlocked (the hub restarted). Log in again, then sign.');
    const input = signRequestSchema.parse(await readJson(ctx.req, 16 * 1024));
    const stored = await records.sign(signer, session.account.name, ctx.params.id, input.action, input.target);
    sendJson(ctx.res, 200, { status: stored.status, usageLabel: stored.usageLabel });
  });

  route('GET', '/api/sync/changes', async ({ res, session, url }) => {
    requirePermission(session?.account ?? null, 'records.read-published');
    const since = Math.max(0, Math.floor(Number(url.searchParams.get('since') ?? 0)) || 0);
    const limit = Math.min(SYNC_PAGE_LIMIT, Math.max(1, Math.floor(Number(url.searchParams.get('limit') ?? SYNC_PAGE_LIMIT)) || SYNC_PAGE_LIMIT));
    sendJsonText(res, 200, await records.changesJson(since, limit, hubName));
  });

  route('GET', '/api/artwork/:sha256', async ({ res, session, params }) => {
    const account = requirePermission(session?.account ?? null, 'records.read-published');
    if (!(await records.mayReadArtwork(account, params.sha256))) throw new HttpError(404, 'hub.not-found', '没有这个图稿。', 'No such artwork.');
    const bytes = await artwork.get(params.sha256);
    if (!bytes) throw new HttpError(404, 'hub.not-found', '没有这个图稿。', 'No such artwork.');
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': bytes.length, 'cache-control': 'private, max-age=31536000, immutable', 'x-content-type-options': 'nosniff' });
    res.end(bytes);
  });

  /**
   * Many artwork files in one answer (model/hub/protocol.ts: frames of sha256, length, bytes):
   * the studios' sync path. Every file asked for is checked readable before the first byte goes
   * out; the bytes are read from the store a slice at a time and written as the socket drains.
   */
  route('POST', '/api/artwork/batch', async (ctx) => {
    const session = writeGuard(ctx);
    const account = requirePermission(session.account, 'records.read-published');
    const input = artworkBatchRequestSchema.safeParse(await readJson(ctx.req, 128 * 1024));
    if (!input.success) throw new HttpError(400, 'hub.bad-batch', '图稿批量请求不对（最多 1000 个校验值）。', 'The artwork batch request is not valid (at most 1000 checksums).');
    const wanted = [...new Set(input.data.sha256)];
    const sizes = await records.readableArtwork(account, wanted);
    const absent = wanted.find((sha) => !sizes.has(sha));
    if (absent) throw new HttpError(404, 'hub.not-found', `没有这个图稿：${absent}。`, `No such artwork: ${absent}.`);
    const total = wanted.reduce((sum, sha) => sum + sizes.get(sha)!, 0);
    if (wanted.length > 1 && total > ARTWORK_BATCH_MAX_BYTES) throw new HttpError(413, 'hub.too-large', '一次要的图稿太多，请分批。', 'Too much artwork in one batch; ask in smaller batches.');
    const { res } = ctx;
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': total + wanted.length * ARTWORK_FRAME_HEADER_BYTES,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    for (let start = 0; start < wanted.length && !res.destroyed; start += 64) {
      const slice = wanted.slice(start, start + 64);
      const found = await artwork.getMany(slice);
      for (const sha of slice) {
        const bytes = found.get(sha);
        if (!bytes) throw new Error(`artwork ${sha} vanished from the store`); // sendError cuts the answer: the studio keeps what arrived whole
        const header = Buffer.alloc(ARTWORK_FRAME_HEADER_BYTES);
        header.write(sha, 0, 'hex');
        header.writeUInt32BE(bytes.length, 32);
        res.write(header);
        if (!res.write(bytes)) await drained(res);
      }
    }
    res.end();
  });

  const server = http.createServer((req, res) => {
    void (async () => {
      try {
        const url = new URL(req.url ?? '/', 'http://hub.invalid');
        const match = routes.map((r) => ({ r, m: r.method === req.method ? r.pattern.exec(url.pathname) : null })).find((x) => x.m);
        if (!match && staticDir && (req.method === 'GET' || req.method === 'HEAD') && !url.pathname.startsWith('/api/')) {
          // the partners' curation UI: the studio's own renderer, in hub mode
          let pathname: string;
          try {
            pathname = decodeURIComponent(url.pathname);
          } catch {
            throw new HttpError(400, 'hub.bad-url', '请求地址的编码不对。', 'The request address is malformed.');
          }
          return serveStaticFile(req, res, staticDir, pathname, { transformHtml: markHubMode });
        }
        if (!match) throw notFoundRoute();
        const params = Object.fromEntries(match.r.keys.map((k, i) => [k, decodeURIComponent(match.m![i + 1])]));
        const session = match.r.pattern.source === '^/health$' ? null : await accounts.session(cookie(req, SESSION_COOKIE));
        await match.r.handler({ req, res, url, params, session });
      } catch (error) {
        if ((error as { code?: string }).code === 'hub.not-found') sendJson(res, 404, { ok: false, error: { code: 'hub.not-found', message: (error as { localized: unknown }).localized } });
        else sendError(res, error);
      }
    })();
  });
  // longer than a client's pause between requests, so an idle kept-alive connection is rarely closed under a client about to reuse it
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const host = options.host ?? '127.0.0.1';
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    port,
    pool,
    accounts,
    records,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await pool.end().catch(() => {});
    },
  };
}

/** Resolves when the socket takes more, or is gone (then the loop above stops). */
function drained(res: http.ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
