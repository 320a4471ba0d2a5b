/**
 * Where to put something new on a panel without covering what is already there: the one placement
 * rule for the guided path's "put on the box", the story-card generator and the composer's new
 * elements (renderer/editor/new-elements.ts). Preflight's `text.overlaps-artwork` warns about the
 * same obstacles, so what this places passes that check.
 *
 * The panel's safe area is laid out as a grid (1 mm cells); every cell within `gapMm` of an
 * obstacle is taken. A box of the wanted size goes at the free position nearest the preferred
 * anchor; when it fits nowhere, the answer is the largest free rectangle (by how much of the
 * wanted box, kept in proportion, fits in it), and `fits` is false so the caller can shrink.
 */
import type { Rect, TemplateResult } from '../templates/types';
import { elementBounds } from './geometry';
import type { Design, Element } from './schema';

export type Anchor = 'centre' | 'top' | 'bottom' | 'left' | 'right';

export interface FreeSpaceRequest {
  /** where the box may go (a panel's safe area) */
  area: Rect;
  /** what must not be covered */
  obstacles: readonly Rect[];
  width: number;
  height: number;
  prefer?: Anchor;
  /** clearance kept around obstacles, mm (default 2) */
  gapMm?: number;
}

export interface FreeSpace {
  /** a box of the wanted size (scaled down in proportion when it does not fit) */
  rect: Rect;
  /** the whole free rectangle the box sits in, when it did not fit (callers laying out text may use all of it) */
  free: Rect;
  fits: boolean;
}

/** Artwork a text must not cover (and placement steers around): everything but backgrounds (patterns, shapes); a nutrition table counts as text. */
export const ARTWORK_KINDS: ReadonlySet<Element['kind']> = new Set(['text', 'motif', 'image', 'qr', 'barcode', 'nutrition-table']);

const STEP = 1;

const intersects = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export function findFreeSpace(req: FreeSpaceRequest): FreeSpace {
  const { area } = req;
  const gap = req.gapMm ?? 2;
  const cols = Math.max(1, Math.floor(area.width / STEP));
  const rows = Math.max(1, Math.floor(area.height / STEP));
  const taken = new Uint8Array(cols * rows);
  for (const o of req.obstacles) {
    const g = { x: o.x - gap, y: o.y - gap, width: o.width + 2 * gap, height: o.height + 2 * gap };
    if (!intersects(g, area)) continue;
    const i0 = Math.max(0, Math.floor((g.x - area.x) / STEP));
    const i1 = Math.min(cols, Math.ceil((g.x + g.width - area.x) / STEP));
    const j0 = Math.max(0, Math.floor((g.y - area.y) / STEP));
    const j1 = Math.min(rows, Math.ceil((g.y + g.height - area.y) / STEP));
    for (let j = j0; j < j1; j++) taken.fill(1, j * cols + i0, j * cols + i1);
  }
  // summed-area table: cells taken inside any window in O(1)
  const sum = new Int32Array((cols + 1) * (rows + 1));
  for (let j = 0; j < rows; j++) {
    let row = 0;
    for (let i = 0; i < cols; i++) {
      row += taken[j * cols + i];
      sum[(j + 1) * (cols + 1) + i + 1] = sum[j * (cols + 1) + i + 1] + row;
    }
  }
  const takenIn = (i: number, j: number, w: number, h: number) =>
    sum[(j + h) * (cols + 1) + i + w] - sum[j * (cols + 1) + i + w] - sum[(j + h) * (cols + 1) + i] + sum[j * (cols + 1) + i];

  const width = Math.min(req.width, area.width);
  const height = Math.min(req.height, area.height);
  const wc = Math.max(1, Math.ceil(width / STEP - 1e-9));
  const hc = Math.max(1, Math.ceil(height / STEP - 1e-9));
  const anchor = anchorPoint(area, width, height, req.prefer ?? 'centre');
  let best: { x: number; y: number; d: number } | undefined;
  for (let j = 0; j + hc <= rows; j++) {
    for (let i = 0; i + wc <= cols; i++) {
      if (takenIn(i, j, wc, hc) > 0) continue;
      // within the window, slide to the exact spot nearest the anchor (the grid is only 1 mm)
      const x = clamp(anchor.x - width / 2, area.x + i * STEP, area.x + (i + wc) * STEP - width);
      const y = clamp(anchor.y - height / 2, area.y + j * STEP, area.y + (j + hc) * STEP - height);
      const d = Math.hypot(x + width / 2 - anchor.x, y + height / 2 - anchor.y);
      if (!best || d < best.d - 1e-9) best = { x, y, d };
    }
  }
  if (best && width === req.width && height === req.height) {
    const rect = { x: best.x, y: best.y, width, height };
    return { rect, free: rect, fits: true };
  }
  const free = largestFree(taken, cols, rows, req.width, req.height);
  const freeRect = { x: area.x + free.i * STEP, y: area.y + free.j * STEP, width: free.w * STEP, height: free.h * STEP };
  const s = Math.min(1, freeRect.width / req.width, freeRect.height / req.height);
  const rect = { x: freeRect.x + (freeRect.width - req.width * s) / 2, y: freeRect.y + (freeRect.height - req.height * s) / 2, width: req.width * s, height: req.height * s };
  return { rect, free: freeRect, fits: false };
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

function anchorPoint(area: Rect, w: number, h: number, prefer: Anchor): { x: number; y: number } {
  const cx = area.x + area.width / 2;
  const cy = area.y + area.height / 2;
  switch (prefer) {
    case 'top':
      return { x: cx, y: area.y + h / 2 };
    case 'bottom':
      return { x: cx, y: area.y + area.height - h / 2 };
    case 'left':
      return { x: area.x + w / 2, y: cy };
    case 'right':
      return { x: area.x + area.width - w / 2, y: cy };
    default:
      return { x: cx, y: cy };
  }
}

/** The free rectangle in which the most of a w x h box (kept in proportion) fits: histogram scan per row. */
function largestFree(taken: Uint8Array, cols: number, rows: number, w: number, h: number): { i: number; j: number; w: number; h: number } {
  const heights = new Int32Array(cols);
  let best = { i: 0, j: 0, w: 0, h: 0, score: -1 };
  for (let j = 0; j < rows; j++) {
    for (let i = 0; i < cols; i++) heights[i] = taken[j * cols + i] ? 0 : heights[i] + 1;
    const stack: number[] = [];
    for (let i = 0; i <= cols; i++) {
      const cur = i < cols ? heights[i] : 0;
      while (stack.length > 0 && heights[stack[stack.length - 1]] >= cur) {
        const top = stack.pop()!;
        const hh = heights[top];
        const left = stack.length > 0 ? stack[stack.length - 1] + 1 : 0;
        const ww = i - left;
        if (hh > 0 && ww > 0) {
          const score = Math.min(1, (ww * STEP) / w, (hh * STEP) / h) * 1e6 + ww * hh;
          if (score > best.score) best = { i: left, j: j - hh + 1, w: ww, h: hh, score };
        }
      }
      stack.push(i);
    }
  }
  return best;
}

/** A panel's safe area (the whole page inset by the safe margin when there is no panel). */
export function safeAreaOfPanel(template: TemplateResult, panelId: string | undefined): Rect {
  const panel = panelId ? template.panels.find((p) => p.id === panelId) : undefined;
  const b = panel?.bounds ?? { x: 0, y: 0, width: template.width, height: template.height };
  const s = template.safeMm;
  return { x: b.x + s, y: b.y + s, width: Math.max(1, b.width - 2 * s), height: Math.max(1, b.height - 2 * s) };
}

/** The artwork already on `page` (visible texts, motifs, images, codes), as page boxes. */
export function obstaclesOn(doc: Design, page: string, except: ReadonlySet<string> = new Set()): Rect[] {
  return doc.elements.filter((e) => e.page === page && !e.hidden && ARTWORK_KINDS.has(e.kind) && !except.has(e.id)).map((e) => elementBounds(e.transform));
}

/** Free space for a w x h box on a panel of the design, around what is already on its page. */
export function freeSpaceOnPanel(doc: Design, template: TemplateResult, page: string, panelId: string | undefined, width: number, height: number, prefer: Anchor = 'centre'): FreeSpace {
  return findFreeSpace({ area: safeAreaOfPanel(template, panelId), obstacles: obstaclesOn(doc, page), width, height, prefer });
}
