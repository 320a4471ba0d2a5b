/**
 * Silver motifs print in the "Silver" spot ink, the way a silversmith's print is made: the metal
 * (the light tones of the artwork) goes on the Silver plate, tinted by tone, and the dark ground
 * the metal is drawn on stays in CMYK, so the silver plate does not flood the whole motif.
 *
 * Mapping for a silver-craft motif (craft "silver") whose colours the user did not set:
 * - near-white (every channel ≥ 0xf0): paper, left to the default conversion;
 * - dark (CIE L* < 40, the ground): left to the default conversion (CMYK);
 * - everything else (the metal): Silver at tint (100 - L*) / 40, in steps of 5 %, at least 10 %:
 *   the darkest metal tone prints solid silver, the highlights as lighter screens, which is how
 *   the preview (Silver's alternate, 35 % K) matches the artwork's own greys.
 * Explicit choices in the element's colour map always win.
 *
 * Used wherever motif art is recoloured (canvas: renderer/editor/resources.ts; proof and PDF:
 * electron/services/export/prepare-design.ts) through motifArtScene, so all three agree.
 */
import type { Cmyk, PrintColor } from '../scene';
import { svgToScene, type SvgScene } from '../svg/to-scene';

export const SILVER_ALTERNATE: Cmyk = { c: 0, m: 0, y: 0, k: 35 };

/** Tones darker than this (CIE L*) are the ground the metal sits on, not metal. */
export const SILVER_GROUND_MAX_LIGHTNESS = 40;

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

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

const isPaper = (hex: string) => channels(hex).every((c) => c >= 0xf0);

/** CIE L* (0..100) of an sRGB colour. */
export function lightness(hex: string): number {
  const [r, g, b] = channels(hex).map((v) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (24389 / 27) * y;
}

/** The Silver tint a metal tone prints at (see the file comment). */
export function silverTint(hex: string): number {
  const t = (100 - lightness(hex)) / 40;
  return Math.min(1, Math.max(0.1, Math.round(t * 20) / 20));
}

/** The colours to recolour a motif with: explicit choices win; a silver motif's metal tones become Silver. */
export function motifColours(craft: string, svg: string, chosen: Record<string, PrintColor>): Record<string, PrintColor> {
  if (craft !== 'silver') return chosen;
  const out: Record<string, PrintColor> = {};
  for (const hex of svgHexColours(svg)) {
    if (isPaper(hex) || lightness(hex) < SILVER_GROUND_MAX_LIGHTNESS) continue;
    out[hex] = { kind: 'spot', name: 'Silver', tint: silverTint(hex), alternate: SILVER_ALTERNATE };
  }
  return { ...out, ...chosen };
}

/** A motif's artwork as scene nodes in the colours it prints in: one recolouring for every painter. */
export function motifArtScene(craft: string, svg: string, chosen: Record<string, PrintColor>): SvgScene {
  return svgToScene(svg, { colourMap: motifColours(craft, svg, chosen) });
}
