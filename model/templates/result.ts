/**
 * Shared pieces every template generator uses to assemble its TemplateResult, so that
 * bleed, safe margin and panel bounds are decided in one place.
 */
import type { Localized, Issue } from '../localized';
import type { Dieline, PathCommand } from '../scene';
import type { z } from 'zod';
import { pathBounds } from './geometry';
import { classifyEdges, pageDie, panelBleedOutline } from './panel-edges';
import type { FieldTable } from './params';
import type { Panel, TemplateResult, Upright } from './types';

/** Print shops in the cooperatives' region ask for 3 mm bleed; 3 mm safe keeps text off the knife. */
export const BLEED_MM = 3;
export const SAFE_MM = 3;

/** A panel before the die is known; makeResult adds its edges and bleed outline. */
export type PanelShape = Omit<Panel, 'edges' | 'bleedOutline'>;

export function makePanel(
  id: string,
  name: Localized,
  outline: PathCommand[],
  opts: { upright?: Upright; page?: string; printable?: boolean } = {},
): PanelShape {
  return {
    id,
    name,
    outline,
    bounds: pathBounds([outline]),
    upright: opts.upright ?? 0,
    page: opts.page ?? 'front',
    printable: opts.printable ?? true,
  };
}

export function makeResult(
  kind: string,
  width: number,
  height: number,
  panels: PanelShape[],
  dielines: Record<string, Dieline>,
  pages: string[] = ['front'],
): TemplateResult {
  // every page has its die: its die line, or the guillotine's trim rectangle. The cut is then
  // always on the die plate (its own overprinting spot), so the printer and every check see one
  // cut path per page, whether a knife or a guillotine makes it
  const dies = Object.fromEntries(pages.map((page) => [page, pageDie(dielines, page, width, height)]));
  // every kind goes through here, so every panel knows its cut and fold edges the same way
  const withEdges = panels.map((p): Panel => {
    const edges = classifyEdges(p.outline, dies[p.page] ?? pageDie(dielines, p.page, width, height));
    return { ...p, edges, bleedOutline: panelBleedOutline(edges, p.bounds, BLEED_MM, { width, height }) };
  });
  return { kind, width, height, bleedMm: BLEED_MM, safeMm: SAFE_MM, pages, panels: withEdges, dielines: dies };
}

/** What the app knows about the product that goes in the pack, for size suggestions. */
export interface ProductHint {
  /** net content as printed on the label, e.g. 250 g or 500 mL */
  netContent?: { amount: number; unit: 'g' | 'kg' | 'mL' | 'L' };
  /** outer size of the product itself (or its inner bag/jar), mm */
  productMm?: { length: number; width: number; height: number };
  /** jar or tin diameter for wrap-around labels, mm */
  jarDiameterMm?: number;
}

/** One template kind: everything the registry, the form and the generator need. */
export interface TemplateDefinition<P extends Record<string, unknown>> {
  kind: string;
  name: Localized;
  /** field names, ranges and choices for forms and for error messages */
  fields: FieldTable;
  paramsSchema: z.ZodType<P>;
  defaults: P;
  /** cross-field rules (e.g. tuck flap no deeper than the box), checked after the schema */
  relations(p: P): Issue[];
  /** assumes valid params; callers go through generateTemplate */
  build(p: P): TemplateResult;
  /** suggested parameters for a product; missing facts mean no suggestion */
  sizeFromProduct?(hint: ProductHint): Partial<P> | undefined;
}
