/**
 * Silver motifs print in the "Silver" spot ink. A silver-craft motif (craft "silver") whose
 * colours the user did not set explicitly gets its inked colours mapped to Silver, so the
 * canvas, the proof and the PDF all show the metallic plate; white stays paper.
 * Used as a wrapper around the colours passed to svgToScene.
 */
import type { Cmyk, PrintColor } from '../scene';

export const SILVER_ALTERNATE: Cmyk = { c: 0, m: 0, y: 0, k: 35 };

/** Lower-case #rrggbb colours an SVG text mentions (fill, stroke, stop-color, style). */
export function svgHexColours(svg: string): string[] {
  const out = new Set<string>();
  for (const m of svg.matchAll(/#([0-9a-fA-F]{6})\b/g)) out.add(`#${m[1].toLowerCase()}`);
  for (const m of svg.matchAll(/#([0-9a-fA-F]{3})\b(?![0-9a-fA-F])/g)) {
    const [r, g, b] = m[1].toLowerCase();
    out.add(`#${r}${r}${g}${g}${b}${b}`);
  }
  return [...out];
}

const isPaper = (hex: string) => {
  const v = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return v.every((c) => c >= 0xf0);
};

/** The colours to recolour a motif with: explicit choices win; a silver motif's other inks become Silver. */
export function motifColours(craft: string, svg: string, chosen: Record<string, PrintColor>): Record<string, PrintColor> {
  if (craft !== 'silver') return chosen;
  const out: Record<string, PrintColor> = {};
  for (const hex of svgHexColours(svg)) {
    if (!isPaper(hex)) out[hex] = { kind: 'spot', name: 'Silver', tint: 1, alternate: SILVER_ALTERNATE };
  }
  return { ...out, ...chosen };
}
