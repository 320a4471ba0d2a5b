/**
 * What the exporter reads from the rest of the studio. Narrow on purpose: tests and the CLI
 * (a design JSON file on disk) pass their own, the desktop passes studioExportSources(ctx).
 */
import type { Design } from '../../../model/design/schema';
import type { MotifRecord } from '../../../model/motif/schema';
import type { ProductFile } from '../../../model/product/schema';
import type { PrintColor } from '../../../model/scene';
import type { FontService } from '../fonts/font-service';
import type { PreparedImageCache } from '../pdf/prepared-image-cache';
import type { MotifArtCache } from './motif-art-cache';

export interface MotifEntry {
  record: MotifRecord;
  /** sanitized SVG artwork; undefined when the motif only has raster artwork */
  svg?: string;
}

export interface ExportSources {
  fonts: FontService;
  /** CMYK profile for the OutputIntent and image conversion */
  iccPath: string;
  now: () => Date;
  /** a stored design by id (throws a StudioError when there is none) */
  loadDesign(designId: string): Design;
  motif(motifId: string): MotifEntry | undefined;
  /** the brand kit's colours by name (empty when the kit is unknown) */
  brandColours(brandKitId: string | undefined): Record<string, PrintColor>;
  /**
   * the other pieces of the design's package (same product, same design.package.name), so GB 7718
   * items are checked over the whole package; absent or [] = the design is checked alone
   */
  packagePieces?(design: Design): Design[];
  /** product facts of a design's product; undefined when none is linked or found */
  product(productId: string | undefined): ProductFile | undefined;
  /** bytes of a stored image (photos, GI marks) */
  loadImage(assetId: string): Buffer | Promise<Buffer>;
  /** whether a stored image exists (preflight reports missing photos instead of failing the export) */
  hasImage?(assetId: string): boolean;
  /** motif display lists kept between exports (motif-art-cache.ts); none: converted every time */
  motifArtCache?: MotifArtCache;
  /** photos as the PDF embeds them, kept between exports (pdf/prepared-image-cache.ts); none: converted every time */
  imageCache?: PreparedImageCache;
  creator?: string;
}
