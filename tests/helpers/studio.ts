import { createDispatcher, type Dispatch } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/api/handlers';
import { openStudio, type StudioContext, type StudioOptions } from '../../electron/services/studio';
import { makeTempDir } from './temp-dir';

export interface TestStudio {
  studio: StudioContext;
  dispatch: Dispatch;
  dataDir: string;
  cleanup: () => void;
}

/** Real services over a real SQLite file in a temp data directory (starter library included unless turned off). */
export async function makeStudio(options: Partial<Pick<StudioOptions, 'now' | 'starterLibrary'>> = {}): Promise<TestStudio> {
  const { dir, cleanup } = makeTempDir();
  const studio = await openStudio({ dataDir: dir, runtime: 'cli', ...options });
  const dispatch = createDispatcher(createHandlers(studio), (line) => console.error(line));
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

/** Calls through the dispatcher and unwraps the result, failing loudly with the error code. */
export async function call<T = any>(dispatch: Dispatch, name: string, input: unknown = {}): Promise<T> {
  const result = await dispatch(name, input);
  if (!result.ok) throw Object.assign(new Error(`${name}: ${result.error.code}: ${result.error.message.en}`), { code: result.error.code });
  return result.value as T;
}
