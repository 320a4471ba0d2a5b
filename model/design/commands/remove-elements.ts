import type { Design } from '../schema';
import { refuseLocked, requireElements } from './elements';

/** The credit block's protection is checked for every command in apply.ts. */
export interface RemoveElements {
  type: 'remove-elements';
  ids: string[];
}

export function removeElements(doc: Design, cmd: RemoveElements): Design {
  const doomed = requireElements(doc, cmd.ids);
  for (const el of doomed) refuseLocked(el, { zh: '删除', en: 'removed' });
  const ids = new Set(cmd.ids);
  const credits = doc.credits.blockId !== null && ids.has(doc.credits.blockId) ? { ...doc.credits, blockId: null } : doc.credits;
  return { ...doc, elements: doc.elements.filter((el) => !ids.has(el.id)), credits };
}
