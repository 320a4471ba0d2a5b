/**
 * What the buyer sees of a closed pack. A template marks some panels not printable: a glue flap,
 * the tuck and dust flaps of a carton, a rigid box's corner tabs, the overlap of a wrap-around jar
 * label. Once the pack is glued and closed they are glued over, tucked in or covered, so content
 * placed on one is printed but never seen.
 *
 * One answer for every rule that asks whether something is shown on the pack (the GB 7718 label
 * items, a motif's credit line, the GI mark's companions): content on a hidden panel does not
 * count there, and the layout rule (rules/hidden-panels.ts) says where it went.
 */
import { panelUnderCentre } from '../design/panel-membership';
import type { Design, Element } from '../design/schema';
import type { Scene } from '../scene';
import type { Panel, TemplateResult } from '../templates/types';
import { printedTextByElement } from './printed-text';

/**
 * The hidden panel an element sits on, by the panel under the centre of its box (the composer's
 * and the preflight's own rule), or by its stored panel when the centre is on no panel; undefined
 * when the element is on a panel that is seen, or on none.
 */
export function hidingPanel(template: TemplateResult, el: Element): Panel | undefined {
  const panel = panelUnderCentre(template.panels, el.page, el.transform) ?? (el.panelId ? template.panels.find((p) => p.id === el.panelId) : undefined);
  return panel && !panel.printable ? panel : undefined;
}

/** The design's elements that are drawn and seen on the closed pack. */
export function seenElements(design: Design, template: TemplateResult): Element[] {
  return design.elements.filter((el) => !el.hidden && !hidingPanel(template, el));
}

const seen = new WeakMap<Scene, Map<string, string>>();

/** What each element prints (printed-text.ts), for the elements seen on the closed pack only. */
export function seenTextByElement(scene: Scene, design: Design, template: TemplateResult): ReadonlyMap<string, string> {
  let out = seen.get(scene);
  if (!out) {
    const hidden = new Set(design.elements.filter((el) => hidingPanel(template, el)).map((el) => el.id));
    out = new Map([...printedTextByElement(scene)].filter(([id]) => !hidden.has(id)));
    seen.set(scene, out);
  }
  return out;
}
