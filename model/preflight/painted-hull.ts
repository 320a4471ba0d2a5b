/**
 * The convex hull of what a scene node paints (path control points, image corners), in the
 * coordinates the node is placed in. An affine map keeps hulls hulls, so the bounds of a point set
 * under any transform are the bounds of its mapped hull: a motif's art, shared by every placed
 * copy, is reduced to its hull once, and each copy maps a few dozen points instead of every
 * point of every path (text-overlap.ts measures every motif against every text).
 */
import { multiply } from '../matrix';
import type { Matrix, PathCommand, SceneNode } from '../scene';
import type { Bounds } from './scene-walk';

/** hull vertices as flat [x0, y0, x1, y1, ...] */
type Hull = number[];

const hulls = new WeakMap<readonly SceneNode[], Hull>();

/** Hull of what a node list paints, in the list's own coordinates (clips ignored, as the text-overlap rule always did); made once per list. */
export function listHull(nodes: readonly SceneNode[]): Hull {
  let hull = hulls.get(nodes);
  if (!hull) {
    const points: number[] = [];
    for (const n of nodes) pushPainted(n, [1, 0, 0, 1, 0, 0], points);
    hulls.set(nodes, (hull = convexHull(points)));
  }
  return hull;
}

/** The points a node paints under m: its own for a path or an image, its children's hull for a group. */
function pushPainted(n: SceneNode, m: Matrix, out: number[]): void {
  if (n.type === 'path') {
    if (n.fill || n.stroke) pushControlPoints(n.d, m, out);
  } else if (n.type === 'image') {
    pushControlPoints([['M', n.x, n.y], ['L', n.x + n.width, n.y], ['L', n.x + n.width, n.y + n.height], ['L', n.x, n.y + n.height]], m, out);
  } else if (n.type === 'group') {
    const h = listHull(n.children);
    const g = n.transform ? multiply(m, n.transform) : m;
    for (let i = 0; i < h.length; i += 2) out.push(g[0] * h[i] + g[2] * h[i + 1] + g[4], g[1] * h[i] + g[3] * h[i + 1] + g[5]);
  }
}

/** Bounds of the nodes' painted points under m, or undefined when they paint nothing. */
export function paintedHullBounds(nodes: readonly SceneNode[], m: Matrix = [1, 0, 0, 1, 0, 0]): Bounds | undefined {
  const points: number[] = [];
  for (const n of nodes) pushPainted(n, m, points);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < points.length; i += 2) {
    if (points[i] < minX) minX = points[i];
    if (points[i] > maxX) maxX = points[i];
    if (points[i + 1] < minY) minY = points[i + 1];
    if (points[i + 1] > maxY) maxY = points[i + 1];
  }
  return minX <= maxX ? { minX, minY, maxX, maxY } : undefined;
}

function pushControlPoints(d: PathCommand[], m: Matrix, out: number[]): void {
  const add = (x: number, y: number) => out.push(m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]);
  for (const c of d) {
    if (c[0] === 'M' || c[0] === 'L') add(c[1], c[2]);
    else if (c[0] === 'C') (add(c[1], c[2]), add(c[3], c[4]), add(c[5], c[6]));
  }
}

/**
 * Andrew's monotone chain over flat points; collinear points dropped. Points strictly inside the
 * quadrilateral of the four axis extremes cannot be on the hull and are dropped first (Akl and
 * Toussaint): a motif's thousands of points leave a few dozen to sort.
 */
export function convexHull(all: number[]): Hull {
  const flat = withoutInterior(all);
  const n = flat.length / 2;
  if (n <= 2) return flat.slice();
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => flat[2 * a] - flat[2 * b] || flat[2 * a + 1] - flat[2 * b + 1]);
  const cross = (o: number, a: number, b: number) =>
    (flat[2 * a] - flat[2 * o]) * (flat[2 * b + 1] - flat[2 * o + 1]) - (flat[2 * a + 1] - flat[2 * o + 1]) * (flat[2 * b] - flat[2 * o]);
  const lower: number[] = [];
  for (const i of order) {
    while (lower.length >= 2 && cross(lower[lower.length - 2], lower[lower.length - 1], i) <= 0) lower.pop();
    lower.push(i);
  }
  const upper: number[] = [];
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k];
    while (upper.length >= 2 && cross(upper[upper.length - 2], upper[upper.length - 1], i) <= 0) upper.pop();
    upper.push(i);
  }
  const ring = [...lower.slice(0, -1), ...upper.slice(0, -1)];
  // all points equal or collinear: the extremes still bound them
  const indices = ring.length > 0 ? ring : [order[0], order[order.length - 1]];
  return indices.flatMap((i) => [flat[2 * i], flat[2 * i + 1]]);
}

/** The points not strictly inside the quadrilateral spanned by the leftmost, topmost, rightmost and bottommost points. */
function withoutInterior(flat: number[]): number[] {
  const n = flat.length / 2;
  if (n < 16) return flat;
  let l = 0, r = 0, t = 0, b = 0;
  for (let i = 1; i < n; i++) {
    if (flat[2 * i] < flat[2 * l]) l = i;
    if (flat[2 * i] > flat[2 * r]) r = i;
    if (flat[2 * i + 1] < flat[2 * t]) t = i;
    if (flat[2 * i + 1] > flat[2 * b]) b = i;
  }
  // the quadrilateral l -> b -> r -> t (counter-clockwise in y-down coordinates is clockwise: test both signs alike)
  const quad = [l, b, r, t];
  const side = (o: number, a: number, px: number, py: number) => (flat[2 * a] - flat[2 * o]) * (py - flat[2 * o + 1]) - (flat[2 * a + 1] - flat[2 * o + 1]) * (px - flat[2 * o]);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = flat[2 * i];
    const y = flat[2 * i + 1];
    let pos = 0;
    let neg = 0;
    for (let k = 0; k < 4; k++) {
      const c = side(quad[k], quad[(k + 1) % 4], x, y);
      if (c > 0) pos++;
      else if (c < 0) neg++;
    }
    // strictly on one side of all four edges: inside; anything else may be on the hull
    if (!(pos === 4 || neg === 4)) out.push(x, y);
  }
  return out;
}

