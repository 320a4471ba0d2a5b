import path from 'node:path';
import type { HandlersFor } from '../handler-types';
import type { StudioContext } from '../../services/studio';
import { exportServiceFor } from '../../services/export';
import { ThumbnailService, type ThumbnailDeps } from '../../services/thumbnails/thumbnail-service';

const services = new WeakMap<StudioContext, ThumbnailService>();

/** What a thumbnail service of an open studio paints from, and where it keeps its pictures. */
export function thumbnailDepsFor(ctx: StudioContext): ThumbnailDeps {
  const exporter = exportServiceFor(ctx);
  return {
    sources: exporter.exportSources,
    proofDeps: () => exporter.proofDeps(),
    design: (id) => ctx.designs.get(id).design,
    sample: (name) => ctx.designs.sampleDocument(name),
    cacheDir: path.join(ctx.paths.cache, 'thumbnails'),
  };
}

/** One thumbnail service per open studio (its memory cache lives as long as the studio). */
export function thumbnailServiceFor(ctx: StudioContext): ThumbnailService {
  let service = services.get(ctx);
  if (!service) {
    service = new ThumbnailService(thumbnailDepsFor(ctx));
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
