import { z } from 'zod';
import { CooperativeSchema, LABEL_EDITIONS } from '../product/schema';
import { defineCall, localizedSchema, BODY_LIMITS } from './define';

export const issueSchema = z.object({
  field: z.string(),
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  message: localizedSchema,
});

export const findingsSchema = z.object({ errors: z.array(issueSchema), warnings: z.array(issueSchema) });
export type Findings = z.infer<typeof findingsSchema>;

const id = z.string().trim().min(1).max(100);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

/**
 * A product file as the form holds it. Only the two ids must be present (they are the keys);
 * everything else may be half-filled: a draft with mistakes is saved and its findings are
 * returned, so nothing typed is lost. Export preflight is where errors block.
 */
export const productDraftSchema = z.object({
  cooperative: z.looseObject({ id }),
  product: z.looseObject({ id }),
});
export type ProductDraft = z.infer<typeof productDraftSchema>;

export const productSummarySchema = z.object({
  id: z.string(),
  name: z.object({ zh: z.string(), en: z.string().optional() }),
  kind: z.string(),
  cooperativeId: z.string(),
  cooperativeName: z.object({ zh: z.string(), en: z.string().optional() }),
  sample: z.boolean(),
  updatedAt: z.string(),
  errorCount: z.number().int(),
  warningCount: z.number().int(),
});
export type ProductSummary = z.infer<typeof productSummarySchema>;

export const productDetailSchema = z.object({
  file: productDraftSchema,
  sample: z.boolean(),
  updatedAt: z.string(),
  findings: findingsSchema,
  files: z.array(z.object({ sha256: z.string(), role: z.string() })),
});
export type ProductDetail = z.infer<typeof productDetailSchema>;

export const reminderSchema = z.object({
  productId: z.string(),
  productName: z.object({ zh: z.string(), en: z.string().optional() }),
  cooperativeName: z.object({ zh: z.string(), en: z.string().optional() }),
  certificateIndex: z.number().int(),
  kind: z.string(),
  certificateNo: z.string(),
  validTo: z.string(),
  /** negative: expired that many days ago */
  daysLeft: z.number().int(),
  status: z.enum(['expired', 'expiring']),
  message: localizedSchema,
});
export type Reminder = z.infer<typeof reminderSchema>;

export const labelItemSchema = z.object({ key: z.string(), label: localizedSchema, anyOf: z.array(z.array(z.string())).optional() });

export const productCalls = {
  'products.list': defineCall(z.object({}).strict(), z.array(productSummarySchema), 'Products (not deleted) with their cooperative and how many errors/warnings each has.'),
  'products.get': defineCall(z.object({ id }).strict(), productDetailSchema, 'One product file {cooperative, product} with its findings.'),
  'products.save': defineCall(
    z.object({ file: productDraftSchema, printDate: isoDate.optional() }).strict(),
    z.object({ id: z.string(), updatedAt: z.string(), findings: findingsSchema }),
    'Save a product and its cooperative, even with mistakes (a draft); returns the findings to show inline.',
    { maxBodyBytes: BODY_LIMITS.document },
  ),
  'products.validate': defineCall(
    z.object({ cooperative: z.unknown(), product: z.unknown(), printDate: z.string().max(20).optional() }).strict(),
    findingsSchema,
    'Check product facts against today (server clock) and an optional planned print date.',
    { maxBodyBytes: BODY_LIMITS.document },
  ),
  'products.delete': defineCall(z.object({ id }).strict(), z.object({ deleted: z.boolean() }), 'Hide a product (kept in the database; saving it again brings it back).'),
  'products.reminders': defineCall(
    z.object({ withinDays: z.number().int().min(0).max(365).default(30) }).strict(),
    z.object({ today: z.string(), items: z.array(reminderSchema) }),
    'Certificates that have expired or expire within the given days (default 30), soonest first.',
  ),
  'products.labelItems': defineCall(
    z.object({ productId: id, largestSurfaceCm2: z.number().positive().max(100_000).optional(), edition: z.enum(LABEL_EDITIONS).optional() }).strict(),
    z.object({ edition: z.enum(LABEL_EDITIONS), needsFoodLabel: z.boolean(), largestSurfaceCm2: z.number(), items: z.array(labelItemSchema) }),
    'The GB 7718 items a label of this product must carry, with their names.',
  ),
  'products.digitalLink': defineCall(
    z.object({ productId: id, withBatch: z.boolean().default(true) }).strict(),
    z.object({ url: z.string() }),
    'The GS1 Digital Link URL for the QR code (GTIN, and the batch when set).',
  ),
  'products.storyCard': defineCall(
    z
      .object({
        productId: id,
        /** motifs whose use the user confirmed (sensitive, ritual, community-only), as in the composer */
        confirmed: z.array(z.string().max(100)).max(50).default([]),
        /** motifs the user chose to leave off the card */
        leaveOut: z.array(z.string().max(100)).max(50).default([]),
      })
      .strict(),
    z.object({ designId: z.string(), name: z.string() }),
    'Make a two-sided brand-story card design (zh front, en back) from the product, its cooperative, brand kit and motifs.',
  ),
  'cooperatives.list': defineCall(
    z.object({}).strict(),
    z.array(z.object({ cooperative: z.looseObject({ id: z.string() }), sample: z.boolean(), updatedAt: z.string(), productCount: z.number().int() })),
    'Cooperatives with how many products each has.',
  ),
  'cooperatives.save': defineCall(
    z.object({ cooperative: CooperativeSchema }).strict(),
    z.object({ id: z.string(), updatedAt: z.string(), findings: findingsSchema }),
    'Create or update a cooperative; the USCC and contact details are checked.',
    { maxBodyBytes: BODY_LIMITS.document },
  ),
};
