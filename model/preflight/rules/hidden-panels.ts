/**
 * Content placed where nobody will see it: on a panel that is glued over, tucked in or covered
 * once the pack is closed (hidden-panels.ts). It is printed, so the print checks still look at
 * it, but it does not count as shown: a label item, a credit line or a GI companion there is
 * reported missing by its own rule, and this warning says where it went.
 */
import type { Element } from '../../design/schema';
import { hidingPanel } from '../hidden-panels';
import { finding, type Finding, type RuleContext } from '../types';

/** Elements that carry something to be seen (a background may run over a flap on purpose). */
const SHOWN: ReadonlySet<Element['kind']> = new Set(['text', 'motif', 'image', 'qr', 'barcode', 'nutrition-table']);

export function hiddenPanelRule(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const el of ctx.design.elements) {
    if (el.hidden || !SHOWN.has(el.kind)) continue;
    if (el.kind === 'text' && el.text.trim() === '') continue;
    const panel = hidingPanel(ctx.template, el);
    if (!panel) continue;
    out.push(
      finding(
        'warning',
        'layout.hidden-when-closed',
        { ...ctx.whereOf(el.id), panelId: panel.id },
        {
          zh: `“${el.name}”放在“${panel.name.zh}”上：包装粘好、合上以后，这个面会被粘住、插进去或盖住，买的人看不到。标签必备项、纹样署名和地理标志的配套文字放在这里都不算印出。`,
          en: `"${el.name}" sits on the ${panel.name.en}, which is glued over, tucked in or covered once the pack is closed: buyers will not see it. Label items, motif credit lines and the GI mark's companions there do not count as shown.`,
        },
        { zh: '把它移到包装合上后看得见的面上。', en: 'Move it onto a panel that shows when the pack is closed.' },
      ),
    );
  }
  return out;
}
