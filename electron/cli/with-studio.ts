import os from 'node:os';
import { openStudio, type StudioContext } from '../services/studio';
import type { ParsedArgs } from './args';
import { resolveDataDir } from './data-dir';

/** Opens the studio on --data DIR for one command and always closes it. */
export async function withStudio<T>(args: ParsedArgs, work: (studio: StudioContext) => Promise<T> | T): Promise<T> {
  const studio = await openStudio({ dataDir: resolveDataDir(args), runtime: 'cli' });
  try {
    return await work(studio);
  } finally {
    studio.close();
  }
}

/**
 * Who the CLI acts as in audit trails. Whoever can run the CLI can already read and write
 * the data directory, so curator mode (a guard against accidental edits in the UI) does
 * not apply; the audit still records the operating-system user.
 */
export function cliActor(): string {
  return `cli:${os.userInfo().username}`;
}
