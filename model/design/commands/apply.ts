/**
 * The one way the composer changes a design: `applyCommand(doc, cmd)` returns a new
 * document (the old one is untouched; unchanged elements are shared). Canvas gestures,
 * menus and shortcuts all end here, and history.ts stores the results.
 */
import { generateTemplate } from '../../templates/index';
import type { TemplateResult } from '../../templates/types';
import { reassignPanels } from '../panel-membership';
import { StudioError } from '../../localized';
import type { Design } from '../schema';
import { addElement, type AddElement } from './add-element';
import { align, type Align } from './align';
import type { CommandContext } from './context';
import { creditProblem, syncCredits, type SyncCredits } from './credits';
import { distribute, type Distribute } from './distribute';
import { duplicate, paste, type Duplicate, type Paste } from './duplicate';
import { removeElements, type RemoveElements } from './remove-elements';
import { reorder, type Reorder } from './reorder';
import { rename, setFlags, type Rename, type SetFlags } from './set-flags';
import { setTemplateParams, type SetTemplateParams } from './set-template-params';
import { updateElement, type UpdateElement } from './update-element';

export type Command =
  | AddElement
  | UpdateElement
  | RemoveElements
  | Reorder
  | Align
  | Distribute
  | SetFlags
  | Rename
  | Duplicate
  | Paste
  | SetTemplateParams
  | SyncCredits;

export type CommandType = Command['type'];

function run(doc: Design, cmd: Command, ctx: CommandContext): Design {
  switch (cmd.type) {
    case 'add-element': return addElement(doc, cmd);
    case 'update-element': return updateElement(doc, cmd);
    case 'remove-elements': return removeElements(doc, cmd);
    case 'reorder': return reorder(doc, cmd);
    case 'align': return align(doc, cmd);
    case 'distribute': return distribute(doc, cmd);
    case 'set-flags': return setFlags(doc, cmd);
    case 'rename': return rename(doc, cmd);
    case 'duplicate': return duplicate(doc, cmd, ctx);
    case 'paste': return paste(doc, cmd, ctx);
    case 'set-template-params': return setTemplateParams(doc, cmd, ctx);
    case 'sync-credits': return syncCredits(doc, cmd.credits, cmd.placement, ctx);
  }
}

/**
 * Applies one command. Throws a StudioError (nothing changes) when the command is not
 * allowed, including any edit that would leave attribution-required motifs without
 * their printed credit (removing, hiding or emptying the credit block).
 */
export function applyCommand(doc: Design, cmd: Command, ctx: CommandContext = {}): Design {
  let next = run(doc, cmd, ctx);
  if (next === doc) return doc;
  // an element belongs to the panel under its centre: recomputed for whatever moved, resized,
  // rotated, changed page or was added (a template change carries elements with their panels itself)
  if (cmd.type !== 'set-template-params') {
    const template = templateOf(next, ctx);
    if (template) next = reassignPanels(doc, next, template);
  }
  const problem = creditProblem(next);
  // only refuse edits that *break* the rule: an old document that already broke it
  // (e.g. just migrated) can still be edited towards fixing it
  if (problem && !creditProblem(doc)) throw problem;
  return next;
}

let lastTemplate: { key: string; template: TemplateResult } | undefined;

/** The document's template layout; the last one is kept (a drag applies many commands to one template). */
function templateOf(doc: Design, ctx: CommandContext): TemplateResult | undefined {
  try {
    if (ctx.generateTemplate) return ctx.generateTemplate(doc.template.kind, doc.template.params);
    const key = JSON.stringify(doc.template);
    if (lastTemplate?.key !== key) lastTemplate = { key, template: generateTemplate(doc.template.kind, doc.template.params) };
    return lastTemplate.template;
  } catch (error) {
    // a template this version cannot lay out: elements keep the panels they have
    if (error instanceof StudioError) return undefined;
    throw error;
  }
}

export function applyCommands(doc: Design, cmds: readonly Command[], ctx: CommandContext = {}): Design {
  return cmds.reduce((d, c) => applyCommand(d, c, ctx), doc);
}
