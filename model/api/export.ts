import { z } from 'zod';
import { defineCall, localizedSchema } from './define';

export const findingSchema = z.object({
  severity: z.enum(['error', 'warning']),
  code: z.string(),
  message: localizedSchema,
  where: z.object({ page: z.string(), panelId: z.string().optional(), elementId: z.string().optional() }),
  fix: localizedSchema,
  forceable: z.boolean().optional(),
  /** one-click repair: insert the missing label item's placeholder */
  action: z.object({ kind: z.literal('insert-placeholder'), placeholder: z.string() }).optional(),
});
export type FindingDto = z.infer<typeof findingSchema>;

export const preflightReportSchema = z.object({
  errors: z.array(findingSchema),
  warnings: z.array(findingSchema),
  /** no errors: export may go ahead */
  ok: z.boolean(),
  /** errors exist and each one may be overridden with force */
  canForce: z.boolean(),
});
export type PreflightReportDto = z.infer<typeof preflightReportSchema>;

const designId = z.string().min(1).max(100);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const exportCalls = {
  'export.preflight': defineCall(
    z.object({ designId, printDate: isoDate.optional() }).strict(),
    preflightReportSchema.extend({
      /** page names, for the proof's page picker */
      pages: z.array(z.string()),
      /** a flat label or sticker: step-and-repeat on a sheet makes sense */
      nUpOffered: z.boolean(),
      hasDieline: z.boolean(),
      /** panel names by id, for saying where a finding is in words */
      panels: z.record(z.string(), localizedSchema),
    }),
    'Check a design before printing: errors block export, warnings advise (each with where and how to fix).',
  ),
  'export.pdf': defineCall(
    z
      .object({
        designId,
        cropMarks: z.boolean().default(true),
        dielineName: z.enum(['Dieline', 'CutContour']).default('Dieline'),
        nUp: z.object({ sheet: z.enum(['A4', 'A3']), gapMm: z.number().min(0).max(20).default(4) }).strict().optional(),
        force: z.boolean().default(false),
        printDate: isoDate.optional(),
      })
      .strict(),
    z.object({ base64: z.string(), fileName: z.string(), report: preflightReportSchema }),
    'Print-ready PDF/X-4 of a design; refused with error export.blocked (details.report) while errors block.',
  ),
  'export.proof': defineCall(
    z.object({ designId, page: z.number().int().min(0).max(50), dieline: z.boolean().default(true), force: z.boolean().default(false) }).strict(),
    z.object({ dataUrl: z.string(), widthPx: z.number(), heightPx: z.number() }),
    'PNG proof of one page (0-based) with bleed, with or without the die lines; refused with export.blocked like the PDF.',
  ),
  'export.images': defineCall(
    z.object({ designId, force: z.boolean().default(false) }).strict(),
    z.object({ main: z.string(), detail: z.string(), mockup: z.string(), mockup3d: z.string() }),
    'Shop pictures as PNG data URLs: 800x800 main, 750-wide detail (the product facts), flat-lay mockup, 1200x1200 3D mockup; refused with export.blocked like the PDF.',
  ),
};
