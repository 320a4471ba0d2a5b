/**
 * Rules that need the product facts: certificate and GI marks printed on the pack, product
 * placeholders left unfilled, and the GB 7718 items a food label must carry.
 */
import type { TextElement } from '../../design/schema';
import { checkLabelCompleteness, needsFoodLabel, requiredLabelItems } from '../../product/food-label';
import { findPlaceholders, labelItemsInTexts, unfilledPlaceholders } from '../../product/placeholders';
import type { Certification } from '../../product/schema';
import { validateCertificateValidity } from '../../product/validators/certificate-validity';
import { finding, type Finding, type RuleContext } from '../types';

const texts = (ctx: RuleContext): TextElement[] => ctx.design.elements.filter((e): e is TextElement => e.kind === 'text' && !e.hidden);

/** Which certificate-backed claims the design prints, and where (first element). */
function claimsInDesign(ctx: RuleContext): Map<'organic' | 'green-food' | 'gi', string> {
  const claims = new Map<'organic' | 'green-food' | 'gi', string>();
  for (const el of texts(ctx)) {
    for (const key of findPlaceholders(el.text)) {
      const kind = key.startsWith('organic.') ? 'organic' : key.startsWith('greenFood.') ? 'green-food' : key.startsWith('gi.') ? 'gi' : undefined;
      if (kind && !claims.has(kind)) claims.set(kind, el.id);
    }
  }
  const mark = ctx.product?.product.gi?.markAssetId;
  for (const el of ctx.design.elements) {
    if (!el.hidden && el.kind === 'image' && mark && el.assetId === mark && !claims.has('gi')) claims.set('gi', el.id);
  }
  return claims;
}

const CLAIM_NAMES = {
  organic: { zh: '有机产品认证', en: 'organic certification' },
  'green-food': { zh: '绿色食品认证', en: 'green food certification' },
  gi: { zh: '地理标志', en: 'geographical indication' },
};

export function certificateRule(ctx: RuleContext): Finding[] {
  if (!ctx.product) return [];
  const product = ctx.product.product;
  const out: Finding[] = [];
  for (const [kind, elementId] of claimsInDesign(ctx)) {
    const where = ctx.whereOf(elementId);
    const name = CLAIM_NAMES[kind];
    if (kind === 'gi') {
      if (!product.gi || !product.gi.authorisation) {
        out.push(finding('error', 'gi.not-authorised', where,
          { zh: `设计上印了${name.zh}的标志或信息，但产品资料里没有合作社获准使用地理标志专用标志的公告。`, en: `The design prints the ${name.en} mark or details, but the product facts hold no announcement authorising the cooperative to use the GI mark.` },
          { zh: '请在产品资料里填写地理标志及“核准使用公告”（公告号和日期）；没有获准前请从设计中删去。', en: 'Enter the GI and its authorisation announcement (number and date) in the product facts; until it is granted, remove it from the design.' }));
      }
      continue;
    }
    const cert: Certification | undefined = product.certifications.find((c) => c.kind === kind);
    if (!cert) {
      out.push(finding('error', 'cert.missing', where,
        { zh: `设计上印了${name.zh}的编号或标志，但产品资料里没有这份证书。`, en: `The design prints a ${name.en} number or mark, but the product facts hold no such certificate.` },
        { zh: '请在产品资料里添加证书（编号、发证机构、有效期）；没有证书时请从设计中删去。', en: 'Add the certificate (number, body, validity) to the product facts; without one, remove it from the design.' }));
      continue;
    }
    for (const iss of validateCertificateValidity(cert, `product.certifications.${kind}`, { today: ctx.today, printDate: ctx.printDate })) {
      const blocking = iss.severity === 'error';
      out.push(finding(iss.severity, blocking ? 'cert.expired' : iss.code, where, iss.message,
        blocking
          ? { zh: '请先续证并更新产品资料里的日期，或从设计中删去这个认证。', en: 'Renew the certificate and update its dates in the product facts, or remove the certification from the design.' }
          : { zh: '请核对证书日期，尽早办理续证。', en: 'Check the certificate dates and renew in good time.' }));
    }
  }
  return out;
}

const ANY_PLACEHOLDER = /\{\{\s*([^}]*?)\s*\}\}/g;

export function placeholderRule(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const el of texts(ctx)) {
    const left = ctx.product ? unfilledPlaceholders(el.text, { ...ctx.product }) : [...el.text.matchAll(ANY_PLACEHOLDER)].map((m) => m[1]);
    if (left.length === 0) continue;
    const list = [...new Set(left)].map((k) => `{{${k}}}`).join(' ');
    // an error: the export would otherwise print a gap (or, worse, the field's name) where a
    // mandatory fact belongs
    out.push(finding('error', 'text.unfilled-placeholder', ctx.whereOf(el.id),
      { zh: `“${el.name}”里还有没填上的产品字段：${list}。没有内容的字段不会印出来，这里会留空。`, en: `"${el.name}" still has unfilled product fields: ${list}. A field with no value does not print; it would be left blank.` },
      ctx.product
        ? { zh: '请在产品资料里补上这些信息，或从文字中删去这些字段。', en: 'Fill in these facts in the product file, or remove the fields from the text.' }
        : { zh: '请把设计关联到一个产品（产品资料会填进这些字段），或删去这些字段。', en: 'Link the design to a product (its facts fill these fields), or remove the fields.' }));
  }
  return out;
}

export function foodLabelRule(ctx: RuleContext): Finding[] {
  const product = ctx.product?.product;
  if (!product || !needsFoodLabel(product)) return [];
  const printable = ctx.template.panels.filter((p) => p.printable);
  const areas = (printable.length > 0 ? printable : [{ bounds: { width: ctx.template.width, height: ctx.template.height } }]).map((p) => (p.bounds.width * p.bounds.height) / 100);
  const required = requiredLabelItems(product, { edition: product.labelEdition, largestSurfaceCm2: Math.max(...areas) });
  const present = labelItemsInTexts(texts(ctx).map((t) => t.text));
  const page = ctx.design.pages[0].name;
  return checkLabelCompleteness(required, present).map((iss) =>
    finding('warning', 'label.missing-item', { page }, iss.message,
      { zh: '在文字里插入对应的产品字段（例如 {{product.netContent}}），导出时会自动填上。', en: 'Insert the matching product field in a text (e.g. {{product.netContent}}); it is filled in at export.' }));
}
