import type { HandlersFor } from '../handler-types';
import type { StudioContext } from '../../services/studio';
import { exportDesignFile, importDesignFile } from '../../services/designs/file';
import { intakeBytes, INTAKE_RULES } from '../../services/intake/intake';

export function designFileHandlers(ctx: StudioContext): HandlersFor<'designs.exportFile' | 'designs.openFile'> {
  const who = () => ctx.curators.status().active ?? 'jinxiu-studio';
  return {
    'designs.exportFile': ({ id }) => {
      const { fileName, bytes, manifest } = exportDesignFile(ctx, id, { name: who() });
      return { fileName, base64: Buffer.from(bytes).toString('base64'), motifs: manifest.motifs.length, files: manifest.assets.length };
    },
    'designs.openFile': ({ base64 }) => importDesignFile(ctx, intakeBytes('design.jxdesign', Buffer.from(base64, 'base64'), INTAKE_RULES.designFile).bytes, who()),
  };
}
