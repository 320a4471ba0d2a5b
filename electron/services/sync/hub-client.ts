import { StudioError, studioError } from '../../../model/localized';
import { ARTWORK_FRAME_HEADER_BYTES, CSRF_HEADER, SESSION_COOKIE, hubErrorSchema, sessionSchema, syncPageSchema, type HubSession, type HubSubmission, type SyncPage } from '../../../model/hub/protocol';

/**
 * A studio's (or a test's) HTTP client for the hub: logs in, keeps the session cookie and the
 * CSRF token, and turns the hub's errors into the StudioErrors they carry. Every call has a
 * timeout, so a cut connection ends in an error, never in a hang.
 */
export class HubClient {
  private cookie = '';
  private csrf = '';
  session: HubSession | null = null;

  constructor(
    readonly base: string,
    private readonly timeoutMs = 60_000,
  ) {
    this.base = base.endsWith('/') ? base : base + '/';
  }

  async login(name: string, password: string): Promise<HubSession> {
    const res = await this.request('POST', 'api/login', { name, password });
    const setCookie = res.headers.get('set-cookie') ?? '';
    const match = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(setCookie);
    if (!match) throw unexpected('no session cookie');
    this.cookie = `${SESSION_COOKIE}=${match[1]}`;
    this.session = sessionSchema.parse(await res.json());
    this.csrf = this.session.csrf;
    return this.session;
  }

  async health(): Promise<unknown> {
    return (await this.request('GET', 'health')).json();
  }

  async changes(since: number, limit?: number): Promise<SyncPage> {
    const res = await this.request('GET', `api/sync/changes?since=${since}${limit ? `&limit=${limit}` : ''}`);
    return syncPageSchema.parse(await this.body(res, (r) => r.json()));
  }

  async artwork(sha256: string): Promise<Uint8Array> {
    const res = await this.request('GET', `api/artwork/${sha256}`);
    return new Uint8Array(await this.body(res, (r) => r.arrayBuffer()));
  }

  /**
   * Many artwork files in one request (`POST /api/artwork/batch`): `onFile` gets each file as soon
   * as its frame is complete, in the order asked, so a caller that keeps each checked file loses
   * only the one in transit when the connection is cut. Throws `sync.unreachable` on a cut, and
   * `sync.hub-answer` when the hub sends other files than asked or fewer.
   */
  async artworkBatch(sha256s: string[], onFile: (sha256: string, bytes: Uint8Array) => void | Promise<void>): Promise<void> {
    // a batch may take long on a slow line: the timeout is for silence (no byte for timeoutMs), not for the whole answer
    let controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const quiet = () => {
      clearTimeout(timer);
      timer = setTimeout(() => controller.abort(new DOMException('no data from the hub', 'TimeoutError')), this.timeoutMs);
    };
    const fresh = () => {
      controller = new AbortController();
      quiet();
      return controller.signal;
    };
    try {
      await this.readBatch(await this.request('POST', 'api/artwork/batch', { sha256: sha256s }, {}, true, fresh), sha256s, onFile, quiet);
    } finally {
      clearTimeout(timer);
    }
  }

  private async readBatch(res: Response, sha256s: string[], onFile: (sha256: string, bytes: Uint8Array) => void | Promise<void>, alive: () => void): Promise<void> {
    if (!res.body) throw unexpected('no artwork body');
    const reader = res.body.getReader();
    // chunks are joined only once the next frame is whole: a large file in many chunks is copied once
    let chunks: Buffer[] = [];
    let held = 0;
    let next = 0;
    const take = (n: number): Buffer => {
      const joined = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, held);
      chunks = joined.length > n ? [joined.subarray(n)] : [];
      held -= n;
      return joined.subarray(0, n);
    };
    let want = ARTWORK_FRAME_HEADER_BYTES;
    let header: Buffer | null = null;
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (error) {
        throw unreachable(this.base, error);
      }
      if (chunk.done) break;
      alive();
      chunks.push(Buffer.from(chunk.value.buffer, chunk.value.byteOffset, chunk.value.byteLength));
      held += chunk.value.byteLength;
      while (held >= want) {
        if (!header) {
          header = take(ARTWORK_FRAME_HEADER_BYTES);
          want = header.readUInt32BE(32);
          continue;
        }
        const sha = header.toString('hex', 0, 32);
        if (sha !== sha256s[next]) throw unexpected(`artwork ${sha} where ${sha256s[next] ?? 'nothing more'} was asked`);
        const bytes = want ? take(want) : Buffer.alloc(0);
        await onFile(sha, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
        next++;
        header = null;
        want = ARTWORK_FRAME_HEADER_BYTES;
      }
    }
    if (next < sha256s.length || held || header) throw unreachable(this.base, new Error(`the artwork batch ended after ${next} of ${sha256s.length} files`));
  }

  async submit(submission: HubSubmission): Promise<'accepted' | 'unchanged'> {
    return ((await (await this.request('POST', 'api/submissions', submission)).json()) as { result: 'accepted' | 'unchanged' }).result;
  }

  async json<T = unknown>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    return (await (await this.request(method, path, body)).json()) as T;
  }

  /** Reads a response body; a connection cut in the middle of it is `sync.unreachable` like any network failure. */
  private async body<T>(res: Response, read: (res: Response) => Promise<T>): Promise<T> {
    try {
      return await read(res);
    } catch (error) {
      throw unreachable(this.base, error);
    }
  }

  /**
   * One request; a hub error becomes its StudioError, a network failure `sync.unreachable`. A GET
   * (or a read-only POST such as an artwork batch: it changes nothing) is tried again twice after a network failure: a kept-alive connection
   * the hub closed just as it was reused fails once without the hub being away.
   */
  async request(method: 'GET' | 'POST', path: string, body?: unknown, headers: Record<string, string> = {}, readOnly = method === 'GET', signal?: () => AbortSignal): Promise<Response> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.requestOnce(method, path, body, headers, signal?.() ?? AbortSignal.timeout(this.timeoutMs));
      } catch (error) {
        const code = (error as { code?: string }).code;
        // 'hub.busy': the hub ran nothing (no database connection came free), so any request may come back
        if (code === 'hub.busy' && attempt < BUSY_ATTEMPTS) {
          await new Promise((resolve) => setTimeout(resolve, Math.min(10_000, (error as { retryAfterMs?: number }).retryAfterMs ?? 3000) * (0.5 + Math.random())));
          continue;
        }
        if (!readOnly || attempt >= 3 || code !== 'sync.unreachable') throw error;
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
    }
  }

  private async requestOnce(method: 'GET' | 'POST', path: string, body: unknown, headers: Record<string, string>, signal: AbortSignal): Promise<Response> {
    let res: Response;
    try {
      res = await fetch(new URL(path, this.base), {
        method,
        headers: {
          ...(this.cookie ? { cookie: this.cookie } : {}),
          ...(method === 'POST' && this.csrf ? { [CSRF_HEADER]: this.csrf } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
        redirect: 'error',
      });
    } catch (error) {
      throw unreachable(this.base, error);
    }
    if (res.ok) return res;
    let parsed: unknown;
    try {
      parsed = await res.json();
    } catch {
      parsed = null;
    }
    const hubError = hubErrorSchema.safeParse(parsed);
    const retryAfter = Number(res.headers.get('retry-after'));
    if (hubError.success) {
      throw Object.assign(new StudioError(hubError.data.error.code, hubError.data.error.message), { status: res.status, ...(retryAfter > 0 ? { retryAfterMs: retryAfter * 1000 } : {}) });
    }
    throw Object.assign(unexpected(`HTTP ${res.status}`), { status: res.status });
  }
}

/** how often a request the hub was too busy to start is sent again (spread out, about the hub's Retry-After apart) */
const BUSY_ATTEMPTS = 8;

export function unreachable(base: string, error: unknown) {
  const cause = (error as { cause?: { code?: string } })?.cause?.code ?? (error as Error)?.name ?? 'error';
  return studioError('sync.unreachable', `连不上中心 ${base}（${cause}）。请检查网络和中心地址，稍后再同步；已下载的部分会保留，下次接着来。`, `Cannot reach the hub at ${base} (${cause}). Check the network and the hub address, then sync again; what was downloaded is kept and the next sync continues from there.`);
}

function unexpected(what: string) {
  return studioError('sync.hub-answer', `中心的回答不对（${what}）。请确认地址指向锦绣工坊中心。`, `The hub gave an unexpected answer (${what}). Check that the address is a Jinxiu hub.`);
}
