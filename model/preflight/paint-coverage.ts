/**
 * What an element actually paints, measured on a grid of sample points over its box: for each
 * point, the fill painted last there (later nodes cover earlier ones; clips respected). Used by the
 * rules that care about painted area rather than boxes (a spot plate flooding an element).
 * Strokes are ignored (lines do not flood), images count as opaque process colour.
 */
import { applyToPoint, elementMatrix, multiply } from '../design/geometry';
import type { Transform } from '../design/schema';
import type { Matrix, PathCommand, PrintColor, SceneNode } from '../scene';
import { flattenPath, type Point } from '../templates/geometry';

/** One closed ring as flat coordinates with its bounds (a point outside them meets no edge of it). */
interface Ring {
  xy: Float64Array;
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

interface Flat {
  rings: Ring[];
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

const flatCache = new WeakMap<PathCommand[], Flat>();

function flat(d: PathCommand[]): Flat {
  let f = flatCache.get(d);
  if (f) return f;
  const rings: Ring[] = [];
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { points } of flattenPath(d, 8)) {
    if (points.length <= 2) continue;
    const xy = new Float64Array(points.length * 2);
    const r: Ring = { xy, minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
    points.forEach(([x, y], i) => {
      xy[2 * i] = x;
      xy[2 * i + 1] = y;
      if (x < r.minX) r.minX = x;
      if (x > r.maxX) r.maxX = x;
      if (y < r.minY) r.minY = y;
      if (y > r.maxY) r.maxY = y;
    });
    rings.push(r);
    minX = Math.min(minX, r.minX);
    minY = Math.min(minY, r.minY);
    maxX = Math.max(maxX, r.maxX);
    maxY = Math.max(maxY, r.maxY);
  }
  f = { rings, minX, minY, maxX, maxY };
  flatCache.set(d, f);
  return f;
}

/** Whether (x, y), in the path's coordinates, is inside the filled path (every subpath closed for filling). */
export function insidePath(d: PathCommand[], x: number, y: number, rule: 'nonzero' | 'evenodd' = 'nonzero'): boolean {
  const f = flat(d);
  if (f.rings.length === 0 || x < f.minX || x > f.maxX || y < f.minY || y > f.maxY) return false;
  let winding = 0;
  let crossings = 0;
  for (const ring of f.rings) {
    // a ray to +x crosses this ring only if y lies in its height and the ring reaches right of x
    if (y < ring.minY || y > ring.maxY || x > ring.maxX) continue;
    const xy = ring.xy;
    const n = xy.length;
    let x1 = xy[n - 2];
    let y1 = xy[n - 1];
    for (let i = 0; i < n; i += 2) {
      const x2 = xy[i];
      const y2 = xy[i + 1];
      if (y1 <= y !== y2 <= y) {
        const xc = x1 + ((y - y1) / (y2 - y1)) * (x2 - x1);
        if (xc > x) {
          crossings++;
          winding += y2 > y1 ? 1 : -1;
        }
      }
      x1 = x2;
      y1 = y2;
    }
  }
  return rule === 'evenodd' ? crossings % 2 === 1 : winding !== 0;
}

function invert(m: Matrix): Matrix | undefined {
  const det = m[0] * m[3] - m[1] * m[2];
  if (Math.abs(det) < 1e-12) return undefined;
  const a = m[3] / det;
  const b = -m[1] / det;
  const c = -m[2] / det;
  const d = m[0] / det;
  return [a, b, c, d, -(a * m[4] + c * m[5]), -(b * m[4] + d * m[5])];
}

interface Clip {
  d: PathCommand[];
  inverse: Matrix;
}

/** The top-most paint at a page point: a print colour, 'image', or undefined (paper). */
export type Paint = PrintColor | 'image' | undefined;

/** One filled shape in paint order, with what is needed to test page points against it quickly. */
interface Item {
  paint: Exclude<Paint, undefined>;
  /** page -> node coordinates */
  inverse: Matrix;
  test: (x: number, y: number) => boolean;
  clips: Clip[];
  /** page bounds */
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Page bounds of the node-space rectangle under m (the four corners mapped, no objects made: this runs for every path of every motif). */
function pageBounds(m: Matrix, minX: number, minY: number, maxX: number, maxY: number) {
  const ax = m[0] * minX, bx = m[0] * maxX, cx = m[2] * minY, dx = m[2] * maxY;
  const ay = m[1] * minX, by = m[1] * maxX, cy = m[3] * minY, dy = m[3] * maxY;
  return {
    minX: Math.min(ax, bx) + Math.min(cx, dx) + m[4],
    maxX: Math.max(ax, bx) + Math.max(cx, dx) + m[4],
    minY: Math.min(ay, by) + Math.min(cy, dy) + m[5],
    maxY: Math.max(ay, by) + Math.max(cy, dy) + m[5],
  };
}

function collect(nodes: readonly SceneNode[], matrix: Matrix, clips: Clip[], out: Item[]): void {
  // every leaf of this list shares the matrix: inverted once, when the first leaf needs it
  let inverse: Matrix | undefined | null = null;
  for (const n of nodes) {
    if (n.opacity !== undefined && n.opacity <= 0) continue;
    if (n.type === 'group') {
      const m = n.transform ? multiply(matrix, n.transform) : matrix;
      let inner = clips;
      if (n.clip && n.clip.length > 0) {
        const inv = invert(m);
        if (!inv) continue;
        inner = [...clips, { d: n.clip, inverse: inv }];
      }
      collect(n.children, m, inner, out);
      continue;
    }
    if (n.type === 'text') continue;
    if (inverse === null) inverse = invert(matrix);
    if (!inverse) continue;
    if (n.type === 'image') {
      const b = pageBounds(matrix, n.x, n.y, n.x + n.width, n.y + n.height);
      out.push({ paint: 'image', inverse, clips, ...b, test: (x, y) => x >= n.x && x <= n.x + n.width && y >= n.y && y <= n.y + n.height });
    } else if (n.fill && !n.overprint && n.d.length > 0) {
      const f = flat(n.d);
      if (f.rings.length === 0) continue;
      const rule = n.fillRule ?? 'nonzero';
      out.push({ paint: n.fill, inverse, clips, ...pageBounds(matrix, f.minX, f.minY, f.maxX, f.maxY), test: (x, y) => insidePath(n.d, x, y, rule) });
    }
  }
}

function paintAt(items: Item[], x: number, y: number): Paint {
  // top-most first: the first hit is what shows
  for (let i = items.length - 1; i >= 0; i--) {
    const it = items[i];
    if (x < it.minX || x > it.maxX || y < it.minY || y > it.maxY) continue;
    const p = applyToPoint(it.inverse, x, y);
    if (!it.test(p.x, p.y)) continue;
    if (it.clips.some((c) => {
      const q = applyToPoint(c.inverse, x, y);
      return !insidePath(c.d, q.x, q.y);
    })) continue;
    return it.paint;
  }
  return undefined;
}

/** Whether any filled node (at any depth) satisfies `pred` (a cheap test before sampling). */
export function anyFill(nodes: readonly SceneNode[], pred: (c: PrintColor) => boolean): boolean {
  return nodes.some((n) => (n.type === 'group' ? anyFill(n.children, pred) : n.type === 'path' && !!n.fill && !n.overprint && pred(n.fill)));
}

/**
 * Samples `grid` x `grid` points spread evenly over the element's box (its own rotated box, not
 * the page bounds) and returns the top-most paint of `nodes` (page coordinates) at each one.
 */
export function samplePaint(nodes: readonly SceneNode[], box: Transform, grid = 20): Paint[] {
  return [...paintSamples(nodes, box, grid)];
}

/** The same samples one at a time, row by row, so a caller can stop once its answer is settled. */
export function* paintSamples(nodes: readonly SceneNode[], box: Transform, grid = 20): Generator<Paint> {
  const items: Item[] = [];
  collect(nodes, [1, 0, 0, 1, 0, 0], [], items);
  const m = elementMatrix(box);
  for (let j = 0; j < grid; j++) {
    for (let i = 0; i < grid; i++) {
      const p = applyToPoint(m, ((i + 0.5) / grid) * box.width, ((j + 0.5) / grid) * box.height);
      yield paintAt(items, p.x, p.y);
    }
  }
}
