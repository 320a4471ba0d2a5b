import { describe, expect, it } from 'vitest';
import { generateTemplate, suggestTemplateParams, templateKinds, validateTemplateParams } from '../../../../model/templates/index';
import { boundsOf, insideRing, sample } from './dieline-checks';

describe('wrap-around jar label', () => {
  it('is the circumference plus the overlap wide', () => {
    const r = generateTemplate('label-jar', { jarDiameterMm: 80, heightMm: 45, overlapMm: 10 });
    // circumference computed independently: 2 * pi * r
    expect(r.width).toBeCloseTo(2 * 3.141592653589793 * 40 + 10, 9);
    expect(r.height).toBe(45);
    const overlap = r.panels.find((p) => p.id === 'overlap')!;
    expect(overlap.printable).toBe(false);
    expect(overlap.bounds.width).toBeCloseTo(10, 9);
  });
});

describe('flat labels, stickers, tags and cards', () => {
  it('round label is a circle of the given diameter', () => {
    const r = generateTemplate('label-circle', { diameterMm: 60 });
    const ring = sample(r.dielines.front.cut[0])[0];
    // every sampled point of the cut lies 30 mm from the centre (Bézier circle error < 0.03 %)
    for (const [x, y] of ring) expect(Math.hypot(x - 30, y - 30)).toBeCloseTo(30, 1);
  });

  it('hang tag has its hole inside the tag, mirrored on the back', () => {
    const r = generateTemplate('hang-tag', { widthMm: 50, heightMm: 90, holeDiameterMm: 6, holeOffsetMm: 9, cornerRadiusMm: 3 });
    expect(r.pages).toEqual(['front', 'back']);
    const [outline, hole] = r.dielines.front.cut;
    const hb = boundsOf([hole]);
    expect(hb.maxX - hb.minX).toBeCloseTo(6, 2);
    expect((hb.minY + hb.maxY) / 2).toBeCloseTo(9, 2);
    const ring = sample(outline)[0];
    for (const pt of sample(hole)[0]) expect(insideRing(ring, pt)).toBe(true);
    expect(r.dielines.back.cut).toHaveLength(2);
    expect(validateTemplateParams('hang-tag', { holeDiameterMm: 10, holeOffsetMm: 5 })[0].field).toBe('template.hang-tag.holeOffsetMm');
  });

  it('story card comes in A6 and 100 x 150, two-sided', () => {
    const a6 = generateTemplate('story-card', { size: 'a6' });
    expect([a6.width, a6.height]).toEqual([105, 148]);
    expect(a6.pages).toEqual(['front', 'back']);
    expect(a6.panels.map((p) => p.page)).toEqual(['front', 'back']);
    const wide = generateTemplate('story-card', { size: '100x150', orientation: 'landscape' });
    expect([wide.width, wide.height]).toEqual([150, 100]);
    const bad = validateTemplateParams('story-card', { size: 'a4' });
    expect(bad[0].code).toBe('template.param.choice');
    expect(bad[0].message.zh).toMatch(/A6/);
  });

  it('sticker rejects a corner radius larger than the shape', () => {
    expect(validateTemplateParams('sticker', { shape: 'rounded', widthMm: 40, heightMm: 30, cornerRadiusMm: 20 })).toHaveLength(1);
    expect(validateTemplateParams('sticker', { shape: 'star' })[0].message.en).toMatch(/must be one of/);
  });
});

describe('pillow box', () => {
  it('is L + 2k tall with curved folds bowing into the faces', () => {
    const r = generateTemplate('pillow', { widthMm: 70, lengthMm: 140, curveDepthMm: 14, glueWidthMm: 10 });
    expect(r.height).toBeCloseTo(140 + 28, 9);
    expect(r.width).toBeCloseTo(10 + 140, 9);
    const curved = r.dielines.front.fold.filter((f) => f.some((c) => c[0] === 'C'));
    expect(curved).toHaveLength(4);
    const front = r.panels.find((p) => p.id === 'front')!;
    // the middle of the front's top fold is k below the corners
    const topFold = curved.find((f) => (f[0] as ['M', number, number])[1] === 10 && (f[0] as ['M', number, number])[2] === 14)!;
    const mid = sample(topFold, 2)[0][1];
    expect(mid[1]).toBeCloseTo(28, 9);
    expect(front.bounds.height).toBeCloseTo(140, 6);
  });
});

describe('two-piece rigid box', () => {
  it('puts base and lid side by side, the lid larger by board and clearance', () => {
    const p = { lengthMm: 160, widthMm: 110, baseHeightMm: 50, lidHeightMm: 25, boardThicknessMm: 1.5, clearanceMm: 0.5, tabWidthMm: 15 };
    const r = generateTemplate('rigid-lid-base', p);
    const floor = (id: string) => r.panels.find((q) => q.id === id)!.bounds;
    expect(floor('base-floor')).toMatchObject({ width: 160, height: 110 });
    expect(floor('lid-floor').width).toBeCloseTo(160 + 2 * (1.5 + 0.5), 9);
    expect(floor('lid-floor').height).toBeCloseTo(110 + 2 * (1.5 + 0.5), 9);
    expect(floor('lid-floor').x).toBeGreaterThan(floor('base-floor').x + 160 + 50);
    expect(r.dielines.front.cut).toHaveLength(2);
    expect(r.panels.find((q) => q.id === 'lid-wall-front')!.bounds.height).toBe(25);
    expect(validateTemplateParams('rigid-lid-base', { lidHeightMm: 60 })[0].field).toBe('template.rigid-lid-base.lidHeightMm');
  });
});

describe('size suggestions', () => {
  it('every suggestion validates', () => {
    const hint = { productMm: { length: 120, width: 60, height: 30 }, jarDiameterMm: 72 };
    let some = 0;
    for (const k of templateKinds) {
      const s = suggestTemplateParams(k, hint);
      if (!s) continue;
      some++;
      expect(validateTemplateParams(k, s), k).toEqual([]);
    }
    expect(some).toBeGreaterThanOrEqual(4);
  });

  it('sizes a jar label from the net content alone', () => {
    const s = suggestTemplateParams('label-jar', { netContent: { amount: 250, unit: 'g' } })!;
    const d = s.jarDiameterMm as number;
    // the guessed jar (height 1.2 d) must hold 250 mL: pi/4 d^2 * 1.2 d in mm^3, /1000 for mL
    expect((Math.PI / 4) * d * d * 1.2 * d / 1000).toBeGreaterThanOrEqual(250);
    expect(validateTemplateParams('label-jar', s)).toEqual([]);
    expect(suggestTemplateParams('label-jar', { netContent: { amount: 1, unit: 'kg' } })!.jarDiameterMm as number).toBeGreaterThan(d);
  });
});
