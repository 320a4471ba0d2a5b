/**
 * FontMetrics for model/text built from `fonts.metrics` answers, so the canvas breaks lines
 * with the very advances the PDF writer uses (same font file, same fontkit numbers).
 *
 * The answers only cover characters asked for; `needed(text)` lists the ones still to
 * fetch, `merge(answer)` adds them. Unknown characters count as missing (advance 0), like
 * the main side's layoutMetrics does for glyphs the font lacks.
 */
import { isFieldMark, markUnresolved } from '../../model/design/scene/fields';
import type { FontMetrics } from '../../model/text/metrics';

export interface MetricsAnswer {
  fontId: string;
  unitsPerEm: number;
  ascender: number;
  descender: number;
  advances: Record<string, number>;
  missing: number[];
}

export class FontMetricsCache {
  private readonly fonts = new Map<string, { base: MetricsAnswer; advances: Map<number, number>; missing: Set<number> }>();

  /** code points of `text` not yet known for this font (newlines and field marks excepted) */
  needed(fontId: string, text: string): string {
    const f = this.fonts.get(fontId);
    const out = new Set<string>();
    for (const ch of text) {
      if (ch === '\n' || ch === '\r') continue;
      const cp = ch.codePointAt(0) as number;
      if (isFieldMark(cp)) continue;
      if (!f || (!f.advances.has(cp) && !f.missing.has(cp))) out.add(ch);
    }
    return [...out].join('');
  }

  merge(answer: MetricsAnswer): void {
    let f = this.fonts.get(answer.fontId);
    if (!f) {
      f = { base: answer, advances: new Map(), missing: new Set() };
      this.fonts.set(answer.fontId, f);
    }
    for (const [cp, adv] of Object.entries(answer.advances)) f.advances.set(Number(cp), adv);
    for (const cp of answer.missing) f.missing.add(cp);
  }

  has(fontId: string): boolean {
    return this.fonts.has(fontId);
  }

  metrics(fontId: string): FontMetrics | undefined {
    const f = this.fonts.get(fontId);
    if (!f) return undefined;
    return {
      unitsPerEm: f.base.unitsPerEm,
      ascender: f.base.ascender,
      descender: f.base.descender,
      advance: (cp) => f.advances.get(cp) ?? 0,
      hasGlyph: (cp) => f.advances.has(cp),
    };
  }
}

/** Every character a drawn nutrition table can print (model/product/nutrition + the 2025 line). */
const NUTRITION_TABLE_CHARS = '营养成分表项目每100克毫升NRV%能量蛋白质脂肪饱和碳水化合物糖钠kJgm0123456789. —儿童青少年应避免过量摄入盐油糖';

/**
 * Every text the scene builder will lay out, per font: element texts as they will be laid out
 * (product facts filled in, exactly as the scene builder fills them) and barcode digits and nutrition tables.
 */
export function textsByFont(
  elements: readonly { kind: string; fontId?: string; text?: string }[],
  barcodeFontId?: string,
  placeholders?: (text: string) => string,
): Map<string, string> {
  const out = new Map<string, string>();
  const add = (fontId: string, text: string) => out.set(fontId, (out.get(fontId) ?? '') + text);
  for (const el of elements) {
    if (el.kind === 'text' && el.fontId && el.text !== undefined) add(el.fontId, markUnresolved(el.text, placeholders).text);
    if (el.kind === 'barcode' && barcodeFontId) add(barcodeFontId, '0123456789<>');
    if (el.kind === 'nutrition-table' && el.fontId) add(el.fontId, NUTRITION_TABLE_CHARS);
  }
  return out;
}
