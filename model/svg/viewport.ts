/**
 * Fitting one box into another: SVG's viewBox + preserveAspectRatio, and placing a motif
 * into a rectangle in millimetres on a design.
 */
import type { Matrix } from '../scene';
import type { ViewBox } from './units';

export interface AspectRatio {
  /** 0 = min, 0.5 = mid, 1 = max; null = "none" (stretch) */
  alignX: number | null;
  alignY: number | null;
  slice: boolean;
}

const ALIGN: Record<string, number> = { Min: 0, Mid: 0.5, Max: 1 };

export function parseAspectRatio(text: string | undefined): AspectRatio {
  const m = /^\s*(?:defer\s+)?(none|x(Min|Mid|Max)Y(Min|Mid|Max))(?:\s+(meet|slice))?\s*$/.exec(text ?? '');
  if (!m) return { alignX: 0.5, alignY: 0.5, slice: false };
  if (m[1] === 'none') return { alignX: null, alignY: null, slice: false };
  return { alignX: ALIGN[m[2]], alignY: ALIGN[m[3]], slice: m[4] === 'slice' };
}

/** Matrix mapping viewBox coordinates into `target`, honouring preserveAspectRatio. */
export function viewBoxTransform(vb: ViewBox, target: ViewBox, par: AspectRatio): Matrix {
  let sx = target.width / vb.width;
  let sy = target.height / vb.height;
  let tx = target.x;
  let ty = target.y;
  if (par.alignX !== null && par.alignY !== null) {
    const s = par.slice ? Math.max(sx, sy) : Math.min(sx, sy);
    sx = sy = s;
    tx += (target.width - vb.width * s) * par.alignX;
    ty += (target.height - vb.height * s) * par.alignY;
  }
  return [sx, 0, 0, sy, tx - vb.x * sx, ty - vb.y * sy];
}

/**
 * Place a motif (its viewBox) into a rectangle on the page in mm, as large as fits without
 * distortion and centred: the matrix for the GroupNode that holds svgToScene's nodes.
 */
export function fitMatrix(viewBox: ViewBox, targetRectMm: ViewBox): Matrix {
  return viewBoxTransform(viewBox, targetRectMm, { alignX: 0.5, alignY: 0.5, slice: false });
}
