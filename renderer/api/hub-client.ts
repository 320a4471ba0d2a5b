import { CSRF_HEADER, type HubRecordSummary, type HubRole, type HubSession } from '../../model/hub/protocol';
import { StudioError, type Localized } from '../../model/localized';
import type { MotifRecord } from '../../model/motif/schema';
import type { SignedAction } from '../../model/trust/statements';
import type { UsageLabelId } from '../../model/motif/labels';

/**
 * Hub mode: the same renderer, served by the curation hub (electron/hub/server.ts), talks to the
 * hub's REST routes instead of the studio's calls. The session lives in an HttpOnly cookie the
 * script never sees; every state-changing request carries the session's CSRF token. A 401 on any
 * call but login means the session ended (expired, logged out elsewhere, hub restarted): the app
 * is told once through `onSessionEnded` and shows the login again.
 */

/** The hub injects `<meta name="jinxiu-mode" content="hub">` into the page it serves. */
export function isHubMode(doc: Document = document): boolean {
  return doc.querySelector('meta[name="jinxiu-mode"]')?.getAttribute('content') === 'hub';
}

export type { HubRecordSummary };

export interface HubAuditEntry {
  at: string;
  actor: string;
  action: string;
  detail: unknown;
}

export interface HubRecordDetail {
  record: MotifRecord;
  status: string;
  usageLabel: string;
  owner: string | null;
  seq: number;
  /** curators and stewards only */
  audit?: HubAuditEntry[];
}

export interface HubSignTarget {
  label?: UsageLabelId;
  reason?: string;
}

export interface HubApi {
  session(): Promise<HubSession | null>;
  login(name: string, password: string): Promise<HubSession>;
  logout(): Promise<void>;
  records(): Promise<HubRecordSummary[]>;
  record(id: string): Promise<HubRecordDetail>;
  sign(id: string, action: SignedAction, target?: HubSignTarget): Promise<{ status: string; usageLabel: string }>;
  addAccount(name: string, role: HubRole, password: string): Promise<{ name: string; role: HubRole; keyFingerprint: string | null }>;
  issueTrust(): Promise<unknown>;
  /** artwork bytes as a blob: URL the page may show (img-src allows blob:) */
  artworkUrl(sha256: string, fileName: string): Promise<string>;
}

const NETWORK: Localized = { zh: '连不上中心。请检查网络后再试。', en: 'Cannot reach the hub. Check the network and try again.' };

const IMAGE_TYPES: Record<string, string> = { svg: 'image/svg+xml', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp' };

export function createHubApi(onSessionEnded: () => void, fetcher: typeof fetch = (...args) => fetch(...args)): HubApi {
  let csrf = '';

  async function request(method: 'GET' | 'POST', path: string, body?: unknown, raw = false): Promise<Response> {
    let response: Response;
    try {
      response = await fetcher(path, {
        method,
        credentials: 'same-origin',
        headers: method === 'POST' ? { 'Content-Type': 'application/json', [CSRF_HEADER]: csrf } : {},
        body: method === 'POST' ? JSON.stringify(body ?? {}) : undefined,
      });
    } catch {
      throw new StudioError('hub.unreachable', NETWORK);
    }
    if (response.ok) return response;
    const failure = raw ? null : ((await response.json().catch(() => null)) as { error?: { code: string; message: Localized } } | null);
    const code = failure?.error?.code ?? `hub.http-${response.status}`;
    if (response.status === 401 && path !== '/api/login' && path !== '/api/session') {
      csrf = '';
      onSessionEnded();
    }
    throw new StudioError(code, failure?.error?.message ?? { zh: `中心回答了错误 ${response.status}。`, en: `The hub answered with error ${response.status}.` });
  }
  const json = async <T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> => (await (await request(method, path, body)).json()) as T;

  return {
    async session() {
      try {
        const session = await json<HubSession>('GET', '/api/session');
        csrf = session.csrf;
        return session;
      } catch (error) {
        if (error instanceof StudioError && error.code === 'hub.not-logged-in') return null;
        throw error;
      }
    },
    async login(name, password) {
      const session = await json<HubSession>('POST', '/api/login', { name, password });
      csrf = session.csrf;
      return session;
    },
    async logout() {
      await json('POST', '/api/logout');
      csrf = '';
    },
    records: () => json('GET', '/api/records?limit=500'),
    record: (id) => json('GET', `/api/records/${encodeURIComponent(id)}`),
    sign: (id, action, target = {}) => json('POST', `/api/records/${encodeURIComponent(id)}/sign`, { action, target }),
    addAccount: (name, role, password) => json('POST', '/api/accounts', { name, role, password }),
    issueTrust: () => json('POST', '/api/trust/issue'),
    async artworkUrl(sha256, fileName) {
      const bytes = await (await request('GET', `/api/artwork/${encodeURIComponent(sha256)}`, undefined, true)).arrayBuffer();
      const type = IMAGE_TYPES[fileName.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
      return URL.createObjectURL(new Blob([bytes], { type }));
    },
  };
}
