import { describe, expect, it } from 'vitest';
import { generateTemplate, suggestTemplateParams, validateTemplateParams } from '../../../../model/templates/index';
import { StudioError } from '../../../../model/localized';
import type { Issue } from '../../../../model/localized';

const box = { lengthMm: 80, widthMm: 40, heightMm: 160, thicknessMm: 0.5, tuckDepthMm: 15, dustFlapDepthMm: 25, glueWidthMm: 12, glueTaperMm: 4 };

describe('reverse tuck-end box', () => {
  const r = generateTemplate('tuck-end', box);
  const panel = (id: string) => {
    const p = r.panels.find((q) => q.id === id);
    if (!p) throw new Error(`no panel ${id}`);
    return p;
  };

  it('sizes the body panels from L x W x H', () => {
    expect(panel('front').bounds).toMatchObject({ width: 80, height: 160 });
    expect(panel('back').bounds).toMatchObject({ width: 80, height: 160 });
    expect(panel('side-left').bounds).toMatchObject({ width: 40, height: 160 });
    expect(panel('side-right').bounds).toMatchObject({ width: 40, height: 160 });
    // lids cover the L x W openings; tucks are narrowed by the board on both sides
    expect(panel('top').bounds).toMatchObject({ width: 80, height: 40 });
    expect(panel('bottom').bounds).toMatchObject({ width: 80, height: 40 });
    expect(panel('top-tuck').bounds.width).toBeCloseTo(80 - 2 * 0.5, 9);
    expect(panel('top-tuck').bounds.height).toBeCloseTo(15, 9);
    expect(panel('glue').bounds.width).toBe(12);
    for (const id of ['dust-top-left', 'dust-top-right', 'dust-bottom-left', 'dust-bottom-right']) expect(panel(id).bounds.height).toBeCloseTo(25, 9);
  });

  it('places the flat layout: glue, front, right, back, left; lids on opposite faces', () => {
    expect(r.width).toBeCloseTo(12 + 80 + 40 + 80 + 40, 9);
    expect(r.height).toBeCloseTo(160 + 2 * (40 + 15), 9);
    const xs = ['glue', 'front', 'side-right', 'back', 'side-left'].map((id) => panel(id).bounds.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    // reverse tuck: the top lid hangs from the back, the bottom lid from the front
    expect(panel('top').bounds.x).toBe(panel('back').bounds.x);
    expect(panel('bottom').bounds.x).toBe(panel('front').bounds.x);
    expect(panel('top').upright).toBe(180);
    expect(panel('front').upright).toBe(0);
    expect(panel('glue').printable).toBe(false);
    expect(panel('front').name).toEqual({ zh: '正面', en: 'Front' });
  });

  it('has one closed cut and the fold lines between the body panels', () => {
    const dl = r.dielines.front;
    expect(dl.cut).toHaveLength(1);
    const vertical = dl.fold.filter((f) => f.length === 2 && f[0][0] === 'M' && f[1][0] === 'L' && f[0][1] === f[1][1]);
    const foldXs = vertical.map((f) => (f[0] as ['M', number, number])[1]).sort((a, b) => a - b);
    expect(foldXs).toEqual([12, 92, 132, 212]);
  });

  it('rejects negative and absurd sizes with plain bilingual messages', () => {
    for (const bad of [{ lengthMm: -80 }, { heightMm: 5000 }, { widthMm: 0 }]) {
      let err: unknown;
      try {
        generateTemplate('tuck-end', bad);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(StudioError);
      const se = err as StudioError;
      expect(se.code).toBe('template.params.invalid');
      expect(se.localized.zh).toMatch(/毫米之间/);
      expect(se.localized.en).toMatch(/must be between .* mm/);
      const issues = se.details as Issue[];
      expect(issues[0].field).toMatch(/^template\.tuck-end\./);
      expect(issues[0].severity).toBe('error');
    }
  });

  it('says which field is not a number', () => {
    const issues = validateTemplateParams('tuck-end', { lengthMm: '80', heightMm: Number.NaN });
    expect(issues.map((i) => i.field).sort()).toEqual(['template.tuck-end.heightMm', 'template.tuck-end.lengthMm']);
    expect(issues[0].code).toBe('template.param.not-a-number');
    expect(issues[0].message.zh).toMatch(/数字/);
  });

  it('checks sizes against each other', () => {
    const issues = validateTemplateParams('tuck-end', { ...box, tuckDepthMm: 90, dustFlapDepthMm: 50 });
    expect(issues.map((i) => i.field)).toEqual(['template.tuck-end.tuckDepthMm', 'template.tuck-end.dustFlapDepthMm']);
    expect(issues.every((i) => i.code === 'template.param.relation')).toBe(true);
    expect(validateTemplateParams('tuck-end', 'big')[0].code).toBe('template.params.not-object');
    expect(() => generateTemplate('no-such-box')).toThrow(StudioError);
  });

  it('suggests a box that fits the product with play', () => {
    const s = suggestTemplateParams('tuck-end', { productMm: { length: 70, width: 33.5, height: 150 } })!;
    expect(s.lengthMm as number).toBeGreaterThanOrEqual(74);
    expect(s.widthMm as number).toBeGreaterThanOrEqual(37.5);
    expect(s.heightMm as number).toBeGreaterThanOrEqual(154);
    expect(validateTemplateParams('tuck-end', s)).toEqual([]);
    expect(suggestTemplateParams('tuck-end', {})).toBeUndefined();
  });
});
