import os from 'node:os';
import path from 'node:path';

export const APP_DIR_NAME = 'Jinxiu Studio';

/**
 * The same folder Electron's app.getPath('userData') gives for this app, computed without
 * Electron so that the CLI and browser mode open the very same data as the desktop window.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.JINXIU_DATA) return path.resolve(env.JINXIU_DATA);
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', APP_DIR_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), APP_DIR_NAME);
}

/** Where each kind of data lives inside the data directory. */
export function dataPaths(dataDir: string) {
  return {
    dataDir,
    database: path.join(dataDir, 'studio.sqlite'),
    files: path.join(dataDir, 'files'),
    backups: path.join(dataDir, 'backups'),
    fonts: path.join(dataDir, 'fonts'),
    tmp: path.join(dataDir, 'tmp'),
    /** work kept between processes only to save time (font facts and subsets); safe to delete */
    cache: path.join(dataDir, 'cache'),
  };
}
export type DataPaths = ReturnType<typeof dataPaths>;
