import type { Rect } from '../../templates/types';
import { elementBounds } from '../geometry';
import type { Design, Element } from '../schema';
import { replaceElements, requireElements } from './elements';

export interface Align {
  type: 'align';
  ids: string[];
  edge: 'left' | 'center' | 'right' | 'top' | 'middle' | 'bottom';
  /** align to this rectangle (e.g. a panel's bounds); default: the selection's bounds */
  to?: Rect;
}

export function unionBounds(rects: Rect[]): Rect {
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const bottom = Math.max(...rects.map((r) => r.y + r.height));
  return { x, y, width: right - x, height: bottom - y };
}

export function moveBy(el: Element, dx: number, dy: number): Element {
  return { ...el, transform: { ...el.transform, x: el.transform.x + dx, y: el.transform.y + dy } };
}

/** Aligns the visible (rotated) bounds; locked elements stay put and serve as anchors. */
export function align(doc: Design, cmd: Align): Design {
  const els = requireElements(doc, cmd.ids);
  if (els.length === 0 || (els.length === 1 && !cmd.to)) return doc;
  const target = cmd.to ?? unionBounds(els.map((el) => elementBounds(el.transform)));
  const changed = new Map<string, Element>();
  for (const el of els) {
    if (el.locked) continue;
    const b = elementBounds(el.transform);
    let dx = 0;
    let dy = 0;
    switch (cmd.edge) {
      case 'left': dx = target.x - b.x; break;
      case 'center': dx = target.x + target.width / 2 - (b.x + b.width / 2); break;
      case 'right': dx = target.x + target.width - (b.x + b.width); break;
      case 'top': dy = target.y - b.y; break;
      case 'middle': dy = target.y + target.height / 2 - (b.y + b.height / 2); break;
      case 'bottom': dy = target.y + target.height - (b.y + b.height); break;
    }
    if (dx !== 0 || dy !== 0) changed.set(el.id, moveBy(el, dx, dy));
  }
  return replaceElements(doc, changed);
}
