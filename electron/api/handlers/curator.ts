import type { HandlersFor } from '../handler-types';
import type { StudioContext } from '../../services/studio';

export function curatorHandlers(ctx: StudioContext): HandlersFor<'curator.status' | 'curator.setup' | 'curator.add' | 'curator.unlock' | 'curator.lock'> {
  return {
    'curator.status': () => ctx.curators.status(),
    'curator.setup': ({ name, passphrase }) => ctx.curators.setup(name, passphrase),
    'curator.add': ({ name, passphrase }) => ctx.curators.add(name, passphrase),
    'curator.unlock': ({ name, passphrase }) => ctx.curators.unlock(name, passphrase),
    'curator.lock': () => ctx.curators.lock(),
  };
}
