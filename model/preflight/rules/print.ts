/** Print-quality rules over the scene: what the press will actually get. */
import type { Cmyk, ImageNode, PrintColor, TextNode } from '../../scene';
import { axisScales, matrixScale, walkScene, type Visit } from '../scene-walk';
import { finding, type Finding, type RuleContext } from '../types';

const PT_MM = 25.4 / 72;
export const MIN_PPI = 200;
export const GOOD_PPI = 300;
export const HAIRLINE_PT = 0.25;
export const SMALL_TEXT_PT = 12;
export const MAX_TAC = 300;

function visits(ctx: RuleContext, fn: (v: Visit, page: string) => void): void {
  for (const page of ctx.scene.pages) walkScene(page.nodes, (v) => fn(v, page.name));
}

function whereFor(ctx: RuleContext, elementId: string | undefined, page: string) {
  return elementId && ctx.design.elements.some((e) => e.id === elementId) ? ctx.whereOf(elementId) : { page };
}

export function missingGlyphRule(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const [elementId, chars] of Object.entries(ctx.missingGlyphs ?? {})) {
    if (chars.length === 0) continue;
    const el = ctx.design.elements.find((e) => e.id === elementId);
    const font = el?.kind === 'text' ? el.fontId : '';
    const list = [...new Set(chars)].join(' ');
    out.push(finding('error', 'text.missing-glyphs', ctx.whereOf(elementId),
      { zh: `字体“${font}”里没有这些字：${list}。印出来会是空白或方框。`, en: `Font "${font}" has no glyphs for: ${list}. They would print as blanks or boxes.` },
      { zh: '请换一种包含这些字的字体（例如霞鹜文楷），或改写这些字。', en: 'Choose a font that has these characters (e.g. LXGW WenKai) or rewrite them.' }));
  }
  return out;
}

/** Effective resolution of a placed image: source pixels over printed inches, the worse axis. */
export function effectivePpi(node: ImageNode, m: Visit['matrix']): number {
  const { sx, sy } = axisScales(m);
  const px = node.crop?.width ?? node.pixelWidth;
  const py = node.crop?.height ?? node.pixelHeight;
  const xppi = px / ((node.width * sx) / 25.4);
  const yppi = py / ((node.height * sy) / 25.4);
  return Math.min(xppi, yppi);
}

export function imageResolutionRule(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  visits(ctx, ({ node, matrix, elementId }, page) => {
    if (node.type !== 'image') return;
    const ppi = effectivePpi(node, matrix);
    if (!Number.isFinite(ppi) || ppi >= GOOD_PPI) return;
    const where = whereFor(ctx, elementId, page);
    const n = Math.round(ppi);
    const needMm = Math.floor(((node.crop?.width ?? node.pixelWidth) / GOOD_PPI) * 25.4);
    if (ppi < MIN_PPI) {
      out.push(finding('error', 'image.low-resolution', where,
        { zh: `图片在这个尺寸下只有 ${n} ppi（至少要 ${MIN_PPI}，最好 ${GOOD_PPI}），印出来会发虚、有锯齿。`, en: `At this size the image has only ${n} ppi (at least ${MIN_PPI} needed, ${GOOD_PPI} recommended); it would print blurred and jagged.` },
        { zh: `请把图片缩小到约 ${needMm} 毫米宽，或换一张像素更高的照片。确实要印也可以勾选“强制导出”。`, en: `Shrink the image to about ${needMm} mm wide or use a higher-resolution photo. If you must print it anyway, tick "force export".` },
        true));
    } else {
      out.push(finding('warning', 'image.medium-resolution', where,
        { zh: `图片在这个尺寸下是 ${n} ppi，低于印刷推荐的 ${GOOD_PPI} ppi，细节会略软。`, en: `At this size the image has ${n} ppi, below the ${GOOD_PPI} ppi recommended for print; fine detail will look soft.` },
        { zh: `如果在意清晰度，请缩小到约 ${needMm} 毫米宽或换更清晰的照片。`, en: `If sharpness matters, shrink it to about ${needMm} mm wide or use a sharper photo.` }));
    }
  });
  return out;
}

export function hairlineRule(ctx: RuleContext): Finding[] {
  const thinnest = new Map<string, { pt: number; page: string; elementId?: string }>();
  visits(ctx, ({ node, matrix, elementId }, page) => {
    if (node.type !== 'path' || !node.stroke || node.stroke.widthMm <= 0) return;
    const pt = (node.stroke.widthMm * matrixScale(matrix)) / PT_MM;
    if (pt >= HAIRLINE_PT - 1e-9) return;
    const key = elementId ?? `page:${page}`;
    const prev = thinnest.get(key);
    if (!prev || pt < prev.pt) thinnest.set(key, { pt, page, elementId });
  });
  return [...thinnest.values()].map(({ pt, page, elementId }) =>
    finding('warning', 'stroke.hairline', whereFor(ctx, elementId, page),
      { zh: `有线条只有 ${pt.toFixed(2)} 磅粗（不到 ${HAIRLINE_PT} 磅），印刷时可能断线或完全印不出来。`, en: `A line is only ${pt.toFixed(2)} pt wide (under ${HAIRLINE_PT} pt); it may break up or vanish in print.` },
      { zh: `请把线宽加到至少 ${HAIRLINE_PT} 磅（约 0.09 毫米），或放大这个元素。`, en: `Make the line at least ${HAIRLINE_PT} pt (about 0.09 mm) wide, or enlarge the element.` }));
}

const tac = (c: Cmyk) => c.c + c.m + c.y + c.k;
const isRichBlack = (c: PrintColor) => c.kind === 'cmyk' && c.k >= 90 && c.c + c.m + c.y > 0;

export function richBlackTextRule(ctx: RuleContext): Finding[] {
  const found = new Map<string, { pt: number; page: string; elementId?: string }>();
  visits(ctx, ({ node, matrix, elementId }, page) => {
    if (node.type !== 'text' || !isRichBlack((node as TextNode).color)) return;
    const pt = node.sizePt * matrixScale(matrix);
    if (pt >= SMALL_TEXT_PT) return;
    found.set(elementId ?? `page:${page}`, { pt, page, elementId });
  });
  return [...found.values()].map(({ pt, page, elementId }) =>
    finding('warning', 'text.small-rich-black', whereFor(ctx, elementId, page),
      { zh: `${pt.toFixed(1)} 磅的小字用了四色叠加的“深黑”，四块版稍有错位，字边就会出现彩色毛边。`, en: `${pt.toFixed(1)} pt text is set in rich black (four inks); the slightest misregistration gives it coloured fringes.` },
      { zh: '小于 12 磅的文字请用单色黑：C0 M0 Y0 K100。', en: 'Set text under 12 pt in plain black: C0 M0 Y0 K100.' }));
}

export function totalInkRule(ctx: RuleContext): Finding[] {
  const found = new Map<string, { total: number; page: string; elementId?: string }>();
  const check = (c: PrintColor | undefined, elementId: string | undefined, page: string) => {
    if (!c || c.kind !== 'cmyk') return;
    const total = tac(c);
    if (total <= MAX_TAC) return;
    const key = elementId ?? `page:${page}`;
    if ((found.get(key)?.total ?? 0) < total) found.set(key, { total, page, elementId });
  };
  visits(ctx, ({ node, elementId }, page) => {
    if (node.type === 'path') (check(node.fill, elementId, page), check(node.stroke?.color, elementId, page));
    if (node.type === 'text') check(node.color, elementId, page);
  });
  return [...found.values()].map(({ total, page, elementId }) =>
    finding('warning', 'colour.total-ink', whereFor(ctx, elementId, page),
      { zh: `有颜色的四色总量达到 ${Math.round(total)}%（印刷厂一般上限 ${MAX_TAC}%），油墨可能干不透、粘页或透印。`, en: `A colour uses ${Math.round(total)}% total ink (printers usually allow at most ${MAX_TAC}%); it may not dry, may set off or show through.` },
      { zh: '请降低这个颜色的 C、M、Y 值，让四项加起来不超过 300（深色可用 C60 M40 Y40 K100 = 240%）。', en: 'Lower its C, M and Y so the four add up to 300 or less (a deep black such as C60 M40 Y40 K100 is 240%).' }));
}
