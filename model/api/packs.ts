import { z } from 'zod';
import { base64Schema, defineCall, localizedSchema, BODY_LIMITS } from './define';

export const packPlanSchema = z.object({
  packId: z.string(),
  creator: z.string(),
  createdAt: z.string(),
  items: z.array(
    z.object({
      id: z.string(),
      slug: z.string(),
      names: z.object({ zh: z.string(), en: z.string() }),
      action: z.enum(['new', 'update', 'unchanged', 'conflict', 'refused']),
      reason: localizedSchema.optional(),
      /** every change of label, status and artwork (from is null for a record new here) */
      changes: z.array(z.object({ field: z.enum(['label', 'status', 'artwork']), from: z.string().nullable(), to: z.string() })),
    }),
  ),
  /** keys that signed records in the pack, and whether this studio trusts them */
  signers: z.array(z.object({ fingerprint: z.string(), name: z.string(), trustedHere: z.boolean() })),
  /** trust files the pack carries: shown, never imported from here */
  trustFiles: z.array(z.object({ studio: z.string(), steward: z.string(), trustedHere: z.boolean() })),
});
export type PackPlanDto = z.infer<typeof packPlanSchema>;

export const packCalls = {
  'packs.export': defineCall(
    z.object({ ids: z.array(z.string().uuid()).max(5000).optional() }).strict(),
    z.object({ fileName: z.string(), base64: z.string(), count: z.number() }),
    'Export the chosen motifs (default: all published) as one .jxpack file.',
    { maxBodyBytes: BODY_LIMITS.list },
  ),
  'packs.preview': defineCall(z.object({ base64: base64Schema }).strict(), packPlanSchema, 'Verify a pack and say what importing it would do (new / update / unchanged / conflict / refused), with every change of label, status and artwork; nothing is written (the dry run).', { maxBodyBytes: BODY_LIMITS.upload }),
  'packs.apply': defineCall(z.object({ base64: base64Schema }).strict(), packPlanSchema, 'Import a verified pack in one transaction (curator mode); signatures are checked against this studio\'s trust list, conflicts and refusals are left alone.', { maxBodyBytes: BODY_LIMITS.upload }),
};
