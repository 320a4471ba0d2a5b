/**
 * What an element actually paints, measured on a grid of sample points over its box: for each
 * point, the fill painted last there (later nodes cover earlier ones; clips respected). Used by the
 * rules that care about painted area rather than boxes (a spot plate flooding an element).
 * Strokes are ignored (lines do not flood), images count as opaque process colour.
 */
import { applyToPoint, elementMatrix } from '../design/geometry';
import type { Transform } from '../design/schema';
import type { Matrix, PathCommand, PrintColor, SceneNode } from '../scene';
import { flattenPath } from '../templates/geometry';

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

/** The top-most paint at a page point: a print colour, 'image', or undefined (paper). */
export type Paint = PrintColor | 'image' | undefined;

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/**
 * What a node list paints, in paint order and in the list's own coordinates: a filled shape, or
 * a group (its transform, clip and children). A motif's art is one node list shared by every
 * copy placed, so its items are made once (per list) and each copy only maps the sample point
 * into the art's coordinates; bounds at every level let a point skip whole groups it is not in.
 */
type Item = (Leaf | GroupItem) & Box;

interface Leaf {
  kind: 'leaf';
  paint: Exclude<Paint, undefined>;
  test: (x: number, y: number) => boolean;
}

interface GroupItem {
  kind: 'group';
  /** parent -> child coordinates; undefined for a group without a transform */
  inverse?: Matrix;
  /** in the child coordinates */
  clip?: PathCommand[];
  children: ListItems;
}

interface ListItems extends Box {
  items: Item[];
}

const listItems = new WeakMap<readonly SceneNode[], ListItems>();

/** Bounds of the node-space rectangle under m (the four corners mapped, no objects made). */
function mappedBox(m: Matrix, b: Box): Box {
  const ax = m[0] * b.minX, bx = m[0] * b.maxX, cx = m[2] * b.minY, dx = m[2] * b.maxY;
  const ay = m[1] * b.minX, by = m[1] * b.maxX, cy = m[3] * b.minY, dy = m[3] * b.maxY;
  return {
    minX: Math.min(ax, bx) + Math.min(cx, dx) + m[4],
    maxX: Math.max(ax, bx) + Math.max(cx, dx) + m[4],
    minY: Math.min(ay, by) + Math.min(cy, dy) + m[5],
    maxY: Math.max(ay, by) + Math.max(cy, dy) + m[5],
  };
}

function itemsOf(nodes: readonly SceneNode[]): ListItems {
  let list = listItems.get(nodes);
  if (list) return list;
  const items: Item[] = [];
  for (const n of nodes) {
    const item = itemOf(n);
    if (item) items.push(item);
  }
  list = { items, minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const it of items) {
    list.minX = Math.min(list.minX, it.minX);
    list.minY = Math.min(list.minY, it.minY);
    list.maxX = Math.max(list.maxX, it.maxX);
    list.maxY = Math.max(list.maxY, it.maxY);
  }
  listItems.set(nodes, list);
  return list;
}

function itemOf(n: SceneNode): Item | undefined {
  if (n.opacity !== undefined && n.opacity <= 0) return undefined;
  if (n.type === 'group') {
    const children = itemsOf(n.children);
    if (children.items.length === 0) return undefined;
    const clip = n.clip && n.clip.length > 0 ? n.clip : undefined;
    if (!n.transform) return { kind: 'group', clip, children, minX: children.minX, minY: children.minY, maxX: children.maxX, maxY: children.maxY };
    const inverse = invert(n.transform);
    // a group squashed flat paints nothing
    if (!inverse) return undefined;
    return { kind: 'group', inverse, clip, children, ...mappedBox(n.transform, children) };
  }
  if (n.type === 'image') {
    return { kind: 'leaf', paint: 'image', test: (x, y) => x >= n.x && x <= n.x + n.width && y >= n.y && y <= n.y + n.height, minX: n.x, minY: n.y, maxX: n.x + n.width, maxY: n.y + n.height };
  }
  if (n.type === 'path' && n.fill && !n.overprint && n.d.length > 0) {
    const f = flat(n.d);
    if (f.rings.length === 0) return undefined;
    const rule = n.fillRule ?? 'nonzero';
    return { kind: 'leaf', paint: n.fill, test: (x, y) => insidePath(n.d, x, y, rule), minX: f.minX, minY: f.minY, maxX: f.maxX, maxY: f.maxY };
  }
  // text, strokes only, overprinting inks: not counted
  return undefined;
}

function paintAt(items: readonly Item[], x: number, y: number): Paint {
  // top-most first: the first hit is what shows
  for (let i = items.length - 1; i >= 0; i--) {
    const it = items[i];
    if (x < it.minX || x > it.maxX || y < it.minY || y > it.maxY) continue;
    if (it.kind === 'leaf') {
      if (it.test(x, y)) return it.paint;
      continue;
    }
    const m = it.inverse;
    const cx = m ? m[0] * x + m[2] * y + m[4] : x;
    const cy = m ? m[1] * x + m[3] * y + m[5] : y;
    if (it.clip && !insidePath(it.clip, cx, cy)) continue;
    const hit = paintAt(it.children.items, cx, cy);
    if (hit !== undefined) return hit;
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
  const { items } = itemsOf(nodes);
  const m = elementMatrix(box);
  for (let j = 0; j < grid; j++) {
    for (let i = 0; i < grid; i++) {
      const p = applyToPoint(m, ((i + 0.5) / grid) * box.width, ((j + 0.5) / grid) * box.height);
      yield paintAt(items, p.x, p.y);
    }
  }
}
