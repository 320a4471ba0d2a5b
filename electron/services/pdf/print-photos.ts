/**
 * The photos of a scene converted for print (CMYK JPEG at the placed size, alpha), one promise
 * per photo, crop and placed size. Separate from the PDF objects (image-xobjects.ts) so that an
 * export can start them as soon as its scene is built: libvips then decodes, resamples and
 * converts in its own threads while the preflight runs on this one, instead of after it (a cold
 * export waited a tenth of a second with nothing else to do).
 */
import type { ImageNode, SceneNode } from '../../../model/scene';
import { iccProfile } from './icc-profile';
import { prepareImage, TARGET_PPI, type PreparedImage } from './image-prep';
import type { PreparedImageCache } from './prepared-image-cache';

export type LoadImage = (assetId: string) => Buffer | Promise<Buffer>;

export interface PrintPhotoSources {
  loadImage: LoadImage;
  /** CMYK profile the photos are converted through */
  iccPath: string;
  /** photos prepared by earlier exports; none: every photo converted now */
  imageCache?: PreparedImageCache;
}

export class PrintPhotos {
  private readonly prepared = new Map<string, Promise<PreparedImage>>();

  constructor(private readonly sources: PrintPhotoSources) {}

  /** Starts converting every photo of these nodes at once (failures are reported by `get`). */
  prefetch(nodes: readonly SceneNode[]): this {
    for (const node of nodes) {
      if (node.type === 'image') this.get(node);
      else if (node.type === 'group') this.prefetch(node.children);
    }
    return this;
  }

  get(node: ImageNode): Promise<PreparedImage> {
    const key = photoKey(node);
    let prepared = this.prepared.get(key);
    if (!prepared) {
      const { iccPath, imageCache } = this.sources;
      // called on the sources object: an ExportSources' loadImage is a method
      // No await before prepareImage: libvips must be started before the caller goes on with its
      // own work. A missing file becomes a rejection, reported where the photo is painted.
      const make = (): Promise<PreparedImage> => {
        try {
          const source = this.sources.loadImage(node.assetId);
          return source instanceof Promise ? source.then((bytes) => prepareImage(bytes, node, iccPath, TARGET_PPI)) : prepareImage(source, node, iccPath, TARGET_PPI);
        } catch (error) {
          return Promise.reject(error);
        }
      };
      prepared = imageCache ? imageCache.prepared(node, iccProfile(iccPath).sha256, TARGET_PPI, make) : make();
      // a failure is reported where the image is painted; until then it is not "unhandled"
      prepared.catch(() => {});
      this.prepared.set(key, prepared);
    }
    return prepared;
  }
}

/** One prepared photo per photo, crop and placed size (0.1 mm). */
export function photoKey(node: ImageNode): string {
  return JSON.stringify([node.assetId, node.crop ?? null, Math.round(node.width * 10), Math.round(node.height * 10)]);
}
