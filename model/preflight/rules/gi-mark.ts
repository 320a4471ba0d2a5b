/**
 * The official GI special mark may only be printed with its companions (DOMAIN §1.2, from the
 * 2020 measures on the mark's use):
 * - the user's unified social credit code in the mark's slot: a printed text carrying the
 *   cooperative's USCC that overlaps the mark;
 * - the GI product name beside the mark: printed on the same panel;
 * - on the pack: the GI standard code or the approval announcement number (protected products),
 *   the registration number (GI trademarks), the AGI certificate number (agricultural GIs) — the
 *   product's `gi.approvalNo`, or its product standard code.
 * Authorisation itself is the claims rule's (rules/claims.ts), so the two never double-report.
 */
import { elementBounds } from '../../design/geometry';
import { normaliseClaimText } from '../../product/claims';
import { seenTextByElement } from '../seen-on-pack';
import { finding, type Finding, type RuleContext } from '../types';

const compact = (s: string) => s.replace(/[\s\u3000]+/g, '').toUpperCase();

export function giMarkRule(ctx: RuleContext): Finding[] {
  const product = ctx.product?.product;
  const gi = product?.gi;
  const markId = gi?.markAssetId;
  if (!product || !gi || !markId) return [];
  const marks = ctx.design.elements.filter((e) => !e.hidden && e.kind === 'image' && e.assetId === markId);
  if (marks.length === 0) return [];
  // companions count where they are seen on the closed pack, not on a glued or tucked flap
  const printed = seenTextByElement(ctx.scene, ctx.design, ctx.template);
  const uscc = compact(ctx.product!.cooperative.uscc);
  const name = normaliseClaimText(gi.name);
  const codes = [gi.approvalNo, product.standardCode].filter((c): c is string => !!c).map(compact);
  const texts = ctx.design.elements.filter((e) => !e.hidden && e.kind === 'text' && printed.has(e.id));
  const out: Finding[] = [];

  for (const mark of marks) {
    const where = ctx.whereOf(mark.id);
    const m = elementBounds(mark.transform);
    const overlaps = (id: string) => {
      const el = ctx.design.elements.find((e) => e.id === id)!;
      const b = elementBounds(el.transform);
      return el.page === mark.page && b.x < m.x + m.width && b.x + b.width > m.x && b.y < m.y + m.height && b.y + b.height > m.y;
    };
    const samePanel = (id: string) => {
      const w = ctx.whereOf(id);
      return w.page === where.page && w.panelId === where.panelId;
    };
    if (!texts.some((t) => compact(printed.get(t.id)!).includes(uscc) && overlaps(t.id))) {
      out.push(finding('error', 'gi.mark-uscc-missing', where,
        { zh: `地理标志专用标志的预留位置里没有印合作社的统一社会信用代码（${ctx.product!.cooperative.uscc}）。`, en: `The GI special mark's slot does not carry the cooperative's unified social credit code (${ctx.product!.cooperative.uscc}).` },
        { zh: '在标志的代码位置放一段文字，插入 {{cooperative.uscc}}。', en: "Put a text over the mark's code slot and insert {{cooperative.uscc}}." }));
    }
    if (!texts.some((t) => normaliseClaimText(printed.get(t.id)!).includes(name) && samePanel(t.id))) {
      out.push(finding('error', 'gi.mark-name-missing', where,
        { zh: `地理标志专用标志旁边没有印地理标志产品名称“${gi.name}”。`, en: `The GI product name "${gi.name}" is not printed beside the GI special mark.` },
        { zh: '在标志所在的面上插入 {{gi.name}}。', en: 'Insert {{gi.name}} on the panel that carries the mark.' }));
    }
    if (codes.length > 0 && !texts.some((t) => codes.some((c) => compact(printed.get(t.id)!).includes(c)))) {
      out.push(finding('error', 'gi.mark-code-missing', where,
        { zh: `印了地理标志专用标志，包装上还必须有${gi.system === 'gi-trademark' ? '商标注册号' : gi.system === 'agi' ? '农产品地理标志登记证书编号' : '地理标志产品的标准编号或批准公告号'}（${gi.approvalNo}）。`, en: `With the GI special mark the pack must also show the ${gi.system === 'gi-trademark' ? 'trademark registration number' : gi.system === 'agi' ? 'agricultural GI certificate number' : 'GI standard code or approval announcement number'} (${gi.approvalNo}).` },
        { zh: '在包装文字里插入 {{gi.approvalNo}} 或 {{product.standardCode}}。', en: 'Insert {{gi.approvalNo}} or {{product.standardCode}} in a text on the pack.' }));
    }
  }
  return out;
}
