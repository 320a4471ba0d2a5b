/**
 * ExtGState objects, shared across the document: opacity (/ca /CA) and overprint
 * (/OP /op true, /OPM 1 so a 0 in a CMYK colour leaves the plate below untouched).
 */
import { PDFBool, PDFName, type PDFContext, type PDFRef } from 'pdf-lib';

export interface StateWish {
  opacity?: number;
  overprint?: boolean;
}

export class GraphicsStates {
  private readonly refs = new Map<string, PDFRef>();
  /** true once any page uses opacity below 1: such pages get a transparency group */
  usedTransparency = false;

  constructor(private readonly context: PDFContext) {}

  /** The ExtGState for `wish`, or undefined when it would change nothing. */
  ref(wish: StateWish): { ref: PDFRef; key: string } | undefined {
    const opacity = wish.opacity === undefined ? 1 : Math.min(1, Math.max(0, wish.opacity));
    const overprint = wish.overprint === true;
    if (opacity >= 1 && !overprint) return undefined;
    const key = `gs:${opacity.toFixed(4)}:${overprint ? 1 : 0}`;
    let ref = this.refs.get(key);
    if (!ref) {
      const dict = this.context.obj({ Type: 'ExtGState' });
      if (opacity < 1) {
        dict.set(PDFName.of('ca'), this.context.obj(opacity));
        dict.set(PDFName.of('CA'), this.context.obj(opacity));
        this.usedTransparency = true;
      }
      if (overprint) {
        dict.set(PDFName.of('OP'), PDFBool.True);
        dict.set(PDFName.of('op'), PDFBool.True);
        dict.set(PDFName.of('OPM'), this.context.obj(1));
      }
      ref = this.context.register(dict);
      this.refs.set(key, ref);
    }
    return { ref, key };
  }
}
