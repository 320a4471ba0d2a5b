import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { isCallName, studioContract, BODY_LIMITS } from '../model/api';
import type { Dispatch } from './api/dispatch';
import { defaultStaticDir, serveStaticFile } from './static-files';

export { defaultStaticDir };

/**
 * The HTTP twin of the IPC bridge: the same dispatcher, reachable from any Chromium on
 * this PC. It listens on 127.0.0.1 only, wants the per-launch token on every API call,
 * and refuses foreign Host/Origin headers so a web page elsewhere cannot reach it through
 * DNS rebinding or a cross-site form.
 */
export interface ServeOptions {
  dispatch: Dispatch;
  port?: number;
  token?: string;
  /** built renderer (index.html + assets); absent -> API only */
  staticDir?: string;
  /** a ceiling over every call's own limit (the contract's maxBodyBytes); tests lower it */
  maxBodyBytes?: number;
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export const DEFAULT_MAX_BODY = BODY_LIMITS.upload;

/** The body limit of one call: its own, from the contract, under the server's ceiling. Unknown names get the small limit. */
export function bodyLimitOf(name: string, ceiling: number = DEFAULT_MAX_BODY): number {
  const own = isCallName(name) ? studioContract[name].maxBodyBytes : BODY_LIMITS.small;
  return Math.min(own, ceiling);
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const token = options.token ?? crypto.randomBytes(24).toString('hex');
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const staticDir = options.staticDir ?? defaultStaticDir();
  let port = 0;

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error) => {
      options.log?.(`request failed: ${(error as Error).stack}`);
      if (!res.headersSent) sendJson(res, 500, errorBody('internal', '服务器内部错误。', 'Internal server error.'));
      else res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    if (!hostAllowed(req.headers.host, port)) {
      return sendJson(res, 403, errorBody('http.bad-host', '拒绝访问：请求的主机名不对。', 'Forbidden: unexpected Host header.'));
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !originAllowed(origin, port)) {
      return sendJson(res, 403, errorBody('http.bad-origin', '拒绝访问：请求来自别的网站。', 'Forbidden: request from a foreign origin.'));
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    // a malformed percent-encoding is the client's mistake (400), never a server failure (500)
    const pathname = decodePath(url.pathname);
    if (pathname === undefined) {
      options.log?.(`bad request: malformed percent-encoding in ${JSON.stringify(url.pathname.slice(0, 200))}`);
      closeAfter(req, res);
      return sendJson(res, 400, errorBody('http.bad-url', '请求地址的编码不对（百分号编码有误）。', 'The request address is malformed (bad percent-encoding).'));
    }
    if (pathname.startsWith('/api/')) return handleApi(req, res, pathname.slice('/api/'.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendJson(res, 405, errorBody('http.method', '不支持这种请求方法。', 'Method not allowed.'));
    }
    return serveStaticFile(req, res, staticDir, pathname);
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, name: string): Promise<void> {
    if (req.method !== 'POST') {
      return sendJson(res, 405, errorBody('http.method', '接口只接受 POST 请求。', 'API calls must use POST.'));
    }
    if (!tokenMatches(req.headers.authorization, token)) {
      return sendJson(res, 401, errorBody('http.unauthorized', '缺少或错误的访问令牌。请用启动时打印的完整地址打开工坊。', 'Missing or wrong access token. Open the studio with the full address printed at start-up.'));
    }
    // each call reads at most its own limit: refused by Content-Length before reading a byte,
    // and while reading (reading stops, the connection closes) when the length was not declared
    const limit = bodyLimitOf(name, maxBody);
    const tooLarge = () =>
      errorBody('http.too-large', `请求太大：“${name.slice(0, 80)}”最多接受 ${limit} 字节。`, `Request too large: "${name.slice(0, 80)}" accepts at most ${limit} bytes.`);
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      closeAfter(req, res);
      return sendJson(res, 413, tooLarge());
    }
    const body = await readBody(req, limit);
    // the client went away mid-body: no one to answer, nothing was dispatched
    if (body === 'aborted') return void res.destroy();
    if (body === 'too-large') {
      closeAfter(req, res);
      return sendJson(res, 413, tooLarge());
    }
    let input: unknown = {};
    if (body.length > 0) {
      try {
        input = JSON.parse(body.toString('utf8'));
      } catch {
        return sendJson(res, 400, errorBody('http.bad-json', '请求内容不是有效的 JSON。', 'The request body is not valid JSON.'));
      }
    }
    const result = await options.dispatch(name, input);
    const status = result.ok ? 200 : statusFor(result.error.code);
    sendJson(res, status, result);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function originAllowed(origin: string, port: number): boolean {
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer (\S+)$/.exec(header ?? '');
  if (!match) return false;
  const given = Buffer.from(match[1]);
  const expected = Buffer.from(token);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

function decodePath(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/** Answer, then close the connection: the rest of a refused body is never read. */
function closeAfter(req: http.IncomingMessage, res: http.ServerResponse): void {
  res.setHeader('Connection', 'close');
  res.once('finish', () => req.socket.destroySoon?.());
}

/**
 * Reads at most `limit` bytes; past it, stops reading (no more chunks are kept or waited for).
 * The error listener stays for the life of the request: a client that aborts later (a closed
 * tab, a refused upload) must never become an unhandled 'error' that stops the server.
 */
function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | 'too-large' | 'aborted'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        settle();
        req.pause();
        chunks.length = 0;
        resolve('too-large');
      } else chunks.push(chunk);
    };
    const onEnd = () => {
      settle();
      resolve(Buffer.concat(chunks));
    };
    const settle = () => {
      settled = true;
      req.off('data', onData);
      req.off('end', onEnd);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', () => {
      if (settled) return;
      settle();
      resolve('aborted');
    });
  });
}

function statusFor(code: string): number {
  if (code === 'api.unknown-call') return 404;
  if (code === 'api.invalid-input') return 400;
  if (code === 'internal') return 500;
  // a refusal the user can act on (wrong passphrase, stale edit...) is an ordinary answer of
  // the call, not a failed request: the typed {ok: false} body carries it
  return 200;
}

function errorBody(code: string, zh: string, en: string) {
  return { ok: false, error: { code, message: { zh, en } } };
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}
