/**
 * GB 7718 type sizes, measured on the laid-out scene (the text nodes the PDF draws, their
 * sizePt and every group transform above them), for food and tea designs:
 * - mandatory text (texts carrying a GB 7718 item placeholder) ≥ 1.8 mm;
 * - the net-content statement ≥ 2 / 3 / 4 / 6 mm by quantity (≤50, ≤200, ≤1000, >1000 g or mL);
 * - foreign text (Latin only) not larger than the Chinese it accompanies (trademarks excepted).
 *
 * Which height (DOMAIN §3.3 says "character height" without defining it): a Chinese character is
 * measured by its ideographic face, a Latin capital or digit by the cap height. Digits carry the
 * quantities (net content, dates, licence numbers), so a text containing any digit or Latin
 * letter is measured by the cap height, otherwise by the Chinese face; the x-height of lower-case
 * letters is not used because the rules speak of characters as printed, and measuring unit
 * letters ("g", "mL") by their x-height would require ~40 % larger type than practice shows.
 * Face and cap height as shares of the em are those of the bundled LXGW WenKai, rounded down
 * (CJK faces measured 0.80–0.94 em, cap height 0.695, digits 0.72–0.73), so the check errs on
 * the strict side for most fonts.
 */
import type { TextElement } from '../../design/schema';
import { checkForeignTextSize, checkNetContentHeight, checkTextHeight, needsFoodLabel } from '../../product/food-label';
import { findPlaceholders, PLACEHOLDERS } from '../../product/placeholders';
import { PT_TO_MM } from '../../text/metrics';
import { axisScales, walkScene } from '../scene-walk';
import { finding, type Finding, type RuleContext } from '../types';

export const CJK_FACE_EM = 0.8;
export const CAP_HEIGHT_EM = 0.69;

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const LATIN_OR_DIGIT = /[A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;

export interface MeasuredText {
  elementId: string;
  text: string;
  /** em size on the page, mm (smallest of the element's nodes) */
  emMm: number;
}

/** Each text element's printed text and its smallest em size on the page. */
export function measuredTexts(ctx: RuleContext): Map<string, MeasuredText> {
  const out = new Map<string, MeasuredText>();
  for (const page of ctx.scene.pages) {
    walkScene(page.nodes, ({ node, matrix, elementId }) => {
      if (node.type !== 'text' || !elementId) return;
      const { sy } = axisScales(matrix);
      const em = node.sizePt * PT_TO_MM * sy;
      const text = node.runs.map((r) => r.text).join('');
      const prev = out.get(elementId);
      out.set(elementId, prev ? { elementId, text: prev.text + text, emMm: Math.min(prev.emMm, em) } : { elementId, text, emMm: em });
    });
  }
  return out;
}

/** Printed character height of a text as defined above, mm. */
export function characterHeightMm(text: string, emMm: number): number {
  return emMm * (LATIN_OR_DIGIT.test(text) ? CAP_HEIGHT_EM : CJK_FACE_EM);
}

const round = (mm: number) => Math.floor(mm * 100) / 100;

export function typeSizeRule(ctx: RuleContext): Finding[] {
  const product = ctx.product?.product;
  if (!product || !needsFoodLabel(product)) return [];
  const measured = measuredTexts(ctx);
  const texts = ctx.design.elements.filter((e): e is TextElement => e.kind === 'text' && !e.hidden);
  const out: Finding[] = [];
  const fix = { zh: '请把字号调大（或放大文本框后再调大字号）。', en: 'Increase the font size (enlarge the text box first if needed).' };

  // a drawn nutrition table is mandatory text too
  for (const el of ctx.design.elements) {
    if (el.kind !== 'nutrition-table' || el.hidden) continue;
    const m = measured.get(el.id);
    if (!m) continue;
    for (const iss of checkTextHeight(round(characterHeightMm(m.text, m.emMm)), `elements.${el.id}`)) out.push(finding('error', iss.code, ctx.whereOf(el.id), iss.message, fix));
  }

  for (const el of texts) {
    const m = measured.get(el.id);
    if (!m) continue;
    const keys = findPlaceholders(el.text);
    const mandatory = keys.some((k) => PLACEHOLDERS[k].satisfies.length > 0);
    const height = round(characterHeightMm(m.text, m.emMm));
    if (keys.includes('product.netContent') && product.netContent) {
      for (const iss of checkNetContentHeight(height, product.netContent, `elements.${el.id}`)) out.push(finding('error', iss.code, ctx.whereOf(el.id), iss.message, fix));
    } else if (mandatory) {
      for (const iss of checkTextHeight(height, `elements.${el.id}`)) out.push(finding('error', iss.code, ctx.whereOf(el.id), iss.message, fix));
    }
  }

  // foreign text against the Chinese: the English product name against the Chinese name, any
  // other Latin-only text against the largest Chinese on the design
  const chinese = [...measured.values()].filter((m) => CJK.test(m.text));
  if (chinese.length === 0) return out;
  const faceOf = (m: MeasuredText) => m.emMm * CJK_FACE_EM;
  const largest = Math.max(...chinese.map(faceOf));
  const nameZh = product.name.zh;
  const nameHolders = chinese.filter((m) => m.text.includes(nameZh));
  const nameEn = (product.name.en ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
  for (const m of measured.values()) {
    if (CJK.test(m.text) || !/[A-Za-z]/.test(m.text)) continue;
    const isName = nameEn !== '' && m.text.toLowerCase().replace(/\s+/g, ' ').trim() === nameEn;
    const against = isName && nameHolders.length > 0 ? Math.max(...nameHolders.map(faceOf)) : largest;
    const foreign = m.emMm * CAP_HEIGHT_EM;
    for (const iss of checkForeignTextSize(round(against), round(foreign), `elements.${m.elementId}`)) {
      out.push(finding('error', iss.code, ctx.whereOf(m.elementId), iss.message,
        { zh: '请把外文调小，或把对应的中文调大（注册商标除外）。', en: 'Make the foreign text smaller or the matching Chinese larger (registered trademarks excepted).' }));
    }
  }
  return out;
}
