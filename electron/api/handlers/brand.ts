import type { HandlersFor } from '../handler-types';
import type { StudioContext } from '../../services/studio';

export function brandHandlers(ctx: StudioContext): HandlersFor<'brand.list' | 'brand.save' | 'brand.uploadLogo'> {
  return {
    'brand.list': () => ctx.brand.list(),
    'brand.save': ({ kit }) => ctx.brand.save(kit),
    'brand.uploadLogo': ({ kitId, name, base64 }) => ctx.brand.uploadLogo(kitId, name, Buffer.from(base64, 'base64')),
  };
}
