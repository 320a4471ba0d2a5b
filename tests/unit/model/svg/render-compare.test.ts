/**
 * End-to-end check against an independent renderer: librsvg draws the original SVG and the
 * scene we built from it (written back out as plain paths); the pictures must match.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { sanitizeSvg } from '../../../../model/svg/sanitize';
import { svgToScene } from '../../../../model/svg/to-scene';
import { sceneToSvg } from './helpers/scene-svg';

const dir = mkdtempSync(join(tmpdir(), 'jinxiu-svg-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function rasterise(name: string, svgText: string, size: number): Promise<Buffer> {
  const file = join(dir, `${name}.svg`);
  writeFileSync(file, svgText);
  const png = execFileSync('rsvg-convert', ['-w', String(size), '-h', String(size), '-b', 'white', file]);
  return sharp(png).removeAlpha().raw().toBuffer();
}

/** Same pixel size for every picture: replace the root's width/height (the viewBox stays). */
function sized(svgText: string, size: number): string {
  return svgText.replace(/<svg\b[^>]*>/, (tag) => tag.replace(/\s(width|height)="[^"]*"/g, '').replace(/^<svg/, `<svg width="${size}" height="${size}"`));
}

/** Share of pixels whose colour differs clearly (edges antialias a little differently). */
function differingShare(a: Buffer, b: Buffer): number {
  expect(a.length).toBe(b.length);
  let differing = 0;
  for (let i = 0; i < a.length; i += 3) {
    const diff = Math.abs(a[i] - b[i]) + Math.abs(a[i + 1] - b[i + 1]) + Math.abs(a[i + 2] - b[i + 2]);
    if (diff > 60) differing++;
  }
  return differing / (a.length / 3);
}

describe('scene matches librsvg rendering of the original', () => {
  for (const name of ['geometry-mix.svg', 'illustrator-motif.svg']) {
    it(name, async () => {
      const original = readFileSync(new URL(`../../../fixtures/svg/${name}`, import.meta.url), 'utf8');
      const size = 300;
      const clean = sanitizeSvg(original);
      const scene = svgToScene(clean.svg);
      expect(scene.nodes.length).toBeGreaterThan(0);
      const fromOriginal = await rasterise(`${name}-orig`, sized(original, size), size);
      const fromClean = await rasterise(`${name}-clean`, sized(clean.svg, size), size);
      const fromScene = await rasterise(`${name}-scene`, sceneToSvg(scene.viewBox, scene.nodes, size), size);
      // the sanitizer must not change how benign art looks
      expect(differingShare(fromOriginal, fromClean)).toBeLessThan(0.002);
      // the scene draws the same picture (measured 0.06% of pixels differ, at a few edges where
      // arcs became béziers; one wrong arc flag in the mix already makes it 1.2%)
      expect(differingShare(fromOriginal, fromScene)).toBeLessThan(0.003);
      // and the picture is not blank: plenty of non-white pixels
      let ink = 0;
      for (let i = 0; i < fromScene.length; i += 3) if (fromScene[i] + fromScene[i + 1] + fromScene[i + 2] < 700) ink++;
      expect(ink / (fromScene.length / 3)).toBeGreaterThan(0.05);
    });
  }
});
