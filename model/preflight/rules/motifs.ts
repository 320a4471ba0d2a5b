/**
 * Cultural-rights rules: a motif placed on a product must be allowed there by its usage label
 * and still published, and every credit line its label requires must actually be printed.
 * None of these can be forced: they protect the communities the motifs come from.
 */
import { elementUsesMotif } from '../../design/schema';
import { mayRelease } from '../../motif/gate';
import { mayExport, requiredCreditLine } from '../../motif/labels';
import { squash } from '../printed-text';
import { seenTextByElement } from '../seen-on-pack';
import { finding, type Finding, type RuleContext } from '../types';

export function motifUseRule(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const el of ctx.design.elements) {
    const motifId = elementUsesMotif(el);
    if (!motifId || el.hidden) continue;
    const where = ctx.whereOf(el.id);
    const record = ctx.motifs[motifId];
    if (!record) {
      out.push(finding('error', 'motif.unknown', where,
        { zh: `“${el.name}”用到的纹样（${motifId}）不在纹样库里，无法确认它能否印在商品上。`, en: `The motif of "${el.name}" (${motifId}) is not in the motif library, so its usage rules cannot be checked.` },
        { zh: '请从纹样库重新选择这个纹样，或删除这个元素。', en: 'Pick the motif again from the library, or delete this element.' }));
      continue;
    }
    // the one output gate; the composer asked for confirmations when the motif was placed,
    // so export judges the label itself (confirmed: true)
    const decision = mayRelease(record, ctx.destination ?? 'pdf', {
      caller: 'cooperative',
      productKind: ctx.product?.product.kind,
      commercial: ctx.commercial ?? true,
      confirmed: true,
      now: ctx.printDate ?? ctx.today,
      cooperativeId: ctx.cooperativeId ?? cooperativeOf(ctx),
    });
    if (decision.allowed) continue;
    const unexportable = record.status === 'withdrawn' || (!record.ownWork && !mayExport(record).allowed);
    if (unexportable) {
      out.push(finding('error', record.status === 'withdrawn' ? 'motif.withdrawn' : 'motif.not-exportable', where, decision.reason!,
        { zh: `请删除“${el.name}”，或换一个已发布、可商用的纹样。`, en: `Delete "${el.name}" or replace it with a published motif that may be used on products.` }));
    } else {
      out.push(finding('error', record.ownWork ? 'motif.own-work-elsewhere' : 'motif.label-forbids', where, decision.reason!,
        { zh: `请删除“${el.name}”，或换一个标注为可商用或须署名的纹样。`, en: `Delete "${el.name}" or replace it with a motif labelled open or attribution.` }));
    }
  }
  return out;
}

/** The cooperative a design belongs to: the one of its product's facts. */
function cooperativeOf(ctx: RuleContext): string | undefined {
  const id = (ctx.product?.cooperative as { id?: unknown } | undefined)?.id;
  return id === undefined || id === null ? undefined : String(id);
}

export function creditLineRule(ctx: RuleContext): Finding[] {
  // whitespace removed: line breaks split a credit line anywhere; only what shows on the closed pack
  const printed = [...seenTextByElement(ctx.scene, ctx.design, ctx.template).values()].map(squash);
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const el of ctx.design.elements) {
    const motifId = elementUsesMotif(el);
    if (!motifId || el.hidden || seen.has(motifId)) continue;
    seen.add(motifId);
    const record = ctx.motifs[motifId];
    const line = record ? requiredCreditLine(record) : undefined;
    if (!line) continue;
    // the line must be on paper and seen: a hidden credit block, one cut off by its box, or one on a
    // flap that is glued over or tucked in does not count
    if (printed.some((t) => t.includes(squash(line.zh)))) continue;
    const blockId = ctx.design.credits.blockId ?? undefined;
    const where = blockId && ctx.design.elements.some((e) => e.id === blockId) ? ctx.whereOf(blockId) : ctx.whereOf(el.id);
    out.push(finding('error', 'credit.missing', where,
      { zh: `纹样“${record!.names.zh}”要求在商品上印出署名“${line.zh}”，但设计里没有把这句话印在看得见的地方。`, en: `Motif "${record!.names.en}" requires the credit line "${line.en}" on the product, but the design does not print it where it can be seen.` },
      { zh: '请保留致谢文字框并让它显示完整（放大文本框或缩小字号），里面要有这句署名；它要放在包装合上后看得见的面上。', en: 'Keep the credit text box visible and large enough to show all of it (enlarge the box or reduce the size), including this credit line, on a panel that shows when the pack is closed.' }));
  }
  return out;
}
