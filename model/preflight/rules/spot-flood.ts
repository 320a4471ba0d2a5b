/**
 * A spot plate that floods an element: more than SPOT_FLOOD_SHARE of the element's box is
 * painted (top-most, after knockouts) in one spot ink at SPOT_FLOOD_MIN_TINT or more. A metallic
 * ink laid as a solid block reads as a grey slab, costs ink and hides the design; usually the
 * ground of a silver motif was mapped to Silver by mistake. Technical inks that overprint (the
 * die line) and text are not counted.
 */
import type { Element } from '../../design/schema';
import type { SceneNode } from '../../scene';
import { anyFill, paintSamples } from '../paint-coverage';
import { nodesOfElement } from '../scene-walk';
import { finding, type Finding, type RuleContext } from '../types';

export const SPOT_FLOOD_SHARE = 0.6;
export const SPOT_FLOOD_MIN_TINT = 0.3;
/** sample points per side of the element's box */
const SAMPLE_GRID = 20;
const CHECKED: ReadonlySet<Element['kind']> = new Set(['motif', 'pattern', 'shape']);

export function elementNodes(ctx: RuleContext, el: Element): SceneNode[] {
  const page = ctx.scene.pages.find((p) => p.name === el.page);
  return page ? nodesOfElement(page.nodes, el.id) : [];
}

export function spotFloodRule(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const el of ctx.design.elements) {
    if (el.hidden || !CHECKED.has(el.kind) || el.transform.width <= 0 || el.transform.height <= 0) continue;
    const nodes = elementNodes(ctx, el);
    if (!anyFill(nodes, (c) => c.kind === 'spot' && c.tint >= SPOT_FLOOD_MIN_TINT)) continue;
    const total = SAMPLE_GRID * SAMPLE_GRID;
    const byInk = new Map<string, number>();
    let seen = 0;
    let most = 0;
    for (const s of paintSamples(nodes, el.transform, SAMPLE_GRID)) {
      seen++;
      if (s && s !== 'image' && s.kind === 'spot' && s.tint >= SPOT_FLOOD_MIN_TINT) {
        const count = (byInk.get(s.name) ?? 0) + 1;
        byInk.set(s.name, count);
        most = Math.max(most, count);
      }
      // settled: even if every remaining point were one ink, no ink would pass the share
      if (most + (total - seen) <= SPOT_FLOOD_SHARE * total) break;
    }
    for (const [ink, count] of byInk) {
      const share = count / total;
      if (share <= SPOT_FLOOD_SHARE) continue;
      const pct = Math.round(share * 100);
      out.push(finding('warning', 'colour.spot-flood', ctx.whereOf(el.id),
        { zh: `“${el.name}”有 ${pct}% 的面积是整块的专色“${ink}”。专色（尤其是银色）整片铺满会变成一块发灰的色块，也很费墨。`,
          en: `${pct} % of "${el.name}" is a solid area of the spot ink "${ink}". A spot ink (silver above all) laid as one block prints as a greyish slab and uses a lot of ink.` },
        { zh: `请在“颜色”里把底色（通常是最深或面积最大的颜色）改成品牌色或普通四色，只让图案的亮部用“${ink}”。`,
          en: `Under Colours, change the ground (usually the darkest or largest colour) to a brand or CMYK colour, and keep "${ink}" for the light parts of the artwork.` }));
    }
  }
  return out;
}
