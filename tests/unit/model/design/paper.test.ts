/**
 * Art stays on the paper: on a die-cut page, an element whose box reaches into the waste is
 * clipped to the pieces grown by their bleed (scene/paper.ts). The pillow box is the case that
 * showed it: a background rectangle over a face and its lens-shaped end flaps left ink in the
 * waste beside the curved cut, up to the sheet's edge with nothing beyond it.
 */
import { describe, expect, it } from 'vitest';
import { boxOnPaper, onPaper, paperOf, type Paper } from '../../../../model/design/scene/paper';
import type { GroupNode, SceneNode } from '../../../../model/scene';
import { generateTemplate, templateKinds } from '../../../../model/templates/index';
import type { TemplateResult } from '../../../../model/templates/types';
import { shape, text } from './helpers';
import { buildPage, insidePath as inside } from './scene-helpers';

type Pt = [number, number];
const INK = { cmyk: { c: 100, m: 70, y: 0, k: 30 } };
const PILLOW = generateTemplate('pillow', { widthMm: 64, lengthMm: 120, curveDepthMm: 12, glueWidthMm: 10, glueTaperMm: 3 });

/** Every page of every template that has a paper (a die). */
function eachPaper(visit: (kind: string, t: TemplateResult, page: string, paper: Paper) => void): void {
  for (const kind of templateKinds) {
    const t = generateTemplate(kind);
    for (const page of t.pages) {
      const paper = paperOf(t, page);
      if (paper) visit(kind, t, page, paper);
    }
  }
}


/** Whether p is painted by a node: inside every clip on the way down and inside a filled path. */
function paints(node: SceneNode, p: Pt): boolean {
  if (node.type === 'path') return !!node.fill && inside(node.d, p);
  if (node.type !== 'group') return false;
  const g = node as GroupNode;
  // these test elements have no transform beyond a translation of their own box
  const m = g.transform ?? [1, 0, 0, 1, 0, 0];
  const q: Pt = [p[0] - m[4], p[1] - m[5]];
  if (g.clip && g.clip.length > 0 && !inside(g.clip, q)) return false;
  return g.children.some((c) => paints(c, q));
}

describe('art stays on the paper', () => {
  it('the pillow box: a background over a face and both end flaps paints the flaps and their bleed, not the waste beside the curves', () => {
    const [node] = buildPage(PILLOW, [shape('ground', { x: 10, y: 0, width: 64, height: 144 }, { panelId: 'front', fill: INK })]);
    // the face, the flaps' apexes on the sheet edge and their bleed beyond it
    for (const p of [[42, 72], [42, 0.5], [42, -2.5], [42, 143.5], [42, 146.5]] as Pt[]) expect(paints(node, p), `${p}`).toBe(true);
    // the waste corners beside each flap's curved cut, at the sheet edge (where a press's bleed check looks)
    for (const p of [[11, 0.8], [73, 1], [11, 143.2], [73, 143]] as Pt[]) expect(paints(node, p), `${p}`).toBe(false);
    // the flap's own bleed 2 mm past its curved cut, off the sheet's edge
    expect(paints(node, [20, 3])).toBe(true);
  });

  it('ink reaching the sheet edge anywhere along the pillow box runs on past it (what check-bleed reads)', () => {
    const [node] = buildPage(PILLOW, [
      shape('front', { x: 10, y: 0, width: 64, height: 144 }, { panelId: 'front', fill: INK }),
    ]);
    let inner = 0;
    let short = 0;
    // sampled off whole and quarter millimetres: the bleed strips meet on shared sides there, which a
    // point test on the line itself counts in neither (a rasteriser gives each pixel to one)
    for (let x = 13.13; x <= PILLOW.width - 13; x += 0.25) {
      for (const [y0, y1] of [[0.5, 1.5], [PILLOW.height - 1.5, PILLOW.height - 0.5]]) {
        const within = [y0, (y0 + y1) / 2, y1].some((y) => paints(node, [x, y]));
        if (!within) continue;
        inner++;
        const outY = y0 < 10 ? [-0.5, -1.5, -2.5] : [PILLOW.height + 0.5, PILLOW.height + 1.5, PILLOW.height + 2.5];
        if (!outY.some((y) => paints(node, [x, y]))) short++;
      }
    }
    expect(inner).toBeGreaterThan(20);
    expect(short).toBe(0);
  });

  it('an element wholly on the paper is left as it was (no extra clip)', () => {
    const [node] = buildPage(PILLOW, [text('title', '银', { x: 20, y: 60, width: 40, height: 10 })]);
    const plain = node as GroupNode;
    expect(plain.clip).toBeUndefined();
    expect(plain.transform).toBeDefined();
  });

  it('every die-cut template: the paper is the panels grown by their bleed, and a page without a die has none', () => {
    for (const kind of templateKinds) {
      const t = generateTemplate(kind);
      for (const page of t.pages) {
        const paper = paperOf(t, page);
        if (!t.dielines[page] || t.dielines[page].cut.length === 0) {
          expect(paper, `${kind} ${page}`).toBeUndefined();
          continue;
        }
        expect(paper, `${kind} ${page}`).toBeDefined();
        for (const p of t.panels.filter((x) => x.page === page)) {
          const c: Pt = [p.bounds.x + p.bounds.width / 2, p.bounds.y + p.bounds.height / 2];
          if (inside(p.outline, c)) expect(onPaper(c, paper!), `${kind} ${p.id}`).toBe(true);
        }
        // the nets leave waste at the bleed box's corner
        if (['tuck-end', 'pillow', 'rigid-lid-base'].includes(kind)) expect(onPaper([-t.bleedMm + 0.1, -t.bleedMm + 0.1], paper!), `${kind} ${page}`).toBe(false);
      }
    }
  });
  it('filing the edges by height strip gives the same answer as testing every edge of every ring, on and around every die', () => {
    // the plain definition: on an edge (within 1e-6 mm), or inside by nonzero winding over all rings
    const onEdge = (p: Pt, a: Pt, b: Pt) => {
      const cross = (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
      if (Math.abs(cross) > 1e-6 * Math.max(1, Math.hypot(b[0] - a[0], b[1] - a[1]))) return false;
      return p[0] >= Math.min(a[0], b[0]) - 1e-6 && p[0] <= Math.max(a[0], b[0]) + 1e-6 && p[1] >= Math.min(a[1], b[1]) - 1e-6 && p[1] <= Math.max(a[1], b[1]) + 1e-6;
    };
    const everyEdge = (p: Pt, rings: Pt[][]) => {
      let winding = 0;
      for (const ring of rings)
        for (let i = 0; i < ring.length; i++) {
          const a = ring[i];
          const b = ring[(i + 1) % ring.length];
          if (onEdge(p, a, b)) return true;
          const side = (b[0] - a[0]) * (p[1] - a[1]) - (p[0] - a[0]) * (b[1] - a[1]);
          if (a[1] <= p[1]) {
            if (b[1] > p[1] && side > 0) winding++;
          } else if (b[1] <= p[1] && side < 0) winding--;
        }
      return winding !== 0;
    };
    const differ: string[] = [];
    let checked = 0;
    let on = 0;
    eachPaper((kind, t, page, paper) => {
        const rings = paper.rings as Pt[][];
        // a grid over the sheet and beyond, every vertex, and points just off the vertices and on edge midpoints
        const points: Pt[] = [];
        for (let x = -t.bleedMm - 3; x <= t.width + t.bleedMm + 3; x += 2.37) for (let y = -t.bleedMm - 3; y <= t.height + t.bleedMm + 3; y += 2.91) points.push([x, y]);
        for (const ring of rings)
          for (let i = 0; i < ring.length; i++) {
            const [a, b] = [ring[i], ring[(i + 1) % ring.length]];
            points.push(a, [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], [a[0] + 1e-3, a[1] - 1e-3], [a[0] - 1e-3, a[1] + 1e-3]);
          }
        for (const p of points) {
          const want = everyEdge(p, rings);
          if (onPaper(p, paper) !== want) differ.push(`${kind} ${page} (${p[0]}, ${p[1]}): ${want}`);
          checked++;
          if (want) on++;
        }
    });
    expect(differ).toEqual([]);
    // both answers occur often: the comparison means something
    expect(on).toBeGreaterThan(1000);
    expect(checked - on).toBeGreaterThan(1000);
  });

  it('a box is on the paper exactly when every point of its outline is (the rectangle fast path agrees with sampling)', () => {
    // a fixed pseudo-random walk keeps the test repeatable
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    let onCount = 0;
    let offCount = 0;
    eachPaper((kind, t, page, paper) => {
        for (let i = 0; i < 60; i++) {
          const w = 2 + rnd() * 60;
          const h = 2 + rnd() * 60;
          const m: [number, number, number, number, number, number] = [1, 0, 0, 1, -t.bleedMm + rnd() * (t.width + 2 * t.bleedMm - w), -t.bleedMm + rnd() * (t.height + 2 * t.bleedMm - h)];
          const outline: Pt[] = [];
          for (let s = 0; s <= 200; s++) outline.push([m[4] + (w * s) / 200, m[5]], [m[4] + (w * s) / 200, m[5] + h], [m[4], m[5] + (h * s) / 200], [m[4] + w, m[5] + (h * s) / 200]);
          const sampled = outline.every((q) => onPaper(q, paper));
          expect(boxOnPaper(w, h, m, paper), `${kind} ${page} box ${m[4].toFixed(1)},${m[5].toFixed(1)} ${w.toFixed(1)}x${h.toFixed(1)}`).toBe(sampled);
          if (sampled) onCount++;
          else offCount++;
        }
    });
    // both answers were exercised
    expect(onCount).toBeGreaterThan(20);
    expect(offCount).toBeGreaterThan(20);
  });
});
