/** Image XObjects written directly (not via pdf-lib's embedJpg) so a soft mask can be attached. */
import { deflateSync } from 'node:zlib';
import type { PDFContext, PDFRef } from 'pdf-lib';
import type { ImageNode, SceneNode } from '../../../model/scene';
import { prepareImage, TARGET_PPI, type PreparedImage } from './image-prep';
import type { PreparedImageCache } from './prepared-image-cache';

export type LoadImage = (assetId: string) => Buffer | Promise<Buffer>;

export class ImageXObjects {
  private readonly cache = new Map<string, Promise<PDFRef>>();
  private readonly prepared = new Map<string, Promise<PreparedImage>>();
  /** true once an image with transparency was embedded */
  usedSoftMask = false;

  constructor(
    private readonly context: PDFContext,
    private readonly loadImage: LoadImage,
    private readonly iccPath: string,
    /** photos prepared by an earlier export (keyed with the profile's sha256); none: made every time */
    private readonly kept?: { cache: PreparedImageCache; iccSha256: string },
  ) {}

  /**
   * Starts converting every photo of these nodes at once: libvips decodes (shrinking on load),
   * resizes and converts to CMYK in its own threads while fonts are embedded and pages painted.
   * Objects are still registered in paint order (ref), so the file does not depend on timing.
   */
  prefetch(nodes: SceneNode[]): void {
    for (const node of nodes) {
      if (node.type === 'image') this.prepare(node);
      else if (node.type === 'group') this.prefetch(node.children);
    }
  }

  private prepare(node: ImageNode): Promise<PreparedImage> {
    const key = imageKey(node);
    let prepared = this.prepared.get(key);
    if (!prepared) {
      const make = () => Promise.resolve(this.loadImage(node.assetId)).then((source) => prepareImage(source, node, this.iccPath, TARGET_PPI));
      prepared = this.kept ? this.kept.cache.prepared(node, this.kept.iccSha256, TARGET_PPI, make) : make();
      // a failure is reported where the image is painted; until then it is not "unhandled"
      prepared.catch(() => {});
      this.prepared.set(key, prepared);
    }
    return prepared;
  }

  ref(node: ImageNode): Promise<PDFRef> {
    const key = imageKey(node);
    let ref = this.cache.get(key);
    if (!ref) {
      ref = this.build(node);
      this.cache.set(key, ref);
    }
    return ref;
  }

  private async build(node: ImageNode): Promise<PDFRef> {
    const img = await this.prepare(node);
    const dict: Record<string, unknown> = {
      Type: 'XObject',
      Subtype: 'Image',
      Width: img.width,
      Height: img.height,
      ColorSpace: 'DeviceCMYK',
      BitsPerComponent: 8,
      Filter: 'DCTDecode',
      // libvips writes Adobe-style inverted CMYK JPEGs; the Decode array un-inverts them
      Decode: [1, 0, 1, 0, 1, 0, 1, 0],
    };
    if (img.alpha) {
      const mask = this.context.stream(deflateSync(img.alpha), {
        Type: 'XObject',
        Subtype: 'Image',
        Width: img.width,
        Height: img.height,
        ColorSpace: 'DeviceGray',
        BitsPerComponent: 8,
        Filter: 'FlateDecode',
      });
      dict.SMask = this.context.register(mask);
      this.usedSoftMask = true;
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return this.context.register(this.context.stream(img.jpeg, dict as any));
  }
}

/** One XObject per photo, crop and placed size (0.1 mm). */
function imageKey(node: ImageNode): string {
  return JSON.stringify([node.assetId, node.crop ?? null, Math.round(node.width * 10), Math.round(node.height * 10)]);
}
