import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendError, sendJson } from '../../../electron/hub/http';
import { HubClient } from '../../../electron/services/sync/hub-client';
import { startPostgres, type TestPostgres } from '../../helpers/postgres';

/**
 * Hundreds of studios logging in at once keep every connection of the hub's pool busy. A request
 * that waited too long for one ran nothing: the hub says "busy, come back" (503, Retry-After) and
 * the studio's client comes back, instead of a sync failing with an internal error (46 of 500
 * studios did in the load bench before). Real PostgreSQL, a real pg pool of one connection.
 */
let postgres: TestPostgres;
let pool: pg.Pool;
let server: http.Server;
let url: string;

beforeAll(async () => {
  postgres = await startPostgres();
  pool = new pg.Pool({ connectionString: postgres.createDatabase('hub_busy'), max: 1, connectionTimeoutMillis: 200 });
  server = http.createServer((req, res) => {
    pool.query('SELECT 1 AS one').then(
      (r) => sendJson(res, 200, { one: r.rows[0].one }),
      (error) => sendError(res, error),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}, 60_000);

afterAll(async () => {
  server?.close();
  await pool?.end();
  postgres?.stop();
});

describe('a hub whose database connections are all busy', () => {
  it('answers 503 hub.busy with Retry-After, and the client comes back until it gets through', async () => {
    const held = await pool.connect();
    const res = await fetch(url);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('3');
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'hub.busy' } });

    // a POST too (a login): the hub ran nothing, so sending it again is safe
    const answer = new HubClient(url).json<{ one: number }>('POST', 'anything', {});
    setTimeout(() => held.release(), 1500);
    expect(await answer).toEqual({ one: 1 });
  }, 60_000);
});
