import type { HandlersFor } from '../handler-types';
import type { StudioContext } from '../../services/studio';
import { LATEST_SCHEMA_VERSION } from '../../services/db/migrations';
import { APP_VERSION } from '../../services/version';

export function appHandlers(ctx: StudioContext): HandlersFor<'app.info' | 'settings.get' | 'settings.update'> {
  return {
    'app.info': () => ({
      name: 'Jinxiu Studio 锦绣工坊',
      version: APP_VERSION,
      schemaVersion: LATEST_SCHEMA_VERSION,
      dataDir: ctx.paths.dataDir,
      runtime: ctx.runtime,
    }),
    'settings.get': () => ctx.settings.get(),
    'settings.update': (patch) => ctx.settings.update(patch),
  };
}
