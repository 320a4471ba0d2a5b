/**
 * The display list: what a design page looks like, in millimetres, with print colours.
 *
 * The design document (model/design) says *what* the user made; the scene says *what to
 * paint*. Both the canvas (renderer, through fabric) and the PDF writer
 * (electron/services/pdf) draw only from a scene built by model/design/scene-builder, so
 * the screen and the paper cannot drift apart.
 *
 * Coordinates: millimetres, origin at the top-left corner of the page's trim box, y down.
 * The bleed extends `bleedMm` beyond the trim box on every side (negative coordinates).
 */

export interface Cmyk {
  /** 0..100 each */
  c: number;
  m: number;
  y: number;
  k: number;
}

export type PrintColor =
  | ({ kind: 'cmyk' } & Cmyk)
  | {
      kind: 'spot';
      /** Separation name as the printer sees it, e.g. "Silver", "Dieline", "CutContour" */
      name: string;
      /** 0..1 */
      tint: number;
      /** CMYK used by devices that do not have this ink, and for screen preview */
      alternate: Cmyk;
    };

export type PathCommand =
  | ['M', number, number]
  | ['L', number, number]
  | ['C', number, number, number, number, number, number]
  | ['Z'];

/** Affine matrix [a, b, c, d, e, f] mapping child mm to parent mm: x' = a*x + c*y + e. */
export type Matrix = [number, number, number, number, number, number];

export interface StrokeStyle {
  color: PrintColor;
  widthMm: number;
  /** dash pattern in mm; absent = solid */
  dashMm?: number[];
}

interface NodeBase {
  /** the design element this node was built from (for preflight findings and hit testing) */
  elementId?: string;
  opacity?: number;
}

export interface PathNode extends NodeBase {
  type: 'path';
  d: PathCommand[];
  fill?: PrintColor;
  fillRule?: 'nonzero' | 'evenodd';
  stroke?: StrokeStyle;
  /** paint without knocking out what is below (dieline, varnish) */
  overprint?: boolean;
}

export interface GroupNode extends NodeBase {
  type: 'group';
  transform?: Matrix;
  /** clip path in this group's coordinates */
  clip?: PathCommand[];
  children: SceneNode[];
}

export interface TextRun {
  text: string;
  /** baseline origin of the run, mm */
  x: number;
  y: number;
}

export interface TextNode extends NodeBase {
  type: 'text';
  fontId: string;
  sizePt: number;
  color: PrintColor;
  /** Already laid out by model/text layout: one run per line (horizontal) or per glyph (vertical). */
  runs: TextRun[];
}

export interface ImageNode extends NodeBase {
  type: 'image';
  /** asset id known to the asset store (sha256 of the stored original) */
  assetId: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** source pixel size, for effective-resolution checks */
  pixelWidth: number;
  pixelHeight: number;
  /** optional crop of the source, in source pixels */
  crop?: { left: number; top: number; width: number; height: number };
}

export type SceneNode = PathNode | GroupNode | TextNode | ImageNode;

export interface Dieline {
  /** closed cut contour(s) */
  cut: PathCommand[][];
  /** fold lines (open paths) */
  fold: PathCommand[][];
}

export interface ScenePage {
  /** "front", "back", or the sheet name */
  name: string;
  widthMm: number;
  heightMm: number;
  bleedMm: number;
  /** safe area inset from the trim, mm */
  safeMm: number;
  nodes: SceneNode[];
  dieline?: Dieline;
  /** n-up only: the page is a block of copies printed on a fixed paper sheet (see PaperSheet) */
  sheet?: PaperSheet;
}

/**
 * A real paper sheet (A4, A3) holding an n-up block: the PDF's MediaBox is the sheet, the page's
 * trim (widthMm x heightMm) is the block of copies placed at (trimX, trimY) on it, and the
 * guillotine marks sit in the sheet's margin on the lines cutsX / cutsY (trim coordinates).
 */
export interface PaperSheet {
  widthMm: number;
  heightMm: number;
  trimX: number;
  trimY: number;
  cutsX: number[];
  cutsY: number[];
}

export interface Scene {
  title: string;
  pages: ScenePage[];
}
