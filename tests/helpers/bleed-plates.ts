/**
 * Does the ink run on into the bleed wherever it reaches a trimmed edge? Measured on what a
 * press would plate: Ghostscript's tiffsep renders the process plates (C, M, Y, K; spot
 * plates such as the die line are left out), sharp reads them, and each side of the TrimBox
 * is walked: wherever there is ink 0.5-1.5 mm inside the trim, there must be ink 0.5-2.5 mm
 * outside it. Points within 3 mm of a corner are skipped (the same rule a print shop's
 * bleed check applies; only the TrimBox's four sides are seen).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import sharp from 'sharp';
import { pdfBoxes, pdfinfo } from './pdf-tools';

const PT_PER_MM = 72 / 25.4;
/** a plate value above this (of 255) counts as ink: about 5 % */
const INK = 12;

export interface SideResult {
  page: number;
  side: 'left' | 'right' | 'top' | 'bottom';
  /** pixels along the side with ink just inside the trim */
  inner: number;
  /** of those, pixels with no ink just outside it */
  short: number;
}

export async function bleedSides(pdf: string, dpi = 100): Promise<SideResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'jinxiu-bleed-'));
  try {
    execFileSync('gs', ['-q', '-dBATCH', '-dNOPAUSE', '-dSAFER', '-sDEVICE=tiffsep', `-r${dpi}`, `-sOutputFile=${join(dir, 'p%d.tif')}`, pdf]);
    const pages = Number(pdfinfo(pdf).Pages);
    const boxes = pdfBoxes(pdf);
    const mb = boxes.MediaBox;
    const tb = boxes.TrimBox;
    const s = dpi / 72;
    const out: SideResult[] = [];
    const files = readdirSync(dir);
    for (let n = 1; n <= pages; n++) {
      const plates = ['Cyan', 'Magenta', 'Yellow', 'Black'].map((c) => `p${n}(${c}).tif`);
      for (const p of plates) if (!files.includes(p)) throw new Error(`Ghostscript wrote no plate ${p} for ${pdf}`);
      const raws = await Promise.all(plates.map((p) => sharp(join(dir, p)).greyscale().raw().toBuffer({ resolveWithObject: true })));
      const { width: w, height: h } = raws[0].info;
      const ink = new Uint8Array(w * h);
      for (const r of raws) for (let i = 0; i < w * h; i++) ink[i] = Math.max(ink[i], 255 - r.data[i]);
      const inked = (x0: number, x1: number, y0: number, y1: number) => {
        const [ax, bx] = [Math.max(0, Math.min(x0, x1)), Math.min(w, Math.max(x0, x1))];
        const [ay, by] = [Math.max(0, Math.min(y0, y1)), Math.min(h, Math.max(y0, y1))];
        for (let y = ay; y < by; y++) for (let x = ax; x < bx; x++) if (ink[y * w + x] > INK) return true;
        return false;
      };
      const px = (xpt: number) => Math.round((xpt - mb[0]) * s);
      const py = (ypt: number) => Math.round((mb[3] - ypt) * s);
      const [tx0, tx1, ty0, ty1] = [px(tb[0]), px(tb[2]), py(tb[3]), py(tb[1])];
      const d = (mm: number) => Math.max(1, Math.round(mm * PT_PER_MM * s));
      const corner = d(3);
      const walk = (side: SideResult['side'], from: number, to: number, inside: (i: number) => [number, number, number, number], outside: (i: number) => [number, number, number, number]) => {
        let inner = 0;
        let short = 0;
        for (let i = from + corner; i < to - corner; i++) {
          if (!inked(...inside(i))) continue;
          inner++;
          if (!inked(...outside(i))) short++;
        }
        out.push({ page: n, side, inner, short });
      };
      walk('left', ty0, ty1, (y) => [tx0 + d(0.5), tx0 + d(1.5), y, y + 1], (y) => [tx0 - d(2.5), tx0 - d(0.5), y, y + 1]);
      walk('right', ty0, ty1, (y) => [tx1 - d(1.5), tx1 - d(0.5), y, y + 1], (y) => [tx1 + d(0.5), tx1 + d(2.5), y, y + 1]);
      walk('top', tx0, tx1, (x) => [x, x + 1, ty0 + d(0.5), ty0 + d(1.5)], (x) => [x, x + 1, ty0 - d(2.5), ty0 - d(0.5)]);
      walk('bottom', tx0, tx1, (x) => [x, x + 1, ty1 - d(1.5), ty1 - d(0.5)], (x) => [x, x + 1, ty1 + d(0.5), ty1 + d(2.5)]);
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
