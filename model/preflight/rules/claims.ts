/**
 * Regulated claims wherever the design prints them: words in any text (as printed, placeholders
 * filled, normalised by model/product/claims), certificate and GI placeholders, and the GI mark
 * image. A product field that makes a claim (PLACEHOLDERS[key].claim: certificate numbers, GI
 * fields; the story card binds its GI and certificate lines this way) is that claim. Each claim must be backed by the linked product at today's date and the print date
 * (model/product/claim-backing) — the one mechanism for every way a claim reaches the pack.
 */
import type { TextElement } from '../../design/schema';
import { claimBacking, type ClaimToCheck } from '../../product/claim-backing';
import { scanClaims } from '../../product/claims';
import { findPlaceholders, PLACEHOLDERS } from '../../product/placeholders';
import { printedTextByElement } from '../printed-text';
import { finding, type Finding, type RuleContext } from '../types';

/** Claims per element id, in design order. */
export function claimsInDesign(ctx: RuleContext): Map<string, ClaimToCheck[]> {
  // a claim broken over two lines is still found: all runs joined
  const printed = printedTextByElement(ctx.scene);
  const giNames = ctx.product?.product.gi ? [ctx.product.product.gi.name] : [];
  const out = new Map<string, ClaimToCheck[]>();
  const add = (id: string, c: ClaimToCheck) => out.set(id, [...(out.get(id) ?? []), c]);
  const mark = ctx.product?.product.gi?.markAssetId;
  for (const el of ctx.design.elements) {
    if (el.hidden) continue;
    if (el.kind === 'image' && mark && el.assetId === mark) add(el.id, { kind: 'gi-mark', match: 'GI' });
    if (el.kind !== 'text') continue;
    for (const key of findPlaceholders((el as TextElement).text)) {
      // a field bound to a certificate or the GI is that claim, whatever the words around it
      const kind = PLACEHOLDERS[key].claim;
      if (kind) add(el.id, { kind, match: `{{${key}}}` });
    }
    // what prints; when the scene has no node for it (font missing) the raw text
    const text = printed.get(el.id) ?? (el as TextElement).text;
    for (const c of scanClaims(text, { giNames })) add(el.id, c);
  }
  return out;
}

export function claimsRule(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const [elementId, claims] of claimsInDesign(ctx)) {
    for (const claim of claims) {
      for (const iss of claimBacking(claim, ctx.product?.product, { today: ctx.today, printDate: ctx.printDate })) {
        // one finding per element and problem, however often the words repeat
        const key = `${elementId}|${iss.code}|${iss.field}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(finding(iss.severity, iss.code, ctx.whereOf(elementId), iss.message, FIX[iss.code] ?? FIX.default));
      }
    }
  }
  return out;
}

const FIX: Record<string, { zh: string; en: string }> = {
  'cert.expired': { zh: '请先续证并更新产品资料里的日期，或从设计中删去这个宣称。', en: 'Renew the certificate and update its dates in the product facts, or remove the claim from the design.' },
  'cert.missing': { zh: '在产品资料里添加证书（编号、发证机构、有效期）；没有证书时请从设计中删去。', en: 'Add the certificate (number, body, validity) to the product facts; without one, remove it from the design.' },
  'gi.not-authorised': { zh: '在产品资料的“地理标志”里填写授权（公告、许可或会员、使用授权）；获准前请从设计中删去。', en: 'Enter the authorisation under "Geographical indication" in the product facts (announcement, licence or membership, user authorisation); until granted, remove it from the design.' },
  'claim.no-product': { zh: '在设计的属性里选择它的产品。', en: "Choose the design's product in its properties." },
  default: { zh: '请删去这些字，改为如实描述产地和工艺。', en: 'Remove these words and describe origin and method instead.' },
};
