import fs from 'node:fs';
import path from 'node:path';
import type { HandlersFor } from '../handler-types';
import type { StudioContext } from '../../services/studio';
import { exportServiceFor } from '../../services/export';
import { ThumbnailPainter } from '../../services/thumbnails/thumbnail-painter';
import { ThumbnailService, type ThumbnailDeps } from '../../services/thumbnails/thumbnail-service';
import { WorkerThumbnailPainter } from '../../services/thumbnails/worker-painter';

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

/**
 * The built thumbnail worker beside this code (dist-electron/thumbnail-worker.mjs, whether
 * this module sits in the bundle's entry or in one of its chunks), or undefined when running
 * from source (unit tests), where pictures are painted in this thread by the same painter.
 */
export function thumbnailWorkerScript(moduleUrl: string = import.meta.url): URL | undefined {
  for (const candidate of ['./thumbnail-worker.mjs', '../thumbnail-worker.mjs']) {
    const url = new URL(candidate, moduleUrl);
    if (url.protocol === 'file:' && fs.existsSync(url)) return url;
  }
  return undefined;
}

/** A painter in a worker thread (`script`: the built thumbnail-worker.mjs) over the studio's fonts, caches and photos. */
export function workerThumbnailPainter(ctx: StudioContext, deps: ThumbnailDeps, script: URL): WorkerThumbnailPainter {
  return new WorkerThumbnailPainter({
    script,
    data: {
      fonts: { bundledDir: path.join(ctx.resources, 'assets', 'fonts'), userDir: ctx.paths.fonts, cacheDir: path.join(ctx.paths.cache, 'fonts') },
      iccPath: deps.sources.iccPath,
      ...(deps.cacheDir ? { cacheDir: deps.cacheDir } : {}),
      motifArtDir: path.join(ctx.paths.cache, 'motif-art'),
    },
    fontIds: () => ctx.fonts.list().map((f) => f.id),
    loadImage: (assetId) => deps.sources.loadImage(assetId),
    inThread: () => new ThumbnailPainter(deps),
  });
}

/** The running studio paints its thumbnails in a worker thread, off the event loop that answers the composer. */
function studioThumbnailDeps(ctx: StudioContext): ThumbnailDeps {
  const deps = thumbnailDepsFor(ctx);
  const script = thumbnailWorkerScript();
  return script ? { ...deps, painter: workerThumbnailPainter(ctx, deps, script) } : deps;
}

/** One thumbnail service per open studio (its memory cache lives as long as the studio). */
export function thumbnailServiceFor(ctx: StudioContext): ThumbnailService {
  let service = services.get(ctx);
  if (!service) {
    service = new ThumbnailService(studioThumbnailDeps(ctx));
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
