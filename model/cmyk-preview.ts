/**
 * CMYK as the press shows it, on an sRGB screen: interpolated from a table sampled through the
 * shipped output profile (FOGRA39L TAC300, the PDF's OutputIntent) by
 * scripts/build-cmyk-preview-table.mjs. One conversion for every painter: the canvas
 * (renderer/canvas/paint.ts), the proofs and shop pictures (electron/services/export/scene-svg.ts)
 * all go through printColorToCss, which calls this. Pure: the table is data.
 */
import { CMYK_PREVIEW_TABLE } from './cmyk-preview-table';
import type { Rgb } from './color';
import type { Cmyk } from './scene';

export interface CmykPreviewTable {
  /** grid points per ink, evenly spaced 0..100 % */
  steps: number;
  /** r,g,b bytes per grid point, C-major: index = ((c * S + m) * S + y) * S + k */
  rgb: Uint8Array;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeBase64(text: string): Uint8Array {
  const value = new Int16Array(128).fill(-1);
  for (let i = 0; i < B64.length; i++) value[B64.charCodeAt(i)] = i;
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    acc = (acc << 6) | value[clean.charCodeAt(i)];
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

let shipped: CmykPreviewTable | undefined;

/** The table built from the shipped profile (decoded once). */
export function shippedPreviewTable(): CmykPreviewTable {
  shipped ??= { steps: CMYK_PREVIEW_TABLE.steps, rgb: decodeBase64(CMYK_PREVIEW_TABLE.rgb) };
  return shipped;
}

const clamp01 = (v: number) => (v < 0 ? 0 : v > 1 ? 1 : v);

/**
 * sRGB of a CMYK colour through the profile: quadrilinear interpolation between the 16 grid
 * points around it (measured against direct lcms conversions: see tests/unit/model/cmyk-preview.test.ts).
 */
export function cmykToScreenRgb(cmyk: Cmyk, table: CmykPreviewTable = shippedPreviewTable()): Rgb {
  const s = table.steps;
  const last = s - 1;
  const pos = [cmyk.c, cmyk.m, cmyk.y, cmyk.k].map((v) => clamp01((Number.isFinite(v) ? v : 0) / 100) * last);
  const lo = pos.map((p) => Math.min(last - 1, Math.floor(p)));
  const f = pos.map((p, i) => p - lo[i]);
  const acc = [0, 0, 0];
  for (let corner = 0; corner < 16; corner++) {
    let w = 1;
    let index = 0;
    for (let axis = 0; axis < 4; axis++) {
      const up = (corner >> (3 - axis)) & 1;
      w *= up ? f[axis] : 1 - f[axis];
      index = index * s + lo[axis] + up;
    }
    if (w === 0) continue;
    acc[0] += w * table.rgb[index * 3];
    acc[1] += w * table.rgb[index * 3 + 1];
    acc[2] += w * table.rgb[index * 3 + 2];
  }
  return { r: Math.round(acc[0]), g: Math.round(acc[1]), b: Math.round(acc[2]) };
}
