import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HUB_MODE_META, startHub, type RunningHub } from '../../../electron/hub/server';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security-policy';
import { startPostgres, type TestPostgres } from '../../helpers/postgres';
import { rawRequest } from '../../helpers/raw-http';

/** The hub serves the studio's built renderer at `/`, marked as hub mode, beside its API, on a real PostgreSQL. */
let pg: TestPostgres;
let hub: RunningHub;
let apiOnly: RunningHub;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jinxiu-hub-static-'));
  const root = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>\n<html lang="zh-CN">\n  <head>\n    <meta charset="UTF-8" />\n  </head>\n  <body><div id="root"></div></body>\n</html>\n');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'export {}');
  fs.writeFileSync(path.join(dir, 'hub-secret.txt'), 'steward key');
  pg = await startPostgres();
  const db = pg.createDatabase('hub_static');
  hub = await startHub({ db, staticDir: root });
  apiOnly = await startHub({ db, staticDir: null });
}, 60_000);

afterAll(async () => {
  await hub?.close();
  await apiOnly?.close();
  pg?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const get = (base: string, target: string, method = 'GET') => rawRequest(base, target, { method });

describe('hub: the curation UI at /', () => {
  it('serves index.html marked as hub mode, with the strict CSP; assets with their type; HEAD without a body', async () => {
    const index = await get(hub.url, '/');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect(index.body).toContain(HUB_MODE_META);
    expect(index.body.indexOf(HUB_MODE_META)).toBeLessThan(index.body.indexOf('<meta charset'));
    const asset = await get(hub.url, '/assets/index-abc.js');
    expect([asset.status, asset.headers['content-type']]).toEqual([200, 'text/javascript; charset=utf-8']);
    const head = await get(hub.url, '/index.html', 'HEAD');
    expect([head.status, head.body]).toEqual([200, '']);
  });

  it('refuses traversal out of the renderer folder and keeps the API and /health as they were', async () => {
    for (const target of ['/../hub-secret.txt', '/%2e%2e/hub-secret.txt', '/assets/..%2f..%2fhub-secret.txt', '/assets/']) {
      const r = await get(hub.url, target);
      expect(r.status, target).toBe(404);
      expect(r.body).not.toContain('steward key');
    }
    expect((await get(hub.url, '/%E0%A4%A')).status).toBe(400);
    const unknownApi = await get(hub.url, '/api/nothing-here');
    expect(unknownApi.status).toBe(404);
    expect(JSON.parse(unknownApi.body).error.code).toBe('hub.not-found');
    expect((await get(hub.url, '/api/session')).status).toBe(401);
    expect(JSON.parse((await get(hub.url, '/health')).body).ok).toBe(true);
    // a POST to a page is no API call and no file
    expect((await get(hub.url, '/', 'POST')).status).toBe(404);
  });

  it('with staticDir null the hub is API only (a headless deployment)', async () => {
    const r = await get(apiOnly.url, '/');
    expect(r.status).toBe(404);
    expect(JSON.parse(r.body).error.code).toBe('hub.not-found');
  });
});
