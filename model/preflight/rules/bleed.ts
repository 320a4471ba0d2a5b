/**
 * Bleed: measured on the built scene (what will print), with the same measurement the scene
 * builder uses to carry art into the bleed (model/design/scene/bleed-reach.ts). After the
 * builder has done its part, two things can remain:
 *
 * - `bleed.missing`: ink that reaches a cut edge and still stops there, because the studio
 *   does not stretch it (an unfilled frame or outline drawn on the cut);
 * - `bleed.sliver`: ink that ends 0.5-1.5 mm short of a cut edge, which leaves a thin,
 *   uneven white line once the knife wanders a little.
 *
 * Text, QR codes and barcodes are left to the safe-area rule: they belong inside it.
 */
import { invert, transformPoint } from '../../matrix';
import type { Element } from '../../design/schema';
import { cutPieces, inkBounds, sideReach, type SideReach } from '../../design/scene/bleed-reach';
import type { GroupNode, Matrix, SceneNode } from '../../scene';
import { mapPath, pathBounds } from '../../templates/geometry';
import type { Rect } from '../../templates/types';
import { finding, type Finding, type RuleContext } from '../types';

const NOT_MEASURED: ReadonlySet<Element['kind']> = new Set(['text', 'qr', 'barcode']);

const SIDE_NAME: Record<SideReach['side'], { zh: string; en: string }> = {
  top: { zh: '上边', en: 'top' },
  right: { zh: '右边', en: 'right' },
  bottom: { zh: '下边', en: 'bottom' },
  left: { zh: '左边', en: 'left' },
};

/** The element's box matrix and its ink rectangle in box coordinates, clips included. */
function measured(node: SceneNode): { m: Matrix; ink: Rect } | undefined {
  if (node.type !== 'group') return undefined;
  let outerClip = undefined as GroupNode['clip'];
  let g: GroupNode = node;
  // carried into the bleed or clipped to a panel: an outer group with a page clip around the element group
  if (!g.transform && g.clip && g.children.length === 1 && g.children[0].type === 'group') {
    outerClip = g.clip;
    g = g.children[0];
  }
  const m = g.transform ?? [1, 0, 0, 1, 0, 0];
  let ink = inkBounds([{ ...g, transform: undefined }]);
  if (ink && outerClip) {
    const back = invert(m);
    const c = pathBounds([mapPath(outerClip, (x, y) => transformPoint(back, x, y))]);
    const x = Math.max(ink.x, c.x);
    const y = Math.max(ink.y, c.y);
    const w = Math.min(ink.x + ink.width, c.x + c.width) - x;
    const h = Math.min(ink.y + ink.height, c.y + c.height) - y;
    ink = w > 0 && h > 0 ? { x, y, width: w, height: h } : undefined;
  }
  return ink ? { m, ink } : undefined;
}

export function bleedRule(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const byId = new Map(ctx.design.elements.map((e) => [e.id, e]));
  const panelName = (id: string | undefined) => ctx.template.panels.find((p) => p.id === id)?.name;
  const b = ctx.template.bleedMm;
  for (const page of ctx.scene.pages) {
    const pieces = cutPieces(ctx.template, page.name);
    if (pieces.length === 0) continue;
    for (const node of page.nodes) {
      const el = node.elementId ? byId.get(node.elementId) : undefined;
      if (!el || NOT_MEASURED.has(el.kind)) continue;
      const m = measured(node);
      if (!m) continue;
      for (const r of sideReach(m.ink, m.m, pieces, b)) {
        const panelId = r.panelIds[0];
        const where = { ...ctx.whereOf(el.id), ...(panelId ? { panelId } : {}) };
        const pn = panelName(panelId) ?? { zh: '这个面', en: 'this panel' };
        const side = SIDE_NAME[r.side];
        const mm = Math.round(r.mm * 10) / 10;
        if (r.status === 'bleed') {
          out.push(finding('warning', 'bleed.missing', where,
            { zh: `“${el.name}”的${side.zh}碰到了“${pn.zh}”的裁切线，但没有延伸到出血位（${b} 毫米）。它是线框，工坊不会自动把它推出去，裁切稍有偏差边上就会露白或只剩半条线。`,
              en: `The ${side.en} side of "${el.name}" reaches the cut edge of "${pn.en}" but does not run on into the ${b} mm bleed. It is an outline, which the studio does not push out by itself; a slightly off cut leaves white paper or half a line there.` },
            { zh: `把它移进虚线安全框内（离裁切线至少 ${ctx.template.safeMm} 毫米），或者给它加上填充色，工坊就会把填充延伸到出血位。`,
              en: `Move it inside the dashed safe-area frame (at least ${ctx.template.safeMm} mm from the cut), or give it a fill, which the studio then carries into the bleed.` }));
        } else {
          out.push(finding('warning', 'bleed.sliver', where,
            { zh: `“${el.name}”的${side.zh}离“${pn.zh}”的裁切线还差约 ${mm} 毫米就停了。裁切后边上会留下一条细细的、宽窄不匀的白边。`,
              en: `The ${side.en} side of "${el.name}" stops about ${mm} mm short of the cut edge of "${pn.en}". After trimming, a thin, uneven white sliver will show along that edge.` },
            { zh: `把这一边拖到裁切线上（差 0.5 毫米以内即可，工坊会自动延伸 ${b} 毫米出血），或者有意留白就离裁切线至少 ${ctx.template.safeMm} 毫米。`,
              en: `Drag that side onto the cut line (within 0.5 mm is enough: the studio then carries it ${b} mm into the bleed), or, for a deliberate margin, keep it at least ${ctx.template.safeMm} mm from the cut.` }));
        }
      }
    }
  }
  return out;
}
