/**
 * The design document: what the user made, in millimetres, as plain JSON.
 *
 * It is the single source of truth for the composer: fabric objects on screen and the
 * PDF on paper are both built from it (through model/design/scene-builder). Anything the
 * canvas needs to remember must therefore live here, and every change to this schema
 * needs a migration step in model/design/migrations/ and a fixture in
 * tests/fixtures/designs/.
 */
import { z } from 'zod';

/** Bundled Chinese font (LXGW WenKai Regular, OFL) as the font service names it. */
export const DEFAULT_FONT_ID = 'lxgw-wenkai-regular';

/** Bump together with a new file in migrations/ (never edit a shipped step). */
export const DESIGN_SCHEMA_VERSION = 4;

const percent = z.number().min(0).max(100);

export const CmykSchema = z.object({ c: percent, m: percent, y: percent, k: percent });

/**
 * A colour as the user chose it. `brand` is a reference by name into the brand kit, so
 * that changing a brand colour updates every design that uses it; the scene builder
 * resolves it. Spot colours may carry their own alternate; otherwise the builder's
 * table of known inks (Silver, Gold, ...) supplies it.
 */
export const ColourRefSchema = z.union([
  z.object({ brand: z.string().min(1) }),
  z.object({ cmyk: CmykSchema }),
  z.object({
    spot: z.object({
      name: z.string().min(1),
      tint: z.number().min(0).max(1),
      alternate: CmykSchema.optional(),
    }),
  }),
]);
export type ColourRef = z.infer<typeof ColourRefSchema>;

/** Artwork colours are keyed by their lower-case "#rrggbb" in the motif's SVG. */
export const HexKeySchema = z.string().regex(/^#[0-9a-f]{6}$/, 'lower-case #rrggbb');
export const ColourMapSchema = z.record(HexKeySchema, ColourRefSchema);
export type ColourMap = z.infer<typeof ColourMapSchema>;

/**
 * Placement of an element's box on its page, mm, origin top-left of the trim box, y down.
 * Rotation (degrees, clockwise on screen) and flips act about the box centre, so the
 * box's stored x/y stay those of the unrotated box, as fabric shows them.
 */
export const TransformSchema = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number().min(0),
  height: z.number().min(0),
  rotation: z.number(),
  flipX: z.boolean().optional(),
  flipY: z.boolean().optional(),
});
export type Transform = z.infer<typeof TransformSchema>;

const common = {
  id: z.string().min(1),
  name: z.string(),
  page: z.string().min(1),
  /** the template panel the element belongs to; it follows that panel when the template changes */
  panelId: z.string().min(1).optional(),
  transform: TransformSchema,
  opacity: z.number().min(0).max(1),
  locked: z.boolean(),
  hidden: z.boolean(),
};

export const MotifElementSchema = z.object({
  ...common,
  kind: z.literal('motif'),
  motifId: z.string().min(1),
  colourMap: ColourMapSchema,
});

export const PatternElementSchema = z.object({
  ...common,
  kind: z.literal('pattern'),
  motifId: z.string().min(1),
  /** tile: a grid over the element box; border: a strip of copies along an edge of the box */
  mode: z.enum(['tile', 'border']),
  edge: z.enum(['top', 'bottom', 'left', 'right', 'all']).optional(),
  /** width of one copy, mm (its height follows the motif's aspect ratio) */
  tileMm: z.number().positive(),
  spacingMm: z.number().min(0),
  /** x: every other column is mirrored left-right; y: every other row top-bottom */
  mirror: z.enum(['none', 'x', 'y', 'xy']),
  /** a pattern never spills over a fold onto the next panel */
  clipToPanel: z.literal(true),
  colourMap: ColourMapSchema,
});

export const TextElementSchema = z.object({
  ...common,
  kind: z.literal('text'),
  text: z.string(),
  fontId: z.string().min(1),
  sizePt: z.number().positive(),
  /** multiple of the font size */
  lineHeight: z.number().positive(),
  /** justify spreads horizontal lines (not the last) to the full width */
  align: z.enum(['start', 'center', 'end', 'justify']),
  direction: z.enum(['horizontal', 'vertical']),
  colour: ColourRefSchema,
  role: z.enum(['credit-block', 'body', 'title']).optional(),
});

export const ImageElementSchema = z.object({
  ...common,
  kind: z.literal('image'),
  assetId: z.string().min(1),
  pixelWidth: z.number().int().positive(),
  pixelHeight: z.number().int().positive(),
  crop: z
    .object({
      left: z.number().min(0),
      top: z.number().min(0),
      width: z.number().positive(),
      height: z.number().positive(),
    })
    .optional(),
});

export const ShapeElementSchema = z.object({
  ...common,
  kind: z.literal('shape'),
  /** a line runs from the box's top-left to its bottom-right corner (height 0: horizontal) */
  shape: z.enum(['rect', 'ellipse', 'line']),
  fill: ColourRefSchema.optional(),
  stroke: z.object({ colour: ColourRefSchema, widthMm: z.number().positive() }).optional(),
});

export const QrElementSchema = z.object({
  ...common,
  kind: z.literal('qr'),
  content: z.string().min(1),
  ecLevel: z.enum(['L', 'M', 'Q', 'H']),
});

/** GTIN-8/12/13/14 with a correct mod-10 check digit, or "" = take the product's GTIN. */
export function gtinCheckDigitOk(gtin: string): boolean {
  if (!/^(\d{8}|\d{12,14})$/.test(gtin)) return false;
  const digits = gtin.split('').map(Number);
  const check = digits.pop() as number;
  // weights 3,1,3,1... counted from the digit next to the check digit
  let sum = 0;
  digits.reverse().forEach((d, i) => (sum += d * (i % 2 === 0 ? 3 : 1)));
  return (10 - (sum % 10)) % 10 === check;
}

export const BarcodeElementSchema = z.object({
  ...common,
  kind: z.literal('barcode'),
  gtin: z.string().refine((g) => g === '' || gtinCheckDigitOk(g), {
    message: 'GTIN must be 8, 12, 13 or 14 digits with a correct check digit, or empty to use the product GTIN',
  }),
  /** 0.8..2.0 of the nominal EAN-13 size (37.29 x 25.93 mm at 1.0) */
  magnification: z.number().min(0.8).max(2),
});

/**
 * The GB 28050 nutrition table drawn as a real ruled table from the linked product's facts
 * (model/design/scene/nutrition-table.ts): vertical (the standard's basic format) or horizontal
 * (side by side, for wide, low labels). The edition follows the product's label edition.
 */
export const NutritionTableElementSchema = z.object({
  ...common,
  kind: z.literal('nutrition-table'),
  layout: z.enum(['vertical', 'horizontal']),
  fontId: z.string().min(1),
  sizePt: z.number().positive(),
  colour: ColourRefSchema,
});

export const ElementSchema = z.discriminatedUnion('kind', [
  MotifElementSchema,
  PatternElementSchema,
  TextElementSchema,
  ImageElementSchema,
  ShapeElementSchema,
  QrElementSchema,
  BarcodeElementSchema,
  NutritionTableElementSchema,
]);

export type MotifElement = z.infer<typeof MotifElementSchema>;
export type PatternElement = z.infer<typeof PatternElementSchema>;
export type TextElement = z.infer<typeof TextElementSchema>;
export type ImageElement = z.infer<typeof ImageElementSchema>;
export type ShapeElement = z.infer<typeof ShapeElementSchema>;
export type QrElement = z.infer<typeof QrElementSchema>;
export type BarcodeElement = z.infer<typeof BarcodeElementSchema>;
export type NutritionTableElement = z.infer<typeof NutritionTableElementSchema>;
export type Element = z.infer<typeof ElementSchema>;
export type ElementKind = Element['kind'];

export const TemplateParamsSchema = z.record(z.string(), z.union([z.number(), z.string(), z.boolean()]));
export type TemplateParams = z.infer<typeof TemplateParamsSchema>;

/**
 * The credit lines that placed motifs require (from the motifs' usage labels), and the
 * text element that prints them. Kept in the document so that the composer can refuse
 * to delete or hide the block while a motif that needs it is still placed.
 */
export const CreditsSchema = z.object({
  blockId: z.string().min(1).nullable(),
  lines: z.array(
    z.object({
      motifId: z.string().min(1),
      text: z.object({ zh: z.string(), en: z.string() }),
    }),
  ),
});
export type Credits = z.infer<typeof CreditsSchema>;

/** The pieces a product's package can be made of (GB 7718 items may be spread over them). */
export const PACKAGE_PIECES = ['front-label', 'back-label', 'box', 'hang-tag'] as const;
export type PackagePiece = (typeof PACKAGE_PIECES)[number];

/**
 * A design may declare itself one piece of its product's package: all designs of the same
 * product with the same package name are checked together (GB 7718 items over the whole
 * package). Absent = the design is a package on its own.
 */
export const PackageRefSchema = z.object({
  /** e.g. "500 g 瓶装"; designs of one product with the same name form one package */
  name: z.string().trim().min(1),
  piece: z.enum(PACKAGE_PIECES),
});
export type PackageRef = z.infer<typeof PackageRefSchema>;

export const DesignSchema = z.object({
  schemaVersion: z.literal(DESIGN_SCHEMA_VERSION),
  id: z.string().min(1),
  name: z.string(),
  productId: z.string().min(1).optional(),
  package: PackageRefSchema.optional(),
  brandKitId: z.string().min(1).optional(),
  template: z.object({ kind: z.string().min(1), params: TemplateParamsSchema }),
  pages: z.array(z.object({ name: z.string().min(1) })).min(1),
  /** back to front: later elements paint over earlier ones */
  elements: z.array(ElementSchema),
  credits: CreditsSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Design = z.infer<typeof DesignSchema>;

export function elementUsesMotif(el: Element): string | undefined {
  return el.kind === 'motif' || el.kind === 'pattern' ? el.motifId : undefined;
}
