/**
 * CIE76 colour difference between two sRGB colours (D65, 8 bit): the Euclidean distance in
 * CIELAB. Stricter than ΔE2000 for saturated colours, so a pass here is a pass there.
 */
export type Rgb3 = [number, number, number];

export function srgbToLab([r, g, b]: Rgb3): Rgb3 {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const [R, G, B] = [lin(r), lin(g), lin(b)];
  const x = (0.4124 * R + 0.3576 * G + 0.1805 * B) / 0.95047;
  const y = 0.2126 * R + 0.7152 * G + 0.0722 * B;
  const z = (0.0193 * R + 0.1192 * G + 0.9505 * B) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

export function deltaE76(a: Rgb3, b: Rgb3): number {
  const p = srgbToLab(a);
  const q = srgbToLab(b);
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}
