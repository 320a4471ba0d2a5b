/**
 * Independent geometry for the template tests: its own curve sampling, point-in-polygon and
 * distance-to-edge, so the checks do not lean on the code under test.
 */
import type { PathCommand } from '../../../../model/scene';

export type Pt = [number, number];

export function sample(path: PathCommand[], perCurve = 32): Pt[][] {
  const rings: Pt[][] = [];
  let ring: Pt[] = [];
  let p: Pt = [0, 0];
  for (const c of path) {
    if (c[0] === 'M') {
      if (ring.length) rings.push(ring);
      p = [c[1], c[2]];
      ring = [p];
    } else if (c[0] === 'L') {
      p = [c[1], c[2]];
      ring.push(p);
    } else if (c[0] === 'C') {
      const [x0, y0] = p;
      for (let i = 1; i <= perCurve; i++) {
        const t = i / perCurve;
        const u = 1 - t;
        // de Casteljau-free Bernstein form
        ring.push([
          u ** 3 * x0 + 3 * u * u * t * c[1] + 3 * u * t * t * c[3] + t ** 3 * c[5],
          u ** 3 * y0 + 3 * u * u * t * c[2] + 3 * u * t * t * c[4] + t ** 3 * c[6],
        ]);
      }
      p = [c[5], c[6]];
    }
  }
  if (ring.length) rings.push(ring);
  return rings;
}

export function insideRing(ring: Pt[], [x, y]: Pt): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function segDist([px, py]: Pt, [ax, ay]: Pt, [bx, by]: Pt): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

export function distToRing(ring: Pt[], p: Pt): number {
  let d = Infinity;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) d = Math.min(d, segDist(p, ring[j], ring[i]));
  return d;
}

/** inside, or on the edge within tol (curves are sampled, so edges are approximate) */
export function insideOrOn(ring: Pt[], p: Pt, tol = 0.05): boolean {
  return insideRing(ring, p) || distToRing(ring, p) <= tol;
}

export function boundsOf(paths: PathCommand[][]): { minX: number; minY: number; maxX: number; maxY: number } {
  const pts = paths.flatMap((p) => sample(p, 400).flat());
  return {
    minX: Math.min(...pts.map((q) => q[0])),
    minY: Math.min(...pts.map((q) => q[1])),
    maxX: Math.max(...pts.map((q) => q[0])),
    maxY: Math.max(...pts.map((q) => q[1])),
  };
}

export function isClosed(path: PathCommand[]): boolean {
  return path.length >= 3 && path[0][0] === 'M' && path[path.length - 1][0] === 'Z' && path.filter((c) => c[0] === 'M').length === 1;
}
