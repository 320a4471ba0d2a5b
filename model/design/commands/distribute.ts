import { elementBounds } from '../geometry';
import type { Design, Element } from '../schema';
import { moveBy } from './align';
import { replaceElements, requireElements } from './elements';

export interface Distribute {
  type: 'distribute';
  ids: string[];
  axis: 'horizontal' | 'vertical';
}

/**
 * Equal gaps between neighbours: the outermost two stay where they are and the ones in
 * between move so that every gap between visible bounds is the same.
 */
export function distribute(doc: Design, cmd: Distribute): Design {
  const els = requireElements(doc, cmd.ids);
  if (els.length < 3) return doc;
  const horizontal = cmd.axis === 'horizontal';
  const items = els
    .map((el) => ({ el, b: elementBounds(el.transform) }))
    .map(({ el, b }) => ({ el, start: horizontal ? b.x : b.y, size: horizontal ? b.width : b.height }))
    .sort((p, q) => p.start - q.start);
  const first = items[0];
  const last = items[items.length - 1];
  const span = last.start + last.size - first.start;
  const total = items.reduce((s, it) => s + it.size, 0);
  const gap = (span - total) / (items.length - 1);
  const changed = new Map<string, Element>();
  let cursor = first.start + first.size + gap;
  for (const it of items.slice(1, -1)) {
    const delta = cursor - it.start;
    if (delta !== 0 && !it.el.locked) changed.set(it.el.id, moveBy(it.el, horizontal ? delta : 0, horizontal ? 0 : delta));
    cursor += it.size + gap;
  }
  return replaceElements(doc, changed);
}
