/**
 * Colour conversions between the screen (sRGB hex / CSS) and print (CMYK 0..100, spot).
 *
 * Two different problems, two different tools:
 * - Raster images (photos, scans) are converted to CMYK at export by sharp/libvips with the
 *   shipped ICC profile, because a photo's thousands of colours need a colour-managed mapping.
 * - Vector art colours are few and deliberate: the user picks them in CMYK (or a spot ink)
 *   in the colour panel, and that CMYK is what prints. rgbToCmyk below only proposes a
 *   *starting* CMYK for colours arriving from an RGB source (an imported SVG), so it is
 *   device-naive on purpose: K from the brightest channel, no ink limiting, no profile.
 *   Everyone can see what it does and the user corrects it by eye on the proof.
 * cmykToRgb is the matching naive inverse (for round trips of imported colours only).
 *
 * Screen previews of print colours (printColorToCss: canvas, proofs, shop pictures) are NOT
 * naive: they go through the shipped output profile (model/cmyk-preview.ts), so indigo
 * C100 M75 Y10 K35 shows as the press prints it, not as royal blue.
 */
import { cmykToScreenRgb } from './cmyk-preview';
import { StudioError } from './localized';
import type { Cmyk, PrintColor } from './scene';

export interface Rgb {
  /** 0..255 each */
  r: number;
  g: number;
  b: number;
}

export interface Rgba extends Rgb {
  /** 0..1 */
  a: number;
}

/**
 * CSS basic colour keywords (CSS Color 3, section 4.1) plus a few common extended ones that
 * hand-written motif SVGs tend to use. Values are the published sRGB definitions.
 */
const NAMED: Record<string, string> = {
  black: '#000000',
  silver: '#c0c0c0',
  gray: '#808080',
  grey: '#808080',
  white: '#ffffff',
  maroon: '#800000',
  red: '#ff0000',
  purple: '#800080',
  fuchsia: '#ff00ff',
  magenta: '#ff00ff',
  green: '#008000',
  lime: '#00ff00',
  olive: '#808000',
  yellow: '#ffff00',
  navy: '#000080',
  blue: '#0000ff',
  teal: '#008080',
  aqua: '#00ffff',
  cyan: '#00ffff',
  orange: '#ffa500',
  gold: '#ffd700',
  pink: '#ffc0cb',
  brown: '#a52a2a',
  indigo: '#4b0082',
  crimson: '#dc143c',
  darkred: '#8b0000',
  darkblue: '#00008b',
  darkgreen: '#006400',
  darkgray: '#a9a9a9',
  darkgrey: '#a9a9a9',
  lightgray: '#d3d3d3',
  lightgrey: '#d3d3d3',
  beige: '#f5f5dc',
  ivory: '#fffff0',
  tan: '#d2b48c',
  violet: '#ee82ee',
  orangered: '#ff4500',
};

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

function hex2(v: number): string {
  return Math.round(clamp(v, 0, 255)).toString(16).padStart(2, '0');
}

export function rgbToHex(rgb: Rgb): string {
  return `#${hex2(rgb.r)}${hex2(rgb.g)}${hex2(rgb.b)}`;
}

/** "#rgb", "#rrggbb" (also "#rgba"/"#rrggbbaa", alpha returned) -> Rgba, or null. */
function parseHexLoose(text: string): Rgba | null {
  const m = /^#([0-9a-fA-F]{3,8})$/.exec(text.trim());
  if (!m) return null;
  let h = m[1];
  if (h.length === 3 || h.length === 4) h = [...h].map((c) => c + c).join('');
  if (h.length !== 6 && h.length !== 8) return null;
  const n = (i: number) => parseInt(h.slice(i, i + 2), 16);
  return { r: n(0), g: n(2), b: n(4), a: h.length === 8 ? n(6) / 255 : 1 };
}

/** Strict hex parse for user input: "#rgb" or "#rrggbb". */
export function hexToRgb(hex: string): Rgb {
  const trimmed = hex.trim();
  const parsed = /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(trimmed) ? parseHexLoose(trimmed) : null;
  if (!parsed) {
    throw new StudioError('color.bad-hex', {
      zh: `"${hex.slice(0, 40)}" 不是有效的颜色值。请写成 # 加 6 位十六进制数字，例如 #1a3c8f。`,
      en: `"${hex.slice(0, 40)}" is not a valid colour. Write # followed by 6 hexadecimal digits, for example #1a3c8f.`,
    });
  }
  return { r: parsed.r, g: parsed.g, b: parsed.b };
}

/** Normalise any accepted hex spelling to lowercase "#rrggbb" (throws like hexToRgb). */
export function normalizeHex(hex: string): string {
  return rgbToHex(hexToRgb(hex));
}

function channel(token: string): number | null {
  const t = token.trim();
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)(%?)$/.exec(t);
  if (!m) return null;
  const v = parseFloat(m[1]);
  return clamp(m[2] ? (v * 255) / 100 : v, 0, 255);
}

function alphaValue(token: string): number | null {
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)(%?)$/.exec(token.trim());
  if (!m) return null;
  const v = parseFloat(m[1]);
  return clamp(m[2] ? v / 100 : v, 0, 1);
}

/**
 * Parse a CSS colour as SVG files write it: hex, rgb()/rgba() (comma or space syntax, numbers
 * or percentages), or a named colour from the list above. Returns null for anything else
 * (including "none", "currentColor" and url(#...) paints, which the caller handles).
 */
export function parseCssColor(text: string): Rgba | null {
  const t = text.trim();
  if (t.startsWith('#')) return parseHexLoose(t);
  const fn = /^rgba?\(\s*([^)]*)\)$/i.exec(t);
  if (fn) {
    const body = fn[1].trim();
    let parts: string[];
    let alpha: string | undefined;
    if (body.includes(',')) {
      parts = body.split(',');
      if (parts.length === 4) alpha = parts.pop();
    } else {
      const [rgbPart, alphaPart] = body.split('/');
      parts = rgbPart.trim().split(/\s+/);
      alpha = alphaPart;
    }
    if (parts.length !== 3) return null;
    const [r, g, b] = parts.map(channel);
    if (r === null || g === null || b === null) return null;
    const a = alpha === undefined ? 1 : alphaValue(alpha);
    if (a === null) return null;
    return { r: Math.round(r), g: Math.round(g), b: Math.round(b), a };
  }
  const named = NAMED[t.toLowerCase()];
  return named ? parseHexLoose(named) : null;
}

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}

/**
 * Naive device CMYK from sRGB (see the file comment for why it is naive):
 * K = 1 - max(R', G', B'); C = (1 - R' - K) / (1 - K), likewise M and Y; all as 0..100 with
 * one decimal. Pure black becomes 0/0/0/100 (not a rich black).
 */
export function rgbToCmyk(rgb: Rgb): Cmyk {
  const r = clamp(rgb.r, 0, 255) / 255;
  const g = clamp(rgb.g, 0, 255) / 255;
  const b = clamp(rgb.b, 0, 255) / 255;
  const k = 1 - Math.max(r, g, b);
  if (k >= 1) return { c: 0, m: 0, y: 0, k: 100 };
  const f = (v: number) => round1(((1 - v - k) / (1 - k)) * 100);
  return { c: f(r), m: f(g), y: f(b), k: round1(k * 100) };
}

/** Naive inverse of rgbToCmyk: R = 255 (1 - C)(1 - K), likewise G and B. Not a preview (see printColorToCss). */
export function cmykToRgb(cmyk: Cmyk): Rgb {
  const u = (v: number) => clamp(v, 0, 100) / 100;
  const k = u(cmyk.k);
  return {
    r: Math.round(255 * (1 - u(cmyk.c)) * (1 - k)),
    g: Math.round(255 * (1 - u(cmyk.m)) * (1 - k)),
    b: Math.round(255 * (1 - u(cmyk.y)) * (1 - k)),
  };
}

/** Total area coverage of one colour in percent (0..400); printers limit it (often 300). */
export function totalInk(cmyk: Cmyk): number {
  return cmyk.c + cmyk.m + cmyk.y + cmyk.k;
}

/** The CMYK a print colour shows on screen: spots use their alternate, scaled by the tint. */
export function printColorToCmyk(color: PrintColor): Cmyk {
  if (color.kind === 'cmyk') return { c: color.c, m: color.m, y: color.y, k: color.k };
  const t = clamp(color.tint, 0, 1);
  const a = color.alternate;
  return { c: a.c * t, m: a.m * t, y: a.y * t, k: a.k * t };
}

/**
 * CSS colour ("#rrggbb") for drawing a print colour on screen: the CMYK (a spot's alternate at
 * its tint) through the output profile, as a colour-managed viewer shows the exported PDF.
 */
export function printColorToCss(color: PrintColor): string {
  return rgbToHex(cmykToScreenRgb(printColorToCmyk(color)));
}

/** CSS preview of a plain CMYK colour (swatches), through the same profile. */
export function cmykToCss(cmyk: Cmyk): string {
  return rgbToHex(cmykToScreenRgb(cmyk));
}

/** A CMYK print colour proposed for an sRGB colour (for SVG import). */
export function rgbToPrintColor(rgb: Rgb): PrintColor {
  return { kind: 'cmyk', ...rgbToCmyk(rgb) };
}
