/**
 * The shop pictures of the samples, with real sharp: the 3D mockup of the tea box (front face in
 * the front panel's colours, side darker than front, opaque studio backdrop), the jar label
 * wrapped on its jar, the tilted story card, the main picture filling its frame, and the detail
 * picture cropped to the product facts at a legible size.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factsRegion } from '../../../../../model/design/facts-region';
import { mockupShape } from '../../../../../model/templates/mockup-shape';
import { exportServiceFor, type ShopImages } from '../../../../../electron/services/export';
import { BACKDROP, boxGeometry, jarGeometry } from '../../../../../electron/services/export/mockup/mockup-3d';
import { apply, squareToQuad, type Point } from '../../../../../electron/services/export/mockup/warp';
import { detailLayout, jarFrontMm, LEGIBLE_PX } from '../../../../../electron/services/export/shop-pictures';
import type { PreparedDesign } from '../../../../../electron/services/export';
import { call, makeStudio, type TestStudio } from '../../../../helpers/studio';

interface Raw {
  data: Buffer;
  width: number;
  height: number;
  channels: number;
}
const raw = async (png: Buffer): Promise<Raw> => {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
};
const px = (img: Raw, x: number, y: number) => {
  const o = (Math.round(y) * img.width + Math.round(x)) * img.channels;
  return [img.data[o], img.data[o + 1], img.data[o + 2], img.channels === 4 ? img.data[o + 3] : 255];
};
const luminance = (c: number[]) => 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
const near = (a: number[], b: number[], tol: number) => a.slice(0, 3).every((v, i) => Math.abs(v - b[i]) <= tol);

/** rows holding something other than the background (the studio backdrop's gradient, or white): the product's height */
function productBox(img: Raw, background: 'backdrop' | 'white') {
  const [t0, b0] = [hex(BACKDROP.top), hex(BACKDROP.bottom)];
  const bg = (y: number) => (background === 'white' ? [255, 255, 255] : t0.map((v, i) => v + ((b0[i] - v) * y) / (img.height - 1)));
  let top = img.height;
  let bottom = -1;
  for (let y = 0; y < img.height; y += 2)
    for (let x = 0; x < img.width; x += 2) {
      if (!near(px(img, x, y), bg(y), 40)) {
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
    }
  return { top, bottom };
}

const OUT = process.env.MOCKUP_SAMPLES_DIR ?? join(tmpdir(), 'jinxiu-mockups');
let t: TestStudio;
const pictures: Record<string, ShopImages> = {};
const prepared: Record<string, PreparedDesign> = {};
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await makeStudio();
  mkdirSync(OUT, { recursive: true });
  for (const sample of ['tuck-end-tea-box', 'jar-label-sour-soup', 'story-card-a6']) {
    ids[sample] = (await call(t.dispatch, 'designs.createFromSample', { sample })).id;
    const svc = exportServiceFor(t.studio);
    pictures[sample] = await svc.images(ids[sample]);
    prepared[sample] = svc.prepare(ids[sample]);
    // kept for a person to look at (the test checks numbers; a person checks that it looks like a product shot)
    for (const [k, v] of Object.entries(pictures[sample])) writeFileSync(join(OUT, `${sample}-${k}.png`), v);
  }
}, 600_000);
afterAll(() => t?.cleanup());

describe('3D mockup of a box', () => {
  it('is a 1200 x 1200 opaque picture on the studio backdrop', async () => {
    const img = await raw(pictures['tuck-end-tea-box'].mockup3d);
    expect([img.width, img.height]).toEqual([1200, 1200]);
    for (const [x, y] of [[2, 2], [1197, 2]]) {
      expect(px(img, x, y)[3]).toBe(255);
      expect(near(px(img, x, y), hex(BACKDROP.top), 6)).toBe(true);
    }
  });

  it("shows the front panel's art on the front face as printed, and the side in shade", async () => {
    const p = prepared['tuck-end-tea-box'];
    const shape = mockupShape(p.template);
    if (shape.kind !== 'box') throw new Error('a tuck-end box is a box');
    const img = await raw(pictures['tuck-end-tea-box'].mockup3d);
    const g = boxGeometry(shape, 1200);
    // the art itself, from the proof renderer at 4 px/mm (trim area: page mm = proof px / 4)
    const proof = await raw(await exportServiceFor(t.studio).proofOfScene(p.scene, 0, false, 101.6));
    const bleed = p.scene.pages[0].bleedMm;
    const panel = (id: string) => p.template.panels.find((q) => q.id === id)!.bounds;
    const art = (id: string, u: number, v: number) => {
      const b = panel(id);
      return px(proof, (b.x + u * b.width + bleed) * 4, (b.y + v * b.height + bleed) * 4);
    };
    const onFace = (quad: [Point, Point, Point, Point], u: number, v: number) => {
      const [x, y] = apply(squareToQuad(quad), u, v);
      return px(img, x, y);
    };
    // plain areas of the art (the indigo ground of the front, the cream ground of the side's lower half)
    const frontArt = art('front', 0.06, 0.03);
    const frontShot = onFace(g.front, 0.06, 0.03);
    expect(near(frontShot, frontArt, 10)).toBe(true);
    const sideArt = art('side-right', 0.5, 0.97);
    const sideShot = onFace(g.side, 0.5, 0.97);
    const frontLight = luminance(frontShot) / luminance(frontArt);
    const sideLight = luminance(sideShot) / luminance(sideArt);
    expect(frontLight).toBeGreaterThan(0.95);
    expect(sideLight).toBeLessThan(frontLight * 0.85);
    expect(sideLight).toBeGreaterThan(0.4);
    // the contact shadow darkens the floor just in front of the box's bottom edge
    const [bx, by] = apply(squareToQuad(g.front), 0.5, 1);
    expect(luminance(px(img, bx, by + 12))).toBeLessThan(luminance(px(img, 20, by + 12)) - 25);
  });
});

describe('3D mockup of a jar label', () => {
  it('wraps the label round a jar: the title faces the camera, the edges turn into shade', async () => {
    const p = prepared['jar-label-sour-soup'];
    const shape = mockupShape(p.template);
    if (shape.kind !== 'cylinder') throw new Error('a jar label is a cylinder');
    const img = await raw(pictures['jar-label-sour-soup'].mockup3d);
    expect([img.width, img.height]).toEqual([1200, 1200]);
    const g = jarGeometry(shape, 1200);
    // the title (凯里红酸汤, in 朱砂红) stands near the jar's centre line
    let red = 0;
    for (let y = g.labelTop; y < g.labelTop + g.labelH * 0.6; y += 1)
      for (let x = g.cx - g.R * 0.5; x < g.cx + g.R * 0.5; x += 1) {
        const c = px(img, x, y);
        if (c[0] > 150 && c[1] < 90 && c[2] < 90) red++;
      }
    expect(red).toBeGreaterThan(200);
    // shading round the cylinder: the same kind of art (the label's light ground) is lit at the
    // front and falls into shade towards the right-hand edge, away from the key light
    const proof = await raw(await exportServiceFor(t.studio).proofOfScene(p.scene, 0, false, 101.6));
    const bleed = p.scene.pages[0].bleedMm;
    const R = shape.diameterMm / 2;
    const front = jarFrontMm(p.design, shape.wrapMm);
    const art = (theta: number, v: number) => px(proof, ((((front + theta * R) % shape.wrapMm) + shape.wrapMm) % shape.wrapMm + bleed) * 4, (v * shape.labelHeightMm + bleed) * 4);
    const shot = (theta: number, v: number) => px(img, g.cx + g.R * Math.sin(theta), g.labelTop + g.e * Math.cos(theta) + v * g.labelH);
    const ratio = (theta: number, v: number) => luminance(shot(theta, v)) / luminance(art(theta, v));
    const light = (c: number[]) => luminance(c) > 170;
    const pairs: number[][] = [];
    for (let v = 0.2; v <= 0.8; v += 0.01) if (light(art(0, v)) && light(art(1.2, v))) pairs.push([ratio(0, v), ratio(1.2, v)]);
    expect(pairs.length).toBeGreaterThan(5);
    // medians: a sample may straddle a glyph's edge
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const centre = median(pairs.map((q) => q[0]));
    const edge = median(pairs.map((q) => q[1]));
    expect(centre).toBeGreaterThan(0.85);
    expect(edge).toBeLessThan(centre * 0.75);
  });

  it('main picture: the jar fills the frame, not a strip', async () => {
    const img = await raw(pictures['jar-label-sour-soup'].main);
    expect([img.width, img.height]).toEqual([800, 800]);
    const box = productBox(img, 'backdrop');
    expect(box.bottom - box.top).toBeGreaterThan(800 * 0.6);
  });
});

describe('main picture of a box', () => {
  it('frames the folded box, filling most of the height', async () => {
    const img = await raw(pictures['tuck-end-tea-box'].main);
    expect([img.width, img.height]).toEqual([800, 800]);
    const box = productBox(img, 'backdrop');
    expect(box.bottom - box.top).toBeGreaterThan(800 * 0.7);
  });
});

describe('a flat piece', () => {
  it('the story card lies tilted on the table (mockup-3d) and fills the main picture', async () => {
    const m = await raw(pictures['story-card-a6'].mockup3d);
    expect([m.width, m.height]).toEqual([1200, 1200]);
    expect(near(px(m, 2, 2), hex(BACKDROP.top), 6)).toBe(true);
    const main = await raw(pictures['story-card-a6'].main);
    const box = productBox(main, 'white');
    expect(box.bottom - box.top).toBeGreaterThan(800 * 0.85);
  });
});

describe('detail picture', () => {
  it('tea box: crops to the side panel with the product facts, type at least 14 px', async () => {
    const p = prepared['tuck-end-tea-box'];
    const region = factsRegion(p.design, p.template.panels)!;
    expect(region.panel?.id).toBe('side-right');
    const layout = detailLayout(region);
    const panel = region.panel!.bounds;
    expect(layout.window).toEqual(panel);
    expect(region.minSizePt * (25.4 / 72) * layout.pxPerMm).toBeGreaterThanOrEqual(LEGIBLE_PX);
    const img = await raw(pictures['tuck-end-tea-box'].detail);
    expect([img.width, img.height]).toEqual([750, layout.height]);
    // the side's cream ground fills the middle of the picture (not the indigo front, not white)
    const mid = px(img, 375, layout.height * 0.8);
    expect(luminance(mid)).toBeGreaterThan(200);
    expect(mid[0] - mid[2]).toBeGreaterThan(4);
  });

  it('jar label: crops to the facts block (nutrition table and label text), not the whole wrap', async () => {
    const p = prepared['jar-label-sour-soup'];
    const region = factsRegion(p.design, p.template.panels)!;
    const layout = detailLayout(region);
    const f = region.facts;
    expect(layout.window.x).toBeLessThanOrEqual(f.x);
    expect(layout.window.y).toBeLessThanOrEqual(f.y);
    expect(layout.window.x + layout.window.width).toBeGreaterThanOrEqual(f.x + f.width);
    expect(layout.window.y + layout.window.height).toBeGreaterThanOrEqual(f.y + f.height);
    expect(layout.window.width).toBeLessThan(region.panel!.bounds.width * 0.6);
    expect(region.minSizePt * (25.4 / 72) * layout.pxPerMm).toBeGreaterThanOrEqual(14);
    const img = await raw(pictures['jar-label-sour-soup'].detail);
    expect([img.width, img.height]).toEqual([750, layout.height]);
  });

  it('a piece with no product facts shows every page', async () => {
    const p = prepared['story-card-a6'];
    expect(factsRegion(p.design, p.template.panels)).toBeUndefined();
    const img = await raw(pictures['story-card-a6'].detail);
    expect(img.width).toBe(750);
    expect(img.height).toBeGreaterThan(2 * 700);
  });
});
