/**
 * Which template panel an element belongs to: the panel under the centre of its box. One rule for
 * the composer's commands (applyCommand recomputes panelId whenever an element moves, resizes,
 * rotates or changes page) and for preflight (the safe area a warning talks about), so a motif
 * dragged from the front onto the side panel is checked against the side panel.
 */
import type { Panel, TemplateResult } from '../templates/types';
import { elementBounds } from './geometry';
import type { Design, Element, Transform } from './schema';

/** The panel on `page` whose bounds contain (x, y); the smallest when bounds touch or nest. */
export function panelAt(panels: readonly Panel[], page: string, x: number, y: number): Panel | undefined {
  let best: Panel | undefined;
  for (const p of panels) {
    if (p.page !== page) continue;
    const b = p.bounds;
    if (x < b.x || x > b.x + b.width || y < b.y || y > b.y + b.height) continue;
    if (!best || b.width * b.height < best.bounds.width * best.bounds.height) best = p;
  }
  return best;
}

/** The panel under the centre of an element's box (rotation keeps the centre where it is). */
export function panelUnderCentre(panels: readonly Panel[], page: string, transform: Transform): Panel | undefined {
  const b = elementBounds(transform);
  return panelAt(panels, page, b.x + b.width / 2, b.y + b.height / 2);
}

/**
 * The panel an element belongs to for checking: the panel under its centre, or its stored panel
 * when the centre is on no panel (and the template still has it); undefined on neither.
 */
export function panelOfElement(panels: readonly Panel[], el: Element): Panel | undefined {
  return panelUnderCentre(panels, el.page, el.transform) ?? (el.panelId ? panels.find((p) => p.id === el.panelId) : undefined);
}

/** The element with its panelId set to the panel under its centre (removed when it sits on none). */
export function withPanelUnderCentre(el: Element, panels: readonly Panel[]): Element {
  const id = panelUnderCentre(panels, el.page, el.transform)?.id;
  if (id === el.panelId) return el;
  if (id) return { ...el, panelId: id };
  const { panelId: _none, ...rest } = el;
  return rest as Element;
}

/**
 * After an edit: every element that is new, or whose box or page changed, belongs to the panel
 * under its centre. Untouched elements keep their panelId (and stay shared between versions).
 */
export function reassignPanels(before: Design, after: Design, template: TemplateResult): Design {
  const old = new Map(before.elements.map((e) => [e.id, e]));
  let changed = false;
  const elements = after.elements.map((el) => {
    const prev = old.get(el.id);
    if (prev === el || (prev && prev.transform === el.transform && prev.page === el.page)) return el;
    const next = withPanelUnderCentre(el, template.panels);
    if (next !== el) changed = true;
    return next;
  });
  return changed ? { ...after, elements } : after;
}
