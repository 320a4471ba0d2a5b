import type { Design, Element } from '../schema';
import { replaceElements, requireElement, requireElements } from './elements';

/** Lock/unlock and hide/show a whole selection at once. */
export interface SetFlags {
  type: 'set-flags';
  ids: string[];
  locked?: boolean;
  hidden?: boolean;
}

export function setFlags(doc: Design, cmd: SetFlags): Design {
  const changed = new Map<string, Element>();
  for (const el of requireElements(doc, cmd.ids)) {
    const locked = cmd.locked ?? el.locked;
    const hidden = cmd.hidden ?? el.hidden;
    if (locked !== el.locked || hidden !== el.hidden) changed.set(el.id, { ...el, locked, hidden });
  }
  return replaceElements(doc, changed);
}

export interface Rename {
  type: 'rename';
  id: string;
  name: string;
}

export function rename(doc: Design, cmd: Rename): Design {
  const el = requireElement(doc, cmd.id);
  const name = cmd.name.trim();
  if (name === el.name) return doc;
  return replaceElements(doc, new Map([[el.id, { ...el, name }]]));
}
