/**
 * The nutrition table in the form and edition the standard asks for (GB 28050):
 * - as text ({{product.nutrition}}) only where the standard allows the text format (2011: total
 *   surface < 100 cm²; 2025: largest surface ≤ 40 cm²), otherwise a drawn table is required;
 * - printed on or after the date GB 28050-2025 applies, the label must use the 2025 table (the
 *   product's label edition decides what the scene draws);
 * - the 2025 table needs saturated fat and sugar in the product facts.
 */
import type { TextElement } from '../../design/schema';
import { needsFoodLabel, nutritionExempt } from '../../product/food-label';
import { GB28050_2025_APPLIES, nutritionEdition, textFormatAllowed } from '../../product/nutrition';
import { findPlaceholders } from '../../product/placeholders';
import { finding, type Finding, type RuleContext } from '../types';
import { largestSurfaceCm2 } from './package';

export function nutritionRule(ctx: RuleContext): Finding[] {
  const product = ctx.product?.product;
  if (!product || !needsFoodLabel(product)) return [];
  const tables = ctx.design.elements.filter((e) => e.kind === 'nutrition-table' && !e.hidden);
  const asText = ctx.design.elements.filter((e): e is TextElement => e.kind === 'text' && !e.hidden && findPlaceholders(e.text).includes('product.nutrition'));
  if (tables.length === 0 && asText.length === 0) return [];
  const out: Finding[] = [];
  const largest = largestSurfaceCm2(ctx.template);
  const printable = ctx.template.panels.filter((p) => p.printable);
  const total = printable.length > 0 ? printable.reduce((a, p) => a + (p.bounds.width * p.bounds.height) / 100, 0) : (ctx.template.width * ctx.template.height) / 100;
  const drawn = nutritionEdition(product.labelEdition);
  const due = nutritionEdition(product.labelEdition, ctx.printDate);
  const exempt = nutritionExempt(product, { edition: product.labelEdition, largestSurfaceCm2: largest });

  if (!exempt && tables.length === 0 && !textFormatAllowed(drawn, largest, total)) {
    for (const el of asText) {
      out.push(finding('error', 'label.nutrition-text-format', ctx.whereOf(el.id),
        { zh: `营养成分表在这里是一段文字。${drawn === 'GB28050-2025' ? '最大表面积超过 40 平方厘米' : '包装总面积不小于 100 平方厘米'}时，标准要求印成带框线的表格。`, en: `The nutrition table is set as plain text here. With ${drawn === 'GB28050-2025' ? 'a largest surface over 40 cm²' : 'a total surface of 100 cm² or more'} the standard requires a ruled table.` },
        { zh: '删去这段文字，添加“营养成分表”表格元素（竖排或横排）。', en: 'Remove this text and add a nutrition-table element (vertical or horizontal).' }));
    }
  }
  if (due === 'GB28050-2025' && drawn === 'GB28050-2011') {
    out.push(finding('error', 'label.nutrition-edition', ctx.whereOf((tables[0] ?? asText[0]).id),
      { zh: `计划 ${ctx.printDate} 印刷，已在 GB 28050-2025 适用之后（${GB28050_2025_APPLIES}）：营养成分表要加饱和脂肪、糖和“儿童青少年应避免过量摄入盐油糖”。`, en: `Printing on ${ctx.printDate} is after GB 28050-2025 applies (${GB28050_2025_APPLIES}): the table needs saturated fat, sugar and the line "儿童青少年应避免过量摄入盐油糖".` },
      { zh: '把产品的标签版本改为 GB 7718-2025，并填写饱和脂肪和糖。', en: "Switch the product's label edition to GB 7718-2025 and enter saturated fat and sugar." }));
  }
  if (due === 'GB28050-2025' && product.nutrition && (product.nutrition.saturatedFatG === undefined || product.nutrition.sugarG === undefined)) {
    out.push(finding('error', 'label.nutrition-2025-values', ctx.whereOf((tables[0] ?? asText[0]).id),
      { zh: 'GB 28050-2025 的营养成分表必须有饱和脂肪和糖，产品资料里还没有填。', en: 'A GB 28050-2025 nutrition table must show saturated fat and sugar; the product facts do not have them yet.' },
      { zh: '在产品资料的营养成分里填写饱和脂肪和糖（每100克或100毫升）。', en: "Enter saturated fat and sugar (per 100 g or 100 mL) in the product's nutrition facts." }));
  }
  return out;
}
