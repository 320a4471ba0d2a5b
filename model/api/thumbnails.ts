import { z } from 'zod';
import { defineCall } from './define';
import { SAMPLE_ID } from '../design/sample-id';

/**
 * What a thumbnail shows: a design of the library, a shipped sample, or a template's dieline
 * at given sizes. Every picker and list asks the same call (one mechanism, one cache).
 */
export const thumbnailSubjectSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('design'), id: z.string().min(1).max(100) }).strict(),
  z.object({ kind: z.literal('sample'), sample: z.string().regex(SAMPLE_ID) }).strict(),
  z
    .object({
      kind: z.literal('template'),
      template: z.object({ kind: z.string().min(1).max(60), params: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])).optional() }).strict(),
    })
    .strict(),
]);
export type ThumbnailSubject = z.infer<typeof thumbnailSubjectSchema>;

export const thumbnailCalls = {
  'thumbnails.get': defineCall(
    z.object({ subject: thumbnailSubjectSchema, size: z.number().int().min(48).max(480).default(240) }).strict(),
    z.object({ dataUrl: z.string(), widthPx: z.number(), heightPx: z.number() }),
    'PNG thumbnail (data URL, longest side = size) painted from the design document by the proof renderer, or a template drawn as its dieline; cached by content hash.',
  ),
};
