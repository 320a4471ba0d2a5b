/**
 * Bleed done for the user: art that reaches a cut edge (within REACH_MM) is carried
 * `bleedMm` past it, in the scene, so the canvas, the proof and the PDF all show it.
 *
 * - filled shapes grow on the sides that meet the cut;
 * - photos cover the grown box: first from the photo's own pixels beyond its crop, and only
 *   when the photo has none left, scaled up about the centre (aspect kept, then cropped);
 * - tiled patterns keep tiling into the bleed, in step with the tiles inside;
 * - motifs and border strips are mirrored across the side that meets the cut (a mirror
 *   bleed: what is inside the trim does not change, and the ink runs on without a seam).
 *
 * The added ink is clipped to the element's own ink plus the bleed outlines of the panels
 * whose cut edges it met (panel outlines grown across cut edges only), so it never runs over
 * a fold onto the next panel. Patterns are always clipped to their panel's bleed outline.
 * Text, QR codes and barcodes are never stretched: they belong inside the safe area.
 */
import type { GroupNode, ImageNode, Matrix, PathCommand, SceneNode } from '../../scene';
import type { Panel, Rect } from '../../templates/types';
import { ellipsePath, elementMatrix, rectPath } from '../geometry';
import type { Element, PatternElement } from '../schema';
import { cutPieces, inkBounds, rect, REACH_MM, sideReach, type Side, type SideReach } from './bleed-reach';
import { pointToSegment, positiveRing } from '../../templates/panel-edges';
import type { BuildContext } from './types';

export type Extension = Record<Side, number>;
const NONE: Extension = { top: 0, right: 0, bottom: 0, left: 0 };

/** How far each side of `ink` must grow, and which panels' bleed it may grow into. */
export function extensionOf(el: Element, ink: Rect, ctx: BuildContext): { ext: Extension; panelIds: string[]; reach: SideReach[] } {
  const t = ctx.template;
  const reach = sideReach(ink, elementMatrix(el.transform), cutPieces(t, el.page), t.bleedMm);
  const ext: Extension = { ...NONE };
  const panelIds = new Set<string>();
  for (const r of reach) {
    if (r.status !== 'bleed') continue;
    ext[r.side] = r.mm;
    r.panelIds.forEach((id) => panelIds.add(id));
  }
  return { ext, panelIds: [...panelIds], reach };
}

const grown = (r: Rect, e: Extension): Rect => ({ x: r.x - e.left, y: r.y - e.top, width: r.width + e.left + e.right, height: r.height + e.top + e.bottom });
const anyExt = (e: Extension) => e.top > 0 || e.right > 0 || e.bottom > 0 || e.left > 0;

/** A closed polygon turned so its shoelace sum is positive: rings of one clip then add up (nonzero rule = union). */
function ring(points: [number, number][]): PathCommand[] {
  const d: PathCommand[] = [['M', points[0][0], points[0][1]], ...points.slice(1).map((p): PathCommand => ['L', p[0], p[1]]), ['Z']];
  return positiveRing(d);
}

/** Every subpath of a clip outline, each turned positive. */
function rings(d: PathCommand[]): PathCommand[] {
  const out: PathCommand[] = [];
  let start = 0;
  for (let i = 1; i <= d.length; i++) {
    if (i === d.length || d[i][0] === 'M') {
      out.push(...positiveRing(d.slice(start, i)));
      start = i;
    }
  }
  return out;
}

/** Page clip: the element's own ink (box coordinates, placed by m) united with the panels' bleed outlines. */
function unionClip(own: Rect, m: Matrix, panels: Panel[]): PathCommand[] {
  const corners: [number, number][] = [
    [own.x, own.y],
    [own.x + own.width, own.y],
    [own.x + own.width, own.y + own.height],
    [own.x, own.y + own.height],
  ].map(([x, y]) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]]);
  return [...ring(corners), ...panels.flatMap((p) => rings(p.bleedOutline))];
}

function wrap(inner: GroupNode, clip: PathCommand[], elementId: string): GroupNode {
  return { type: 'group', clip, children: [inner], elementId };
}

/** Mirror copies of `nodes` across each extended side of `ink`, each clipped to its band (corners mirrored both ways). */
function mirrorBands(nodes: SceneNode[], ink: Rect, e: Extension): SceneNode[] {
  const { x, y, width: w, height: h } = ink;
  const out: SceneNode[] = [];
  const band = (clip: PathCommand[], transform: Matrix) => out.push({ type: 'group', clip, children: [{ type: 'group', transform, children: nodes }] });
  if (e.left > 0) band(rect(x - e.left, y, e.left, h), [-1, 0, 0, 1, 2 * x, 0]);
  if (e.right > 0) band(rect(x + w, y, e.right, h), [-1, 0, 0, 1, 2 * (x + w), 0]);
  if (e.top > 0) band(rect(x, y - e.top, w, e.top), [1, 0, 0, -1, 0, 2 * y]);
  if (e.bottom > 0) band(rect(x, y + h, w, e.bottom), [1, 0, 0, -1, 0, 2 * (y + h)]);
  if (e.left > 0 && e.top > 0) band(rect(x - e.left, y - e.top, e.left, e.top), [-1, 0, 0, -1, 2 * x, 2 * y]);
  if (e.right > 0 && e.top > 0) band(rect(x + w, y - e.top, e.right, e.top), [-1, 0, 0, -1, 2 * (x + w), 2 * y]);
  if (e.left > 0 && e.bottom > 0) band(rect(x - e.left, y + h, e.left, e.bottom), [-1, 0, 0, -1, 2 * x, 2 * (y + h)]);
  if (e.right > 0 && e.bottom > 0) band(rect(x + w, y + h, e.right, e.bottom), [-1, 0, 0, -1, 2 * (x + w), 2 * (y + h)]);
  return out;
}

/**
 * A photo covering the box `to` (box mm), continuing its current placement (same pixels per mm)
 * where the source has pixels to spare, else scaled up about the middle just enough to cover.
 * The frame is widened to whole source pixels; the caller clips it to `to`.
 */
export function coverImage(node: ImageNode, to: Rect): ImageNode {
  const c = node.crop ?? { left: 0, top: 0, width: node.pixelWidth, height: node.pixelHeight };
  const kx = c.width / node.width;
  const ky = c.height / node.height;
  let sw = to.width * kx;
  let sh = to.height * ky;
  let left = c.left + (to.x - node.x) * kx;
  let top = c.top + (to.y - node.y) * ky;
  const W = node.pixelWidth;
  const H = node.pixelHeight;
  const eps = 1e-6;
  if (left < -eps || top < -eps || left + sw > W + eps || top + sh > H + eps) {
    const f = Math.max(1, sw / W, sh / H);
    const cx = left + sw / 2;
    const cy = top + sh / 2;
    sw /= f;
    sh /= f;
    left = Math.min(Math.max(cx - sw / 2, 0), W - sw);
    top = Math.min(Math.max(cy - sh / 2, 0), H - sh);
  }
  const L = Math.max(0, Math.floor(left + eps));
  const T = Math.max(0, Math.floor(top + eps));
  const R = Math.min(W, Math.ceil(left + sw - eps));
  const B = Math.min(H, Math.ceil(top + sh - eps));
  const mmX = to.width / sw;
  const mmY = to.height / sh;
  const frame = { x: to.x - (left - L) * mmX, y: to.y - (top - T) * mmY, width: (R - L) * mmX, height: (B - T) * mmY };
  const full = L === 0 && T === 0 && R === W && B === H;
  const { crop: _old, ...rest } = node;
  return { ...rest, ...frame, ...(full ? {} : { crop: { left: L, top: T, width: R - L, height: B - T } }) };
}

/** A line's ends that meet a cut edge run on by the bleed, along the line. */
function lineEnds(el: Element, ctx: BuildContext): { start: number; end: number; panelIds: string[] } {
  const { width: w, height: h } = el.transform;
  const m = elementMatrix(el.transform);
  const pieces = cutPieces(ctx.template, el.page);
  const panelIds = new Set<string>();
  const at = (x: number, y: number) => {
    const p: [number, number] = [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
    const hit = pieces.filter((c) => pointToSegment(p, c.from, c.to).dist <= REACH_MM);
    hit.forEach((c) => panelIds.add(c.panelId));
    return hit.length > 0 ? ctx.template.bleedMm : 0;
  };
  return { start: at(0, 0), end: at(w, h), panelIds: [...panelIds] };
}

/** Tiled pattern copies over a box grown by `e`: the caller builds them with the same grid origin. */
export type TileBuilder = (area: Rect) => SceneNode[];

/**
 * The element's group, carried into the bleed where it meets a cut edge. `group` holds the
 * content in box coordinates under the element matrix; `panel` is a pattern's own panel.
 */
export function carryIntoBleed(el: Element, group: GroupNode, ctx: BuildContext, panel?: Panel, tiles?: TileBuilder): GroupNode {
  const panels = new Map(ctx.template.panels.map((p) => [p.id, p]));
  const byId = (ids: string[]) => ids.map((id) => panels.get(id)).filter((p): p is Panel => !!p);
  const m = group.transform ?? elementMatrix(el.transform);
  const { width: w, height: h } = el.transform;
  const box: Rect = { x: 0, y: 0, width: w, height: h };
  switch (el.kind) {
    case 'text':
    case 'qr':
    case 'barcode':
    case 'nutrition-table':
      return group;
    case 'pattern':
      return patternIntoBleed(el, group, ctx, box, panel, tiles);
    case 'shape': {
      if (el.shape === 'line') {
        const { start, end, panelIds } = lineEnds(el, ctx);
        if (start === 0 && end === 0) return group;
        const len = Math.hypot(w, h) || 1;
        const [ux, uy] = [w / len, h / len];
        const path = group.children[0];
        if (path?.type !== 'path') return group;
        const d: PathCommand[] = [['M', -ux * start, -uy * start], ['L', w + ux * end, h + uy * end]];
        const own = inkBounds(group.children) ?? box;
        return wrap({ ...group, children: [{ ...path, d }] }, unionClip(own, m, byId(panelIds)), el.id);
      }
      if (!el.fill) return group; // a frame on the cut is reported by preflight, not moved off the paper
      const { ext, panelIds } = extensionOf(el, box, ctx);
      if (!anyExt(ext)) return group;
      const path = group.children[0];
      if (path?.type !== 'path') return group;
      const g = grown(box, ext);
      const d = el.shape === 'rect' ? rectPath(g.x, g.y, g.width, g.height) : ellipsePath(g.x, g.y, g.width, g.height);
      return wrap({ ...group, children: [{ ...path, d }] }, unionClip(box, m, byId(panelIds)), el.id);
    }
    case 'image': {
      const { ext, panelIds } = extensionOf(el, box, ctx);
      const img = group.children[0];
      if (!anyExt(ext) || img?.type !== 'image') return group;
      const g = grown(box, ext);
      const inner: GroupNode = { ...group, clip: rect(g.x, g.y, g.width, g.height), children: [coverImage(img, g)] };
      return wrap(inner, unionClip(box, m, byId(panelIds)), el.id);
    }
    case 'motif': {
      const ink = inkBounds(group.children);
      if (!ink) return group;
      const { ext, panelIds } = extensionOf(el, ink, ctx);
      if (!anyExt(ext)) return group;
      const inner: GroupNode = { ...group, children: [...group.children, ...mirrorBands(group.children, ink, ext)] };
      return wrap(inner, unionClip(ink, m, byId(panelIds)), el.id);
    }
  }
}

function patternIntoBleed(el: PatternElement, group: GroupNode, ctx: BuildContext, box: Rect, panel?: Panel, tiles?: TileBuilder): GroupNode {
  const m = group.transform ?? elementMatrix(el.transform);
  const panels = new Map(ctx.template.panels.map((p) => [p.id, p]));
  let inner: GroupNode = { ...group, clip: rect(0, 0, box.width, box.height) };
  let extendedInto: string[] = [];
  if (el.mode === 'tile' && tiles) {
    const { ext, panelIds } = extensionOf(el, box, ctx);
    if (anyExt(ext)) {
      const g = grown(box, ext);
      inner = { ...group, clip: rect(g.x, g.y, g.width, g.height), children: tiles(g) };
      extendedInto = panelIds;
    }
  } else {
    // a border strip keeps its copies where they are and is mirrored across the cut
    const ink = inkBounds([{ ...group, transform: undefined, clip: rect(0, 0, box.width, box.height) }]);
    if (ink) {
      const { ext, panelIds } = extensionOf(el, ink, ctx);
      if (anyExt(ext)) {
        const g = grown(ink, ext);
        const clipped: GroupNode = { type: 'group', clip: rect(0, 0, box.width, box.height), children: group.children };
        inner = { ...group, clip: rect(Math.min(0, g.x), Math.min(0, g.y), Math.max(box.width, g.x + g.width) - Math.min(0, g.x), Math.max(box.height, g.y + g.height) - Math.min(0, g.y)), children: [clipped, ...mirrorBands([clipped], ink, ext)] };
        extendedInto = panelIds;
      }
    }
  }
  // a pattern stays on its panel: the panel grown across its cut edges only, never over a fold
  if (panel) return wrap(inner, panel.bleedOutline, el.id);
  if (extendedInto.length === 0) return inner;
  return wrap(inner, unionClip(box, m, extendedInto.map((id) => panels.get(id)).filter((p): p is Panel => !!p)), el.id);
}
