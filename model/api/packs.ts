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
      action: z.enum(['new', 'update', 'unchanged', 'conflict']),
      reason: localizedSchema.optional(),
    }),
  ),
});
export type PackPlanDto = z.infer<typeof packPlanSchema>;

export const packCalls = {
  'packs.export': defineCall(
    z.object({ ids: z.array(z.string().uuid()).max(5000).optional() }).strict(),
    z.object({ fileName: z.string(), base64: z.string(), count: z.number() }),
    'Export the chosen motifs (default: all published) as one .jxpack file.',
    { maxBodyBytes: BODY_LIMITS.list },
  ),
  'packs.preview': defineCall(z.object({ base64: base64Schema }).strict(), packPlanSchema, 'Verify a pack and say what importing it would do (new / update / conflict).', { maxBodyBytes: BODY_LIMITS.upload }),
  'packs.apply': defineCall(z.object({ base64: base64Schema }).strict(), packPlanSchema, 'Import a verified pack in one transaction (curator mode); conflicts are left alone.', { maxBodyBytes: BODY_LIMITS.upload }),
};
