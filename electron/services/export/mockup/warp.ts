/**
 * The small software renderer behind the 3D mockups: a projective warp (3 x 3 homography) of a
 * picture onto a quadrilateral, inverse-mapped with bilinear sampling, on raw RGBA buffers from
 * sharp. Colours are sampled premultiplied so transparent surroundings (a die-cut card) do not
 * bleed a dark fringe into the edges; anti-aliasing comes from rendering the frame larger and
 * letting sharp scale it down.
 */

export interface Pixels {
  data: Buffer;
  width: number;
  height: number;
}

export type Point = [number, number];

/** 3 x 3 matrix, row-major: [a, b, c, d, e, f, g, h, i]. */
export type Mat3 = [number, number, number, number, number, number, number, number, number];

export function blankPixels(width: number, height: number): Pixels {
  return { data: Buffer.alloc(width * height * 4), width, height };
}

/**
 * The homography taking the unit square to a quad: (0,0) -> q[0] (top-left), (1,0) -> q[1]
 * (top-right), (1,1) -> q[2] (bottom-right), (0,1) -> q[3] (bottom-left). Heckbert's closed form.
 */
export function squareToQuad(q: [Point, Point, Point, Point]): Mat3 {
  const [[x0, y0], [x1, y1], [x2, y2], [x3, y3]] = q;
  const sx = x0 - x1 + x2 - x3;
  const sy = y0 - y1 + y2 - y3;
  if (Math.abs(sx) < 1e-9 && Math.abs(sy) < 1e-9) {
    return [x1 - x0, x3 - x0, x0, y1 - y0, y3 - y0, y0, 0, 0, 1];
  }
  const dx1 = x1 - x2;
  const dx2 = x3 - x2;
  const dy1 = y1 - y2;
  const dy2 = y3 - y2;
  const den = dx1 * dy2 - dx2 * dy1;
  const g = (sx * dy2 - dx2 * sy) / den;
  const h = (dx1 * sy - sx * dy1) / den;
  return [x1 - x0 + g * x1, x3 - x0 + h * x3, x0, y1 - y0 + g * y1, y3 - y0 + h * y3, y0, g, h, 1];
}

export function invert(m: Mat3): Mat3 {
  const [a, b, c, d, e, f, g, h, i] = m;
  const A = e * i - f * h;
  const B = -(d * i - f * g);
  const C = d * h - e * g;
  const det = a * A + b * B + c * C;
  if (Math.abs(det) < 1e-12) throw new Error('degenerate quad');
  const k = 1 / det;
  return [A * k, -(b * i - c * h) * k, (b * f - c * e) * k, B * k, (a * i - c * g) * k, -(a * f - c * d) * k, C * k, -(a * h - b * g) * k, (a * e - b * d) * k];
}

export function apply(m: Mat3, x: number, y: number): Point {
  const w = m[6] * x + m[7] * y + m[8];
  return [(m[0] * x + m[1] * y + m[2]) / w, (m[3] * x + m[4] * y + m[5]) / w];
}

/** Premultiplied bilinear sample at source pixel coordinates (pixel centres at +0.5). */
function sample(src: Pixels, x: number, y: number, out: Float64Array): void {
  const fx = Math.min(Math.max(x - 0.5, 0), src.width - 1);
  const fy = Math.min(Math.max(y - 0.5, 0), src.height - 1);
  const x0 = Math.floor(fx);
  const y0 = Math.floor(fy);
  const x1 = Math.min(x0 + 1, src.width - 1);
  const y1 = Math.min(y0 + 1, src.height - 1);
  const tx = fx - x0;
  const ty = fy - y0;
  out[0] = out[1] = out[2] = out[3] = 0;
  const add = (px: number, py: number, w: number) => {
    if (w === 0) return;
    const o = (py * src.width + px) * 4;
    const a = (src.data[o + 3] / 255) * w;
    out[0] += src.data[o] * a;
    out[1] += src.data[o + 1] * a;
    out[2] += src.data[o + 2] * a;
    out[3] += a;
  };
  add(x0, y0, (1 - tx) * (1 - ty));
  add(x1, y0, tx * (1 - ty));
  add(x0, y1, (1 - tx) * ty);
  add(x1, y1, tx * ty);
}

/**
 * Light on a surface point: 1 leaves the colour as printed, below 1 darkens it (shade), above 1
 * moves it towards white (a highlight), so the lit face keeps the art's own colours.
 */
export type Shade = (u: number, v: number) => number;

function lit(c: number, s: number): number {
  return s <= 1 ? c * s : c + (255 - c) * Math.min(1, s - 1);
}

/** Composite `src`, warped onto `quad`, over `dst`, with shading by face coordinates (u, v in 0..1). */
export function warpOnto(dst: Pixels, src: Pixels, quad: [Point, Point, Point, Point], shade: Shade = () => 1): void {
  const inv = invert(squareToQuad(quad));
  const xs = quad.map((p) => p[0]);
  const ys = quad.map((p) => p[1]);
  const left = Math.max(0, Math.floor(Math.min(...xs)));
  const right = Math.min(dst.width - 1, Math.ceil(Math.max(...xs)));
  const top = Math.max(0, Math.floor(Math.min(...ys)));
  const bottom = Math.min(dst.height - 1, Math.ceil(Math.max(...ys)));
  const s = new Float64Array(4);
  for (let y = top; y <= bottom; y++) {
    for (let x = left; x <= right; x++) {
      const [u, v] = apply(inv, x + 0.5, y + 0.5);
      if (u < 0 || u > 1 || v < 0 || v > 1) continue;
      sample(src, u * src.width, v * src.height, s);
      if (s[3] <= 0) continue;
      const k = shade(u, v);
      overPremultiplied(dst, (y * dst.width + x) * 4, lit(s[0] / s[3], k) * s[3], lit(s[1] / s[3], k) * s[3], lit(s[2] / s[3], k) * s[3], s[3]);
    }
  }
}

/** Porter-Duff "over" of a premultiplied colour (channels 0..255 times alpha, alpha 0..1) onto a straight-alpha pixel. */
export function overPremultiplied(dst: Pixels, o: number, r: number, g: number, b: number, a: number): void {
  const d = dst.data;
  const da = d[o + 3] / 255;
  const outA = a + da * (1 - a);
  if (outA <= 0) return;
  d[o] = Math.round((r + d[o] * da * (1 - a)) / outA);
  d[o + 1] = Math.round((g + d[o + 1] * da * (1 - a)) / outA);
  d[o + 2] = Math.round((b + d[o + 2] * da * (1 - a)) / outA);
  d[o + 3] = Math.round(outA * 255);
}

/** Bilinear sample exposed for the cylinder wrap (returns premultiplied r, g, b and alpha 0..1). */
export function sampleAt(src: Pixels, x: number, y: number, out: Float64Array): void {
  sample(src, x, y, out);
}

export { lit };
