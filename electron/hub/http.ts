import crypto from 'node:crypto';
import type http from 'node:http';
import { StudioError, studioError } from '../../model/localized';
import { CSRF_HEADER, SESSION_COOKIE, hubRoleMay, type HubPermission } from '../../model/hub/protocol';
import type { HubAccount } from './accounts';

/** The small HTTP vocabulary of the hub's routes: JSON in and out, cookies, CSRF, errors. */

export interface RequestContext {
  req: http.IncomingMessage;
  res: http.ServerResponse;
  url: URL;
  params: Record<string, string>;
}

export class HttpError extends StudioError {
  constructor(
    readonly status: number,
    code: string,
    zh: string,
    en: string,
    details?: unknown,
  ) {
    super(code, { zh, en }, details);
  }
}

const STATUS_BY_CODE: Record<string, number> = {
  'hub.login-failed': 401,
  'hub.login-limited': 429,
  'hub.not-logged-in': 401,
  'hub.forbidden': 403,
  'hub.csrf': 403,
  'hub.record-not-found': 404,
  'hub.not-found': 404,
  'hub.not-yours': 409,
  'hub.account-exists': 409,
  'hub.database-unreachable': 503,
};

export function sendJson(res: http.ServerResponse, status: number, value: unknown, headers: Record<string, string | string[]> = {}): void {
  sendJsonText(res, status, JSON.stringify(value), headers);
}

/** JSON the caller already has as text (the sync feed splices records in as PostgreSQL returns them). */
export function sendJsonText(res: http.ServerResponse, status: number, json: string, headers: Record<string, string | string[]> = {}): void {
  const body = Buffer.from(json, 'utf8');
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
  res.end(body);
}

export function sendError(res: http.ServerResponse, error: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (error instanceof StudioError) {
    const status = error instanceof HttpError ? error.status : (STATUS_BY_CODE[error.code] ?? (error.code.startsWith('hub.') ? 400 : 422));
    const retry = (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
    sendJson(res, status, { ok: false, error: { code: error.code, message: error.localized } }, retry ? { 'retry-after': String(retry) } : {});
    return;
  }
  // every connection of the hub's pool stayed busy for the pool's wait (a login storm of hundreds
  // of studios): nothing ran, so the client may simply come back
  if (/timeout exceeded when trying to connect/.test(String((error as Error)?.message))) {
    sendJson(res, 503, { ok: false, error: { code: 'hub.busy', message: { zh: '中心正忙，请稍后再同步。', en: 'The hub is busy; sync again in a moment.' } } }, { 'retry-after': '3' });
    return;
  }
  const pgCode = (error as { code?: string })?.code;
  // connection refused/reset or PostgreSQL shutting down / restarting: the database, not the request
  if (pgCode && (/^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT)$/.test(pgCode) || /^57P0[1-3]$/.test(pgCode) || /^08/.test(pgCode)) || /Connection terminated/.test(String((error as Error)?.message))) {
    sendJson(res, 503, { ok: false, error: { code: 'hub.database-unreachable', message: { zh: '中心暂时连不上数据库，请稍后再同步。', en: 'The hub cannot reach its database right now; sync again in a moment.' } } }, { 'retry-after': '5' });
    return;
  }
  sendJson(res, 500, { ok: false, error: { code: 'hub.internal', message: { zh: '中心出错了，请稍后再试，并告诉中心管理员。', en: 'The hub ran into an error; try again later and tell the hub steward.' } } });
}

export const MAX_BODY_BYTES = 160 * 1024 * 1024;

export async function readJson(req: http.IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  // JSON only: an HTML form cannot send it cross-site without a CORS preflight the hub never grants
  if (!type.startsWith('application/json')) throw new HttpError(415, 'hub.content-type', '请求必须是 JSON。', 'The request must be JSON.');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, 'hub.too-large', '请求太大。', 'The request is too large.');
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'hub.bad-json', '请求不是有效的 JSON。', 'The request is not valid JSON.');
  }
}

export function cookie(req: http.IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

/** HttpOnly (no script reads it), SameSite=Strict (no other site sends it), Secure behind TLS. */
export function sessionCookie(req: http.IncomingMessage, token: string, maxAgeSeconds: number): string {
  const secure = req.headers['x-forwarded-proto'] === 'https' ? '; Secure' : '';
  return `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${maxAgeSeconds}${secure}`;
}

export function requirePermission(account: HubAccount | null, permission: HubPermission): HubAccount {
  if (!account) throw new HttpError(401, 'hub.not-logged-in', '请先登录中心。', 'Log in to the hub first.');
  if (!hubRoleMay(account.role, permission)) {
    throw new HttpError(403, 'hub.forbidden', `“${account.name}”的角色（${account.role}）不能做这件事。`, `The role of "${account.name}" (${account.role}) may not do this.`);
  }
  return account;
}

/** State-changing requests carry the session's CSRF token in a header (a cookie alone proves nothing). */
export function requireCsrf(req: http.IncomingMessage, expected: string): void {
  const sent = req.headers[CSRF_HEADER];
  const given = Buffer.from(typeof sent === 'string' ? sent : '', 'utf8');
  const want = Buffer.from(expected, 'utf8');
  if (given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    throw new HttpError(403, 'hub.csrf', '请求缺少有效的防伪令牌（CSRF）。请刷新页面或重新登录。', 'The request lacks a valid anti-forgery (CSRF) token. Reload the page or log in again.');
  }
}

export function notFoundRoute() {
  return studioError('hub.not-found', '没有这个地址。', 'No such address.');
}
