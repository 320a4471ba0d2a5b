import { createDispatcher, type Dispatch } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/api/handlers';
import { openStudio, type StudioContext } from '../../electron/services/studio';
import { makeTempDir } from './temp-dir';

/** Real services over a real SQLite file in a temp data directory. */
export function makeStudio(options: { now?: () => Date } = {}): { studio: StudioContext; dispatch: Dispatch; dataDir: string; cleanup: () => void } {
  const { dir, cleanup } = makeTempDir();
  const studio = openStudio({ dataDir: dir, runtime: 'cli', now: options.now });
  const dispatch = createDispatcher(createHandlers(studio));
  return {
    studio,
    dispatch,
    dataDir: dir,
    cleanup: () => {
      studio.close();
      cleanup();
    },
  };
}
