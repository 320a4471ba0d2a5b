import type { HandlersFor } from '../handler-types';
import type { StudioContext } from '../../services/studio';

export function brandHandlers(ctx: StudioContext): HandlersFor<'brand.list' | 'brand.save' | 'brand.uploadLogo' | 'brand.logo'> {
  return {
    'brand.list': () => ctx.brand.list(),
    'brand.save': ({ kit }) => ctx.brand.save(kit),
    'brand.uploadLogo': ({ kitId, name, base64 }) => ctx.brand.uploadLogo(kitId, name, Buffer.from(base64, 'base64')),
    'brand.logo': ({ kitId }) => {
      const kit = ctx.brand.list().find((k) => k.id === kitId);
      const bytes = kit ? ctx.brand.logoBytes(kit) : undefined;
      if (!kit?.logo || !bytes) return { dataUrl: null };
      return { dataUrl: `data:${kit.logo.kind === 'svg' ? 'image/svg+xml' : 'image/png'};base64,${bytes.toString('base64')}` };
    },
  };
}
