/**
 * Screen-vs-paper comparison that separates geometry from colour. poppler converts DeviceCMYK
 * to RGB with its own formula and our proof uses model/color's naive preview, so the same
 * indigo is two different RGB values: a plain pixel difference would mostly measure that.
 * Vector art has few flat colours, so each flat colour of the proof is first translated to
 * the median colour poppler painted at the same pixels; what is left over is where the two
 * renders disagree about *where* things are (a shifted, missing or wrong shape).
 */
import sharp from 'sharp';

export interface Comparison {
  /** mean absolute difference per channel (0..255) after colour translation, on flat-colour pixels */
  residual: number;
  /** share of flat-colour pixels differing by more than 48 in some channel */
  outliers: number;
  /** share of the image inside flat areas (the rest: edges and fine detail, not judged) */
  coverage: number;
}

export async function compareRenders(paperPng: string | Buffer, proofPng: Buffer): Promise<Comparison> {
  const a = await sharp(paperPng).flatten({ background: '#ffffff' }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const b = await sharp(proofPng)
    .flatten({ background: '#ffffff' })
    .resize(a.info.width, a.info.height, { fit: 'fill', kernel: 'nearest' })
    .removeAlpha()
    .raw()
    .toBuffer();
  const w = a.info.width;
  const h = a.info.height;
  const n = w * h;
  const key = (p: number) => (b[p * 3] << 16) | (b[p * 3 + 1] << 8) | b[p * 3 + 2];
  // judge only pixels inside a flat area of the proof (all 8 neighbours the same colour): edge
  // pixels depend on each rasteriser's anti-aliasing, not on where the shapes are
  const groups = new Map<number, number[]>();
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const p = y * w + x;
      const k = key(p);
      let flat = true;
      for (let dy = -1; dy <= 1 && flat; dy++) for (let dx = -1; dx <= 1 && flat; dx++) flat = key(p + dy * w + dx) === k;
      if (!flat) continue;
      let g = groups.get(k);
      if (!g) groups.set(k, (g = []));
      g.push(p);
    }
  }
  let sum = 0;
  let judged = 0;
  let outliers = 0;
  for (const pixels of groups.values()) {
    // a flat colour: enough pixels that its median is not an accident of edges
    if (pixels.length < 40) continue;
    const median = [0, 1, 2].map((c) => {
      const v = pixels.map((p) => a.data[p * 3 + c]).sort((x, y) => x - y);
      return v[v.length >> 1];
    });
    for (const p of pixels) {
      let worst = 0;
      for (let c = 0; c < 3; c++) {
        const d = Math.abs(a.data[p * 3 + c] - median[c]);
        sum += d;
        worst = Math.max(worst, d);
      }
      if (worst > 48) outliers++;
      judged++;
    }
  }
  return { residual: sum / (judged * 3), outliers: outliers / judged, coverage: judged / n };
}
