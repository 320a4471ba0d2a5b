/** Image XObjects written directly (not via pdf-lib's embedJpg) so a soft mask can be attached. */
import { deflateSync } from 'node:zlib';
import type { PDFContext, PDFRef } from 'pdf-lib';
import type { ImageNode } from '../../../model/scene';
import { photoKey, type PrintPhotos } from './print-photos';

export class ImageXObjects {
  private readonly cache = new Map<string, Promise<PDFRef>>();
  /** true once an image with transparency was embedded */
  usedSoftMask = false;

  constructor(
    private readonly context: PDFContext,
    /** the scene's photos converted for print, started before painting (objects are still registered in paint order, so the file does not depend on timing) */
    private readonly photos: PrintPhotos,
  ) {}

  ref(node: ImageNode): Promise<PDFRef> {
    const key = photoKey(node);
    let ref = this.cache.get(key);
    if (!ref) {
      ref = this.build(node);
      this.cache.set(key, ref);
    }
    return ref;
  }

  private async build(node: ImageNode): Promise<PDFRef> {
    const img = await this.photos.get(node);
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
