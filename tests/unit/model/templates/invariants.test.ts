import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateTemplate, templateKinds, templateRegistry, validateTemplateParams } from '../../../../model/templates/index';
import type { TemplateResult } from '../../../../model/templates/types';
import { boundsOf, distToRing, insideOrOn, insideRing, isClosed, sample, type Pt } from './dieline-checks';

/** Every structural promise a TemplateResult makes, checked from the outside. */
function checkResult(r: TemplateResult) {
  expect(r.bleedMm).toBe(3);
  expect(r.safeMm).toBe(3);
  expect(new Set(r.panels.map((p) => p.id)).size).toBe(r.panels.length);
  for (const p of r.panels) {
    expect(r.pages).toContain(p.page);
    expect(isClosed(p.outline)).toBe(true);
    expect(p.name.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(p.name.en.length).toBeGreaterThan(1);
  }
  for (const page of r.pages) {
    const panels = r.panels.filter((p) => p.page === page);
    expect(panels.length).toBeGreaterThan(0);
    // the panels of each page span exactly the trim box
    const pb = boundsOf(panels.map((p) => p.outline));
    expect(pb.minX).toBeCloseTo(0, 2);
    expect(pb.minY).toBeCloseTo(0, 2);
    expect(pb.maxX).toBeCloseTo(r.width, 2);
    expect(pb.maxY).toBeCloseTo(r.height, 2);

    // no two panels share area: probe a grid, skipping points on an edge
    const rings = panels.map((p) => sample(p.outline)[0]);
    const step = Math.max(r.width, r.height) / 90;
    for (let x = step / 2; x < r.width; x += step) {
      for (let y = step / 2; y < r.height; y += step) {
        const pt: Pt = [x, y];
        if (rings.some((ring) => distToRing(ring, pt) < 0.05)) continue;
        const hits = panels.filter((_, i) => insideRing(rings[i], pt)).map((p) => p.id);
        expect(hits.length, `${r.kind} ${page} (${x.toFixed(1)},${y.toFixed(1)}) in ${hits.join('+')}`).toBeLessThanOrEqual(1);
      }
    }

    const dl = r.dielines[page];
    if (!dl) continue;
    expect(dl.cut.length).toBeGreaterThan(0);
    for (const c of dl.cut) expect(isClosed(c)).toBe(true);
    const b = boundsOf(dl.cut);
    expect(b.minX).toBeCloseTo(0, 2);
    expect(b.minY).toBeCloseTo(0, 2);
    expect(b.maxX).toBeCloseTo(r.width, 2);
    expect(b.maxY).toBeCloseTo(r.height, 2);
    // the outer contours are those not inside another one (holes are)
    const outer = dl.cut.map((c) => sample(c)[0]).filter((ring, i, all) => !all.some((o, j) => j !== i && insideRing(o, ring[0])));
    for (const f of dl.fold) {
      expect(f[0][0]).toBe('M');
      expect(f.some((c) => c[0] === 'Z')).toBe(false);
      for (const pt of sample(f)[0]) {
        expect(outer.some((ring) => insideOrOn(ring, pt)), `${r.kind} fold point ${pt} outside the cut`).toBe(true);
      }
    }
    // every panel lies within the cut
    for (const p of panels) {
      for (const pt of sample(p.outline)[0]) expect(outer.some((ring) => insideOrOn(ring, pt))).toBe(true);
    }
  }
}

describe('every registered template', () => {
  it('has a name, defaults that validate, and generates a sound dieline', () => {
    expect(templateKinds.length).toBeGreaterThanOrEqual(10);
    for (const kind of templateKinds) {
      const t = templateRegistry[kind];
      expect(t.kind).toBe(kind);
      expect(t.name.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(validateTemplateParams(kind, t.defaults)).toEqual([]);
      const r = generateTemplate(kind);
      expect(r.kind).toBe(kind);
      checkResult(r);
      // same params, same result (pure)
      expect(generateTemplate(kind, t.defaults)).toEqual(r);
    }
  });

  it('covers every sticker shape and card size', () => {
    for (const shape of ['rect', 'rounded', 'circle']) checkResult(generateTemplate('sticker', { shape, widthMm: 70, heightMm: 40 }));
    for (const size of ['a6', '100x150'])
      for (const orientation of ['portrait', 'landscape']) checkResult(generateTemplate('story-card', { size, orientation, cornerRadiusMm: 5 }));
  });
});

describe('random valid parameters keep the invariants', () => {
  const n = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  it('tuck-end', () => {
    fc.assert(
      fc.property(
        fc.record({
          lengthMm: n(20, 300), widthMm: n(10, 200), heightMm: n(20, 400), thicknessMm: n(0.1, 1.5),
          tuckDepthMm: n(5, 60), dustFlapDepthMm: n(5, 100), glueWidthMm: n(5, 30), glueTaperMm: n(0, 10),
        }),
        (p) => {
          fc.pre(validateTemplateParams('tuck-end', p).length === 0);
          checkResult(generateTemplate('tuck-end', p));
        },
      ),
      { numRuns: 25 },
    );
  });
  it('pillow and rigid box', () => {
    fc.assert(
      fc.property(fc.record({ widthMm: n(20, 300), lengthMm: n(30, 400), curveDepthMm: n(3, 60) }), (p) => {
        fc.pre(validateTemplateParams('pillow', p).length === 0);
        checkResult(generateTemplate('pillow', p));
      }),
      { numRuns: 15 },
    );
    fc.assert(
      fc.property(fc.record({ lengthMm: n(30, 300), widthMm: n(30, 300), baseHeightMm: n(10, 100), lidHeightMm: n(8, 100), tabWidthMm: n(5, 30) }), (p) => {
        fc.pre(validateTemplateParams('rigid-lid-base', p).length === 0);
        checkResult(generateTemplate('rigid-lid-base', p));
      }),
      { numRuns: 15 },
    );
  });
});

describe('the checks themselves can fail', () => {
  const good = () => generateTemplate('tuck-end');
  it('notices overlapping panels', () => {
    const r = good();
    const back = r.panels.find((p) => p.id === 'back')!;
    back.outline = back.outline.map((c) => (c[0] === 'M' || c[0] === 'L' ? [c[0], c[1] - 10, c[2]] : c)) as typeof back.outline;
    expect(() => checkResult(r)).toThrow();
  });
  it('notices a fold outside the cut', () => {
    const r = good();
    r.dielines.front.fold.push([['M', -5, 10], ['L', -1, 10]]);
    expect(() => checkResult(r)).toThrow();
  });
  it('notices an open cut path and a wrong bounding box', () => {
    const r = good();
    r.dielines.front.cut[0] = r.dielines.front.cut[0].slice(0, -1);
    expect(() => checkResult(r)).toThrow();
    const r2 = good();
    r2.width += 1;
    expect(() => checkResult(r2)).toThrow();
  });
});
