/**
 * Where an element's ink meets the knife. One measurement for the scene builder (which
 * carries art into the bleed) and for preflight (which reports what could not be carried,
 * and art that stops just short of the cut), so the two cannot disagree.
 *
 * Everything is measured in the element's own box coordinates: the four sides of the ink's
 * rectangle against the cut edges of the page's panels brought into that frame, so rotated
 * and flipped elements are measured the same way as upright ones.
 */
import { invert, transformPoint } from '../../matrix';
import type { Matrix, PathCommand, SceneNode } from '../../scene';
import { mapPath, pathBounds } from '../../templates/geometry';
import type { Rect, TemplateResult } from '../../templates/types';
import { multiply } from '../geometry';

/** art within this distance of a cut edge "reaches" it and is carried into the bleed */
export const REACH_MM = 0.5;
/** art that stops this far short of a cut edge (beyond REACH_MM) leaves a white sliver after trimming */
export const SLIVER_MM = 1.5;
/** a side must run along a cut edge for at least this long (not just touch a corner of it) */
const MIN_RUN_MM = 1;
/** cut pieces more than 20° off the side's direction cross it rather than run along it (a circle still runs along a tangent side for 2 r sin 20°) */
const PARALLEL_COS = Math.cos(Math.PI / 9);
const STEP_MM = 0.25;

export type Side = 'top' | 'right' | 'bottom' | 'left';
export const SIDES: readonly Side[] = ['top', 'right', 'bottom', 'left'];

export interface CutPiece {
  from: [number, number];
  to: [number, number];
  /** unit normal pointing away from the panel (towards the waste) */
  out: [number, number];
  panelId: string;
}

export interface SideReach {
  side: Side;
  /** bleed: within REACH_MM of a cut edge or past it by less than the bleed; sliver: stops 0.5-1.5 mm short */
  status: 'bleed' | 'sliver';
  /** how far the side must move out to end `bleedMm` past the cut (bleed), or how far short it stops (sliver), mm */
  mm: number;
  /** the panels whose cut edges it meets */
  panelIds: string[];
}

/** per template and page: every element on a page asks for the same pieces */
const piecesOf = new WeakMap<TemplateResult, Map<string, CutPiece[]>>();

/** Every cut piece of every panel on the page, in page millimetres (read only: shared by every caller). */
export function cutPieces(template: TemplateResult, page: string): CutPiece[] {
  let byPage = piecesOf.get(template);
  if (!byPage) piecesOf.set(template, (byPage = new Map()));
  let pieces = byPage.get(page);
  if (!pieces) byPage.set(page, (pieces = measurePieces(template, page)));
  return pieces;
}

function measurePieces(template: TemplateResult, page: string): CutPiece[] {
  return template.panels
    .filter((p) => p.page === page)
    .flatMap((p) => {
      // y down: a positive shoelace sum runs clockwise on screen, with the outside on the left
      let area = 0;
      for (const e of p.edges) area += e.from[0] * e.to[1] - e.to[0] * e.from[1];
      return p.edges
        .filter((e) => e.kind === 'cut')
        .map((e): CutPiece => {
          const dx = e.to[0] - e.from[0];
          const dy = e.to[1] - e.from[1];
          const len = Math.hypot(dx, dy) || 1;
          const out: [number, number] = area > 0 ? [dy / len, -dx / len] : [-dy / len, dx / len];
          return { from: e.from, to: e.to, out, panelId: p.id };
        });
    });
}

/**
 * Each node list's bounds in its own coordinates, measured once: a motif's art is one node list
 * shared by every placed copy, and both the scene builder and preflight measure it.
 */
const ownBounds = new WeakMap<SceneNode[], { rect: Rect | undefined }>();

/**
 * Exact bounds of scene nodes in the coordinates of `m` (curves by their extremes, strokes by half their width, clips respected).
 *
 * Under a matrix that only scales evenly, flips and moves (how art is fitted into its box, and
 * every unrotated element), the bounds are the own bounds mapped: curve extremes stay extremes,
 * and a stroke's half width grows by the same factor on every side. Anything else is measured.
 */
export function inkBounds(nodes: SceneNode[], m: Matrix = [1, 0, 0, 1, 0, 0]): Rect | undefined {
  if (m[1] !== 0 || m[2] !== 0 || Math.abs(m[0]) !== Math.abs(m[3])) return measureInk(nodes, m);
  let own = ownBounds.get(nodes);
  if (!own) ownBounds.set(nodes, (own = { rect: measureInk(nodes, [1, 0, 0, 1, 0, 0]) }));
  const r = own.rect;
  if (!r) return undefined;
  const xa = m[0] * r.x + m[4];
  const xb = m[0] * (r.x + r.width) + m[4];
  const ya = m[3] * r.y + m[5];
  const yb = m[3] * (r.y + r.height) + m[5];
  return { x: Math.min(xa, xb), y: Math.min(ya, yb), width: Math.abs(xb - xa), height: Math.abs(yb - ya) };
}

function measureInk(nodes: SceneNode[], m: Matrix): Rect | undefined {
  let out: Rect | undefined;
  const add = (r: Rect | undefined) => {
    if (!r || !Number.isFinite(r.x)) return;
    if (!out) out = { ...r };
    else {
      const x = Math.min(out.x, r.x);
      const y = Math.min(out.y, r.y);
      out = { x, y, width: Math.max(out.x + out.width, r.x + r.width) - x, height: Math.max(out.y + out.height, r.y + r.height) - y };
    }
  };
  for (const n of nodes) {
    if (n.type === 'path') {
      if (!n.fill && !n.stroke) continue;
      const b = pathBounds([mapPath(n.d, (x, y) => transformPoint(m, x, y))]);
      const grow = n.stroke ? (n.stroke.widthMm / 2) * Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2])) : 0;
      add({ x: b.x - grow, y: b.y - grow, width: b.width + 2 * grow, height: b.height + 2 * grow });
    } else if (n.type === 'image') {
      add(pathBounds([mapPath(rect(n.x, n.y, n.width, n.height), (x, y) => transformPoint(m, x, y))]));
    } else if (n.type === 'group') {
      const inner = n.transform ? multiply(m, n.transform) : m;
      let b = inkBounds(n.children, inner);
      if (b && n.clip && n.clip.length > 0) b = intersect(b, pathBounds([mapPath(n.clip, (x, y) => transformPoint(inner, x, y))]));
      add(b);
    }
    // text runs carry no extent here; text belongs inside the safe area (layout rule)
  }
  return out;
}

function intersect(a: Rect, b: Rect): Rect | undefined {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const w = Math.min(a.x + a.width, b.x + b.width) - x;
  const h = Math.min(a.y + a.height, b.y + b.height) - y;
  return w > 0 && h > 0 ? { x, y, width: w, height: h } : undefined;
}

export function rect(x: number, y: number, w: number, h: number): PathCommand[] {
  return [['M', x, y], ['L', x + w, y], ['L', x + w, y + h], ['L', x, y + h], ['Z']];
}

interface SideLine {
  /** start point and unit direction along the side, outward unit normal, length */
  p: [number, number];
  dir: [number, number];
  n: [number, number];
  len: number;
}

function sideLine(r: Rect, side: Side): SideLine {
  switch (side) {
    case 'top': return { p: [r.x, r.y], dir: [1, 0], n: [0, -1], len: r.width };
    case 'bottom': return { p: [r.x, r.y + r.height], dir: [1, 0], n: [0, 1], len: r.width };
    case 'left': return { p: [r.x, r.y], dir: [0, 1], n: [-1, 0], len: r.height };
    case 'right': return { p: [r.x + r.width, r.y], dir: [0, 1], n: [1, 0], len: r.height };
  }
}

/**
 * How each side of `ink` (a rectangle in box coordinates; `toPage` maps the box onto the page)
 * meets the cut edges: sides that need carrying into the bleed, and sides that stop just short.
 */
export function sideReach(ink: Rect, toPage: Matrix, pieces: CutPiece[], bleedMm: number): SideReach[] {
  const toBox = invert(toPage);
  // pieces near the ink on the page, brought into box coordinates
  const corners = [[ink.x, ink.y], [ink.x + ink.width, ink.y], [ink.x, ink.y + ink.height], [ink.x + ink.width, ink.y + ink.height]].map(([x, y]) => transformPoint(toPage, x, y));
  const margin = bleedMm + SLIVER_MM + 1;
  const minX = Math.min(...corners.map((c) => c[0])) - margin;
  const maxX = Math.max(...corners.map((c) => c[0])) + margin;
  const minY = Math.min(...corners.map((c) => c[1])) - margin;
  const maxY = Math.max(...corners.map((c) => c[1])) + margin;
  const near = pieces
    .filter((c) => Math.max(c.from[0], c.to[0]) >= minX && Math.min(c.from[0], c.to[0]) <= maxX && Math.max(c.from[1], c.to[1]) >= minY && Math.min(c.from[1], c.to[1]) <= maxY)
    .map((c) => ({
      a: transformPoint(toBox, ...c.from),
      b: transformPoint(toBox, ...c.to),
      // the normal turned (not moved) into box coordinates
      out: [toBox[0] * c.out[0] + toBox[2] * c.out[1], toBox[1] * c.out[0] + toBox[3] * c.out[1]] as [number, number],
      panelId: c.panelId,
    }));
  const out: SideReach[] = [];
  for (const side of SIDES) {
    const s = sideLine(ink, side);
    if (s.len <= 0) continue;
    const bleedBins = new Set<number>();
    const sliverBins = new Set<number>();
    let need = 0;
    let short = Infinity;
    const panels = new Set<string>();
    const sliverPanels = new Set<string>();
    for (const c of near) {
      const dx = c.b[0] - c.a[0];
      const dy = c.b[1] - c.a[1];
      const len = Math.hypot(dx, dy);
      if (len === 0 || Math.abs((dx * s.dir[0] + dy * s.dir[1]) / len) < PARALLEL_COS) continue;
      // only the knife around the ink's own side of the cut: a neighbouring flap's cut edge
      // that faces the other way (the flap lies beyond it) is not this art's edge
      if (c.out[0] * s.n[0] + c.out[1] * s.n[1] <= 0) continue;
      const steps = Math.max(1, Math.ceil(len / STEP_MM));
      for (let i = 0; i <= steps; i++) {
        const q: [number, number] = [c.a[0] + (dx * i) / steps, c.a[1] + (dy * i) / steps];
        const rel: [number, number] = [q[0] - s.p[0], q[1] - s.p[1]];
        const u = rel[0] * s.dir[0] + rel[1] * s.dir[1];
        if (u <= 0 || u >= s.len) continue;
        // how far the side runs past this point of the cut (negative: it stops short)
        const beyond = -(rel[0] * s.n[0] + rel[1] * s.n[1]);
        const bin = Math.floor(u / STEP_MM);
        if (beyond >= -REACH_MM && beyond < bleedMm - 0.05) {
          bleedBins.add(bin);
          need = Math.max(need, bleedMm - beyond);
          panels.add(c.panelId);
        } else if (beyond >= -SLIVER_MM && beyond < -REACH_MM) {
          sliverBins.add(bin);
          short = Math.min(short, -beyond);
          sliverPanels.add(c.panelId);
        }
      }
    }
    const minRun = Math.min(MIN_RUN_MM, s.len / 2);
    if (bleedBins.size * STEP_MM >= minRun) out.push({ side, status: 'bleed', mm: need, panelIds: [...panels] });
    else if (sliverBins.size * STEP_MM >= minRun) out.push({ side, status: 'sliver', mm: short, panelIds: [...sliverPanels] });
  }
  return out;
}
