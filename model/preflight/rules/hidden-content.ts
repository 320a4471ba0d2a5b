/**
 * Content placed where nobody will see it (seen-on-pack.ts): on a panel that is glued over, tucked
 * in or covered once the pack is closed, or a text, code or nutrition table painted over by artwork
 * placed after it. It is
 * printed, so the print checks still look at it, but it does not count as shown: a label item, a
 * credit line or a GI companion there is reported missing by its own rule, and these warnings say
 * where it went.
 */
import type { Element } from '../../design/schema';
import { COVERED_SHARE, coveringOf, hidingPanel, READ } from '../seen-on-pack';
import { KIND_NAMES } from '../kind-names';
import { finding, type Finding, type RuleContext } from '../types';

/** Elements that carry something to be seen (a background may run over a flap on purpose). */
const SHOWN: ReadonlySet<Element['kind']> = new Set(['text', 'motif', 'image', 'qr', 'barcode', 'nutrition-table']);

const hasContent = (el: Element) => !el.hidden && SHOWN.has(el.kind) && !(el.kind === 'text' && el.text.trim() === '');

export function hiddenPanelRule(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const el of ctx.design.elements) {
    if (!hasContent(el)) continue;
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

export function coveredContentRule(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const el of ctx.design.elements) {
    if (!READ.has(el.kind) || !hasContent(el) || hidingPanel(ctx.template, el)) continue;
    const covering = coveringOf(ctx.scene, ctx.design, el);
    if (!covering || covering.share <= COVERED_SHARE) continue;
    const pct = Math.round(covering.share * 100);
    const what = KIND_NAMES[el.kind]!;
    out.push(
      finding(
        'warning',
        'layout.covered',
        ctx.whereOf(el.id),
        {
          zh: `${what.zh}“${el.name}”有 ${pct}% 被后面放上的“${covering.by.name}”盖住了，印出来看不到${el.kind === 'qr' || el.kind === 'barcode' ? '，也扫不出来' : ''}。标签必备项、纹样署名和地理标志的配套文字被盖住都不算印出。`,
          en: `${pct}% of the ${what.en} "${el.name}" is painted over by "${covering.by.name}", placed after it: it will not show on paper${el.kind === 'qr' || el.kind === 'barcode' ? ' nor scan' : ''}. Label items, motif credit lines and the GI mark's companions under artwork do not count as shown.`,
        },
        {
          zh: `在图层里把它移到“${covering.by.name}”上面（“上移一层”），或把它们挪开。`,
          en: `Move it above "${covering.by.name}" (Move up, in the layers), or move them apart.`,
        },
      ),
    );
  }
  return out;
}
