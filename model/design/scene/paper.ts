/**
 * Art stays on the paper it prints on. A die-cut page's paper is its pieces: every panel grown
 * by its bleed outline (across cut edges only, out to the bleed box where a cut meets the sheet's
 * edge; whole pieces fill their bleed box). Everything else on the sheet is waste, thrown away
 * after die-cutting.
 *
 * Why it matters: a background drawn as a rectangle over a panel whose cut is curved (a pillow
 * box's lens-shaped end flaps, whose cut touches the sheet's edge only at its apex) left ink in
 * the waste corners beside the curve, right up to the trim box and with nothing beyond it. A
 * press's bleed check reads that as art stopping at the trim (check-bleed: 15 % of the top and
 * bottom sides of a pillow box), and the proof showed ink where no paper is. So an element
 * whose box reaches off the paper is clipped to it, in the scene, and the canvas, the proof,
 * the PDF and the check all see the same cut-out art. Elements wholly on the paper (nearly all)
 * are left as they are.
 */
import type { Matrix, PathCommand, SceneNode } from '../../scene';
import { flattenPath, type Point } from '../../templates/geometry';
import { positiveRing } from '../../templates/panel-edges';
import type { TemplateResult } from '../../templates/types';

/** the box's outline is tested at points this far apart (narrower than any notch of a die) */
const STEP_MM = 0.5;
/** a point this close to the paper's edge counts as on it (art ending exactly on a cut) */
const EDGE_EPS_MM = 1e-6;

/** height of the horizontal strips the paper's edges are filed under, so a point meets only the few edges at its height */
const STRIP_MM = 2;

/** An axis-aligned rectangle among the rings (most panels): a box inside one is on the paper without sampling its outline. */
interface RectangleRing {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface Paper {
  /** every panel's bleed outline as positive rings: their nonzero union is the paper */
  clip: PathCommand[];
  rings: Point[][];
  rectangles: RectangleRing[];
  /** the rings' edges [a, b] filed by strip of height STRIP_MM (from `firstStrip`), each under every strip its y-range, grown by EDGE_EPS_MM, touches */
  strips: [Point, Point][][];
  firstStrip: number;
}

/**
 * Only an edge whose height range holds the point's (within EDGE_EPS_MM) can have the point
 * on it or cross the point's horizontal ray, so every other edge adds nothing to the test:
 * filing edges by height strip lets a test look at a handful of edges instead of every edge
 * of every panel (300 elements sampled every half millimetre took ~300 ms per scene), with the
 * same answer.
 */
function stripsOf(rings: Point[][]): { strips: [Point, Point][][]; firstStrip: number } {
  const edges: [Point, Point][] = rings.flatMap((ring) => ring.map((a, i): [Point, Point] => [a, ring[(i + 1) % ring.length]]));
  if (edges.length === 0) return { strips: [], firstStrip: 0 };
  const span = (e: [Point, Point]) => [Math.floor((Math.min(e[0][1], e[1][1]) - EDGE_EPS_MM) / STRIP_MM), Math.floor((Math.max(e[0][1], e[1][1]) + EDGE_EPS_MM) / STRIP_MM)];
  const firstStrip = Math.min(...edges.map((e) => span(e)[0]));
  const strips: [Point, Point][][] = [];
  for (const e of edges) {
    const [lo, hi] = span(e);
    for (let k = lo; k <= hi; k++) (strips[k - firstStrip] ??= []).push(e);
  }
  return { strips, firstStrip };
}

const cache = new WeakMap<TemplateResult, Map<string, Paper | undefined>>();

/** The paper of a page (a guillotined piece's die is its trim rectangle: its paper is its bleed box), or undefined for a page without panels or die. */
export function paperOf(template: TemplateResult, page: string): Paper | undefined {
  let byPage = cache.get(template);
  if (!byPage) cache.set(template, (byPage = new Map()));
  if (byPage.has(page)) return byPage.get(page);
  let paper: Paper | undefined;
  const die = template.dielines[page];
  const panels = template.panels.filter((p) => p.page === page);
  if (die && die.cut.length > 0 && panels.length > 0) {
    const clip: PathCommand[] = [];
    const rings: Point[][] = [];
    for (const p of panels) {
      for (const line of flattenPath(p.bleedOutline)) {
        const ring = positiveRing([['M', line.points[0][0], line.points[0][1]], ...line.points.slice(1).map((q): PathCommand => ['L', q[0], q[1]]), ['Z']]);
        if (ring.length === 0) continue;
        clip.push(...ring);
        rings.push(flattenPath(ring)[0].points);
      }
    }
    paper = { clip, rings, rectangles: rings.flatMap((r) => rectangleOf(r) ?? []), ...stripsOf(rings) };
  }
  byPage.set(page, paper);
  return paper;
}

function onSegment(p: Point, a: Point, b: Point): boolean {
  // most edges are far from the point: their bounding box says so without a square root
  if (p[0] < Math.min(a[0], b[0]) - EDGE_EPS_MM || p[0] > Math.max(a[0], b[0]) + EDGE_EPS_MM || p[1] < Math.min(a[1], b[1]) - EDGE_EPS_MM || p[1] > Math.max(a[1], b[1]) + EDGE_EPS_MM) return false;
  const cross = (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
  return Math.abs(cross) <= EDGE_EPS_MM * Math.max(1, Math.hypot(b[0] - a[0], b[1] - a[1]));
}

/** Whether p lies on the paper: inside (nonzero winding over all rings) or on a ring's edge. */
export function onPaper(p: Point, paper: Paper): boolean {
  const strip = paper.strips[Math.floor(p[1] / STRIP_MM) - paper.firstStrip];
  if (!strip) return false;
  let winding = 0;
  for (const [a, b] of strip) {
    if (onSegment(p, a, b)) return true;
    if (a[1] <= p[1]) {
      if (b[1] > p[1] && (b[0] - a[0]) * (p[1] - a[1]) - (p[0] - a[0]) * (b[1] - a[1]) > 0) winding++;
    } else if (b[1] <= p[1] && (b[0] - a[0]) * (p[1] - a[1]) - (p[0] - a[0]) * (b[1] - a[1]) < 0) winding--;
  }
  return winding !== 0;
}

/** The ring as a rectangle when it is one: four corners on its bounding box, every edge along an axis. */
function rectangleOf(points: Point[]): RectangleRing | undefined {
  const open = points.length > 1 && points[0][0] === points[points.length - 1][0] && points[0][1] === points[points.length - 1][1] ? points.slice(0, -1) : points;
  if (open.length !== 4) return undefined;
  const xs = open.map((p) => p[0]);
  const ys = open.map((p) => p[1]);
  const r = { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) };
  const cornered = open.every(([x, y]) => (x === r.minX || x === r.maxX) && (y === r.minY || y === r.maxY));
  const axisAligned = open.every((a, i) => a[0] === open[(i + 1) % 4][0] || a[1] === open[(i + 1) % 4][1]);
  return cornered && axisAligned ? r : undefined;
}

/** Whether the box (0..w, 0..h placed by m) lies on the paper all round its outline. */
export function boxOnPaper(w: number, h: number, m: Matrix, paper: Paper): boolean {
  const corners: Point[] = [[0, 0], [w, 0], [w, h], [0, h]].map(([x, y]) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]]);
  // inside one rectangular panel (most elements): its outline is on the paper, no sampling needed
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  if (paper.rectangles.some((r) => minX >= r.minX - EDGE_EPS_MM && maxX <= r.maxX + EDGE_EPS_MM && minY >= r.minY - EDGE_EPS_MM && maxY <= r.maxY + EDGE_EPS_MM)) return true;
  for (let i = 0; i < 4; i++) {
    const a = corners[i];
    const b = corners[(i + 1) % 4];
    const steps = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / STEP_MM));
    for (let s = 0; s < steps; s++) {
      const t = s / steps;
      if (!onPaper([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t], paper)) return false;
    }
  }
  return true;
}

/**
 * The element's node, clipped to the paper where its box (w x h under m) reaches off it. The
 * clip only takes away ink in the waste: the bleed the element was given lies on its panels'
 * bleed outlines, which are part of the paper.
 */
export function keepOnPaper(node: SceneNode, elementId: string, w: number, h: number, m: Matrix, template: TemplateResult, page: string): SceneNode {
  const paper = paperOf(template, page);
  if (!paper || boxOnPaper(w, h, m, paper)) return node;
  return { type: 'group', clip: paper.clip, children: [node], elementId };
}
