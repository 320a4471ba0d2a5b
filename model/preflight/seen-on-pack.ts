/**
 * What the buyer sees of the closed pack. Two things hide what is printed:
 * - A panel the template marks not printable: a glue flap, the tuck and dust flaps of a carton, a
 *   rigid box's corner tabs, the overlap of a wrap-around jar label. Once the pack is glued and
 *   closed they are glued over, tucked in or covered.
 * - Artwork painted over what must be read: a later shape, photo, motif or pattern (later elements
 *   paint on top) whose fill covers most of a text's, a code's or the nutrition table's box.
 *
 * One answer for every rule that asks whether something is shown on the pack (the GB 7718 label
 * items, a motif's credit line, the GI mark's companions): what is hidden either way does not count
 * there, and the layout rules (rules/hidden-content.ts) say where it went and why.
 */
import { elementBounds } from '../design/geometry';
import { panelOfElement } from '../design/panel-membership';
import type { Design, Element } from '../design/schema';
import type { Scene, SceneNode } from '../scene';
import type { Panel, TemplateResult } from '../templates/types';
import { paintSamples } from './paint-coverage';
import { printedTextByElement } from './printed-text';
import { nodesOfElement } from './scene-walk';

/**
 * The hidden panel an element sits on (the panel it belongs to, as every finding names it:
 * panelOfElement); undefined when the element is on a panel that is seen, or on none.
 */
export function hidingPanel(template: TemplateResult, el: Element): Panel | undefined {
  const panel = panelOfElement(template.panels, el);
  return panel && !panel.printable ? panel : undefined;
}

/** What must be read, so artwork painted over it hides it: texts, codes that must scan, the nutrition table. */
export const READ: ReadonlySet<Element['kind']> = new Set(['text', 'qr', 'barcode', 'nutrition-table']);
/** Content more than this share of whose box lies under artwork painted after it is not seen. */
export const COVERED_SHARE = 0.5;
/** sample points per side of the element's box */
const COVER_GRID = 10;
/** artwork fainter than this lets the text show through */
const OPAQUE = 0.9;

export interface Covering {
  /** share of the element's box (0..1) under later artwork */
  share: number;
  /** the later element covering the most of it */
  by: Element;
}

/** Area (mm²) of the overlap of two elements' page boxes. */
function overlapArea(a: Element, b: Element): number {
  const p = elementBounds(a.transform);
  const q = elementBounds(b.transform);
  const w = Math.min(p.x + p.width, q.x + q.width) - Math.max(p.x, q.x);
  const h = Math.min(p.y + p.height, q.y + q.height) - Math.max(p.y, q.y);
  return w > 0 && h > 0 ? w * h : 0;
}

const coverings = new WeakMap<Scene, Map<string, Covering | undefined>>();

/**
 * Whether opaque artwork placed after a text, code or nutrition table on its page paints over more
 * than COVERED_SHARE of the element's own (rotated) box, sampled on a grid; then how much, and by
 * what. Undefined for other kinds, or when it is not covered that far.
 */
export function coveringOf(scene: Scene, design: Design, el: Element): Covering | undefined {
  let cache = coverings.get(scene);
  if (!cache) coverings.set(scene, (cache = new Map()));
  if (cache.has(el.id)) return cache.get(el.id);
  const result = READ.has(el.kind) ? measureCovering(scene, design, el) : undefined;
  cache.set(el.id, result);
  return result;
}

function measureCovering(scene: Scene, design: Design, content: Element): Covering | undefined {
  const page = scene.pages.find((p) => p.name === content.page);
  const box = elementBounds(content.transform);
  if (!page || box.width <= 0 || box.height <= 0) return undefined;
  // texts paint no area here (paint-coverage counts fills); text over text is text-overlap's
  const later = design.elements
    .slice(design.elements.indexOf(content) + 1)
    .filter((o) => !o.hidden && o.page === content.page && o.kind !== 'text' && o.opacity >= OPAQUE && overlapArea(content, o) > 0);
  // the boxes together cannot cover that much: nothing to sample (most content, most of the time)
  if (later.reduce((sum, o) => sum + overlapArea(content, o), 0) <= COVERED_SHARE * box.width * box.height) return undefined;
  const nodesOf = (o: Element): SceneNode[] => nodesOfElement(page.nodes, o.id);
  const share = sampledShare(later.flatMap(nodesOf), content);
  if (share <= COVERED_SHARE) return undefined;
  let by = later[0];
  let most = -1;
  for (const o of later) {
    const s = sampledShare(nodesOf(o), content);
    if (s > most) [by, most] = [o, s];
  }
  return { share, by };
}

/** Share of the sample points over the element's box that `nodes` paint. */
function sampledShare(nodes: SceneNode[], content: Element): number {
  let hit = 0;
  let n = 0;
  for (const paint of paintSamples(nodes, content.transform, COVER_GRID)) {
    n++;
    if (paint !== undefined) hit++;
  }
  return n === 0 ? 0 : hit / n;
}

/** Whether an element is drawn and seen on the closed pack (covering is judged where a scene is given). */
export function isSeen(design: Design, template: TemplateResult, el: Element, scene?: Scene): boolean {
  if (el.hidden || hidingPanel(template, el)) return false;
  return !scene || (coveringOf(scene, design, el)?.share ?? 0) <= COVERED_SHARE;
}

/** The design's elements that are drawn and seen on the closed pack. */
export function seenElements(design: Design, template: TemplateResult, scene?: Scene): Element[] {
  return design.elements.filter((el) => isSeen(design, template, el, scene));
}

const seenTexts = new WeakMap<Scene, Map<string, string>>();

/** What each element prints (printed-text.ts), for the elements seen on the closed pack only. */
export function seenTextByElement(scene: Scene, design: Design, template: TemplateResult): ReadonlyMap<string, string> {
  let out = seenTexts.get(scene);
  if (!out) {
    const seen = new Set(seenElements(design, template, scene).map((el) => el.id));
    out = new Map([...printedTextByElement(scene)].filter(([id]) => seen.has(id)));
    seenTexts.set(scene, out);
  }
  return out;
}
