/**
 * Flat labels (标签): rectangle, rounded rectangle, circle, and the wrap-around jar label.
 *
 * Jar label: the printed width is the jar's circumference plus an overlap where the label's
 * end is glued over its start, width = pi * d + overlap. The overlap strip at the right end is
 * its own non-printable panel, because art there is hidden under the label's start.
 */
import { z } from 'zod';
import type { Issue } from '../localized';
import { ellipsePath, rectPath, roundedRectPath } from './geometry';
import { mmField, mmSchema, relationIssue } from './params';
import { makePanel, makeResult, type ProductHint, type TemplateDefinition } from './result';
import { flatResult } from './flat-shapes';

const rectFields = {
  widthMm: mmField('宽', 'Width', 10, 500),
  heightMm: mmField('高', 'Height', 10, 500),
};
const rectSchema = z.object({ widthMm: mmSchema(rectFields.widthMm), heightMm: mmSchema(rectFields.heightMm) });
export type RectLabelParams = z.infer<typeof rectSchema>;

export const labelRect: TemplateDefinition<RectLabelParams> = {
  kind: 'label-rect',
  name: { zh: '矩形标签', en: 'Rectangular label' },
  fields: rectFields,
  paramsSchema: rectSchema,
  defaults: { widthMm: 90, heightMm: 60 },
  relations: () => [],
  build: (p) => flatResult('label-rect', 'label', { zh: '标签', en: 'Label' }, rectPath(0, 0, p.widthMm, p.heightMm), p.widthMm, p.heightMm),
};

const roundedFields = { ...rectFields, cornerRadiusMm: mmField('圆角半径', 'Corner radius', 0.5, 100) };
const roundedSchema = rectSchema.extend({ cornerRadiusMm: mmSchema(roundedFields.cornerRadiusMm) });
export type RoundedLabelParams = z.infer<typeof roundedSchema>;

function radiusFits(kind: string, p: { widthMm: number; heightMm: number; cornerRadiusMm: number }): Issue[] {
  const max = Math.min(p.widthMm, p.heightMm) / 2;
  return p.cornerRadiusMm > max
    ? [relationIssue(kind, 'cornerRadiusMm', `圆角半径不能超过宽和高中较小者的一半（${max} 毫米）。`, `The corner radius may be at most half the smaller of width and height (${max} mm).`)]
    : [];
}

export const labelRounded: TemplateDefinition<RoundedLabelParams> = {
  kind: 'label-rounded',
  name: { zh: '圆角标签', en: 'Rounded label' },
  fields: roundedFields,
  paramsSchema: roundedSchema,
  defaults: { widthMm: 90, heightMm: 60, cornerRadiusMm: 6 },
  relations: (p) => radiusFits('label-rounded', p),
  build: (p) =>
    flatResult('label-rounded', 'label', { zh: '标签', en: 'Label' }, roundedRectPath(0, 0, p.widthMm, p.heightMm, p.cornerRadiusMm), p.widthMm, p.heightMm),
};

const circleFields = { diameterMm: mmField('直径', 'Diameter', 10, 400) };
const circleSchema = z.object({ diameterMm: mmSchema(circleFields.diameterMm) });
export type CircleLabelParams = z.infer<typeof circleSchema>;

export const labelCircle: TemplateDefinition<CircleLabelParams> = {
  kind: 'label-circle',
  name: { zh: '圆形标签', en: 'Round label' },
  fields: circleFields,
  paramsSchema: circleSchema,
  defaults: { diameterMm: 60 },
  relations: () => [],
  build: (p) => flatResult('label-circle', 'label', { zh: '标签', en: 'Label' }, ellipsePath(0, 0, p.diameterMm, p.diameterMm), p.diameterMm, p.diameterMm),
  sizeFromProduct: (hint) => (hint.jarDiameterMm ? { diameterMm: Math.max(10, Math.floor(hint.jarDiameterMm - 6)) } : undefined),
};

const jarFields = {
  jarDiameterMm: mmField('瓶身直径', 'Jar diameter', 15, 300),
  heightMm: mmField('标签高', 'Label height', 10, 300),
  overlapMm: mmField('搭接宽度', 'Overlap', 0, 50),
};
const jarSchema = z.object({
  jarDiameterMm: mmSchema(jarFields.jarDiameterMm),
  heightMm: mmSchema(jarFields.heightMm),
  overlapMm: mmSchema(jarFields.overlapMm),
});
export type JarLabelParams = z.infer<typeof jarSchema>;

export function jarLabelWidth(p: JarLabelParams): number {
  return Math.PI * p.jarDiameterMm + p.overlapMm;
}

export const labelJar: TemplateDefinition<JarLabelParams> = {
  kind: 'label-jar',
  name: { zh: '瓶身环绕标签', en: 'Wrap-around jar label' },
  fields: jarFields,
  paramsSchema: jarSchema,
  defaults: { jarDiameterMm: 70, heightMm: 50, overlapMm: 8 },
  relations: (p) =>
    p.overlapMm > (Math.PI * p.jarDiameterMm) / 4
      ? [relationIssue('label-jar', 'overlapMm', `搭接太宽：不能超过瓶身周长的四分之一（${Math.round(((Math.PI * p.jarDiameterMm) / 4) * 10) / 10} 毫米）。`, `The overlap is too wide: at most a quarter of the jar's circumference (${Math.round(((Math.PI * p.jarDiameterMm) / 4) * 10) / 10} mm).`)]
      : [],
  build(p) {
    const wrap = Math.PI * p.jarDiameterMm;
    const w = jarLabelWidth(p);
    const h = p.heightMm;
    const outline = rectPath(0, 0, w, h);
    const panels = [makePanel('label', { zh: '标签', en: 'Label' }, rectPath(0, 0, wrap, h))];
    if (p.overlapMm > 0) panels.push(makePanel('overlap', { zh: '搭接区', en: 'Overlap' }, rectPath(wrap, 0, p.overlapMm, h), { printable: false }));
    return makeResult('label-jar', w, h, panels, { front: { cut: [outline], fold: [] } });
  },
  sizeFromProduct(hint) {
    if (hint.jarDiameterMm) return { jarDiameterMm: Math.min(300, Math.max(15, hint.jarDiameterMm)) };
    const volumeMl = netContentMl(hint.netContent);
    if (!volumeMl) return undefined;
    // Rough guess when only the net content is known: a jar 1.2 times taller than wide with
    // 10 % headspace (V = pi/4 d^2 * 1.2 d); the label covers 60 % of the jar's height.
    const d = Math.cbrt((volumeMl * 1.1 * 1000 * 4) / (Math.PI * 1.2));
    const jarDiameterMm = Math.min(300, Math.max(15, Math.round(d)));
    return { jarDiameterMm, heightMm: Math.min(300, Math.max(10, Math.round(jarDiameterMm * 1.2 * 0.6))) };
  },
};

/** Millilitres for a net content; grams are taken as millilitres (honey, sauces and pastes are near 1-1.4 g/mL, so the jar errs large). */
function netContentMl(n: ProductHint['netContent']): number | undefined {
  if (!n || !(n.amount > 0)) return undefined;
  const factor = { g: 1, kg: 1000, mL: 1, L: 1000 }[n.unit];
  return n.amount * factor;
}
