/**
 * The GB 28050 nutrition table as a ruled table: a box, a title row "营养成分表", a column
 * head (项目 | 每100克 | NRV%), one row per nutrient, rules between the head and the rows, and
 * (2025) the line "儿童青少年应避免过量摄入盐油糖" under the table. Vertical is the standard's
 * basic format; horizontal puts the rows in two side-by-side halves for wide, low labels.
 * Built from paths and text nodes, so the canvas, the proof and the PDF draw it alike.
 */
import { issue } from '../../localized';
import { CHILD_LINE, nutritionHeading, nutritionRows } from '../../product/nutrition';
import type { PathCommand, PrintColor, SceneNode, TextNode } from '../../scene';
import { advanceMm, PT_TO_MM } from '../../text/metrics';
import type { NutritionTableElement } from '../schema';
import { resolveColour } from './colour';
import type { BuildContext } from './types';

const RULE_MM = 0.25;
const PAD_MM = 0.8;

const line = (x1: number, y1: number, x2: number, y2: number): PathCommand[] => [['M', x1, y1], ['L', x2, y2]];

export function nutritionTableNodes(el: NutritionTableElement, ctx: BuildContext): SceneNode[] {
  const metrics = ctx.fontMetrics(el.fontId);
  if (!ctx.nutrition || !metrics) {
    ctx.issues.push(
      issue(`elements.${el.id}`, 'nutrition-table-empty', 'warning',
        `营养成分表“${el.name}”没有内容：${!metrics ? `字体“${el.fontId}”没有安装` : '设计没有关联产品，或产品资料里没有营养成分'}。`,
        `Nutrition table "${el.name}" is empty: ${!metrics ? `font "${el.fontId}" is not installed` : 'the design has no linked product, or its facts have no nutrition values'}.`),
    );
    return [];
  }
  const { facts, edition } = ctx.nutrition;
  const color = resolveColour(el.colour, ctx, `elements.${el.id}.colour`);
  const em = el.sizePt * PT_TO_MM;
  const rowH = em * 1.5;
  const ascent = em * 0.8; // baseline inside a row: centred CJK face
  const h = nutritionHeading(facts, 'zh-CN');
  const rows = nutritionRows(facts, edition, 'zh-CN');
  const width = el.transform.width;
  const texts: TextNode['runs'] = [];
  const rules: PathCommand[] = [];
  /** a cell's text, placed in the column [colLeft, colRight] of the row starting at rowTop */
  const put = (text: string, rowTop: number, align: 'start' | 'end' | 'center', colLeft: number, colRight: number) => {
    const w = advanceMm(metrics, text, el.sizePt);
    const x = align === 'start' ? colLeft + PAD_MM : align === 'end' ? colRight - PAD_MM - w : (colLeft + colRight - w) / 2;
    texts.push({ text, x, y: rowTop + (rowH - em) / 2 + ascent });
  };

  const blocks = el.layout === 'horizontal' ? [rows.slice(0, Math.ceil(rows.length / 2)), rows.slice(Math.ceil(rows.length / 2))] : [rows];
  const blockW = width / blocks.length;
  const bodyRows = Math.max(...blocks.map((b) => b.length));
  const tableH = rowH * (2 + bodyRows);

  // title row across the whole table
  put(h.title, 0, 'center', 0, width);
  rules.push(...line(0, rowH, width, rowH));
  blocks.forEach((block, bi) => {
    const x0 = bi * blockW;
    const cols = [x0, x0 + blockW * 0.44, x0 + blockW * 0.74, x0 + blockW];
    put(h.item, rowH, 'start', cols[0], cols[1]);
    put(h.per, rowH, 'end', cols[1], cols[2]);
    put(h.nrv, rowH, 'end', cols[2], cols[3]);
    block.forEach((r, i) => {
      const top = rowH * (2 + i);
      put(r.name, top, 'start', cols[0], cols[1]);
      put(r.amount, top, 'end', cols[1], cols[2]);
      if (r.nrv) put(r.nrv, top, 'end', cols[2], cols[3]);
    });
    if (bi > 0) rules.push(...line(x0, rowH, x0, tableH));
  });
  // a heavier rule under the column head, as the standard's examples show
  rules.push(...line(0, rowH * 2, width, rowH * 2));
  const box: PathCommand[] = [['M', 0, 0], ['L', width, 0], ['L', width, tableH], ['L', 0, tableH], ['Z']];
  if (edition === 'GB28050-2025') put(CHILD_LINE.zh, tableH, 'start', 0, width);

  const needed = tableH + (edition === 'GB28050-2025' ? rowH : 0);
  if (needed > el.transform.height + 1e-6) {
    ctx.issues.push(
      issue(`elements.${el.id}`, 'text-overflow', 'warning',
        `营养成分表“${el.name}”需要 ${needed.toFixed(1)} 毫米高，框只有 ${el.transform.height.toFixed(1)} 毫米，下面的行印不出来。请把框拉高或把字号调小。`,
        `Nutrition table "${el.name}" needs ${needed.toFixed(1)} mm of height but its box has ${el.transform.height.toFixed(1)} mm; the lower rows would not print. Make the box taller or the type smaller.`),
    );
  }
  const stroke = { color: color as PrintColor, widthMm: RULE_MM };
  return [
    { type: 'path', d: [...box, ...rules], stroke, elementId: el.id },
    { type: 'text', fontId: el.fontId, sizePt: el.sizePt, color, runs: texts, elementId: el.id },
  ];
}
