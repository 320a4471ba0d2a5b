import http from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../electron/serve';
import { makeStudio } from '../../helpers/studio';

/** Raw HTTP so the test controls every header, including Host. */
function request(port: number, options: { path: string; method?: string; headers?: Record<string, string>; body?: string | Buffer }) {
  return new Promise<{ status: number; json: any }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: options.path, method: options.method ?? 'POST', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown = null;
        try {
          json = JSON.parse(text);
        } catch {
          json = text;
        }
        resolve({ status: res.statusCode ?? 0, json });
      });
    });
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

describe('HTTP twin', () => {
  let ctx: Awaited<ReturnType<typeof makeStudio>>;
  let server: RunningServer;
  const auth = () => ({ Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' });

  beforeEach(async () => {
    ctx = await makeStudio();
    server = await startServer({ dispatch: ctx.dispatch, maxBodyBytes: 64 * 1024 });
  });
  afterEach(async () => {
    await server.close();
    ctx.cleanup();
  });

  it('prints an address on 127.0.0.1 with the token in the fragment', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]{48}$/);
  });

  it('answers a valid call with its result', async () => {
    const res = await request(server.port, { path: '/api/app.info', headers: auth(), body: '{}' });
    expect(res.status).toBe(200);
    expect(res.json.ok).toBe(true);
    expect(res.json.value).toMatchObject({ name: expect.stringContaining('Jinxiu'), dataDir: ctx.dataDir, schemaVersion: expect.any(Number) });
  });

  it('refuses a call without the token (401) and with a wrong token', async () => {
    const none = await request(server.port, { path: '/api/app.info', body: '{}' });
    expect(none.status).toBe(401);
    expect(none.json.error.code).toBe('http.unauthorized');
    const wrong = await request(server.port, { path: '/api/app.info', headers: { Authorization: 'Bearer ' + '0'.repeat(48) }, body: '{}' });
    expect(wrong.status).toBe(401);
  });

  it('refuses a foreign Host header (403) even with the token: DNS rebinding', async () => {
    const res = await request(server.port, { path: '/api/app.info', headers: { ...auth(), Host: `evil.example:${server.port}` }, body: '{}' });
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe('http.bad-host');
  });

  it('refuses a foreign Origin (403)', async () => {
    const res = await request(server.port, { path: '/api/app.info', headers: { ...auth(), Origin: 'https://evil.example' }, body: '{}' });
    expect(res.status).toBe(403);
  });

  it('gives a typed validation error for invalid input and writes nothing', async () => {
    const res = await request(server.port, { path: '/api/settings.update', headers: auth(), body: JSON.stringify({ language: 'fr' }) });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('api.invalid-input');
    expect(res.json.error.message.zh).toContain('settings.update');
    const after = await request(server.port, { path: '/api/settings.get', headers: auth(), body: '{}' });
    expect(after.json.value.language).toBe('zh-CN');
  });

  it('rejects unknown calls, malformed JSON and oversized bodies, and keeps serving', async () => {
    const unknown = await request(server.port, { path: '/api/no.such.call', headers: auth(), body: '{}' });
    expect(unknown.status).toBe(404);
    expect(unknown.json.error.code).toBe('api.unknown-call');
    const malformed = await request(server.port, { path: '/api/app.info', headers: auth(), body: '{"a":' });
    expect(malformed.status).toBe(400);
    expect(malformed.json.error.code).toBe('http.bad-json');
    const big = await request(server.port, { path: '/api/settings.update', headers: auth(), body: Buffer.alloc(200 * 1024, 32) });
    expect(big.status).toBe(413);
    const still = await request(server.port, { path: '/api/app.info', headers: auth(), body: '{}' });
    expect(still.status).toBe(200);
  });

  it('stores settings in SQLite: a change survives a new server on the same data', async () => {
    await request(server.port, { path: '/api/settings.update', headers: auth(), body: JSON.stringify({ language: 'en' }) });
    const res = await request(server.port, { path: '/api/settings.get', headers: auth(), body: '{}' });
    expect(res.json.value.language).toBe('en');
  });
});
