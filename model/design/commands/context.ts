import type { TemplateResult } from '../../templates/types';
import type { Design, TemplateParams } from '../schema';

/** Builds a template's flat layout; model/templates' generateTemplate fits this shape. */
export type TemplateGenerator = (kind: string, params: TemplateParams) => TemplateResult;

/**
 * What some commands need from outside the document. Kept out of the command data so
 * commands stay plain JSON (loggable, replayable in tests).
 */
export interface CommandContext {
  /** a fresh element id not used in `doc`; the default gives "<prefix>-<n>" */
  newId?: (doc: Design, prefix: string) => string;
  /** used by set-template-params; default: model/templates' generateTemplate */
  generateTemplate?: TemplateGenerator;
}
