import type { Design } from '../schema';
import { requireElements } from './elements';

export interface Reorder {
  type: 'reorder';
  ids: string[];
  /** forward/backward: one step past the next element; front/back: to the very top/bottom */
  to: 'forward' | 'backward' | 'front' | 'back';
}

/**
 * Stacking order across the whole list (pages share one list; order only matters
 * between elements of the same page, so "one step" skips elements on other pages).
 * Selected elements keep their order relative to each other.
 */
export function reorder(doc: Design, cmd: Reorder): Design {
  requireElements(doc, cmd.ids);
  const chosen = new Set(cmd.ids);
  const list = [...doc.elements];
  if (cmd.to === 'front' || cmd.to === 'back') {
    const moving = list.filter((el) => chosen.has(el.id));
    const rest = list.filter((el) => !chosen.has(el.id));
    return { ...doc, elements: cmd.to === 'front' ? [...rest, ...moving] : [...moving, ...rest] };
  }
  const step = cmd.to === 'forward' ? 1 : -1;
  // walk from the side we move towards, so a block of selected elements moves as one
  const order = list.map((_, i) => i);
  if (step === 1) order.reverse();
  for (const i of order) {
    const el = list[i];
    if (!chosen.has(el.id)) continue;
    let j = i + step;
    while (j >= 0 && j < list.length && list[j].page !== el.page) j += step;
    if (j < 0 || j >= list.length || chosen.has(list[j].id)) continue;
    list.splice(i, 1);
    list.splice(j, 0, el);
  }
  const changed = list.some((el, i) => el !== doc.elements[i]);
  return changed ? { ...doc, elements: list } : doc;
}
