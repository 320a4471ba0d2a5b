import { z } from 'zod';
import { DesignSchema, PackageRefSchema } from '../design/schema';
import { SAMPLE_ID } from '../design/sample-id';
import { brandKitSchema } from '../brand/schema';
import { base64Schema, defineCall, localizedSchema, BODY_LIMITS } from './define';

export const designSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  templateKind: z.string(),
  productId: z.string().nullable(),
  updatedAt: z.string(),
  elementCount: z.number(),
});
export type DesignSummary = z.infer<typeof designSummarySchema>;

export const snapshotSchema = z.object({ id: z.number(), designId: z.string(), name: z.string(), createdAt: z.string() });

const designId = z.object({ id: z.string().min(1).max(100) }).strict();

export const designCalls = {
  'designs.list': defineCall(z.object({}).strict(), z.array(designSummarySchema), 'All designs, newest first.'),
  'designs.create': defineCall(
    z
      .object({
        name: z.string().trim().min(1).max(120),
        template: z.object({ kind: z.string().min(1), params: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])) }),
        productId: z.string().optional(),
        /** one piece of the product's package (front label, back label, box, hang tag) */
        package: PackageRefSchema.optional(),
        brandKitId: z.string().optional(),
      })
      .strict(),
    DesignSchema,
    'Create an empty design from a template and its parameters.',
    { maxBodyBytes: BODY_LIMITS.document },
  ),
  'designs.samples': defineCall(z.object({}).strict(), z.array(z.object({ sample: z.string(), name: z.string(), templateKind: z.string() })), 'Sample designs shipped in assets/samples/designs, then the gallery of finished designs (ids gallery/...).'),
  'designs.createFromSample': defineCall(z.object({ sample: z.string().regex(SAMPLE_ID) }).strict(), DesignSchema, 'Copy a shipped sample design (top level or gallery/...) into the library of designs.'),
  'designs.get': defineCall(designId, z.object({ design: DesignSchema, repairs: z.array(z.object({ field: z.string(), message: localizedSchema })) }), 'Open a design (old versions are migrated; repairs are listed).'),
  'designs.save': defineCall(
    z.object({ design: DesignSchema, reason: z.enum(['autosave', 'close', 'explicit']).default('autosave') }).strict(),
    z.object({ updatedAt: z.string() }),
    'Save the whole document (autosave is debounced by the renderer; also sent on window close).',
    { maxBodyBytes: BODY_LIMITS.document },
  ),
  'designs.rename': defineCall(z.object({ id: z.string(), name: z.string().trim().min(1).max(120) }).strict(), designSummarySchema, 'Rename a design.'),
  'designs.duplicate': defineCall(designId, DesignSchema, 'Copy a design under a new id.'),
  'designs.delete': defineCall(designId, z.object({ deleted: z.boolean() }), 'Move a design to the bin (kept, restorable).'),
  'designs.bin': defineCall(z.object({}).strict(), z.array(designSummarySchema.extend({ deletedAt: z.string() })), 'Designs in the bin, most recently deleted first.'),
  'designs.restore': defineCall(designId, designSummarySchema, 'Bring a design back from the bin.'),
  'designs.snapshot': defineCall(z.object({ id: z.string(), name: z.string().trim().min(1).max(120) }).strict(), snapshotSchema, 'Keep a named snapshot of the current state.'),
  'designs.snapshots': defineCall(designId, z.array(snapshotSchema), 'Named snapshots of a design.'),
  'designs.restoreSnapshot': defineCall(z.object({ id: z.string(), snapshotId: z.number().int() }).strict(), DesignSchema, 'Bring back a snapshot (the current state is snapshotted first).'),
  'designs.usingMotif': defineCall(z.object({ motifId: z.string() }).strict(), z.array(designSummarySchema), 'Every design that places this motif (for withdrawals).'),
};

export const brandCalls = {
  'brand.list': defineCall(z.object({}).strict(), z.array(brandKitSchema), 'All brand kits.'),
  'brand.save': defineCall(z.object({ kit: brandKitSchema }).strict(), brandKitSchema, 'Create or update a brand kit (validated).', { maxBodyBytes: BODY_LIMITS.document }),
  'brand.uploadLogo': defineCall(
    z.object({ kitId: z.string(), name: z.string().max(300), base64: base64Schema }).strict(),
    brandKitSchema,
    'Set the logo of a brand kit from an SVG (sanitized) or PNG file.',
    { maxBodyBytes: BODY_LIMITS.logo },
  ),
  'brand.logo': defineCall(z.object({ kitId: z.string() }).strict(), z.object({ dataUrl: z.string().nullable() }), 'The logo of a brand kit as a data URL, for previews.'),
};

export const fontInfoSchema = z.object({ id: z.string(), family: z.string(), name: localizedSchema, licence: z.string(), source: z.enum(['bundled', 'user']) });

export const fontCalls = {
  'fonts.list': defineCall(z.object({}).strict(), z.array(fontInfoSchema), 'Fonts the studio can use (bundled OFL fonts and imported ones).'),
  'fonts.metrics': defineCall(
    z.object({ fontId: z.string(), text: z.string().max(20_000) }).strict(),
    z.object({ fontId: z.string(), unitsPerEm: z.number(), ascender: z.number(), descender: z.number(), lineGap: z.number(), advances: z.record(z.string(), z.number()), missing: z.array(z.number()) }),
    'Advance widths for the characters of a text: the renderer lays text out with the same numbers as the PDF.',
    { maxBodyBytes: BODY_LIMITS.list },
  ),
  'fonts.file': defineCall(
    z.object({ fontId: z.string(), text: z.string().max(20_000).optional() }).strict(),
    z.object({ fontId: z.string(), family: z.string(), base64: z.string() }),
    'The font file, for the canvas to draw with the very font that will be embedded; with `text`, only the glyphs of those characters (the subset the PDF embeds: a few KB instead of a 15 MB CJK file).',
    { maxBodyBytes: BODY_LIMITS.list },
  ),
  'fonts.import': defineCall(z.object({ name: z.string().max(300), base64: base64Schema }).strict(), fontInfoSchema, "Add the cooperative's own TTF/OTF font (checked by content).", { maxBodyBytes: BODY_LIMITS.upload }),
};

export const assetCalls = {
  'assets.upload': defineCall(
    z.object({ name: z.string().max(300), base64: base64Schema, purpose: z.enum(['photo', 'evidence']) }).strict(),
    z.object({ assetId: z.string(), pixelWidth: z.number(), pixelHeight: z.number(), preview: z.string() }),
    'Store a product photo (or certificate evidence) through the intake checks; returns its id and a preview.',
    { maxBodyBytes: BODY_LIMITS.upload },
  ),
  'assets.preview': defineCall(z.object({ assetId: z.string().regex(/^[0-9a-f]{64}$/) }).strict(), z.object({ preview: z.string(), pixelWidth: z.number(), pixelHeight: z.number() }), 'A screen preview of a stored image.'),
};
