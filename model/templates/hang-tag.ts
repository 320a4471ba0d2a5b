/**
 * Hang tag (吊牌) with a punched string hole, printed on both sides.
 *
 * The hole is a second closed cut contour inside the outline. The back page's die is the
 * front's mirrored left-right, because the back is seen (and printed) from the other side.
 * Art under the hole is simply punched out; the hole is not a panel.
 */
import { z } from 'zod';
import type { Issue } from '../localized';
import { circlePath, mirrorPathX, roundedRectPath } from './geometry';
import { mmField, mmSchema, relationIssue } from './params';
import { makePanel, makeResult, type TemplateDefinition } from './result';

const fields = {
  widthMm: mmField('宽', 'Width', 20, 200),
  heightMm: mmField('高', 'Height', 30, 300),
  cornerRadiusMm: mmField('圆角半径', 'Corner radius', 0, 50),
  holeDiameterMm: mmField('孔径', 'Hole diameter', 2, 20),
  holeOffsetMm: mmField('孔中心离顶边', 'Hole centre from top edge', 3, 60),
};

const schema = z.object({
  widthMm: mmSchema(fields.widthMm),
  heightMm: mmSchema(fields.heightMm),
  cornerRadiusMm: mmSchema(fields.cornerRadiusMm),
  holeDiameterMm: mmSchema(fields.holeDiameterMm),
  holeOffsetMm: mmSchema(fields.holeOffsetMm),
});

export type HangTagParams = z.infer<typeof schema>;

const K = 'hang-tag';

function relations(p: HangTagParams): Issue[] {
  const out: Issue[] = [];
  const maxR = Math.min(p.widthMm, p.heightMm) / 2;
  if (p.cornerRadiusMm > maxR)
    out.push(relationIssue(K, 'cornerRadiusMm', `圆角半径不能超过宽和高中较小者的一半（${maxR} 毫米）。`, `The corner radius may be at most half the smaller of width and height (${maxR} mm).`));
  // at least 2 mm of paper around the hole, or the string tears it out
  const minOffset = p.holeDiameterMm / 2 + 2;
  if (p.holeOffsetMm < minOffset)
    out.push(relationIssue(K, 'holeOffsetMm', `孔离顶边太近：孔中心至少要离顶边 ${minOffset} 毫米（孔边留 2 毫米纸），否则容易撕破。`, `The hole is too close to the top edge: its centre must be at least ${minOffset} mm down (2 mm of paper around the hole), or it tears.`));
  if (p.holeDiameterMm > p.widthMm / 2)
    out.push(relationIssue(K, 'holeDiameterMm', `孔径不能超过吊牌宽的一半（${p.widthMm / 2} 毫米）。`, `The hole may be at most half the tag width (${p.widthMm / 2} mm) across.`));
  if (p.holeOffsetMm > p.heightMm / 2)
    out.push(relationIssue(K, 'holeOffsetMm', `孔应在吊牌上半部：孔中心离顶边不超过 ${p.heightMm / 2} 毫米。`, `The hole belongs in the top half: its centre at most ${p.heightMm / 2} mm from the top edge.`));
  return out;
}

function build(p: HangTagParams) {
  const w = p.widthMm;
  const h = p.heightMm;
  const outline = roundedRectPath(0, 0, w, h, p.cornerRadiusMm);
  const hole = circlePath(w / 2, p.holeOffsetMm, p.holeDiameterMm / 2);
  const backOutline = mirrorPathX(outline, w);
  const panels = [
    makePanel('tag-front', { zh: '吊牌正面', en: 'Tag front' }, outline, { page: 'front' }),
    makePanel('tag-back', { zh: '吊牌背面', en: 'Tag back' }, backOutline, { page: 'back' }),
  ];
  return makeResult(
    K,
    w,
    h,
    panels,
    {
      front: { cut: [outline, hole], fold: [] },
      back: { cut: [backOutline, mirrorPathX(hole, w)], fold: [] },
    },
    ['front', 'back'],
  );
}

export const hangTag: TemplateDefinition<HangTagParams> = {
  kind: K,
  name: { zh: '吊牌', en: 'Hang tag' },
  fields,
  paramsSchema: schema,
  defaults: { widthMm: 50, heightMm: 90, cornerRadiusMm: 4, holeDiameterMm: 5, holeOffsetMm: 8 },
  relations,
  build,
};
