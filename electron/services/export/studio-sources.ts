/** The exporter's sources in a running studio: designs, motif library, brand kits, products, assets. */
import path from 'node:path';
import type { BrandKit } from '../../../model/brand/schema';
import { ProductFileSchema, type ProductFile } from '../../../model/product/schema';
import type { PrintColor } from '../../../model/scene';
import type { StudioContext } from '../studio';
import { ExportService } from './export-service';
import type { ExportSources } from './export-sources';
import { PreparedImageDiskCache } from '../pdf/prepared-image-cache';
import { builtCodeId, motifArtDiskCache } from './motif-art-cache';

export function brandPrintColours(kit: BrandKit | undefined): Record<string, PrintColor> {
  const out: Record<string, PrintColor> = {};
  for (const c of kit?.palette ?? []) {
    out[c.name] = c.spot ? { kind: 'spot', name: c.spot, tint: 1, alternate: c.cmyk } : { kind: 'cmyk', ...c.cmyk };
  }
  return out;
}

export function studioExportSources(ctx: StudioContext): ExportSources {
  return {
    fonts: ctx.fonts,
    iccPath: path.join(ctx.resources, 'assets', 'icc', 'FOGRA39L_tac300.icc'),
    now: ctx.now,
    loadDesign: (id) => ctx.designs.get(id).design,
    packagePieces: (design) => ctx.designs.packagePieces(design),
    motif: (id) => {
      const row = ctx.motifs.get(id);
      return row ? { record: row.record, svg: ctx.library.artwork(id).svg } : undefined;
    },
    // a design whose kit was deleted prints with the studio's default kit, as the composer shows it
    brandColours: (kitId) => brandPrintColours((kitId ? ctx.brand.get(kitId) : undefined) ?? ctx.brand.get(ctx.brand.defaultId() ?? '')),
    product: (productId) => {
      if (!productId) return undefined;
      try {
        const parsed = ProductFileSchema.safeParse(ctx.products.get(productId).file);
        return parsed.success ? (parsed.data as ProductFile) : undefined;
      } catch {
        return undefined;
      }
    },
    loadImage: (assetId) => ctx.assets.original(assetId),
    hasImage: (assetId) => ctx.store.has(assetId),
    motifArtCache: motifArtDiskCache(path.join(ctx.paths.cache, 'motif-art')),
    imageCache: preparedImageDiskCache(path.join(ctx.paths.cache, 'images')),
    creator: 'Jinxiu Studio',
  };
}

/** The photo cache under `dir` when this is built code (as for motif art: the chunk's name is the code's id), else none. */
export function preparedImageDiskCache(dir: string, moduleUrl: string = import.meta.url): PreparedImageDiskCache | undefined {
  const codeId = builtCodeId(moduleUrl);
  return codeId ? new PreparedImageDiskCache(dir, codeId) : undefined;
}

const services = new WeakMap<StudioContext, ExportService>();

/** One exporter per open studio, so parsed fonts and glyph outlines stay cached between calls. */
export function exportServiceFor(ctx: StudioContext): ExportService {
  let service = services.get(ctx);
  if (!service) {
    service = new ExportService(studioExportSources(ctx));
    services.set(ctx, service);
  }
  return service;
}
