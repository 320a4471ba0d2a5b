import { z } from 'zod';
import { defineCall, localizedSchema } from './define';

/** Settings → "Sync with hub": the same SyncService as `jinxiu sync` (electron/services/sync). */
export const syncReportSchema = z.object({
  hub: z.string(),
  cursor: z.number(),
  pulled: z.object({ new: z.number(), updated: z.number(), unchanged: z.number(), conflict: z.number(), refused: z.number() }),
  downloaded: z.object({ files: z.number(), bytes: z.number(), reused: z.number() }),
  pushed: z.object({ accepted: z.number(), unchanged: z.number(), refused: z.array(z.object({ id: z.string(), reason: localizedSchema })) }),
  trustFile: z.object({ status: z.enum(['imported', 'current', 'unconfirmed', 'none']), display: z.string().optional() }),
});
export type SyncReportDto = z.infer<typeof syncReportSchema>;

export const syncCalls = {
  'sync.run': defineCall(
    z
      .object({
        hub: z.string().trim().min(1).max(500),
        user: z.string().trim().min(1).max(64),
        password: z.string().min(1).max(200),
        fingerprint: z.string().trim().max(200).optional(),
      })
      .strict(),
    syncReportSchema,
    "Sync with a province curation hub: pull what changed (verified like a pack, applied in one transaction), push this cooperative's own motifs for review.",
  ),
};
