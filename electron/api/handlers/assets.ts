import type { HandlersFor } from '../handler-types';
import type { StudioContext } from '../../services/studio';

export function assetHandlers(ctx: StudioContext): HandlersFor<'assets.upload' | 'assets.preview'> {
  return {
    'assets.upload': ({ name, base64, purpose }) => ctx.assets.upload(name, Buffer.from(base64, 'base64'), purpose),
    'assets.preview': ({ assetId }) => ctx.assets.preview(assetId),
  };
}
