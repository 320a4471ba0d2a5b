/**
 * Pillow box (枕头盒): two faces joined by straight side folds and closed at each end by
 * curved scores. Pressing the curved ends in makes the pillow shape; no glue at the ends.
 *
 * Flat layout, printed side up: glue flap | front (W) | back (W), each face L long between
 * its corners. At each end of each face a lens-shaped end flap sits between the cut edge
 * (bowing outwards by the curve depth k) and the fold (bowing into the face by k). Both are
 * cubic Béziers through the face's two corners, so the flat height is L + 2k.
 * The assembled pillow is roughly 2k thick at its middle.
 */
import { z } from 'zod';
import type { Issue } from '../localized';
import { PathBuilder, polygon, polyline } from './geometry';
import { mmField, mmSchema, relationIssue } from './params';
import { makePanel, makeResult, type TemplateDefinition } from './result';
import type { PathCommand } from '../scene';

const fields = {
  widthMm: mmField('面宽', 'Face width', 20, 400),
  lengthMm: mmField('长（两端折线之间）', 'Length (between the end corners)', 30, 600),
  curveDepthMm: mmField('弧深', 'Curve depth', 3, 100),
  glueWidthMm: mmField('粘口宽度', 'Glue flap width', 5, 40),
  glueTaperMm: mmField('粘口斜边', 'Glue flap taper', 0, 30),
};

const schema = z.object({
  widthMm: mmSchema(fields.widthMm),
  lengthMm: mmSchema(fields.lengthMm),
  curveDepthMm: mmSchema(fields.curveDepthMm),
  glueWidthMm: mmSchema(fields.glueWidthMm),
  glueTaperMm: mmSchema(fields.glueTaperMm),
});

export type PillowParams = z.infer<typeof schema>;

const defaults: PillowParams = { widthMm: 70, lengthMm: 140, curveDepthMm: 14, glueWidthMm: 10, glueTaperMm: 3 };

const K = 'pillow';

function relations(p: PillowParams): Issue[] {
  const out: Issue[] = [];
  if (p.curveDepthMm > p.widthMm / 3)
    out.push(relationIssue(K, 'curveDepthMm', `弧深不能超过面宽的三分之一（${Math.round((p.widthMm / 3) * 10) / 10} 毫米），否则两端压不进去。`, `The curve depth may be at most a third of the face width (${Math.round((p.widthMm / 3) * 10) / 10} mm), or the ends cannot be pressed in.`));
  if (p.curveDepthMm * 2 > p.lengthMm / 2)
    out.push(relationIssue(K, 'curveDepthMm', `弧深太大：两端弧形加起来不能超过长度的一半。`, `The curve depth is too large: both curved ends together may take at most half the length.`));
  if (2 * p.glueTaperMm >= p.lengthMm)
    out.push(relationIssue(K, 'glueTaperMm', `粘口斜边太大：两端加起来要小于长度 ${p.lengthMm} 毫米。`, `The glue flap taper is too large: both ends together must be less than the length (${p.lengthMm} mm).`));
  return out;
}

function build(p: PillowParams) {
  const { widthMm: W, lengthMm: L, curveDepthMm: k, glueWidthMm: g, glueTaperMm: taper } = p;
  const top = k;
  const bottom = k + L;
  const fx = g;
  const bx = g + W;
  const right = g + 2 * W;
  const height = L + 2 * k;

  const cut = new PathBuilder()
    .move(0, top + taper)
    .line(fx, top)
    .bowTo(bx, top, k)
    .bowTo(right, top, k)
    .line(right, bottom)
    .bowTo(bx, bottom, k)
    .bowTo(fx, bottom, k)
    .line(0, bottom - taper)
    .close();

  // Folds bow into the faces: negative bow relative to the direction of travel.
  const arc = (x0: number, x1: number, y: number, bow: number): PathCommand[] => new PathBuilder().move(x0, y).bowTo(x1, y, bow).commands;
  const fold = [
    polyline([[fx, top], [fx, bottom]]),
    polyline([[bx, top], [bx, bottom]]),
    arc(fx, bx, top, -k),
    arc(bx, right, top, -k),
    arc(fx, bx, bottom, k),
    arc(bx, right, bottom, k),
  ];

  const face = (x0: number, x1: number) =>
    new PathBuilder().move(x0, top).bowTo(x1, top, -k).line(x1, bottom).bowTo(x0, bottom, -k).close();
  const lens = (x0: number, x1: number, y: number, outward: 1 | -1) =>
    // outward -1 = top end (bulges up), +1 = bottom end (bulges down); traced left to right
    new PathBuilder().move(x0, y).bowTo(x1, y, -outward * k).bowTo(x0, y, -outward * k).close();

  const panels = [
    makePanel('front', { zh: '正面', en: 'Front' }, face(fx, bx)),
    makePanel('back', { zh: '背面', en: 'Back' }, face(bx, right)),
    makePanel('glue', { zh: '粘口', en: 'Glue flap' }, polygon([[0, top + taper], [fx, top], [fx, bottom], [0, bottom - taper]]), { printable: false }),
    makePanel('end-top-front', { zh: '顶端弧翼（正面）', en: 'Top end flap (front)' }, lens(fx, bx, top, -1), { upright: 180 }),
    makePanel('end-top-back', { zh: '顶端弧翼（背面）', en: 'Top end flap (back)' }, lens(bx, right, top, -1), { upright: 180 }),
    makePanel('end-bottom-front', { zh: '底端弧翼（正面）', en: 'Bottom end flap (front)' }, lens(fx, bx, bottom, 1)),
    makePanel('end-bottom-back', { zh: '底端弧翼（背面）', en: 'Bottom end flap (back)' }, lens(bx, right, bottom, 1)),
  ];
  return makeResult(K, right, height, panels, { front: { cut: [cut], fold } });
}

export const pillow: TemplateDefinition<PillowParams> = {
  kind: K,
  name: { zh: '枕头盒', en: 'Pillow box' },
  fields,
  paramsSchema: schema,
  defaults,
  relations,
  build,
  sizeFromProduct(hint) {
    const m = hint.productMm;
    if (!m) return undefined;
    // the product lies flat; the pillow's middle thickness (about 2k) must take its height
    const k = Math.ceil(m.height / 2 + 2);
    const W = Math.ceil(Math.max(m.width + 2 * k, 3 * k));
    return { widthMm: W, lengthMm: Math.ceil(m.length + 4 * k), curveDepthMm: k };
  },
};
