import { z } from 'zod';
import { base64Schema, defineCall, localizedSchema, BODY_LIMITS } from './define';

const action = z.enum(['new', 'kept', 'copy']);

/** What opening a design file did (electron/services/designs/file/design-file-import.ts). */
export const designFileImportSchema = z.object({
  design: z.object({ id: z.string(), name: z.string(), action: z.enum(['new', 'unchanged', 'copy']), fileDesignId: z.string() }),
  motifs: z.array(
    z.object({
      id: z.string(),
      slug: z.string(),
      names: z.object({ zh: z.string(), en: z.string() }),
      action: z.enum(['new', 'kept', 'refused']),
      status: z.enum(['draft', 'in-review', 'published', 'withdrawn']),
      reason: localizedSchema.optional(),
    }),
  ),
  brandKit: z.object({ id: z.string(), action }).optional(),
  product: z.object({ id: z.string(), action, cooperative: z.enum(['new', 'kept']) }).optional(),
  files: z.number(),
  creator: z.string(),
  createdAt: z.string(),
});
export type DesignFileImportDto = z.infer<typeof designFileImportSchema>;

/**
 * Design files (.jxdesign) cross the contract as base64, like packs: in browser mode the renderer
 * downloads and uploads them; in the desktop window the same calls serve the save and open dialogs.
 */
export const designFileCalls = {
  'designs.exportFile': defineCall(
    z.object({ id: z.string().min(1).max(100) }).strict(),
    z.object({ fileName: z.string(), base64: z.string(), motifs: z.number(), files: z.number() }),
    "Write a design as one .jxdesign file: its photos, the motifs it places (records with signatures, master artwork), its brand kit and its product's facts. Refused, naming the motif, when a motif's label forbids it to leave.",
  ),
  'designs.openFile': defineCall(
    z.object({ base64: base64Schema }).strict(),
    designFileImportSchema,
    'Open a .jxdesign file into this studio: verified like a motif pack; nothing here is overwritten (library records stay, colliding ids get copies).',
    { maxBodyBytes: BODY_LIMITS.upload },
  ),
};
