import BetterSqlite3, { type Database } from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { studioError } from '../../../model/localized';
import { migrations as defaultMigrations, type Migration } from './migrations';

export type { Database };

export interface OpenOptions {
  migrations?: Migration[];
  /** called before pending migrations run on an existing database (issue 7 hooks backups here) */
  beforeMigrate?: (db: Database, from: number, to: number) => void;
}

/**
 * Opens (or creates) the studio database.
 *
 * Order matters: the health check runs *before* anything that writes (WAL switch,
 * migrations), so a damaged file is reported and left exactly as it was for restore.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Database {
  const steps = options.migrations ?? defaultMigrations;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const existed = fs.existsSync(file) && fs.statSync(file).size > 0;
  const db = new BetterSqlite3(file, { fileMustExist: false });
  try {
    if (existed) checkHealth(db, file);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('temp_store = MEMORY');
    // WAL with synchronous=NORMAL keeps commits atomic and durable up to the last checkpoint-safe commit
    db.pragma('synchronous = NORMAL');
    migrate(db, steps, options.beforeMigrate);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function checkHealth(db: Database, file: string): void {
  let result: string;
  try {
    result = String(db.pragma('quick_check', { simple: true }));
  } catch (error) {
    throw damaged(file, (error as Error).message);
  }
  if (result !== 'ok') throw damaged(file, result);
}

function damaged(file: string, detail: string) {
  return studioError(
    'db.damaged',
    `数据库文件已损坏，工坊没有改动它：${file}。请在“设置”里从备份恢复，或运行 jinxiu doctor 查看详情。（${detail}）`,
    `The database file is damaged and was left untouched: ${file}. Restore a backup from Settings, or run "jinxiu doctor" for details. (${detail})`,
    { file, detail },
  );
}

export function schemaVersion(db: Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

function migrate(db: Database, steps: Migration[], beforeMigrate: OpenOptions['beforeMigrate']): void {
  assertIncreasing(steps);
  const current = schemaVersion(db);
  const latest = steps.length ? steps[steps.length - 1].version : 0;
  if (current > latest) {
    throw studioError(
      'db.newer',
      `这个数据库由更新版本的锦绣工坊创建（结构版本 ${current}，本程序支持到 ${latest}）。请升级锦绣工坊后再打开。`,
      `This database was written by a newer Jinxiu Studio (schema ${current}; this version knows up to ${latest}). Update Jinxiu Studio to open it.`,
    );
  }
  const pending = steps.filter((step) => step.version > current);
  if (pending.length === 0) return;
  if (current > 0) beforeMigrate?.(db, current, latest);
  db.transaction(() => {
    for (const step of pending) {
      if (typeof step.up === 'string') db.exec(step.up);
      else step.up(db);
      db.pragma(`user_version = ${step.version}`);
    }
  })();
}

function assertIncreasing(steps: Migration[]): void {
  for (let i = 1; i < steps.length; i++) {
    if (steps[i].version <= steps[i - 1].version) {
      throw new Error(`migrations out of order: ${steps[i - 1].version} then ${steps[i].version}`);
    }
  }
}
