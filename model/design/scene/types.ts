/**
 * What the scene builder needs from the rest of the studio. The caller injects these, so
 * model/design does not depend on how motifs, fonts or brand kits are stored.
 */
import type { Issue } from '../../localized';
import type { Cmyk, PrintColor, SceneNode } from '../../scene';
import type { FontMetrics, LayoutOptions, TextLayout as TextLayoutResult } from '../../text/layout';
import type { TemplateResult } from '../../templates/types';
import type { FieldMark } from './fields';
import type { Nutrition, NutritionEdition } from '../../product/nutrition';

export interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A motif's artwork as display nodes in its own viewBox units (svgToScene's output). */
export interface MotifArt {
  viewBox: ViewBox | [number, number, number, number];
  nodes: SceneNode[];
}

/**
 * Artwork for a motif, recoloured: `colours` maps the artwork's lower-case "#rrggbb" to
 * the print colour chosen in the element's colourMap (the caller typically passes it on
 * as svgToScene's colourMap). Undefined when the motif is not available.
 */
export type MotifArtSource = (motifId: string, colours: Record<string, PrintColor>) => MotifArt | undefined;

/** model/text's layoutText, or a stand-in with the same shape. */
export type TextLayout = (text: string, options: LayoutOptions) => Pick<TextLayoutResult, 'runs' | 'overflow' | 'missingGlyphs'>;

export interface BuildSceneOptions {
  template: TemplateResult;
  motifArt: MotifArtSource;
  fontMetrics: (fontId: string) => FontMetrics | undefined;
  /** default: model/text's layoutText */
  layoutText?: TextLayout;
  /** the brand kit's colours by name ({brand: name} references resolve here) */
  brandColours: Record<string, PrintColor>;
  /** alternates for spot inks a ColourRef names without one (default table: Silver, Gold) */
  spotAlternates?: Record<string, Cmyk>;
  /** fills product placeholders such as {{product.name}} in text (model/product fillPlaceholders) */
  placeholders?: (text: string) => string;
  /** the linked product's nutrition facts and edition, drawn by nutrition-table elements */
  nutrition?: { facts: Nutrition; edition: NutritionEdition };
  /** the product's GTIN, used by barcode elements whose gtin is "" */
  productGtin?: string;
  /** font for the barcode's human-readable digits */
  barcodeFontId?: string;
  /**
   * whether the advances of every character of `text` are known for this font; false: the
   * text is left out until they are (the composer fetches metrics as texts change, and must
   * never paint a layout made with guessed advances). Absent: metrics are always complete.
   */
  metricsReady?: (fontId: string, text: string) => boolean;
}

export interface BuildContext extends BuildSceneOptions {
  issues: Issue[];
  /** gaps of product fields with no value, for the composer's screen (fields.ts) */
  fieldMarks: FieldMark[];
}
