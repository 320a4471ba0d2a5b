/**
 * Text that would stand upside down on the assembled piece. Each panel says how far its art is
 * turned clockwise in the flat (`upright`, model/templates: a base wall folds up, so its text
 * is printed head-down in the flat; the shop pictures and the 3D mockup turn it back the same
 * way). Text turned half a turn away from its panel's `upright` reads upside down on the shelf,
 * however right it looks on the flat canvas. A quarter turn is left alone: running a line
 * along a side panel is a designer's choice.
 */
import type { Element } from '../../design/schema';
import { finding, type Finding, type RuleContext } from '../types';

/** The element's turn as printed: a box flipped both ways is turned half a turn. */
function printedTurn(el: Element): number {
  const t = el.transform;
  return (t.rotation ?? 0) + (t.flipX && t.flipY ? 180 : 0);
}

export function orientationRule(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const el of ctx.design.elements) {
    if (el.hidden || el.kind !== 'text' || el.text.trim() === '') continue;
    const where = ctx.whereOf(el.id);
    const panel = where.panelId ? ctx.template.panels.find((p) => p.id === where.panelId) : undefined;
    if (!panel) continue;
    const off = (((printedTurn(el) - panel.upright) % 360) + 360) % 360;
    if (off <= 135 || off >= 225) continue;
    out.push(
      finding(
        'warning',
        'layout.upside-down',
        where,
        {
          zh: `文字“${el.name}”在“${panel.name.zh}”上，折好后会倒过来（这个面在展开图里是倒着印的）。`,
          en: `Text "${el.name}" on the ${panel.name.en} will stand upside down once the piece is folded (this panel is printed head-down in the flat).`,
        },
        {
          zh: `把它旋转 ${panel.upright}°（与画布上这个面的名称方向一致）。`,
          en: `Rotate it to ${panel.upright}° (the direction of the panel's name on the canvas).`,
        },
      ),
    );
  }
  return out;
}
