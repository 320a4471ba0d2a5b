import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { qrModules, qrPathNode, qrToPath, type QrMatrix } from '../../../../model/barcode/qr';
import type { PathCommand } from '../../../../model/scene';
import { StudioError } from '../../../../model/localized';

/** Split a path into closed polygons. */
function polygons(d: PathCommand[]): [number, number][][] {
  const out: [number, number][][] = [];
  let current: [number, number][] = [];
  for (const cmd of d) {
    if (cmd[0] === 'M') current = [[cmd[1], cmd[2]]];
    else if (cmd[0] === 'L') current.push([cmd[1], cmd[2]]);
    else if (cmd[0] === 'Z') out.push(current);
    else throw new Error('qr path should be straight lines only');
  }
  return out;
}

/** Non-zero winding number of point (px, py) against the polygons. */
function winding(polys: [number, number][][], px: number, py: number): number {
  let w = 0;
  for (const poly of polys) {
    for (let i = 0; i < poly.length; i++) {
      const [x0, y0] = poly[i];
      const [x1, y1] = poly[(i + 1) % poly.length];
      if (y0 <= py && y1 > py && (x1 - x0) * (py - y0) - (px - x0) * (y1 - y0) > 0) w++;
      else if (y0 > py && y1 <= py && (x1 - x0) * (py - y0) - (px - x0) * (y1 - y0) < 0) w--;
    }
  }
  return w;
}

function rasterise(d: PathCommand[], n: number, sizeMm: number, quiet: number): { nonzero: QrMatrix; evenodd: QrMatrix; quietDark: boolean } {
  const polys = polygons(d);
  const m = sizeMm / (n + 2 * quiet);
  const nonzero: QrMatrix = [];
  const evenodd: QrMatrix = [];
  for (let r = 0; r < n; r++) {
    nonzero.push([]);
    evenodd.push([]);
    for (let c = 0; c < n; c++) {
      const w = winding(polys, (c + quiet + 0.5) * m, (r + quiet + 0.5) * m);
      nonzero[r].push(w !== 0);
      evenodd[r].push(w % 2 !== 0);
    }
  }
  let quietDark = false;
  for (let i = 0; i < n + 2 * quiet; i++) {
    if (winding(polys, (i + 0.5) * m, 0.5 * m) !== 0 || winding(polys, 0.5 * m, (i + 0.5) * m) !== 0) quietDark = true;
  }
  return { nonzero, evenodd, quietDark };
}

describe('qrModules', () => {
  it('gives a square matrix with the three finder patterns', () => {
    const m = qrModules('https://id.gs1.org/01/09521234543213/10/ABC123', 'M');
    const n = m.length;
    expect(n).toBeGreaterThanOrEqual(21);
    expect((n - 17) % 4).toBe(0); // sizes are 17 + 4 * version
    for (const [r0, c0] of [[0, 0], [0, n - 7], [n - 7, 0]]) {
      for (let r = 0; r < 7; r++) {
        for (let c = 0; c < 7; c++) {
          const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3));
          expect(m[r0 + r][c0 + c]).toBe(ring !== 2); // dark 7x7 ring, light ring, dark 3x3 centre
        }
      }
    }
  });
  it('grows with error correction level', () => {
    const text = 'https://trace.example.cn/p/leishan-yinqiu-2026';
    expect(qrModules(text, 'H').length).toBeGreaterThan(qrModules(text, 'L').length);
  });
  it('refuses empty and oversized content with a plain message', () => {
    expect(() => qrModules('')).toThrow(StudioError);
    try {
      qrModules('x'.repeat(5000), 'H');
      expect.unreachable();
    } catch (e) {
      expect((e as StudioError).code).toBe('barcode.qr.too-long');
      expect((e as StudioError).localized.zh).toContain('太长');
    }
  });
});

describe('qrToPath', () => {
  it('outlines exactly the dark modules under both fill rules', () => {
    const m = qrModules('锦绣工坊 雷山银球茶 https://trace.example.cn/p/1', 'Q');
    const d = qrToPath(m, 25, 4);
    const { nonzero, evenodd, quietDark } = rasterise(d, m.length, 25, 4);
    expect(nonzero).toEqual(m);
    expect(evenodd).toEqual(m);
    expect(quietDark).toBe(false);
    // merged: far fewer subpaths than dark modules
    const darkCount = m.flat().filter(Boolean).length;
    expect(polygons(d).length).toBeLessThan(darkCount / 3);
  });
  it('handles diagonal-touching modules and holes', () => {
    const m: QrMatrix = [
      [true, false, true],
      [false, true, false],
      [true, true, true],
    ];
    const d = qrToPath(m, 5, 1);
    expect(rasterise(d, 3, 5, 1).nonzero).toEqual(m);
    const ring: QrMatrix = [
      [true, true, true],
      [true, false, true],
      [true, true, true],
    ];
    const r = rasterise(qrToPath(ring, 3, 0), 3, 3, 0);
    expect(r.nonzero).toEqual(ring);
    expect(r.evenodd).toEqual(ring);
  });
  it('scales to the requested size including the quiet zone', () => {
    const m = qrModules('A', 'L'); // version 1, 21 modules
    expect(m.length).toBe(21);
    const d = qrToPath(m, 29, 4); // 29 modules incl. quiet zone -> 1 mm modules
    const xs = d.filter((c) => c[0] !== 'Z').map((c) => c[1] as number);
    expect(Math.min(...xs)).toBeCloseTo(4, 10);
    expect(Math.max(...xs)).toBeCloseTo(25, 10);
  });
  it('places a scene path node at an offset in solid black', () => {
    const m = qrModules('A', 'L');
    const node = qrPathNode(m, 29, { x: 100, y: 50 });
    expect(node.fill).toEqual({ kind: 'cmyk', c: 0, m: 0, y: 0, k: 100 });
    const xs = node.d.filter((c) => c[0] !== 'Z').map((c) => c[1] as number);
    const ys = node.d.filter((c) => c[0] !== 'Z').map((c) => c[2] as number);
    expect(Math.min(...xs)).toBeCloseTo(104, 10);
    expect(Math.min(...ys)).toBeCloseTo(54, 10);
  });
  it('renders correctly in a real rasteriser (librsvg through sharp)', async () => {
    const m = qrModules('https://id.gs1.org/01/06990000000015/10/LS2026A', 'M');
    const n = m.length;
    const quiet = 4;
    const sizeMm = n + 2 * quiet; // 1 mm per module
    const d = qrToPath(m, sizeMm, quiet)
      .map((c) => (c[0] === 'Z' ? 'Z' : `${c[0]}${c[1]} ${c[2]}`))
      .join(' ');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${sizeMm * 10}" height="${sizeMm * 10}" viewBox="0 0 ${sizeMm} ${sizeMm}">
      <rect width="100%" height="100%" fill="#fff"/><path d="${d}" fill="#000" fill-rule="nonzero"/></svg>`;
    const { data, info } = await sharp(Buffer.from(svg)).greyscale().raw().toBuffer({ resolveWithObject: true });
    const seen: QrMatrix = [];
    for (let r = 0; r < n; r++) {
      seen.push([]);
      for (let c = 0; c < n; c++) {
        const px = (c + quiet) * 10 + 5;
        const py = (r + quiet) * 10 + 5;
        seen[r].push(data[py * info.width + px] < 128);
      }
    }
    expect(seen).toEqual(m);
  });
});
