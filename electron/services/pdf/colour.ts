/**
 * Print colours to PDF operators. Process colours go out as DeviceCMYK (`k`/`K`); spot colours
 * as a Separation colour space whose Type 2 function maps the tint to the CMYK alternate, so
 * RIPs make a plate for the ink and viewers preview it. Never RGB: pdf-lib's defaults are RGB,
 * so nothing here goes through them.
 */
import { PDFName, type PDFContext, type PDFRef } from 'pdf-lib';
import type { Cmyk, PrintColor } from '../../../model/scene';
import { StudioError } from '../../../model/localized';
import type { PageResources } from './page-resources';
import { nums, num } from './units';

/** Registration colour for crop marks: ink on every plate (Separation /All). */
export const REGISTRATION: PrintColor = { kind: 'spot', name: 'All', tint: 1, alternate: { c: 100, m: 100, y: 100, k: 100 } };

/** Separation colour spaces of one document, one object per spot name. */
export class SeparationSpaces {
  private readonly refs = new Map<string, PDFRef>();

  constructor(private readonly context: PDFContext) {}

  ref(name: string, alternate: Cmyk): PDFRef {
    // One ink, one definition: a second alternate for the same name would make two different
    // screen previews of one plate, so the first definition wins.
    let ref = this.refs.get(name);
    if (!ref) {
      checkSpotName(name);
      const tintTransform = this.context.obj({
        FunctionType: 2,
        Domain: [0, 1],
        C0: [0, 0, 0, 0],
        C1: [alternate.c, alternate.m, alternate.y, alternate.k].map((v) => clamp01(v / 100)),
        N: 1,
      });
      const space = this.context.obj([PDFName.of('Separation'), PDFName.of(name), PDFName.of('DeviceCMYK'), this.context.register(tintTransform)]);
      ref = this.context.register(space);
      this.refs.set(name, ref);
    }
    return ref;
  }

  names(): string[] {
    return [...this.refs.keys()];
  }
}

/** Operators that make `color` the current fill or stroke colour. */
export function colourOps(color: PrintColor, target: 'fill' | 'stroke', res: PageResources, spaces: SeparationSpaces): string {
  if (color.kind === 'cmyk') {
    const { c, m, y, k } = color;
    return `${nums(...[c, m, y, k].map((v) => clamp01(v / 100)))} ${target === 'fill' ? 'k' : 'K'}`;
  }
  const csName = res.name('ColorSpace', spaces.ref(color.name, color.alternate), `sep:${color.name}`);
  return target === 'fill' ? `/${csName} cs ${num(clamp01(color.tint))} scn` : `/${csName} CS ${num(clamp01(color.tint))} SCN`;
}

function clamp01(v: number): number {
  if (!Number.isFinite(v)) return 0;
  return Math.min(1, Math.max(0, v));
}

function checkSpotName(name: string): void {
  // "None" paints nothing and the process names would collide with the CMYK plates.
  if (!name.trim() || ['None', 'Cyan', 'Magenta', 'Yellow', 'Black'].includes(name)) {
    throw new StudioError('pdf.badSpotName', {
      zh: `专色名称“${name}”不能使用。请用印厂能识别的油墨名，例如 “Silver” 或 “PANTONE 877 C”。`,
      en: `The spot colour name "${name}" cannot be used. Use an ink name the printer recognises, such as "Silver" or "PANTONE 877 C".`,
    });
  }
}
