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

/** One ring of the paper with what makes testing against it cheap. */
interface PaperRing {
  points: Point[];
  /** bounding box [minX, minY, maxX, maxY]: a point outside it has winding 0 around this closed ring */
  box: [number, number, number, number];
  /** the ring is an axis-aligned rectangle (most panels): a box inside it is on the paper without sampling */
  rectangle: boolean;
}

export interface Paper {
  /** every panel's bleed outline as positive rings: their nonzero union is the paper */
  clip: PathCommand[];
  rings: PaperRing[];
}

function paperRing(points: Point[]): PaperRing {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const [x, y] of points) {
    minX = Math.min(minX, x); minY = Math.min(minY, y); maxX = Math.max(maxX, x); maxY = Math.max(maxY, y);
  }
  const open = points.length > 1 && points[0][0] === points[points.length - 1][0] && points[0][1] === points[points.length - 1][1] ? points.slice(0, -1) : points;
  const onBoxEdge = ([x, y]: Point) => (x === minX || x === maxX) && (y === minY || y === maxY);
  const rectangle = open.length === 4 && open.every(onBoxEdge) && open.every((a, i) => {
    const b = open[(i + 1) % 4];
    return a[0] === b[0] || a[1] === b[1];
  });
  return { points, box: [minX, minY, maxX, maxY], rectangle };
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
    const rings: PaperRing[] = [];
    for (const p of panels) {
      for (const line of flattenPath(p.bleedOutline)) {
        const ring = positiveRing([['M', line.points[0][0], line.points[0][1]], ...line.points.slice(1).map((q): PathCommand => ['L', q[0], q[1]]), ['Z']]);
        if (ring.length === 0) continue;
        clip.push(...ring);
        rings.push(paperRing(flattenPath(ring)[0].points));
      }
    }
    paper = { clip, rings };
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

/** Whether p is inside one ring (it winds round p) or on its edge. */
function inRing(p: Point, { points: ring, box }: PaperRing): boolean {
  if (p[0] < box[0] - EDGE_EPS_MM || p[0] > box[2] + EDGE_EPS_MM || p[1] < box[1] - EDGE_EPS_MM || p[1] > box[3] + EDGE_EPS_MM) return false;
  let winding = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % ring.length];
    if (onSegment(p, a, b)) return true;
    if (a[1] <= p[1]) {
      if (b[1] > p[1] && (b[0] - a[0]) * (p[1] - a[1]) - (p[0] - a[0]) * (b[1] - a[1]) > 0) winding++;
    } else if (b[1] <= p[1] && (b[0] - a[0]) * (p[1] - a[1]) - (p[0] - a[0]) * (b[1] - a[1]) < 0) winding--;
  }
  return winding !== 0;
}

/**
 * Whether p lies on the paper: inside or on the edge of any ring. Every ring is positive (it
 * winds +1 round what it holds), so the nonzero union is "in one of them"; `first` is tried
 * before the others (the ring the previous point of an outline was in).
 */
export function onPaper(p: Point, paper: Paper, first?: PaperRing): boolean {
  return ringUnder(p, paper, first) !== undefined;
}

function ringUnder(p: Point, paper: Paper, first?: PaperRing): PaperRing | undefined {
  if (first && inRing(p, first)) return first;
  return paper.rings.find((r) => r !== first && inRing(p, r));
}

/** Whether the box (0..w, 0..h placed by m) lies on the paper all round its outline. */
export function boxOnPaper(w: number, h: number, m: Matrix, paper: Paper): boolean {
  const corners: Point[] = [[0, 0], [w, 0], [w, h], [0, h]].map(([x, y]) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]]);
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  const within = (b: PaperRing['box']) => Math.min(...xs) >= b[0] - EDGE_EPS_MM && Math.max(...xs) <= b[2] + EDGE_EPS_MM && Math.min(...ys) >= b[1] - EDGE_EPS_MM && Math.max(...ys) <= b[3] + EDGE_EPS_MM;
  if (paper.rings.some((r) => r.rectangle && within(r.box))) return true;
  // neighbouring outline points are nearly always in the same ring: it is asked first
  let last: PaperRing | undefined;
  for (let i = 0; i < 4; i++) {
    const a = corners[i];
    const b = corners[(i + 1) % 4];
    const steps = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / STEP_MM));
    for (let s = 0; s < steps; s++) {
      const t = s / steps;
      last = ringUnder([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t], paper, last);
      if (!last) return false;
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
