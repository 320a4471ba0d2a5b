/**
 * The convex hull of what a scene node paints (path control points, image corners), in the
 * coordinates the node is placed in. An affine map keeps hulls hulls, so the bounds of a point set
 * under any transform are the bounds of its mapped hull: a motif's art, shared by every placed
 * copy, is reduced to its hull once, and each copy maps a few dozen points instead of every
 * point of every path (text-overlap.ts measures every motif against every text).
 */
import type { Matrix, PathCommand, SceneNode } from '../scene';
import type { Bounds } from './scene-walk';

/** hull vertices as flat [x0, y0, x1, y1, ...] */
type Hull = number[];

const hulls = new WeakMap<SceneNode, Hull>();

/** Hull of a node in its parent's coordinates (its own transform applied; clips ignored, as the text-overlap rule always did). */
export function paintedHull(node: SceneNode): Hull {
  let hull = hulls.get(node);
  if (!hull) hulls.set(node, (hull = measure(node)));
  return hull;
}

/** Bounds of the nodes' painted points under m, or undefined when they paint nothing. */
export function paintedHullBounds(nodes: readonly SceneNode[], m: Matrix = [1, 0, 0, 1, 0, 0]): Bounds | undefined {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const n of nodes) {
    const h = paintedHull(n);
    for (let i = 0; i < h.length; i += 2) {
      const x = m[0] * h[i] + m[2] * h[i + 1] + m[4];
      const y = m[1] * h[i] + m[3] * h[i + 1] + m[5];
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  }
  return minX <= maxX ? { minX, minY, maxX, maxY } : undefined;
}

function measure(node: SceneNode): Hull {
  const points: number[] = [];
  if (node.type === 'path') {
    if (node.fill || node.stroke) pushControlPoints(node.d, points);
  } else if (node.type === 'image') {
    points.push(node.x, node.y, node.x + node.width, node.y, node.x + node.width, node.y + node.height, node.x, node.y + node.height);
  } else if (node.type === 'group') {
    const m = node.transform;
    for (const child of node.children) {
      const h = paintedHull(child);
      for (let i = 0; i < h.length; i += 2) {
        if (m) points.push(m[0] * h[i] + m[2] * h[i + 1] + m[4], m[1] * h[i] + m[3] * h[i + 1] + m[5]);
        else points.push(h[i], h[i + 1]);
      }
    }
  }
  return convexHull(points);
}

function pushControlPoints(d: PathCommand[], out: number[]): void {
  for (const c of d) {
    if (c[0] === 'M' || c[0] === 'L') out.push(c[1], c[2]);
    else if (c[0] === 'C') out.push(c[1], c[2], c[3], c[4], c[5], c[6]);
  }
}

/** Andrew's monotone chain over flat points; collinear points dropped. */
export function convexHull(flat: number[]): Hull {
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
