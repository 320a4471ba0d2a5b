/** Affine helpers for element placement (mm, y down, rotation clockwise on screen). */
import type { Matrix, PathCommand } from '../scene';
import type { Transform } from './schema';
import type { Rect } from '../templates/types';

import { IDENTITY, multiply, transformPoint } from '../matrix';

export { IDENTITY, multiply };

export function translate(dx: number, dy: number): Matrix {
  return [1, 0, 0, 1, dx, dy];
}

export function scale(sx: number, sy: number): Matrix {
  return [sx, 0, 0, sy, 0, 0];
}

export function rotate(degrees: number): Matrix {
  const r = (degrees * Math.PI) / 180;
  // snap the common right angles so exported coordinates do not carry 6e-17 noise
  const cos = Math.abs(Math.cos(r)) < 1e-12 ? 0 : Math.cos(r);
  const sin = Math.abs(Math.sin(r)) < 1e-12 ? 0 : Math.sin(r);
  return [cos, sin, -sin, cos, 0, 0];
}

export function applyToPoint(m: Matrix, x: number, y: number): { x: number; y: number } {
  const [px, py] = transformPoint(m, x, y);
  return { x: px, y: py };
}

/**
 * Maps the element's own box (0..width, 0..height) onto the page: rotation and flips act
 * about the box centre, so an unrotated element's box sits exactly at (x, y).
 */
export function elementMatrix(t: Transform): Matrix {
  const cx = t.width / 2;
  const cy = t.height / 2;
  let m = translate(t.x + cx, t.y + cy);
  if (t.rotation) m = multiply(m, rotate(t.rotation));
  if (t.flipX || t.flipY) m = multiply(m, scale(t.flipX ? -1 : 1, t.flipY ? -1 : 1));
  return multiply(m, translate(-cx, -cy));
}

/** Axis-aligned page bounds of the element's (possibly rotated) box. */
export function elementBounds(t: Transform): Rect {
  const m = elementMatrix(t);
  const corners = [
    applyToPoint(m, 0, 0),
    applyToPoint(m, t.width, 0),
    applyToPoint(m, 0, t.height),
    applyToPoint(m, t.width, t.height),
  ];
  const xs = corners.map((p) => p.x);
  const ys = corners.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

export function rectPath(x: number, y: number, width: number, height: number): PathCommand[] {
  return [['M', x, y], ['L', x + width, y], ['L', x + width, y + height], ['L', x, y + height], ['Z']];
}

/** Ellipse from four cubic arcs (kappa = 4(sqrt2 - 1)/3, the usual circle fit). */
export function ellipsePath(x: number, y: number, width: number, height: number): PathCommand[] {
  const k = 0.5522847498;
  const rx = width / 2;
  const ry = height / 2;
  const cx = x + rx;
  const cy = y + ry;
  return [
    ['M', cx + rx, cy],
    ['C', cx + rx, cy + k * ry, cx + k * rx, cy + ry, cx, cy + ry],
    ['C', cx - k * rx, cy + ry, cx - rx, cy + k * ry, cx - rx, cy],
    ['C', cx - rx, cy - k * ry, cx - k * rx, cy - ry, cx, cy - ry],
    ['C', cx + k * rx, cy - ry, cx + rx, cy - k * ry, cx + rx, cy],
    ['Z'],
  ];
}
