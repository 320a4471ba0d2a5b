/** The projective warp under the 3D mockups: exact corners, inverse, and bilinear sampling on real buffers. */
import { describe, expect, it } from 'vitest';
import { apply, blankPixels, invert, squareToQuad, warpOnto, type Point } from '../../../../../../electron/services/export/mockup/warp';

describe('squareToQuad', () => {
  const quads: [Point, Point, Point, Point][] = [
    [[10, 10], [110, 10], [110, 60], [10, 60]],
    [[20, 5], [200, 40], [180, 220], [5, 160]],
  ];
  it.each(quads)('maps the unit square corners onto the quad and back', (...q) => {
    const m = squareToQuad(q as [Point, Point, Point, Point]);
    const corners: Point[] = [[0, 0], [1, 0], [1, 1], [0, 1]];
    corners.forEach(([u, v], i) => {
      const [x, y] = apply(m, u, v);
      expect(x).toBeCloseTo(q[i][0], 6);
      expect(y).toBeCloseTo(q[i][1], 6);
      const [bu, bv] = apply(invert(m), x, y);
      expect(bu).toBeCloseTo(u, 6);
      expect(bv).toBeCloseTo(v, 6);
    });
  });
});

describe('warpOnto', () => {
  it('paints the source inside the quad only, keeps its colours unshaded, and shades by face coordinates', () => {
    // left half red, right half blue
    const src = blankPixels(20, 10);
    for (let y = 0; y < 10; y++)
      for (let x = 0; x < 20; x++) src.data.set(x < 10 ? [200, 0, 0, 255] : [0, 0, 200, 255], (y * 20 + x) * 4);
    const dst = blankPixels(100, 100);
    warpOnto(dst, src, [[10, 20], [90, 10], [90, 90], [10, 80]]);
    const at = (x: number, y: number) => [...dst.data.subarray((y * 100 + x) * 4, (y * 100 + x) * 4 + 4)];
    expect(at(25, 50)).toEqual([200, 0, 0, 255]);
    expect(at(75, 50)).toEqual([0, 0, 200, 255]);
    expect(at(5, 50)[3]).toBe(0);
    expect(at(50, 5)[3]).toBe(0);
    const shaded = blankPixels(100, 100);
    warpOnto(shaded, src, [[10, 20], [90, 10], [90, 90], [10, 80]], () => 0.5);
    expect(shaded.data[(50 * 100 + 25) * 4]).toBe(100);
  });
});
