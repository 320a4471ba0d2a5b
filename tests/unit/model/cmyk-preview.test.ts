/**
 * The committed CMYK preview table is what the shipped profile says (rebuilt here with sharp and
 * compared), and interpolating it stays close to a direct lcms conversion anywhere in the gamut.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CMYK_PREVIEW_TABLE } from '../../../model/cmyk-preview-table';
import { cmykToScreenRgb } from '../../../model/cmyk-preview';
// @ts-expect-error plain .mjs script without types
import { buildTable, cmykToSrgbThroughProfile, PROFILE_PATH } from '../../../scripts/build-cmyk-preview-table.mjs';
import { deltaE76, type Rgb3 } from '../../helpers/delta-e';
import { createHash } from 'node:crypto';

describe('CMYK preview table', () => {
  it('was built from the shipped output profile, and rebuilding it gives the same table', async () => {
    expect(CMYK_PREVIEW_TABLE.profileSha256).toBe(createHash('sha256').update(readFileSync(PROFILE_PATH)).digest('hex'));
    const fresh = await buildTable();
    expect(fresh.steps).toBe(CMYK_PREVIEW_TABLE.steps);
    expect(fresh.rgb).toBe(CMYK_PREVIEW_TABLE.rgb);
  }, 30_000);

  it('interpolates within ΔE 3.5 (mean under 1) of a direct conversion through the profile', async () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const points: number[][] = [];
    for (let i = 0; i < 1500; i++) points.push([rnd() * 100, rnd() * 100, rnd() * 100, rnd() * 100]);
    const direct: Rgb3[] = await cmykToSrgbThroughProfile(points);
    const errors = points.map((p, i) => {
      const r = cmykToScreenRgb({ c: p[0], m: p[1], y: p[2], k: p[3] });
      return deltaE76([r.r, r.g, r.b], direct[i]);
    });
    const mean = errors.reduce((a, b) => a + b, 0) / errors.length;
    expect(Math.max(...errors)).toBeLessThan(3.5);
    expect(mean).toBeLessThan(1);
  }, 30_000);

  it('is exact on the grid and clamps out-of-range input', () => {
    expect(cmykToScreenRgb({ c: 0, m: 0, y: 0, k: 0 })).toEqual({ r: 255, g: 255, b: 255 });
    expect(cmykToScreenRgb({ c: -20, m: 0, y: 0, k: 0 })).toEqual({ r: 255, g: 255, b: 255 });
    expect(cmykToScreenRgb({ c: 140, m: 0, y: 0, k: 0 })).toEqual(cmykToScreenRgb({ c: 100, m: 0, y: 0, k: 0 }));
  });
});
