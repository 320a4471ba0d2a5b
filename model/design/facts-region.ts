/**
 * Where a design's product facts are printed, for the shop's detail picture: the panel that
 * carries the facts block and the block's own bounds (mm, page trim coordinates).
 *
 * The facts block is the GB 28050 nutrition table and every text that lists several product
 * facts (two or more {{…}} fields: the ingredient list, producer, address, storage, licence);
 * a text with a single field (net content, the name on the front) is front-of-pack, not the
 * facts block. The panel is the one holding the largest share of that block.
 */
import type { Panel, Rect } from '../templates/types';
import { elementBounds } from './geometry';
import type { Design, Element } from './schema';

export interface FactsRegion {
  page: string;
  /** the panel the facts sit on; absent when they sit on no panel */
  panel?: Panel;
  /** union of the facts block's elements on that panel */
  facts: Rect;
  /** the smallest type size in the block, pt (the detail picture must make it legible) */
  minSizePt: number;
}

const FIELD = /\{\{\s*[^}]+?\s*\}\}/g;

function isFacts(e: Element): boolean {
  if (e.hidden) return false;
  if (e.kind === 'nutrition-table') return true;
  return e.kind === 'text' && (e.text.match(FIELD)?.length ?? 0) >= 2;
}

function union(rects: Rect[]): Rect {
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const bottom = Math.max(...rects.map((r) => r.y + r.height));
  return { x, y, width: right - x, height: bottom - y };
}

export function factsRegion(design: Design, panels: readonly Panel[]): FactsRegion | undefined {
  const facts = design.elements.filter(isFacts);
  if (facts.length === 0) return undefined;
  const area = (e: Element) => e.transform.width * e.transform.height;
  const largest = facts.reduce((a, b) => (area(b) > area(a) ? b : a));
  const onSame = facts.filter((e) => e.page === largest.page && e.panelId === largest.panelId);
  const sizes = onSame.map((e) => (e.kind === 'text' || e.kind === 'nutrition-table' ? e.sizePt : Infinity));
  return {
    page: largest.page,
    panel: panels.find((p) => p.id === largest.panelId && p.page === largest.page),
    facts: union(onSame.map((e) => elementBounds(e.transform))),
    minSizePt: Math.min(...sizes),
  };
}
