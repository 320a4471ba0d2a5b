/**
 * Which edges of a panel are cut and which are folds, and how far art may run past them.
 *
 * Art that reaches a cut edge must run on into the bleed (the knife wanders a little); art
 * must never run over a fold onto the next panel. Both follow from the die: a piece of a
 * panel's outline that lies on a cut contour is a cut edge, on a fold line a fold edge, and
 * on neither (the jar label's join with its overlap strip) an inner join. Pages without a
 * die (a square-cornered card) are cut on the guillotine along the trim box.
 */
import type { Dieline, PathCommand } from '../scene';
import { flattenPath, rectPath, type Point } from './geometry';
import type { PanelEdge, Rect } from './types';

/** a piece of outline closer than this to a die line lies on it */
const ON_LINE_MM = 0.05;
/** a cut edge and its neighbour meeting this far out are joined with a step, not a spike */
const MITER_LIMIT = 3;

type Seg = [Point, Point];

function segmentsOf(paths: PathCommand[][]): Seg[] {
  const out: Seg[] = [];
  for (const path of paths) {
    for (const line of flattenPath(path)) {
      const pts = line.points;
      for (let i = 1; i < pts.length; i++) out.push([pts[i - 1], pts[i]]);
      if (line.closed && pts.length > 2) out.push([pts[pts.length - 1], pts[0]]);
    }
  }
  return out;
}

/** Distance from p to segment ab, and the parameter of the nearest point along ab. */
export function pointToSegment(p: Point, a: Point, b: Point): { dist: number; t: number } {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return { dist: Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy)), t };
}

/** Whether p may lie within ON_LINE_MM of segment ab: inside its box grown by that much (a cheap test before measuring). */
function nearBox(p: Point, a: Point, b: Point): boolean {
  return (
    p[0] >= Math.min(a[0], b[0]) - ON_LINE_MM && p[0] <= Math.max(a[0], b[0]) + ON_LINE_MM &&
    p[1] >= Math.min(a[1], b[1]) - ON_LINE_MM && p[1] <= Math.max(a[1], b[1]) + ON_LINE_MM
  );
}

function nearAny(p: Point, segs: Seg[]): boolean {
  return segs.some(([a, b]) => nearBox(p, a, b) && pointToSegment(p, a, b).dist <= ON_LINE_MM);
}

interface DieSegments {
  cuts: Seg[];
  folds: Seg[];
  vertices: Point[];
}

const flattenedDies = new WeakMap<Dieline, DieSegments>();

/** A die's lines as straight pieces, flattened once per die: every panel of the page is classified against the same die. */
function dieSegments(die: Dieline): DieSegments {
  let d = flattenedDies.get(die);
  if (!d) {
    const cuts = segmentsOf(die.cut);
    const folds = segmentsOf(die.fold);
    d = { cuts, folds, vertices: [...cuts, ...folds].flatMap(([a, b]) => [a, b]) };
    flattenedDies.set(die, d);
  }
  return d;
}

/**
 * The outline as straight pieces (curves flattened), split wherever a die line's vertex sits
 * on it (so a side that is part fold and part cut, like a tuck-end side's corner notch, gives
 * two pieces), each marked by what it lies on.
 */
export function classifyEdges(outline: PathCommand[], die: Dieline): PanelEdge[] {
  const { cuts, folds, vertices: dieVertices } = dieSegments(die);
  const ring = flattenPath(outline)[0]?.points ?? [];
  // only the die's vertices near this panel can split its outline
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs) - ON_LINE_MM, Math.max(...xs) + ON_LINE_MM, Math.min(...ys) - ON_LINE_MM, Math.max(...ys) + ON_LINE_MM];
  const vertices = dieVertices.filter((v) => v[0] >= minX && v[0] <= maxX && v[1] >= minY && v[1] <= maxY);
  const out: PanelEdge[] = [];
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % ring.length];
    if (Math.hypot(b[0] - a[0], b[1] - a[1]) < 1e-9) continue;
    const ts: number[] = [];
    for (const v of vertices) {
      if (!nearBox(v, a, b)) continue;
      const s = pointToSegment(v, a, b);
      if (s.dist <= ON_LINE_MM && s.t > 1e-6 && s.t < 1 - 1e-6) ts.push(s.t);
    }
    ts.sort((x, y) => x - y);
    const stops = [0, ...ts, 1];
    for (let j = 1; j < stops.length; j++) {
      if (stops[j] - stops[j - 1] < 1e-9) continue;
      const p = (t: number): Point => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
      const from = p(stops[j - 1]);
      const to = p(stops[j]);
      const mid = p((stops[j - 1] + stops[j]) / 2);
      const kind = nearAny(mid, cuts) ? 'cut' : nearAny(mid, folds) ? 'fold' : 'join';
      out.push({ from, to, kind });
    }
  }
  return out;
}

function signedArea(edges: PanelEdge[]): number {
  let s = 0;
  for (const e of edges) s += e.from[0] * e.to[1] - e.to[0] * e.from[1];
  return s / 2;
}

function intersect(p1: Point, d1: Point, p2: Point, d2: Point): Point | undefined {
  const den = d1[0] * d2[1] - d1[1] * d2[0];
  if (Math.abs(den) < 1e-9) return undefined;
  const t = ((p2[0] - p1[0]) * d2[1] - (p2[1] - p1[1]) * d2[0]) / den;
  return [p1[0] + d1[0] * t, p1[1] + d1[1] * t];
}

/** The grown outline's corners, and for each side (point j to j + 1) whether it is a moved cut edge. */
interface BleedRing {
  points: Point[];
  /** side j runs along a cut edge moved out (or steps between two of them), not along a fold */
  cut: boolean[];
}

/**
 * The outline grown by `bleedMm` across its cut edges only: fold edges and joins stay where
 * they are, so the grown outline never reaches over a fold. Each piece moves out along its
 * normal; neighbours meet where their moved lines cross, or with a short step where they are
 * (nearly) parallel or would meet in a long spike.
 */
function bleedRing(edges: PanelEdge[], bleedMm: number): BleedRing {
  // y down: a positive shoelace sum runs clockwise on screen, with the outside on the left
  const cw = signedArea(edges) > 0;
  const lines = edges.map((e) => {
    const dx = e.to[0] - e.from[0];
    const dy = e.to[1] - e.from[1];
    const len = Math.hypot(dx, dy);
    const n: Point = cw ? [dy / len, -dx / len] : [-dy / len, dx / len];
    const d = e.kind === 'cut' ? bleedMm : 0;
    return { from: [e.from[0] + n[0] * d, e.from[1] + n[1] * d] as Point, to: [e.to[0] + n[0] * d, e.to[1] + n[1] * d] as Point, dir: [dx / len, dy / len] as Point, d };
  });
  const points: Point[] = [];
  const cut: boolean[] = [];
  for (let i = 0; i < lines.length; i++) {
    const prev = lines[(i + lines.length - 1) % lines.length];
    const cur = lines[i];
    const corner = edges[i].from;
    // the side that ends at this corner runs along the previous edge
    if (points.length > 0) cut.push(prev.d > 0);
    if (prev.d === 0 && cur.d === 0) {
      points.push(corner);
      continue;
    }
    const x = intersect(prev.from, prev.dir, cur.from, cur.dir);
    if (x && Math.hypot(x[0] - corner[0], x[1] - corner[1]) <= MITER_LIMIT * Math.max(prev.d, cur.d)) points.push(x);
    else {
      points.push(prev.to, cur.from);
      cut.push(prev.d > 0 && cur.d > 0);
    }
  }
  // the closing side runs along the last edge
  cut.push(lines[lines.length - 1].d > 0);
  return { points, cut };
}

export function bleedOutline(edges: PanelEdge[], bleedMm: number): PathCommand[] {
  if (edges.length === 0) return [];
  const [first, ...rest] = bleedRing(edges, bleedMm).points;
  return [['M', first[0], first[1]], ...rest.map((p): PathCommand => ['L', p[0], p[1]]), ['Z']];
}

/**
 * a press's bleed check looks for ink up to 1.5 mm inside the trim box's sides; half a
 * millimetre more, because it reads whole pixels (at 100 dpi a row 1.52 mm in still counts, and
 * a pillow box's flap had 4 such pixels whose bleed line was 1.52 mm in, without a strip)
 */
const SHEET_EDGE_MM = 2;

/** The same ring turned so its shoelace sum is positive: rings of one clip then add up (nonzero = union). */
export function positiveRing(d: PathCommand[]): PathCommand[] {
  const pts = flattenPath(d)[0]?.points ?? [];
  if (pts.length < 3) return [];
  let s = 0;
  for (let i = 0; i < pts.length; i++) s += pts[i][0] * pts[(i + 1) % pts.length][1] - pts[(i + 1) % pts.length][0] * pts[i][1];
  const ring = s < 0 ? [...pts].reverse() : pts;
  return [['M', ring[0][0], ring[0][1]], ...ring.slice(1).map((p): PathCommand => ['L', p[0], p[1]]), ['Z']];
}

/**
 * Where a cut edge's bleed line comes within SHEET_EDGE_MM of a side of the sheet (the trim
 * box), the strip from that bleed line straight out to the bleed box edge. A curved cut that
 * meets the sheet's edge (a pillow box's end flap) would otherwise end its bleed in a ring
 * that crosses the sheet edge, and the art there would stop at the trim. Each strip starts at
 * the bleed line, beyond the panel's own cut, and runs away from the panel: it never reaches
 * back over a fold. The strips stand on the grown outline's joined sides, so those of a
 * flattened curve share their ends: built on each piece's own moved ends they left wedge gaps
 * (0.3 mm at a pillow box's flap) where the ink stopped at the trim.
 */
function sheetEdgeStrips(ring: BleedRing, sheet: { width: number; height: number }, bleedMm: number): PathCommand[][] {
  const e0 = SHEET_EDGE_MM;
  // depth below the sheet side and the point carried straight out to the bleed box edge
  const sides: { depth: (p: Point) => number; out: (p: Point) => Point }[] = [
    { depth: (p) => p[1], out: (p) => [p[0], -bleedMm] },
    { depth: (p) => sheet.height - p[1], out: (p) => [p[0], sheet.height + bleedMm] },
    { depth: (p) => p[0], out: (p) => [-bleedMm, p[1]] },
    { depth: (p) => sheet.width - p[0], out: (p) => [sheet.width + bleedMm, p[1]] },
  ];
  const out: PathCommand[][] = [];
  const n = ring.points.length;
  for (let j = 0; j < n; j++) {
    if (!ring.cut[j]) continue;
    // the moved cut edge as the grown outline has it: joined to its neighbours, so the strips
    // of a flattened curve meet without the wedge gaps each piece's own moved ends would leave
    const a = ring.points[j];
    const b = ring.points[(j + 1) % n];
    for (const side of sides) {
      const [da, db] = [side.depth(a), side.depth(b)];
      if (da > e0 && db > e0) continue;
      const at = (t: number): Point => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
      const p = at(da <= e0 ? 0 : (da - e0) / (da - db));
      const q = at(db <= e0 ? 1 : (da - e0) / (da - db));
      if (Math.hypot(q[0] - p[0], q[1] - p[1]) < 1e-6 || Math.max(side.depth(p), side.depth(q)) <= -bleedMm + 1e-6) continue;
      out.push(polygonPath([p, q, side.out(q), side.out(p)]));
    }
  }
  return out;
}

function polygonPath(pts: Point[]): PathCommand[] {
  return [['M', pts[0][0], pts[0][1]], ...pts.slice(1).map((p): PathCommand => ['L', p[0], p[1]]), ['Z']];
}

/**
 * How far art on a panel may run, as one or more rings (nonzero union). A panel that is a
 * whole piece (cut all round: a label, a card, a sticker, a tag) may fill its bleed box,
 * because everything outside its cut is waste and no neighbour lies there. A panel of a net
 * keeps to its outline grown across its cut edges only, plus strips out to the bleed box
 * where that grown outline meets the sheet's edge.
 */
export function panelBleedOutline(edges: PanelEdge[], bounds: Rect, bleedMm: number, sheet: { width: number; height: number }): PathCommand[] {
  if (edges.length > 0 && edges.every((e) => e.kind === 'cut')) {
    return rectPath(bounds.x - bleedMm, bounds.y - bleedMm, bounds.width + 2 * bleedMm, bounds.height + 2 * bleedMm);
  }
  const ring = bleedOutline(edges, bleedMm);
  if (!edges.some((e) => e.kind === 'cut')) return ring;
  return [ring, ...sheetEdgeStrips(bleedRing(edges, bleedMm), sheet, bleedMm)].flatMap(positiveRing);
}

/** The die a page is cut with: its die line, or the guillotine's trim rectangle. */
export function pageDie(dielines: Record<string, Dieline>, page: string, width: number, height: number): Dieline {
  const die = dielines[page];
  if (die && die.cut.length > 0) return die;
  return { cut: [rectPath(0, 0, width, height)], fold: die?.fold ?? [] };
}
