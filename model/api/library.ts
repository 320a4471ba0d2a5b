import { z } from 'zod';
import { motifRecordSchema, MOTIF_STATUSES } from '../motif/schema';
import { USAGE_LABEL_IDS } from '../motif/labels';
import { base64Schema, defineCall, localizedSchema, BODY_LIMITS } from './define';

const decisionSchema = z.object({
  allowed: z.boolean(),
  reason: localizedSchema.optional(),
  caution: localizedSchema.optional(),
  needsConfirmation: z.boolean().optional(),
});

const usageKindSchema = z.enum(['label', 'notice', 'own-work']);

export const usagePresentationSchema = z.object({
  kind: usageKindSchema,
  badge: localizedSchema,
  placedBy: localizedSchema,
  explanation: localizedSchema,
  notices: z.array(z.object({ id: z.string(), name: localizedSchema, explanation: localizedSchema })),
});

export const motifSummarySchema = z.object({
  id: z.string(),
  slug: z.string(),
  names: z.object({ zh: z.string(), en: z.string(), miao: z.string().optional() }),
  craft: z.string(),
  techniques: z.array(z.string()),
  region: z.string(),
  status: z.enum(MOTIF_STATUSES),
  usageLabel: z.enum(USAGE_LABEL_IDS),
  summary: localizedSchema,
  version: z.number(),
  updatedAt: z.string(),
  /** may it be placed on a commercial product design (before confirmation) */
  placeable: decisionSchema,
  /** how its rule reads: the community's label, the studio's notice, or the cooperative's own artwork */
  usage: z.object({ kind: usageKindSchema, badge: localizedSchema }),
});
export type MotifSummary = z.infer<typeof motifSummarySchema>;

export const searchInputSchema = z
  .object({
    query: z.string().max(200).default(''),
    craft: z.string().max(40).optional(),
    technique: z.string().max(40).optional(),
    region: z.string().max(80).optional(),
    label: z.enum(USAGE_LABEL_IDS).optional(),
    status: z.enum(MOTIF_STATUSES).optional(),
    /** cooperative view: only published motifs a cooperative may see; own: the cooperative's own artwork */
    view: z.enum(['cooperative', 'curator', 'own']).default('cooperative'),
    limit: z.number().int().min(1).max(500).default(60),
    offset: z.number().int().min(0).default(0),
  })
  .strict();
export type SearchInput = z.input<typeof searchInputSchema>;

export const auditEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  note: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditRow = z.infer<typeof auditEntrySchema>;

export const whereUsedSchema = z.array(z.object({ designId: z.string(), name: z.string(), updatedAt: z.string() }));

/** One signature as the audit trail shows it, with what the studio made of it. */
export const signatureViewSchema = z.object({
  action: z.string(),
  signer: z.string(),
  /** key fingerprint */
  key: z.string(),
  at: z.string(),
  label: z.string().optional(),
  reason: z.string().optional(),
  /** the signer's person (a fingerprint standing for the studio or partner it belongs to), for trusted keys */
  person: z.string().optional(),
  /** a key of this studio (every local key is the same one person) */
  local: z.boolean(),
  /** made over the record's current content */
  currentContent: z.boolean(),
  /** why it does not count: malformed, other-record, key-mismatch, bad-signature, future, untrusted */
  problem: z.string().optional(),
});
export type SignatureView = z.infer<typeof signatureViewSchema>;

/** How the record's status was decided: from signatures and the trust list, or by the app's release. */
export const motifTrustSchema = z.object({
  contentHash: z.string(),
  publishedBy: z.enum(['signatures', 'release']).nullable(),
  /** the studio's release of this record (starter library), when there is one */
  release: z.object({ edition: z.string(), current: z.boolean() }).nullable(),
  /** distinct people whose approvals of the current content count */
  approvingPeople: z.number().int(),
  pendingLabel: z.object({ label: z.string(), people: z.number().int() }).optional(),
  signatures: z.array(signatureViewSchema),
});
export type MotifTrust = z.infer<typeof motifTrustSchema>;

export const motifDetailSchema = z.object({
  record: motifRecordSchema,
  source: z.enum(['starter', 'import', 'pack']),
  files: z.array(z.object({ name: z.string(), role: z.string(), sha256: z.string() })),
  audit: z.array(auditEntrySchema),
  whereUsed: whereUsedSchema,
  rules: z.object({ show: decisionSchema, place: decisionSchema, credit: localizedSchema.optional(), label: z.object({ name: localizedSchema, explanation: localizedSchema }), usage: usagePresentationSchema }),
  trust: motifTrustSchema,
});
export type MotifDetail = z.infer<typeof motifDetailSchema>;

export const importResultSchema = z.object({
  file: z.string(),
  status: z.enum(['imported', 'duplicate', 'rejected']),
  id: z.string().optional(),
  error: localizedSchema.optional(),
  removed: z.array(z.string()).optional(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

const idInput = z.object({ id: z.string().uuid() }).strict();

export const libraryCalls = {
  'library.search': defineCall(
    searchInputSchema,
    /** capped: the server stopped counting at its ceiling, so `total` means "at least" */
    z.object({ total: z.number(), capped: z.boolean(), items: z.array(motifSummarySchema) }),
    'Search motifs by text (zh/en, any length) and filters.',
  ),
  'library.facets': defineCall(z.object({}).strict(), z.object({ crafts: z.array(z.string()), techniques: z.array(z.string()), regions: z.array(z.string()) }), 'Values offered in the library filters.'),
  'library.get': defineCall(idInput, motifDetailSchema, 'One motif with provenance, consent, label rules, history and where-used.'),
  'library.thumbnails': defineCall(z.object({ ids: z.array(z.string().uuid()).max(200) }).strict(), z.record(z.string(), z.string()), 'PNG thumbnails as data URLs, by motif id.'),
  'library.artwork': defineCall(idInput, z.object({ svg: z.string().optional(), preview: z.string().optional(), viewBox: z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() }).optional() }), 'The sanitized SVG master (or a raster preview data URL) for the canvas.'),
  'library.import': defineCall(
    z.object({ files: z.array(z.object({ name: z.string().max(300), base64: base64Schema })).min(1).max(50) }).strict(),
    z.array(importResultSchema),
    'Import SVG/PNG/JPEG/TIFF/WebP files as draft motifs (curator mode).',
    { maxBodyBytes: BODY_LIMITS.upload },
  ),
  'library.update': defineCall(
    z.object({ id: z.string().uuid(), expectedVersion: z.number().int(), changes: z.record(z.string(), z.unknown()) }).strict(),
    motifDetailSchema,
    'Edit a draft motif record (curator mode); refused if someone else changed it meanwhile.',
    { maxBodyBytes: BODY_LIMITS.document },
  ),
  'library.transition': defineCall(
    z
      .object({
        id: z.string().uuid(),
        action: z.enum(['submit', 'request-changes', 'approve', 'withdraw', 'resubmit', 'relabel']),
        note: z.string().max(2000).optional(),
        /** the label asked for (relabel only) */
        label: z.enum(USAGE_LABEL_IDS).optional(),
      })
      .strict(),
    motifDetailSchema,
    'Sign a review action on a motif (curator mode): submit, request changes, approve, withdraw, resubmit, relabel. Published = approvals by two different trusted people.',
  ),
};

const ownWorkInput = z
  .object({
    file: z.object({ name: z.string().max(300), base64: base64Schema }).strict(),
    names: z.object({ zh: z.string().trim().min(1).max(120), en: z.string().trim().min(1).max(120) }).strict(),
    cooperativeId: z.string().trim().min(1).max(100),
    cooperativeName: z.string().trim().min(1).max(200),
    maker: z.string().trim().min(1).max(200),
    makerConsent: z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), statement: z.string().trim().min(1).max(2000) }).strict(),
  })
  .strict();

export const ownArtworkCalls = {
  'library.addOwnArtwork': defineCall(
    ownWorkInput,
    importResultSchema,
    "Add the cooperative's own artwork (logo, a member's design, with the maker's consent): usable in its designs without curation, credited to the maker; joins the shared library only through review.",
    { maxBodyBytes: BODY_LIMITS.upload },
  ),
};

/** What the composer needs per motif: the record (for label rules and credit lines) and its artwork. */
export const motifForDesignSchema = z.object({
  record: motifRecordSchema,
  svg: z.string().optional(),
  preview: z.string().optional(),
});

export const libraryDesignCalls = {
  'library.forDesign': defineCall(
    z.object({ ids: z.array(z.string().uuid()).max(200) }).strict(),
    z.record(z.string(), motifForDesignSchema),
    'Records and artwork of the motifs a design places (withdrawn ones included, so a design can still open and explain).',
  ),
};
