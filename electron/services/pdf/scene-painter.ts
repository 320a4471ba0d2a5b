/**
 * Scene nodes to content-stream text. The caller has already set up a coordinate system in
 * millimetres with y down and the origin at the trim box's top-left, exactly the scene's, so
 * node coordinates are written as they are.
 */
import { deflateSync } from 'node:zlib';
import type { PDFContext } from 'pdf-lib';
import type { PdfFont } from './embedded-font';
import type { GroupNode, ImageNode, PathNode, SceneNode, TextNode } from '../../../model/scene';
import { colourOps, type SeparationSpaces } from './colour';
import type { GraphicsStates } from './graphics-states';
import type { ImageXObjects } from './image-xobjects';
import { PageResources } from './page-resources';
import { pathOps } from './path-ops';
import { sceneBounds } from './scene-bounds';
import type { SharedForms } from './shared-forms';
import { PT_PER_MM, num, nums } from './units';

export interface PaintContext {
  /** the document's object table (transparency groups are objects of their own) */
  pdf: PDFContext;
  out: string[];
  res: PageResources;
  spaces: SeparationSpaces;
  states: GraphicsStates;
  fonts: Map<string, PdfFont>;
  images: ImageXObjects;
  /** art placed more than once, written once (shared-forms.ts); none: everything inline */
  forms?: SharedForms;
}

export async function paintNodes(nodes: SceneNode[], ctx: PaintContext): Promise<void> {
  for (const node of nodes) {
    const opacity = node.opacity ?? 1;
    if (opacity <= 0) continue;
    switch (node.type) {
      case 'path':
        paintPath(node, ctx, opacity);
        break;
      case 'group':
        await paintGroup(node, ctx, opacity);
        break;
      case 'text':
        paintText(node, ctx, opacity);
        break;
      case 'image':
        await paintImage(node, ctx, opacity);
        break;
    }
  }
}

function setState(ctx: PaintContext, opacity: number, overprint = false): void {
  const gs = ctx.states.ref({ opacity, overprint });
  if (gs) ctx.out.push(`/${ctx.res.name('ExtGState', gs.ref, gs.key)} gs`);
}

export function paintPath(node: PathNode, ctx: PaintContext, opacity: number): void {
  if (node.d.length === 0 || (!node.fill && !node.stroke)) return;
  const { out } = ctx;
  out.push('q');
  setState(ctx, opacity, node.overprint);
  if (node.fill) out.push(colourOps(node.fill, 'fill', ctx.res, ctx.spaces));
  if (node.stroke) {
    out.push(colourOps(node.stroke.color, 'stroke', ctx.res, ctx.spaces));
    out.push(`${num(node.stroke.widthMm)} w`);
    const dash = node.stroke.dashMm?.filter((v) => v >= 0) ?? [];
    if (dash.length > 0 && dash.some((v) => v > 0)) out.push(`[${nums(...dash)}] 0 d`);
  }
  out.push(pathOps(node.d));
  const even = node.fillRule === 'evenodd';
  if (node.fill && node.stroke) out.push(even ? 'B*' : 'B');
  else if (node.fill) out.push(even ? 'f*' : 'f');
  else out.push('S');
  out.push('Q');
}

async function paintGroup(node: GroupNode, ctx: PaintContext, opacity: number): Promise<void> {
  ctx.out.push('q');
  if (node.transform) ctx.out.push(`${nums(...node.transform)} cm`);
  if (node.clip && node.clip.length > 0) ctx.out.push(pathOps(node.clip), 'W n');
  if (opacity < 1) await paintTransparencyGroup(node.children, ctx, opacity);
  else if (ctx.forms?.isShared(node.children)) await paintSharedForm(node.children, ctx, ctx.forms);
  else await paintNodes(node.children, ctx);
  ctx.out.push('Q');
}

/** A repeated node list: its form, painted once into the form's own resources, then used here. */
async function paintSharedForm(children: SceneNode[], ctx: PaintContext, forms: SharedForms): Promise<void> {
  const ref = await forms.form(children, async (resources) => {
    const inner: PaintContext = { ...ctx, out: [], res: new PageResources(ctx.pdf, resources) };
    await paintNodes(children, inner);
    return inner.out;
  });
  if (ref) ctx.out.push(`/${ctx.res.name('XObject', ref)} Do`);
}

/**
 * A group's opacity applies to the group as a whole: its children are painted at full
 * strength into a Form XObject that is an isolated-from-nothing transparency group blended in
 * DeviceCMYK (the output space; never an RGB blending space, which PDF/X-4 forbids without a
 * matching profile), then that form is painted once with /ca /CA. Overlapping parts inside
 * the group therefore never show through each other, as on the canvas and in the proof.
 */
async function paintTransparencyGroup(children: SceneNode[], ctx: PaintContext, opacity: number): Promise<void> {
  const resources = ctx.pdf.obj({});
  const inner: PaintContext = { ...ctx, out: [], res: new PageResources(ctx.pdf, resources) };
  await paintNodes(children, inner);
  if (inner.out.length === 0) return;
  const b = sceneBounds(children);
  if (!Number.isFinite(b.x0)) return;
  const form = ctx.pdf.stream(deflateSync(Buffer.from(inner.out.join('\n'), 'latin1')), {
    Type: 'XObject',
    Subtype: 'Form',
    BBox: [b.x0 - 1, b.y0 - 1, b.x1 + 1, b.y1 + 1],
    Group: { Type: 'Group', S: 'Transparency', CS: 'DeviceCMYK' },
    Resources: resources,
    Filter: 'FlateDecode',
  });
  const ref = ctx.pdf.register(form);
  ctx.out.push('q');
  setState(ctx, opacity);
  ctx.out.push(`/${ctx.res.name('XObject', ref)} Do`, 'Q');
}

function paintText(node: TextNode, ctx: PaintContext, opacity: number): void {
  const font = ctx.fonts.get(node.fontId);
  if (!font || node.runs.length === 0) return;
  const { out } = ctx;
  const fontName = ctx.res.name('Font', font.ref);
  out.push('q');
  setState(ctx, opacity);
  out.push(colourOps(node.color, 'fill', ctx.res, ctx.spaces));
  // the font size is given in points but our user space unit is the millimetre
  out.push('BT', `/${fontName} ${num(node.sizePt / PT_PER_MM)} Tf`);
  for (const run of node.runs) {
    if (!run.text) continue;
    // [1 0 0 -1] flips the glyphs upright again inside our y-down coordinate system
    out.push(`1 0 0 -1 ${nums(run.x, run.y)} Tm`, `${font.encodeText(run.text)} Tj`);
  }
  out.push('ET', 'Q');
}

async function paintImage(node: ImageNode, ctx: PaintContext, opacity: number): Promise<void> {
  if (node.width <= 0 || node.height <= 0) return;
  const ref = await ctx.images.ref(node);
  const name = ctx.res.name('XObject', ref);
  ctx.out.push('q');
  setState(ctx, opacity);
  // the image fills the unit square with its first row at the top (y = 1); map that square
  // onto the frame in our y-down millimetres
  ctx.out.push(`${nums(node.width, 0, 0, -node.height, node.x, node.y + node.height)} cm`, `/${name} Do`, 'Q');
}
