import pg from 'pg';
import { studioError } from '../../model/localized';
import { hubMigrations, type HubMigration } from './migrations';

export type HubPool = pg.Pool;
export type HubClient = pg.PoolClient;

/** One pool per hub process. A small pool: PostgreSQL's connections are the scarce thing under load. */
export function openHubPool(url: string, max = 10): HubPool {
  const pool = new pg.Pool({ connectionString: url, max, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 10_000 });
  // an idle client whose server went away (PostgreSQL restarted) must not crash the hub
  pool.on('error', () => {});
  return pool;
}

/** Runs `work` in one transaction; any throw rolls everything back. */
export async function inTransaction<T>(pool: HubPool, work: (client: HubClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** Any fixed number: two hubs started against one database migrate one after the other. */
const MIGRATION_LOCK = 7_141_014;

/** Applies the missing numbered steps, each in its own transaction, and returns the schema version. */
export async function migrateHub(pool: HubPool, migrations: HubMigration[] = hubMigrations): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS hub_schema (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    const done = new Set((await client.query<{ version: number }>('SELECT version FROM hub_schema')).rows.map((r) => r.version));
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO hub_schema (version, name) VALUES ($1, $2)', [m.version, m.name]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw studioError('hub.migration', `中心数据库升级到第 ${m.version} 步（${m.name}）时失败：${(error as Error).message}。数据库没有改动这一步；请检查数据库权限后重试。`, `Migrating the hub database to step ${m.version} (${m.name}) failed: ${(error as Error).message}. That step changed nothing; check the database permissions and try again.`);
      }
    }
    return (await schemaVersion(client)) ?? 0;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}

export async function schemaVersion(client: HubPool | HubClient): Promise<number | null> {
  const exists = await client.query<{ t: string | null }>("SELECT to_regclass('hub_schema')::text AS t");
  if (!exists.rows[0]?.t) return null;
  const row = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM hub_schema');
  return row.rows[0]?.v ?? null;
}

/** A database the hub cannot reach: said plainly, with what to check. */
export function unreachable(error: unknown) {
  const text = (error as Error)?.message ?? String(error);
  return studioError('hub.database-unreachable', `连不上中心的 PostgreSQL 数据库（${text}）。请检查 --db 地址、数据库是否在运行、用户名和口令。`, `Cannot reach the hub's PostgreSQL database (${text}). Check the --db address, that the database is running, and the user name and password.`);
}
