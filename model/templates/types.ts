import type { Localized } from '../localized';
import type { Dieline, PathCommand } from '../scene';

/** Which way a panel's content reads when the box is assembled (degrees, clockwise). */
export type Upright = 0 | 90 | 180 | 270;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A straight piece of a panel's outline and what the die does there. */
export interface PanelEdge {
  from: [number, number];
  to: [number, number];
  /** cut: the knife (art runs on into the bleed); fold: a crease (art stops); join: an unmarked seam with a neighbour */
  kind: 'cut' | 'fold' | 'join';
}

export interface Panel {
  /** stable within a template kind: "front", "back", "side-left", "top", "glue", ... */
  id: string;
  name: Localized;
  /** closed outline in page mm (origin top-left of the flat layout's trim bounding box) */
  outline: PathCommand[];
  bounds: Rect;
  upright: Upright;
  /** which page of the design the panel sits on (two-sided cards have "back") */
  page: string;
  /** panels that are glued over or hidden carry no art by default */
  printable: boolean;
  /** the outline's pieces (curves flattened), each marked cut, fold or join (panel-edges.ts) */
  edges: PanelEdge[];
  /** the outline grown by the bleed across its cut edges only: how far art on this panel may run */
  bleedOutline: PathCommand[];
}

export interface TemplateResult {
  kind: string;
  /** flat size of the dieline's bounding box = the PDF TrimBox, mm */
  width: number;
  height: number;
  bleedMm: number;
  safeMm: number;
  /** page names in order, e.g. ["front"] or ["front", "back"] */
  pages: string[];
  panels: Panel[];
  /** cut and fold lines per page name (pages without a die cut have none) */
  dielines: Record<string, Dieline>;
}
