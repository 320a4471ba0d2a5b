/**
 * Reverse tuck-end carton (反向插舌盒): the everyday folding box for tea, soap, sachets.
 *
 * Flat layout, printed side facing the viewer, left to right:
 *   glue flap | front (L) | right side (W) | back (L) | left side (W)
 * The top lid and its tuck hang from the BACK, the bottom lid and its tuck from the FRONT
 * (that is what makes it "reverse": the two tucks close from opposite faces, so the box
 * can be opened from the top without the bottom falling out). Dust flaps sit on both sides.
 *
 * Sizes: L, W, H are the panel sizes score to score (the size the art is drawn at). The board
 * thickness t is used only for clearances: tucks are narrowed by t on each side so they slide
 * between the side walls, and each dust flap is narrowed by t on the edge that meets a lid.
 *
 * `upright`: side and main panels read with their top at the box top. The top lid reads
 * from the front (its hinge is at the back, so it is upside down in the flat: 180). The
 * bottom lid reads when the box is tipped forward towards the viewer (0 in the flat).
 */
import { z } from 'zod';
import type { Issue } from '../localized';
import { PathBuilder, polygon, polyline, rectPath, type Point } from './geometry';
import { mmField, mmSchema, relationIssue } from './params';
import { makePanel, makeResult, type PanelShape, type TemplateDefinition } from './result';

const fields = {
  lengthMm: mmField('长（正面宽）', 'Length (front width)', 20, 600),
  widthMm: mmField('宽（侧面宽）', 'Width (side width)', 10, 400),
  heightMm: mmField('高', 'Height', 20, 800),
  thicknessMm: mmField('纸板厚度', 'Board thickness', 0.1, 3),
  tuckDepthMm: mmField('插舌深度', 'Tuck flap depth', 5, 100),
  dustFlapDepthMm: mmField('防尘翼深度', 'Dust flap depth', 5, 300),
  glueWidthMm: mmField('粘口宽度', 'Glue flap width', 5, 50),
  glueTaperMm: mmField('粘口斜边', 'Glue flap taper', 0, 30),
};

const schema = z.object({
  lengthMm: mmSchema(fields.lengthMm),
  widthMm: mmSchema(fields.widthMm),
  heightMm: mmSchema(fields.heightMm),
  thicknessMm: mmSchema(fields.thicknessMm),
  tuckDepthMm: mmSchema(fields.tuckDepthMm),
  dustFlapDepthMm: mmSchema(fields.dustFlapDepthMm),
  glueWidthMm: mmSchema(fields.glueWidthMm),
  glueTaperMm: mmSchema(fields.glueTaperMm),
});

export type TuckEndParams = z.infer<typeof schema>;

const defaults: TuckEndParams = {
  lengthMm: 80,
  widthMm: 40,
  heightMm: 160,
  thicknessMm: 0.4,
  tuckDepthMm: 15,
  dustFlapDepthMm: 25,
  glueWidthMm: 12,
  glueTaperMm: 4,
};

const K = 'tuck-end';

function relations(p: TuckEndParams): Issue[] {
  const out: Issue[] = [];
  const { lengthMm: L, widthMm: W, heightMm: H, thicknessMm: t } = p;
  if (p.tuckDepthMm > H / 2)
    out.push(relationIssue(K, 'tuckDepthMm', `插舌深度不能超过盒高的一半（${H / 2} 毫米），否则插不进去。`, `The tuck flap may be at most half the box height (${H / 2} mm) deep, or it will not fit inside.`));
  if (p.dustFlapDepthMm > L / 2)
    out.push(relationIssue(K, 'dustFlapDepthMm', `防尘翼深度不能超过长的一半（${L / 2} 毫米），否则两片会相撞。`, `Dust flaps may be at most half the length (${L / 2} mm) deep, or the two flaps collide.`));
  if (p.dustFlapDepthMm > W + p.tuckDepthMm)
    out.push(relationIssue(K, 'dustFlapDepthMm', `防尘翼深度不能超过 宽+插舌深度（${W + p.tuckDepthMm} 毫米）。`, `Dust flaps may be at most width + tuck depth (${W + p.tuckDepthMm} mm) deep.`));
  if (p.glueWidthMm > W - t)
    out.push(relationIssue(K, 'glueWidthMm', `粘口宽度不能超过侧面宽减纸厚（${W - t} 毫米）。`, `The glue flap may be at most the side width minus the board thickness (${W - t} mm) wide.`));
  if (2 * p.glueTaperMm >= H)
    out.push(relationIssue(K, 'glueTaperMm', `粘口斜边太大：两端斜边加起来要小于盒高 ${H} 毫米。`, `The glue flap taper is too large: both tapers together must be less than the height (${H} mm).`));
  if (t > Math.min(L, W) / 4)
    out.push(relationIssue(K, 'thicknessMm', `纸板太厚：厚度不能超过长和宽中较小者的四分之一（${Math.min(L, W) / 4} 毫米）。`, `The board is too thick for this box: at most a quarter of the smaller of length and width (${Math.min(L, W) / 4} mm).`));
  return out;
}

function build(p: TuckEndParams) {
  const { lengthMm: L, widthMm: W, heightMm: H, thicknessMm: t, tuckDepthMm: d, dustFlapDepthMm: dd } = p;
  const g = p.glueWidthMm;
  const taper = p.glueTaperMm;
  const T = W + d; // zone above the body: lid + tuck
  const fx = g; // front
  const rx = g + L; // right side
  const bx = g + L + W; // back
  const sx = g + 2 * L + W; // left side
  const right = g + 2 * L + 2 * W;
  const top = T;
  const bottom = T + H;
  const height = H + 2 * T;
  const r = Math.min(d * 0.5, (L - 2 * t) / 4); // rounded tuck corners ease insertion
  const c = Math.min(dd, W - t) * 0.25; // dust flap chamfer

  // Outline, clockwise from the glue flap's top corner.
  const b = new PathBuilder().move(0, top + taper).line(fx, top).line(rx, top);
  // right side dust flap (top): the lid on the back is to its right
  b.line(rx + c, top - dd).line(bx - t - c, top - dd).line(bx - t, top).line(bx, top);
  // top lid and tuck on the back
  b.line(bx, top - W).line(bx + t, top - W).line(bx + t, r)
    .cornerTo(bx + t, 0, bx + t + r, 0)
    .line(bx + L - t - r, 0)
    .cornerTo(bx + L - t, 0, bx + L - t, r)
    .line(bx + L - t, top - W).line(bx + L, top - W).line(sx, top);
  // left side dust flap (top): the lid is to its left
  b.line(sx + t, top).line(sx + t + c, top - dd).line(right - c, top - dd).line(right, top);
  b.line(right, bottom);
  // left side dust flap (bottom): meets the front's bottom lid across the glue seam, on its right
  b.line(right - t, bottom).line(right - t - c, bottom + dd).line(sx + c, bottom + dd).line(sx, bottom);
  b.line(bx, bottom);
  // right side dust flap (bottom): the front's lid is to its left
  b.line(bx - c, bottom + dd).line(rx + t + c, bottom + dd).line(rx + t, bottom).line(rx, bottom);
  // bottom lid and tuck on the front
  b.line(rx, bottom + W).line(rx - t, bottom + W).line(rx - t, height - r)
    .cornerTo(rx - t, height, rx - t - r, height)
    .line(fx + t + r, height)
    .cornerTo(fx + t, height, fx + t, height - r)
    .line(fx + t, bottom + W).line(fx, bottom + W).line(fx, bottom);
  b.line(0, bottom - taper);
  const cut = b.close();

  const seg = (a: Point, z2: Point) => polyline([a, z2]);
  const fold = [
    seg([fx, top], [fx, bottom]),
    seg([rx, top], [rx, bottom]),
    seg([bx, top], [bx, bottom]),
    seg([sx, top], [sx, bottom]),
    seg([rx, top], [bx - t, top]),
    seg([bx, top], [sx, top]),
    seg([bx + t, top - W], [bx + L - t, top - W]),
    seg([sx + t, top], [right, top]),
    seg([sx, bottom], [right - t, bottom]),
    seg([rx + t, bottom], [bx, bottom]),
    seg([fx, bottom], [rx, bottom]),
    seg([fx + t, bottom + W], [rx - t, bottom + W]),
  ];

  const tuckTop = new PathBuilder().move(bx + t, top - W).line(bx + t, r).cornerTo(bx + t, 0, bx + t + r, 0)
    .line(bx + L - t - r, 0).cornerTo(bx + L - t, 0, bx + L - t, r).line(bx + L - t, top - W).close();
  const tuckBottom = new PathBuilder().move(rx - t, bottom + W).line(rx - t, height - r).cornerTo(rx - t, height, rx - t - r, height)
    .line(fx + t + r, height).cornerTo(fx + t, height, fx + t, height - r).line(fx + t, bottom + W).close();

  const dust = (x0: number, x1: number, y: number, dir: -1 | 1, insetLeft: number, insetRight: number) =>
    polygon([
      [x0 + insetLeft, y],
      [x0 + insetLeft + c, y + dir * dd],
      [x1 - insetRight - c, y + dir * dd],
      [x1 - insetRight, y],
    ]);

  const panels: PanelShape[] = [
    makePanel('front', { zh: '正面', en: 'Front' }, rectPath(fx, top, L, H)),
    makePanel('side-right', { zh: '右侧', en: 'Right side' }, rectPath(rx, top, W, H)),
    makePanel('back', { zh: '背面', en: 'Back' }, rectPath(bx, top, L, H)),
    makePanel('side-left', { zh: '左侧', en: 'Left side' }, rectPath(sx, top, W, H)),
    makePanel('glue', { zh: '粘口', en: 'Glue flap' }, polygon([[0, top + taper], [fx, top], [fx, bottom], [0, bottom - taper]]), { printable: false }),
    makePanel('top', { zh: '顶盖', en: 'Top lid' }, rectPath(bx, top - W, L, W), { upright: 180 }),
    makePanel('top-tuck', { zh: '顶盖插舌', en: 'Top tuck flap' }, tuckTop, { upright: 180, printable: false }),
    makePanel('bottom', { zh: '底盖', en: 'Bottom lid' }, rectPath(fx, bottom, L, W)),
    makePanel('bottom-tuck', { zh: '底盖插舌', en: 'Bottom tuck flap' }, tuckBottom, { printable: false }),
    makePanel('dust-top-right', { zh: '防尘翼（右上）', en: 'Dust flap (top right)' }, dust(rx, bx, top, -1, 0, t), { printable: false }),
    makePanel('dust-top-left', { zh: '防尘翼（左上）', en: 'Dust flap (top left)' }, dust(sx, right, top, -1, t, 0), { printable: false }),
    makePanel('dust-bottom-right', { zh: '防尘翼（右下）', en: 'Dust flap (bottom right)' }, dust(rx, bx, bottom, 1, t, 0), { printable: false }),
    makePanel('dust-bottom-left', { zh: '防尘翼（左下）', en: 'Dust flap (bottom left)' }, dust(sx, right, bottom, 1, 0, t), { printable: false }),
  ];

  return makeResult(K, right, height, panels, { front: { cut: [cut], fold } });
}

export const tuckEnd: TemplateDefinition<TuckEndParams> = {
  kind: K,
  name: { zh: '反向插舌盒', en: 'Reverse tuck-end box' },
  fields,
  paramsSchema: schema,
  defaults,
  relations,
  build,
  sizeFromProduct(hint) {
    const m = hint.productMm;
    if (!m) return undefined;
    // 2 mm play on each side so the product slides in; rounded up to whole millimetres and
    // kept inside the field ranges; flaps scaled so the cross-field rules hold
    const add = (v: number, f: { min: number; max: number }) => Math.min(f.max, Math.max(f.min, Math.ceil(v + 2 * 2)));
    const L = add(m.length, fields.lengthMm);
    const W = add(m.width, fields.widthMm);
    const H = add(m.height, fields.heightMm);
    const tuck = Math.max(5, Math.min(25, Math.round(W * 0.4), Math.floor(H / 2)));
    return {
      lengthMm: L,
      widthMm: W,
      heightMm: H,
      tuckDepthMm: tuck,
      dustFlapDepthMm: Math.max(5, Math.floor(Math.min(L / 2, W + tuck) * 0.7)),
      glueWidthMm: Math.min(12, Math.max(5, Math.floor(W - 1))),
    };
  },
};
