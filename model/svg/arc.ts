/**
 * Elliptical arcs to cubic béziers. The scene (and PDF) only knows M/L/C/Z, so SVG's "A"
 * command is converted with the endpoint-to-centre method of SVG 1.1 appendix F.6.5/F.6.6
 * and then split into pieces of at most 90°, each a cubic with handle length 4/3·tan(θ/4)
 * (error below 0.03% of the radius for a quarter circle).
 */
import type { PathCommand } from '../scene';

/** Signed angle from vector u to vector v, radians (atan2 stays precise near 0 and ±π). */
function angleBetween(ux: number, uy: number, vx: number, vy: number): number {
  return Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
}

/**
 * Cubic (or line) commands drawing the arc from (x1,y1) to (x2,y2). Follows the SVG rules
 * for out-of-range parameters: identical endpoints draw nothing, a zero radius draws a line,
 * radii too small to reach the endpoint are scaled up.
 */
export function arcToCubics(
  x1: number,
  y1: number,
  rxIn: number,
  ryIn: number,
  rotationDeg: number,
  largeArc: boolean,
  sweep: boolean,
  x2: number,
  y2: number,
): PathCommand[] {
  if (x1 === x2 && y1 === y2) return [];
  let rx = Math.abs(rxIn);
  let ry = Math.abs(ryIn);
  if (rx === 0 || ry === 0) return [['L', x2, y2]];
  const phi = ((rotationDeg % 360) * Math.PI) / 180;
  const cos = Math.cos(phi);
  const sin = Math.sin(phi);
  const dx = (x1 - x2) / 2;
  const dy = (y1 - y2) / 2;
  const x1p = cos * dx + sin * dy;
  const y1p = -sin * dx + cos * dy;
  const lambda = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry);
  if (lambda > 1) {
    const s = Math.sqrt(lambda);
    rx *= s;
    ry *= s;
  }
  const num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
  const den = rx * rx * y1p * y1p + ry * ry * x1p * x1p;
  // a ratio within rounding noise of 0 means the endpoints are diametral: centre on the chord
  const ratio = num / den;
  let coef = ratio > 1e-12 ? Math.sqrt(ratio) : 0;
  if (largeArc === sweep) coef = -coef;
  const cxp = (coef * rx * y1p) / ry;
  const cyp = (-coef * ry * x1p) / rx;
  const cx = cos * cxp - sin * cyp + (x1 + x2) / 2;
  const cy = sin * cxp + cos * cyp + (y1 + y2) / 2;
  const ux = (x1p - cxp) / rx;
  const uy = (y1p - cyp) / ry;
  const vx = (-x1p - cxp) / rx;
  const vy = (-y1p - cyp) / ry;
  const theta1 = angleBetween(1, 0, ux, uy);
  let delta = angleBetween(ux, uy, vx, vy);
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  else if (sweep && delta < 0) delta += 2 * Math.PI;

  const segments = Math.max(1, Math.ceil(Math.abs(delta) / (Math.PI / 2) - 1e-9));
  const step = delta / segments;
  const alpha = (4 / 3) * Math.tan(step / 4);
  // unit circle point -> user space: scale by radii, rotate by phi, move to the centre
  const map = (px: number, py: number): [number, number] => [
    cx + rx * cos * px - ry * sin * py,
    cy + rx * sin * px + ry * cos * py,
  ];
  const out: PathCommand[] = [];
  let t = theta1;
  for (let i = 0; i < segments; i++) {
    const t2 = t + step;
    const c1 = map(Math.cos(t) - alpha * Math.sin(t), Math.sin(t) + alpha * Math.cos(t));
    const c2 = map(Math.cos(t2) + alpha * Math.sin(t2), Math.sin(t2) - alpha * Math.cos(t2));
    const end: [number, number] = i === segments - 1 ? [x2, y2] : map(Math.cos(t2), Math.sin(t2));
    out.push(['C', c1[0], c1[1], c2[0], c2[1], end[0], end[1]]);
    t = t2;
  }
  return out;
}
