import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, requireBuiltCli } from '../electron/crash/cli-process';
import { HubClient } from '../../../electron/services/sync/hub-client';
import { HUB_SCHEMA_VERSION } from '../../../electron/hub/migrations';
import { serveHub } from '../../helpers/hub-process';
import { freePort, startPostgres, type TestPostgres } from '../../helpers/postgres';

/** The real `jinxiu hub ...` commands as processes (the built CLI), against a real PostgreSQL. */
let pg: TestPostgres;
let db: string;

beforeAll(async () => {
  requireBuiltCli();
  pg = await startPostgres();
  db = pg.createDatabase('hub_cli');
}, 60_000);
afterAll(() => pg?.stop());

function userAdd(name: string, role: string, stdin: string, lang = 'en') {
  return spawnSync(process.execPath, [CLI, 'hub', 'user', 'add', '--db', db, '--name', name, '--role', role], { input: stdin, encoding: 'utf8', env: { ...process.env, JINXIU_LANG: lang } });
}

describe('jinxiu hub (CLI)', () => {
  it('hub serve migrates, prints exactly one line with its address, answers /health, and stops on SIGTERM', async () => {
    const { line, child, output } = await serveHub(['--db', db, '--port', '0']);
    try {
      expect(line).toMatch(/^Jinxiu Hub: http:\/\/127\.0\.0\.1:\d+\/$/);
      const url = line.slice('Jinxiu Hub: '.length);
      expect(await new HubClient(url).health()).toMatchObject({ ok: true, database: { reachable: true, schemaVersion: HUB_SCHEMA_VERSION } });
      expect(output().trim().split('\n')).toEqual([line]);
    } finally {
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });

  it('hub serve honours --host and --port', async () => {
    const port = await freePort();
    const { line, child } = await serveHub(['--db', db, '--host', '127.0.0.1', '--port', String(port)]);
    child.kill('SIGKILL');
    expect(line).toBe(`Jinxiu Hub: http://127.0.0.1:${port}/`);
  });

  it('hub serve against a database that is not there fails with a translated message, non-zero', () => {
    const r = spawnSync(process.execPath, [CLI, 'hub', 'serve', '--db', `postgres://jinxiu@127.0.0.1:${pg.port}/no_such_db`], { encoding: 'utf8', env: { ...process.env, JINXIU_LANG: 'zh_CN.UTF-8' }, timeout: 30_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('连不上中心的 PostgreSQL 数据库');
    expect(r.stdout).toBe('');
  });

  it('hub user add reads the password from standard input; the account can then log in', async () => {
    const r = userAdd('curator-cli', 'curator', 'a long enough password\n');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^added curator curator-cli; signing key [0-9a-f]{64}\n$/);
    const { line, child } = await serveHub(['--db', db]);
    try {
      const session = await new HubClient(line.slice('Jinxiu Hub: '.length)).login('curator-cli', 'a long enough password');
      expect(session).toMatchObject({ role: 'curator', canSign: true });
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('hub user add refuses a short password, a duplicate name and an unknown role', () => {
    expect(userAdd('short-pw', 'cooperative', 'short\n')).toMatchObject({ status: 1, stderr: expect.stringContaining('at least 10 characters') });
    expect(userAdd('dup', 'cooperative', 'a long enough password\n').status).toBe(0);
    expect(userAdd('dup', 'cooperative', 'a long enough password\n')).toMatchObject({ status: 1, stderr: expect.stringContaining('already exists') });
    expect(userAdd('x', 'admin', 'a long enough password\n')).toMatchObject({ status: 2, stderr: expect.stringContaining('--role must be') });
    expect(userAdd('nopw', 'cooperative', '')).toMatchObject({ status: 2, stderr: expect.stringContaining('No passphrase') });
  });
});
