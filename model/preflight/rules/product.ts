/**
 * Product placeholders left unfilled. (Certificate and GI claims: rules/claims.ts; GB 7718
 * items over the package: rules/package.ts; type sizes: rules/type-size.ts.)
 */
import type { TextElement } from '../../design/schema';
import { PLACEHOLDERS, unfilledPlaceholders } from '../../product/placeholders';
import { finding, type Finding, type RuleContext } from '../types';

const texts = (ctx: RuleContext): TextElement[] => ctx.design.elements.filter((e): e is TextElement => e.kind === 'text' && !e.hidden);

const ANY_PLACEHOLDER = /\{\{\s*([^}]*?)\s*\}\}/g;

export function placeholderRule(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const el of texts(ctx)) {
    const left = ctx.product ? unfilledPlaceholders(el.text, { ...ctx.product }) : [...el.text.matchAll(ANY_PLACEHOLDER)].map((m) => m[1]);
    if (left.length === 0) continue;
    const list = [...new Set(left)].map((k) => `{{${k}}}`).join(' ');
    // fields whose fact exists but has no English form say so, and what to do instead
    const hints = ctx.product ? [...new Set(left)].flatMap((k) => (PLACEHOLDERS[k]?.whenMissing ? [PLACEHOLDERS[k].whenMissing!] : [])) : [];
    const hint = (lang: 'zh' | 'en') => [...new Set(hints.map((h) => h[lang]))].join(lang === 'zh' ? '' : ' ');
    // an error: the export would otherwise print a gap (or, worse, the field's name) where a
    // mandatory fact belongs
    out.push(finding('error', 'text.unfilled-placeholder', ctx.whereOf(el.id),
      { zh: `“${el.name}”里还有没填上的产品字段：${list}。没有内容的字段不会印出来，这里会留空。`, en: `"${el.name}" still has unfilled product fields: ${list}. A field with no value does not print; it would be left blank.` },
      ctx.product && hints.length > 0
        ? { zh: hint('zh'), en: hint('en') }
        : ctx.product
        ? { zh: '请在产品资料里补上这些信息，或从文字中删去这些字段。', en: 'Fill in these facts in the product file, or remove the fields from the text.' }
        : { zh: '请把设计关联到一个产品（产品资料会填进这些字段），或删去这些字段。', en: 'Link the design to a product (its facts fill these fields), or remove the fields.' }));
  }
  return out;
}
