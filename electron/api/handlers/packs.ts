import type { HandlersFor } from '../handler-types';
import type { StudioContext } from '../../services/studio';

export function packHandlers(ctx: StudioContext): HandlersFor<'packs.export' | 'packs.preview' | 'packs.apply'> {
  return {
    'packs.export': ({ ids }) => {
      const active = ctx.curators.status().active;
      const { fileName, bytes, count } = ctx.packs.export(ids, { name: active ?? 'jinxiu-studio', curator: active !== null });
      return { fileName, base64: Buffer.from(bytes).toString('base64'), count };
    },
    'packs.preview': ({ base64 }) => ctx.packs.preview(Buffer.from(base64, 'base64')),
    'packs.apply': ({ base64 }) => ctx.packs.apply(Buffer.from(base64, 'base64'), ctx.curators.requireActor().name),
  };
}
