import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMITS, studioContract } from '../../../model/api';
import { bodyLimitOf, startServer, type RunningServer } from '../../../electron/serve';
import { makeStudio } from '../../helpers/studio';

interface Answer {
  status: number;
  json: any;
  /** request bytes the client managed to send before the answer or the close */
  sent: number;
}

/**
 * Real HTTP: the body is streamed from one reused 64 KiB chunk, so the client itself never
 * holds a large body and the RSS measured is the server's buffering.
 */
function send(port: number, path: string, headers: Record<string, string>, bodyBytes: number, declareLength: boolean): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(64 * 1024, 0x20); // spaces: valid JSON whitespace, so only size matters
    let sent = 0;
    let answered = false;
    const req = http.request(
      { host: '127.0.0.1', port, path, method: 'POST', headers: { ...headers, ...(declareLength ? { 'Content-Length': String(bodyBytes) } : { 'Transfer-Encoding': 'chunked' }) } },
      (res) => {
        answered = true;
        const parts: Buffer[] = [];
        res.on('data', (c) => parts.push(c));
        res.on('end', () => {
          const text = Buffer.concat(parts).toString('utf8');
          let json: unknown = text;
          try {
            json = JSON.parse(text);
          } catch {
            /* keep text */
          }
          resolve({ status: res.statusCode ?? 0, json, sent });
        });
      },
    );
    // the server closes the connection after refusing: a write error then is expected
    req.on('error', (e) => (answered ? undefined : reject(e)));
    const pump = () => {
      while (sent < bodyBytes && !req.destroyed) {
        const n = Math.min(chunk.length, bodyBytes - sent);
        sent += n;
        if (!req.write(n === chunk.length ? chunk : chunk.subarray(0, n))) return void req.once('drain', pump);
      }
      if (!req.destroyed) req.end();
    };
    pump();
  });
}

describe('HTTP twin: per-call body limits and malformed addresses', () => {
  let ctx: Awaited<ReturnType<typeof makeStudio>>;
  let server: RunningServer;
  const log: string[] = [];
  const auth = () => ({ Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' });

  beforeAll(async () => {
    ctx = await makeStudio();
    server = await startServer({ dispatch: ctx.dispatch, log: (line) => log.push(line) });
  });
  afterAll(async () => {
    await server.close();
    ctx.cleanup();
  });

  it('every call declares its own limit next to the contract; uploads get megabytes, most calls kilobytes', () => {
    const limits = Object.entries(studioContract).map(([name, spec]) => [name, spec.maxBodyBytes] as const);
    for (const [name, limit] of limits) {
      expect(limit, name).toBeGreaterThan(0);
      expect(limit, name).toBeLessThanOrEqual(BODY_LIMITS.upload);
    }
    expect(bodyLimitOf('library.import')).toBe(BODY_LIMITS.upload);
    expect(bodyLimitOf('packs.apply')).toBe(BODY_LIMITS.upload);
    expect(bodyLimitOf('designs.save')).toBe(BODY_LIMITS.document);
    expect(bodyLimitOf('app.info')).toBe(BODY_LIMITS.small);
    expect(bodyLimitOf('library.thumbnails')).toBe(BODY_LIMITS.small);
    expect(bodyLimitOf('no.such.call')).toBe(BODY_LIMITS.small);
    const small = limits.filter(([, l]) => l <= BODY_LIMITS.list).length;
    expect(small / limits.length).toBeGreaterThan(0.7);
  });

  it('a malformed percent-encoded address is 400 (not 500) and is logged, for the API and for files', async () => {
    for (const path of ['/api/%E0%A4%A', '/%zz', '/assets/%']) {
      const res = await send(server.port, path, auth(), 2, true);
      expect(res.status, path).toBe(400);
      expect(res.json.error.code, path).toBe('http.bad-url');
    }
    expect(log.filter((l) => l.includes('malformed percent-encoding'))).toHaveLength(3);
    expect(log.some((l) => l.startsWith('request failed'))).toBe(false);
    // and the server keeps serving
    expect((await send(server.port, '/api/app.info', auth(), 0, true)).status).toBe(200);
  });

  it('refuses by Content-Length before reading: a 50 MB body to a small call is 413 and the server does not grow', async () => {
    global.gc?.();
    const before = process.memoryUsage().rss;
    const res = await send(server.port, '/api/app.info', auth(), 50 * 1024 * 1024, true);
    const after = process.memoryUsage().rss;
    expect(res.status).toBe(413);
    expect(res.json.error.code).toBe('http.too-large');
    expect(res.json.error.message.en).toContain(String(BODY_LIMITS.small));
    const grownMb = (after - before) / 1024 / 1024;
    console.log(`50 MB declared to app.info: RSS ${(before / 1048576).toFixed(0)} MB -> ${(after / 1048576).toFixed(0)} MB (+${grownMb.toFixed(1)} MB), client sent ${(res.sent / 1048576).toFixed(1)} MB before the answer`);
    expect(grownMb).toBeLessThan(20);
  });

  it('refuses while reading when no length is declared (chunked): reading stops past the limit, 413', async () => {
    global.gc?.();
    const before = process.memoryUsage().rss;
    const res = await send(server.port, '/api/library.search', auth(), 50 * 1024 * 1024, false);
    const after = process.memoryUsage().rss;
    expect(res.status).toBe(413);
    expect(res.json.error.code).toBe('http.too-large');
    const grownMb = (after - before) / 1024 / 1024;
    console.log(`50 MB chunked to library.search: RSS ${(before / 1048576).toFixed(0)} MB -> ${(after / 1048576).toFixed(0)} MB (+${grownMb.toFixed(1)} MB), client sent ${(res.sent / 1048576).toFixed(1)} MB`);
    expect(grownMb).toBeLessThan(20);
    // four at once, as in the measurement
    const four = await Promise.all([0, 1, 2, 3].map(() => send(server.port, '/api/designs.list', auth(), 50 * 1024 * 1024, false)));
    const afterFour = process.memoryUsage().rss;
    expect(four.map((r) => r.status)).toEqual([413, 413, 413, 413]);
    console.log(`4 x 50 MB chunked at once: RSS ${(afterFour / 1048576).toFixed(0)} MB (+${((afterFour - before) / 1048576).toFixed(1)} MB over the start of this test)`);
    expect((afterFour - before) / 1024 / 1024).toBeLessThan(40);
  });

  it('a body just over a small call\'s limit is refused; an upload call still takes megabytes', async () => {
    const over = await send(server.port, '/api/app.info', auth(), BODY_LIMITS.small + 1, true);
    expect(over.status).toBe(413);
    // 3 MB of whitespace around {} is valid JSON to an upload call: read whole, then judged by its schema
    const body = Buffer.concat([Buffer.from('{"files":[]'), Buffer.alloc(3 * 1024 * 1024, 0x20), Buffer.from('}')]);
    const res = await new Promise<{ status: number; json: any }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: server.port, path: '/api/library.import', method: 'POST', headers: { ...auth(), 'Content-Length': String(body.length) } }, (r) => {
        const parts: Buffer[] = [];
        r.on('data', (c) => parts.push(c));
        r.on('end', () => resolve({ status: r.statusCode ?? 0, json: JSON.parse(Buffer.concat(parts).toString('utf8')) }));
      });
      req.on('error', reject);
      req.end(body);
    });
    // past the size check: the input schema answers (at least one file is required)
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('api.invalid-input');
  });

  it('a client that aborts in the middle of a body (or after its answer) never stops the server', async () => {
    for (let i = 0; i < 3; i++) {
      await new Promise<void>((resolve) => {
        const req = http.request({ host: '127.0.0.1', port: server.port, path: '/api/designs.save', method: 'POST', headers: { ...auth(), 'Content-Length': '100000' } });
        req.on('error', () => resolve());
        req.write('{"design":');
        setTimeout(() => {
          req.destroy();
          resolve();
        }, 50);
      });
    }
    await new Promise((r) => setTimeout(r, 100));
    const res = await send(server.port, '/api/app.info', auth(), 0, true);
    expect(res.status).toBe(200);
    expect(log.filter((l) => l.startsWith('request failed'))).toEqual([]);
  });
});
