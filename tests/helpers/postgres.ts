import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * A throw-away PostgreSQL cluster for the hub's tests: initdb + pg_ctl on a free port in a temp
 * dir, no mocks. As root the server programs run as the `postgres` user (initdb refuses root),
 * so the folder is opened to it (mkdtemp makes 700). A missing PostgreSQL is an error, never a
 * skip: `.ci/run` installs the `postgresql` package.
 */
export const PG_BIN = process.env.JINXIU_PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface TestPostgres {
  url: string;
  port: number;
  dir: string;
  /** a fresh database in this cluster (each test file or test may take its own) */
  createDatabase(name: string): string;
  /** pg_ctl stop -m immediate, then start again on the same port (the "restarted under it" fault) */
  restart(): void;
  stopServer(): void;
  startServer(): void;
  stop(): void;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

function asPostgres(args: string[]): string[] {
  return process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--', ...args] : args;
}

function run(program: string, args: string[]): void {
  const [cmd, ...rest] = asPostgres([path.join(PG_BIN, program), ...args]);
  const result = spawnSync(cmd, rest, { encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) throw new Error(`${program} ${args.join(' ')} failed (${result.status}): ${result.stderr || result.stdout}`);
}

export async function startPostgres(): Promise<TestPostgres> {
  if (!fs.existsSync(path.join(PG_BIN, 'initdb'))) {
    throw new Error(`PostgreSQL 15 is not installed (no ${PG_BIN}/initdb): apt-get install postgresql (the hub's tests need a real server)`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jinxiu-pg-'));
  fs.chmodSync(dir, 0o755);
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres', dir]);
  const data = path.join(dir, 'pg');
  const port = await freePort();
  run('initdb', ['-D', data, '-U', 'jinxiu', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  const start = () => run('pg_ctl', ['-D', data, '-l', path.join(dir, 'pg.log'), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=700 -c fsync=off`, '-w', 'start']);
  const stopNow = () => run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
  start();
  let stopped = false;
  const handle: TestPostgres = {
    url: `postgres://jinxiu@127.0.0.1:${port}/jinxiu`,
    port,
    dir,
    createDatabase(name) {
      run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'jinxiu', name]);
      return `postgres://jinxiu@127.0.0.1:${port}/${name}`;
    },
    restart() {
      stopNow();
      start();
    },
    stopServer: stopNow,
    startServer: start,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        stopNow();
      } catch {
        // already stopped by a test
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  handle.createDatabase('jinxiu');
  return handle;
}
