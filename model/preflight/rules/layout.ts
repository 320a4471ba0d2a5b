/** Layout rules: text and important artwork stay inside the safe area of their panel. */
import { elementBounds } from '../../design/geometry';
import type { Element } from '../../design/schema';
import type { Rect } from '../../templates/types';
import { finding, type Finding, type RuleContext } from '../types';

/** Backgrounds (pattern fills, plain shapes) may run to the bleed on purpose; these may not. */
const IMPORTANT: ReadonlySet<Element['kind']> = new Set(['text', 'motif', 'image', 'qr', 'barcode']);
const EPS = 0.01;

export function safeAreaOf(ctx: RuleContext, el: Element): { rect: Rect; panelId?: string } {
  const panelId = ctx.whereOf(el.id).panelId;
  const panel = panelId ? ctx.template.panels.find((p) => p.id === panelId) : undefined;
  const s = ctx.template.safeMm;
  const base = panel ? panel.bounds : { x: 0, y: 0, width: ctx.template.width, height: ctx.template.height };
  return { rect: { x: base.x + s, y: base.y + s, width: Math.max(0, base.width - 2 * s), height: Math.max(0, base.height - 2 * s) }, panelId: panel?.id };
}

export function safeAreaRule(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const el of ctx.design.elements) {
    if (el.hidden || !IMPORTANT.has(el.kind)) continue;
    if (el.kind === 'text' && el.text.trim() === '') continue;
    const b = elementBounds(el.transform);
    const { rect, panelId } = safeAreaOf(ctx, el);
    const inside =
      b.x >= rect.x - EPS && b.y >= rect.y - EPS && b.x + b.width <= rect.x + rect.width + EPS && b.y + b.height <= rect.y + rect.height + EPS;
    if (inside) continue;
    const what = el.kind === 'text' ? { zh: '文字', en: 'Text' } : { zh: '图案', en: 'Artwork' };
    out.push(finding('warning', 'layout.outside-safe-area', ctx.whereOf(el.id),
      { zh: `${what.zh}“${el.name}”超出了${panelId ? '这个面的' : ''}安全区（离裁切线或折线 ${ctx.template.safeMm} 毫米以内），裁切或折叠稍有偏差就可能被切掉或折进去。`,
        en: `${what.en} "${el.name}" reaches outside the safe area${panelId ? ' of its panel' : ''} (within ${ctx.template.safeMm} mm of a cut or fold); a slightly off cut or fold may trim it or fold it over.` },
      { zh: `请把它移进虚线安全框内，或缩小一点。`, en: `Move it inside the dashed safe-area frame, or make it a little smaller.` }));
  }
  return out;
}
