/**
 * SVG basic shapes as scene paths (user units). Circles and ellipses use four cubic quarter
 * arcs with the usual handle factor κ = 4/3·(√2 − 1) ≈ 0.5523 (radial error about 0.027%).
 */
import type { PathCommand } from '../scene';

export const KAPPA = (4 / 3) * (Math.SQRT2 - 1);

export function ellipsePath(cx: number, cy: number, rx: number, ry: number): PathCommand[] {
  if (!(rx > 0) || !(ry > 0)) return [];
  const kx = rx * KAPPA;
  const ky = ry * KAPPA;
  // start at 3 o'clock and go clockwise on screen (y down), like browsers do
  return [
    ['M', cx + rx, cy],
    ['C', cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry],
    ['C', cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy],
    ['C', cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry],
    ['C', cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy],
    ['Z'],
  ];
}

/**
 * A rectangle, with rounded corners when rx/ry are given. SVG rules: a missing radius takes
 * the other's value; radii are clamped to half the width/height.
 */
export function rectPath(x: number, y: number, w: number, h: number, rxIn: number | null, ryIn: number | null): PathCommand[] {
  if (!(w > 0) || !(h > 0)) return [];
  let rx = rxIn !== null && rxIn > 0 ? rxIn : null;
  let ry = ryIn !== null && ryIn > 0 ? ryIn : null;
  if (rx === null) rx = ry;
  if (ry === null) ry = rx;
  if (rx === null || ry === null) {
    return [['M', x, y], ['L', x + w, y], ['L', x + w, y + h], ['L', x, y + h], ['Z']];
  }
  rx = Math.min(rx, w / 2);
  ry = Math.min(ry, h / 2);
  const kx = rx * KAPPA;
  const ky = ry * KAPPA;
  const r = x + w;
  const b = y + h;
  return [
    ['M', x + rx, y],
    ['L', r - rx, y],
    ['C', r - rx + kx, y, r, y + ry - ky, r, y + ry],
    ['L', r, b - ry],
    ['C', r, b - ry + ky, r - rx + kx, b, r - rx, b],
    ['L', x + rx, b],
    ['C', x + rx - kx, b, x, b - ry + ky, x, b - ry],
    ['L', x, y + ry],
    ['C', x, y + ry - ky, x + rx - kx, y, x + rx, y],
    ['Z'],
  ];
}

export function linePath(x1: number, y1: number, x2: number, y2: number): PathCommand[] {
  return [['M', x1, y1], ['L', x2, y2]];
}

/** polyline / polygon from a flat coordinate list (an odd trailing number is ignored). */
export function polyPath(coords: number[], close: boolean): PathCommand[] {
  if (coords.length < 4) return [];
  const out: PathCommand[] = [['M', coords[0], coords[1]]];
  for (let i = 2; i + 1 < coords.length; i += 2) out.push(['L', coords[i], coords[i + 1]]);
  if (close) out.push(['Z']);
  return out;
}

/** Bounding box of the control polygon (contains the curve; exact for lines). */
export function controlBounds(paths: PathCommand[][]): { x: number; y: number; width: number; height: number } | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const d of paths) {
    for (const cmd of d) {
      for (let i = 1; i + 1 < cmd.length; i += 2) {
        const px = cmd[i] as number;
        const py = cmd[i + 1] as number;
        if (px < minX) minX = px;
        if (px > maxX) maxX = px;
        if (py < minY) minY = py;
        if (py > maxY) maxY = py;
      }
    }
  }
  return minX <= maxX ? { x: minX, y: minY, width: maxX - minX, height: maxY - minY } : null;
}
