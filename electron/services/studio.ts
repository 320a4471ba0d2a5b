import fs from 'node:fs';
import { openDatabase, type Database } from './db/database';
import { dataPaths, type DataPaths } from './paths';
import { SettingsService } from './settings-service';

export type Runtime = 'electron' | 'browser' | 'cli';

/** Everything a handler may use: the composition root builds it once per data directory. */
export interface StudioContext {
  runtime: Runtime;
  paths: DataPaths;
  db: Database;
  settings: SettingsService;
  now: () => Date;
  close(): void;
}

export interface StudioOptions {
  dataDir: string;
  runtime: Runtime;
  now?: () => Date;
}

export function openStudio(options: StudioOptions): StudioContext {
  const paths = dataPaths(options.dataDir);
  for (const dir of [paths.dataDir, paths.files, paths.tmp]) fs.mkdirSync(dir, { recursive: true });
  const db = openDatabase(paths.database);
  const settings = new SettingsService(db);
  return {
    runtime: options.runtime,
    paths,
    db,
    settings,
    now: options.now ?? (() => new Date()),
    close: () => db.close(),
  };
}
