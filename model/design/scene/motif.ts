/** Motif artwork placed into an element box, and pattern fills built from copies of it. */
import { issue } from '../../localized';
import type { GroupNode, Matrix, PrintColor, SceneNode } from '../../scene';
import { multiply, rotate, scale, translate } from '../geometry';
import type { ColourMap } from '../schema';
import { resolveColour } from './colour';
import type { BuildContext, MotifArt, ViewBox } from './types';

export function viewBoxOf(art: MotifArt): ViewBox {
  const vb = art.viewBox;
  return Array.isArray(vb) ? { x: vb[0], y: vb[1], width: vb[2], height: vb[3] } : vb;
}

/** Fits the viewBox into a width x height box at the origin, centred, keeping proportions. */
export function fitMatrix(vb: ViewBox, width: number, height: number): Matrix {
  const s = Math.min(width / vb.width, height / vb.height);
  const dx = (width - vb.width * s) / 2 - vb.x * s;
  const dy = (height - vb.height * s) / 2 - vb.y * s;
  return [s, 0, 0, s, dx, dy];
}

/** Looks up recoloured artwork; reports (once per element) when it is not available. */
export function artFor(ctx: BuildContext, elementId: string, motifId: string, colourMap: ColourMap): MotifArt | undefined {
  const colours: Record<string, PrintColor> = {};
  for (const [hex, ref] of Object.entries(colourMap)) {
    colours[hex] = resolveColour(ref, ctx, `elements.${elementId}.colourMap.${hex}`);
  }
  const art = ctx.motifArt(motifId, colours);
  const vb = art ? viewBoxOf(art) : undefined;
  if (!art || !vb || !(vb.width > 0) || !(vb.height > 0)) {
    ctx.issues.push(
      issue(`elements.${elementId}`, 'motif-art-missing', 'error',
        `纹样“${motifId}”的图稿找不到，这个元素没有画出来。请检查纹样库，或换一个纹样。`,
        `The artwork of motif "${motifId}" is not available, so this element is not drawn. Check the motif library or choose another motif.`),
    );
    return undefined;
  }
  return art;
}

/** One copy of the artwork filling a w x h cell, optionally mirrored within the cell. */
export function artCopy(art: MotifArt, w: number, h: number, place: Matrix, mirrorX = false, mirrorY = false): GroupNode {
  let m = place;
  if (mirrorX || mirrorY) {
    m = multiply(m, translate(mirrorX ? w : 0, mirrorY ? h : 0));
    m = multiply(m, scale(mirrorX ? -1 : 1, mirrorY ? -1 : 1));
  }
  return { type: 'group', transform: multiply(m, fitMatrix(viewBoxOf(art), w, h)), children: art.nodes };
}

export interface PatternGeometry {
  width: number;
  height: number;
  mode: 'tile' | 'border';
  edge?: 'top' | 'bottom' | 'left' | 'right' | 'all';
  tileMm: number;
  spacingMm: number;
  mirror: 'none' | 'x' | 'y' | 'xy';
  /** tile mode: the region to cover in box mm (default the box; larger when carried into the bleed) */
  area?: { x: number; y: number; width: number; height: number };
}

/**
 * Start offsets of cells of `size` with `gap` between them, on the grid that starts at 0,
 * that touch [from, to): negative indices reach into the bleed in step with the cells inside.
 */
function tilePositions(from: number, to: number, size: number, gap: number): { p: number; i: number }[] {
  const out: { p: number; i: number }[] = [];
  const pitch = size + gap;
  for (let i = Math.floor((from - size) / pitch) + 1; i * pitch < to; i++) out.push({ p: i * pitch, i });
  return out;
}

/** Tile grid over the area (default: the box): copies are clipped by the caller, so partial edge tiles are fine. */
function tileCopies(art: MotifArt, g: PatternGeometry, tw: number, th: number): SceneNode[] {
  const mx = g.mirror === 'x' || g.mirror === 'xy';
  const my = g.mirror === 'y' || g.mirror === 'xy';
  const a = g.area ?? { x: 0, y: 0, width: g.width, height: g.height };
  const odd = (i: number) => Math.abs(i % 2) === 1;
  const out: SceneNode[] = [];
  for (const { p: y, i: row } of tilePositions(a.y, a.y + a.height, th, g.spacingMm)) {
    for (const { p: x, i: col } of tilePositions(a.x, a.x + a.width, tw, g.spacingMm)) {
      out.push(artCopy(art, tw, th, translate(x, y), mx && odd(col), my && odd(row)));
    }
  }
  return out;
}

/**
 * A strip of whole copies along one edge, centred on it, each copy's top facing
 * outwards (so a frame of 'all' edges reads the same way round the box).
 */
function borderCopies(art: MotifArt, g: PatternGeometry, tw: number, th: number): SceneNode[] {
  const edges = g.edge === 'all' ? (['top', 'right', 'bottom', 'left'] as const) : [g.edge ?? 'bottom'];
  const mx = g.mirror === 'x' || g.mirror === 'xy';
  const out: SceneNode[] = [];
  for (const edge of edges) {
    const along = edge === 'top' || edge === 'bottom' ? g.width : g.height;
    // with all four edges, the side strips stop where the top and bottom strips begin
    const inset = g.edge === 'all' && (edge === 'left' || edge === 'right') ? th : 0;
    const length = along - 2 * inset;
    const n = Math.max(1, Math.floor((length + g.spacingMm) / (tw + g.spacingMm)));
    const start = inset + (length - (n * tw + (n - 1) * g.spacingMm)) / 2;
    for (let i = 0; i < n; i++) {
      const pos = start + i * (tw + g.spacingMm);
      let place: Matrix;
      switch (edge) {
        case 'top': place = translate(pos, 0); break;
        case 'bottom': place = multiply(translate(g.width - pos, g.height), rotate(180)); break;
        case 'left': place = multiply(translate(0, g.height - pos), rotate(-90)); break;
        case 'right': place = multiply(translate(g.width, pos), rotate(90)); break;
      }
      out.push(artCopy(art, tw, th, place, mx && i % 2 === 1));
    }
  }
  return out;
}

/** The copies of a pattern in the element's own box coordinates. */
export function patternCopies(art: MotifArt, g: PatternGeometry): SceneNode[] {
  const vb = viewBoxOf(art);
  const tw = g.tileMm;
  const th = (g.tileMm * vb.height) / vb.width;
  return g.mode === 'tile' ? tileCopies(art, g, tw, th) : borderCopies(art, g, tw, th);
}
