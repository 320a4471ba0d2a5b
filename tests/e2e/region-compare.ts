/**
 * How canvas-paper compares one element's box on the canvas and on paper: Pearson correlation
 * of grey levels (blind to the two CMYK-to-screen conversions, sharp to shifts and missing
 * parts), or "flat" where neither picture has any structure to correlate.
 *
 * The die is left out of the comparison. The PDF carries the die line on its own Dieline plate
 * and poppler paints it; the print preview's canvas shows no guides. Over a plain fill the die
 * line is the only structure left on the paper side, so a flat panel whose box holds a cut or a
 * fold (the lid-and-base box's right base wall: a fold at 210 mm, the cut at 260 mm) correlated
 * at -0.09 with an identical canvas: the die was measured, not the art. Pixels whose centre lies
 * within DIE_MASK_MM of a die line (the template's own cut and fold paths) count on neither side.
 */
import sharp from 'sharp';
import type { Dieline } from '../../model/scene';
import { flattenPath } from '../../model/templates/geometry';

/** half the width of the strip around each die line left out (a 0.25 pt line, resampled and blurred) */
export const DIE_MASK_MM = 1;

export interface Region {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface RegionFigures {
  correlation: number | 'flat';
  /** mean ink (0 white - 255 black) over the compared pixels */
  ink: { canvas: number; paper: number };
  /** standard deviation of the grey levels over the compared pixels */
  sd: { canvas: number; paper: number };
}

/** A picture as grey levels at width x height (the same resampling and blur for the canvas and the paper). */
export async function grey(png: Buffer, width: number, height: number): Promise<Float64Array> {
  return Float64Array.from(await sharp(png).resize(width, height, { fit: 'fill' }).greyscale().blur(0.8).raw().toBuffer());
}

/** 1 where a pixel (w x h at pxPerMm) has its centre within halfMm of a cut or fold line. */
export function dieMask(die: Dieline | undefined, w: number, h: number, pxPerMm: number, halfMm = DIE_MASK_MM): Uint8Array {
  const mask = new Uint8Array(w * h);
  if (!die) return mask;
  for (const path of [...die.cut, ...die.fold]) {
    for (const line of flattenPath(path)) {
      const pts = line.points;
      const segs = pts.slice(1).map((p, i) => [pts[i], p] as const);
      if (line.closed && pts.length > 2) segs.push([pts[pts.length - 1], pts[0]]);
      for (const [a, b] of segs) {
        const x0 = Math.max(0, Math.floor((Math.min(a[0], b[0]) - halfMm) * pxPerMm));
        const x1 = Math.min(w - 1, Math.ceil((Math.max(a[0], b[0]) + halfMm) * pxPerMm));
        const y0 = Math.max(0, Math.floor((Math.min(a[1], b[1]) - halfMm) * pxPerMm));
        const y1 = Math.min(h - 1, Math.ceil((Math.max(a[1], b[1]) + halfMm) * pxPerMm));
        const dx = b[0] - a[0];
        const dy = b[1] - a[1];
        const len2 = dx * dx + dy * dy;
        for (let py = y0; py <= y1; py++) {
          for (let px = x0; px <= x1; px++) {
            const cx = (px + 0.5) / pxPerMm;
            const cy = (py + 0.5) / pxPerMm;
            const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((cx - a[0]) * dx + (cy - a[1]) * dy) / len2));
            if (Math.hypot(cx - (a[0] + t * dx), cy - (a[1] + t * dy)) <= halfMm) mask[py * w + px] = 1;
          }
        }
      }
    }
  }
  return mask;
}

function mean(v: number[]): number {
  return v.reduce((s, x) => s + x, 0) / v.length;
}

function sd(v: number[], m: number): number {
  return Math.sqrt(v.reduce((s, x) => s + (x - m) ** 2, 0) / v.length);
}

export function correlation(a: number[], b: number[]): number {
  const ma = mean(a);
  const mb = mean(b);
  let cov = 0;
  let va = 0;
  let vb = 0;
  for (let i = 0; i < a.length; i++) {
    cov += (a[i] - ma) * (b[i] - mb);
    va += (a[i] - ma) ** 2;
    vb += (b[i] - mb) ** 2;
  }
  return cov / Math.sqrt(va * vb);
}

/** Canvas (a) against paper (b), both w pixels wide, over `r`, leaving out masked pixels. */
export function compareRegion(a: Float64Array, b: Float64Array, w: number, r: Region, mask?: Uint8Array): RegionFigures {
  const va: number[] = [];
  const vb: number[] = [];
  for (let y = r.y; y < r.y + r.h; y++) {
    for (let x = r.x; x < r.x + r.w; x++) {
      const i = y * w + x;
      if (mask?.[i]) continue;
      va.push(a[i]);
      vb.push(b[i]);
    }
  }
  if (va.length === 0) return { correlation: 'flat', ink: { canvas: 0, paper: 0 }, sd: { canvas: 0, paper: 0 } };
  const [ma, mb] = [mean(va), mean(vb)];
  const s = { canvas: sd(va, ma), paper: sd(vb, mb) };
  const ink = { canvas: 255 - ma, paper: 255 - mb };
  if (s.canvas < 3 && s.paper < 3) return { correlation: 'flat', ink, sd: s };
  return { correlation: correlation(va, vb), ink, sd: s };
}
