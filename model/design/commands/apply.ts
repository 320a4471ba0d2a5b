/**
 * The one way the composer changes a design: `applyCommand(doc, cmd)` returns a new
 * document (the old one is untouched; unchanged elements are shared). Canvas gestures,
 * menus and shortcuts all end here, and history.ts stores the results.
 */
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
  const next = run(doc, cmd, ctx);
  if (next === doc) return doc;
  const problem = creditProblem(next);
  // only refuse edits that *break* the rule: an old document that already broke it
  // (e.g. just migrated) can still be edited towards fixing it
  if (problem && !creditProblem(doc)) throw problem;
  return next;
}

export function applyCommands(doc: Design, cmds: readonly Command[], ctx: CommandContext = {}): Design {
  return cmds.reduce((d, c) => applyCommand(d, c, ctx), doc);
}
