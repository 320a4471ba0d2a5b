import sharp from 'sharp';
import type { HandlersFor } from '../handler-types';
import type { StudioContext } from '../../services/studio';
import { exportServiceFor } from '../../services/export';

const png = (bytes: Buffer) => `data:image/png;base64,${bytes.toString('base64')}`;

/** Templates printed flat on sheets, where several copies per sheet save paper. */
export const N_UP_KINDS = /^(label|sticker|hang-tag)/;

export function exportHandlers(ctx: StudioContext): HandlersFor<'export.preflight' | 'export.pdf' | 'export.proof' | 'export.images'> {
  const service = () => exportServiceFor(ctx);
  return {
    'export.preflight': ({ designId, printDate }) => {
      const prepared = service().prepare(designId);
      const report = service().preflightPrepared(prepared, printDate);
      return {
        ...report,
        pages: prepared.scene.pages.map((p) => p.name),
        nUpOffered: N_UP_KINDS.test(prepared.design.template.kind),
        hasDieline: prepared.scene.pages.some((p) => !!p.dieline && p.dieline.cut.length + p.dieline.fold.length > 0),
        panels: Object.fromEntries(prepared.template.panels.map((p) => [p.id, p.name])),
      };
    },
    'export.pdf': async ({ designId, cropMarks, dielineName, nUp, force, printDate }) => {
      const result = await service().pdf(designId, { cropMarks, dielineName, nUp, force, printDate });
      return { base64: result.bytes.toString('base64'), fileName: result.fileName, report: result.report };
    },
    'export.proof': async ({ designId, page, dieline, force }) => {
      const bytes = await service().proof(designId, page, dieline, undefined, { force });
      const meta = await sharp(bytes).metadata();
      return { dataUrl: png(bytes), widthPx: meta.width ?? 0, heightPx: meta.height ?? 0 };
    },
    'export.images': async ({ designId, force }) => {
      const images = await service().images(designId, { force });
      return { main: png(images.main), detail: png(images.detail), mockup: png(images.mockup), mockup3d: png(images.mockup3d) };
    },
  };
}
