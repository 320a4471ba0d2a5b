import path from 'node:path';
import type { HandlersFor } from '../handler-types';
import type { StudioContext } from '../../services/studio';
import { exportServiceFor } from '../../services/export';
import { ThumbnailService } from '../../services/thumbnails/thumbnail-service';

const services = new WeakMap<StudioContext, ThumbnailService>();

/** One thumbnail service per open studio (its memory cache lives as long as the studio). */
export function thumbnailServiceFor(ctx: StudioContext): ThumbnailService {
  let service = services.get(ctx);
  if (!service) {
    const exporter = exportServiceFor(ctx);
    service = new ThumbnailService({
      sources: exporter.exportSources,
      proofDeps: () => exporter.proofDeps(),
      design: (id) => ctx.designs.get(id).design,
      sample: (name) => ctx.designs.sampleDocument(name),
      cacheDir: path.join(ctx.paths.cache, 'thumbnails'),
    });
    services.set(ctx, service);
  }
  return service;
}

export function thumbnailHandlers(ctx: StudioContext): HandlersFor<'thumbnails.get'> {
  return {
    'thumbnails.get': async ({ subject, size }) => {
      const thumb = await thumbnailServiceFor(ctx).get(subject, size, ctx.curators.isActive() ? 'curator' : 'cooperative');
      return { dataUrl: `data:image/png;base64,${thumb.png.toString('base64')}`, widthPx: thumb.widthPx, heightPx: thumb.heightPx };
    },
  };
}
