/**
 * The e-commerce pictures of a prepared design, all painted from its scene by the proof
 * renderer: the square main picture (the product framed: the 3D mockup of a box or jar, the
 * front of a flat piece), the detail picture (the product facts, cropped to their panel at a
 * size a shopper can read), and the 3D mockup (mockup/mockup-3d.ts) with faces taken from the
 * template's real panels (model/templates/mockup-shape.ts).
 */
import sharp, { type Sharp } from 'sharp';
import { factsRegion, type FactsRegion } from '../../../model/design/facts-region';
import type { Design } from '../../../model/design/schema';
import type { Scene, ScenePage } from '../../../model/scene';
import { mockupShape, type BoxFace } from '../../../model/templates/mockup-shape';
import type { Rect, TemplateResult } from '../../../model/templates/types';
import { boxMockup, cardMockup, jarMockup } from './mockup/mockup-3d';
import type { Pixels } from './mockup/warp';
import { svgToPng, type ProofDeps } from './proof-images';
import { sceneToSvg } from './scene-svg';

export interface ShopSubject {
  design: Design;
  scene: Scene;
  template: TemplateResult;
}

const PT_MM = 25.4 / 72;
const WHITE = { r: 255, g: 255, b: 255, alpha: 1 };

function pageOf(scene: Scene, name: string): ScenePage {
  return scene.pages.find((p) => p.name === name) ?? scene.pages[0];
}

/** A rectangle of a page as pixels at pxPerMm, on white paper (or transparent outside the die when cut). */
async function renderWindow(page: ScenePage, rect: Rect, pxPerMm: number, deps: ProofDeps, cut = false): Promise<Buffer> {
  const { svg } = await sceneToSvg(page, { ...deps, dpi: pxPerMm * 25.4, dieline: false, area: 'trim', clipToCut: cut, background: '#ffffff', window: rect });
  return svgToPng(svg);
}

async function toPixels(png: Buffer | Sharp): Promise<Pixels> {
  const { data, info } = await (Buffer.isBuffer(png) ? sharp(png) : png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** One panel, turned so its art stands upright as on the assembled piece. */
async function uprightPanel(subject: ShopSubject, panelId: string, pxPerMm: number, deps: ProofDeps, cut = false): Promise<Buffer> {
  const panel = subject.template.panels.find((p) => p.id === panelId);
  if (!panel) throw new Error(`no panel ${panelId}`);
  const png = await renderWindow(pageOf(subject.scene, panel.page), panel.bounds, pxPerMm, deps, cut);
  // upright says how far the art is turned clockwise in the flat; turn it back
  return sharp(png).rotate((360 - panel.upright) % 360).png().toBuffer();
}

async function boxFace(subject: ShopSubject, face: BoxFace, pxPerMm: number, deps: ProofDeps): Promise<Pixels> {
  const w = Math.max(1, Math.round(face.widthMm * pxPerMm));
  const h = Math.max(1, Math.round(face.heightMm * pxPerMm));
  const layers = [];
  for (const layer of face.layers) {
    const art = await uprightPanel(subject, layer.panelId, pxPerMm, deps);
    const lw = Math.max(1, Math.round(layer.rect.width * pxPerMm));
    const lh = Math.max(1, Math.round(layer.rect.height * pxPerMm));
    layers.push({ input: await sharp(art).resize(lw, lh, { fit: 'fill' }).png().toBuffer(), left: Math.round(layer.rect.x * pxPerMm), top: Math.round(layer.rect.y * pxPerMm) });
  }
  return toPixels(sharp({ create: { width: w, height: h, channels: 4, background: WHITE } }).composite(layers).png());
}

/** Where along a jar label faces the camera: the middle of the title and the motif beside it. */
export function jarFrontMm(design: Design, wrapMm: number): number {
  const title = design.elements.find((e) => e.kind === 'text' && e.role === 'title') ?? design.elements.filter((e) => e.kind === 'text').sort((a, b) => (b.kind === 'text' && a.kind === 'text' ? b.sizePt - a.sizePt : 0))[0];
  if (!title) return wrapMm / 4;
  const t = title.transform;
  let left = t.x;
  let right = t.x + t.width;
  for (const m of design.elements) {
    if (m.kind !== 'motif' || m.hidden) continue;
    const mr = m.transform;
    // a motif standing next to the title belongs to the same front
    if (mr.x + mr.width >= left - 20 && mr.x <= right + 20) {
      left = Math.min(left, mr.x);
      right = Math.max(right, mr.x + mr.width);
    }
  }
  return (left + right) / 2;
}

/** The 3D mockup (mockup-3d.png), size x size. */
export async function mockup3d(subject: ShopSubject, deps: ProofDeps, size = 1200): Promise<Buffer> {
  const shape = mockupShape(subject.template);
  const frame = size * 2;
  if (shape.kind === 'box') {
    const pxPerMm = (frame * 0.8) / Math.max(shape.lengthMm, shape.depthMm, shape.heightMm);
    return boxMockup(
      {
        lengthMm: shape.lengthMm,
        depthMm: shape.depthMm,
        heightMm: shape.heightMm,
        front: await boxFace(subject, shape.front, pxPerMm, deps),
        side: await boxFace(subject, shape.side, pxPerMm, deps),
        top: await boxFace(subject, shape.top, pxPerMm, deps),
      },
      size,
    );
  }
  if (shape.kind === 'cylinder') {
    const pxPerMm = (frame * 0.7) / shape.diameterMm;
    const label = await toPixels(await uprightPanel(subject, shape.panelId, pxPerMm, deps));
    return jarMockup({ diameterMm: shape.diameterMm, labelHeightMm: shape.labelHeightMm, wrapMm: shape.wrapMm, label, frontMm: jarFrontMm(subject.design, shape.wrapMm) }, size);
  }
  const piece = await flatPiece(subject, shape.page, shape.panelId, frame * 0.8, deps);
  return cardMockup(await toPixels(piece.png), piece.widthMm, piece.heightMm, size);
}

/** A flat piece's face: one panel, or the whole page cut to its die (transparent outside). */
async function flatPiece(subject: ShopSubject, pageName: string, panelId: string | undefined, longSidePx: number, deps: ProofDeps) {
  const page = pageOf(subject.scene, pageName);
  const panel = panelId ? subject.template.panels.find((p) => p.id === panelId) : undefined;
  const rect = panel?.bounds ?? { x: 0, y: 0, width: page.widthMm, height: page.heightMm };
  const pxPerMm = longSidePx / Math.max(rect.width, rect.height);
  return { png: await renderWindow(page, rect, pxPerMm, deps, true), widthMm: rect.width, heightMm: rect.height };
}

/** Square main picture: the product filling the frame (the 3D shot of a box or jar, given or made, the front of a flat piece). */
export async function mainPicture(subject: ShopSubject, deps: ProofDeps, size = 800, mockup?: Buffer): Promise<Buffer> {
  const shape = mockupShape(subject.template);
  if (shape.kind !== 'card') return sharp(mockup ?? (await mockup3d(subject, deps, size))).resize(size, size, { kernel: 'lanczos3' }).png().toBuffer();
  const inner = Math.round(size * 0.9);
  const piece = await flatPiece(subject, shape.page, shape.panelId, inner * 2, deps);
  const fitted = await sharp(piece.png).resize(inner, inner, { fit: 'inside' }).png().toBuffer();
  return sharp({ create: { width: size, height: size, channels: 4, background: WHITE } }).composite([{ input: fitted, gravity: 'centre' }]).flatten({ background: WHITE }).png().toBuffer();
}

export interface DetailLayout {
  page: string;
  /** the part of the page shown, mm */
  window: Rect;
  pxPerMm: number;
  width: number;
  height: number;
  pad: number;
}

/** the smallest type in the detail picture, px (a shopper reads 14 px and up on a phone) */
export const LEGIBLE_PX = 16;
const DETAIL_MAX_HEIGHT = 1600;

/**
 * The detail picture's crop: the whole facts panel when its smallest type is legible at the
 * picture's width, otherwise just the facts block (with a margin), as large as the frame allows.
 */
export function detailLayout(region: FactsRegion, width = 750): DetailLayout {
  const pad = 30;
  const fit = (r: Rect) => Math.min((width - 2 * pad) / r.width, (DETAIL_MAX_HEIGHT - 2 * pad) / r.height);
  const typePx = (r: Rect) => region.minSizePt * PT_MM * fit(r);
  const margin = 3;
  const bounds = region.panel?.bounds;
  let window: Rect;
  if (bounds && typePx(bounds) >= LEGIBLE_PX) window = bounds;
  else {
    const f = region.facts;
    const x0 = Math.max(bounds?.x ?? -Infinity, f.x - margin);
    const y0 = Math.max(bounds?.y ?? -Infinity, f.y - margin);
    const x1 = Math.min(bounds ? bounds.x + bounds.width : Infinity, f.x + f.width + margin);
    const y1 = Math.min(bounds ? bounds.y + bounds.height : Infinity, f.y + f.height + margin);
    window = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
  }
  const pxPerMm = fit(window);
  return { page: region.page, window, pxPerMm, width, height: Math.round(window.height * pxPerMm) + 2 * pad, pad };
}

/** Detail picture, 750 wide: the product facts at a legible size (a piece without facts: every page, one under the other). */
export async function detailPicture(subject: ShopSubject, deps: ProofDeps, width = 750): Promise<Buffer> {
  const region = factsRegion(subject.design, subject.template.panels);
  if (!region) return allPages(subject.scene, deps, width);
  const layout = detailLayout(region, width);
  const art = await renderWindow(pageOf(subject.scene, layout.page), layout.window, layout.pxPerMm, deps, true);
  const fitted = await sharp(art).resize(Math.round(layout.window.width * layout.pxPerMm), Math.round(layout.window.height * layout.pxPerMm), { fit: 'fill' }).png().toBuffer();
  return sharp({ create: { width, height: layout.height, channels: 4, background: WHITE } })
    .composite([{ input: fitted, gravity: 'centre' }])
    .flatten({ background: WHITE })
    .png()
    .toBuffer();
}

async function allPages(scene: Scene, deps: ProofDeps, width: number): Promise<Buffer> {
  const pad = 30;
  const gap = 30;
  const pieces: Buffer[] = [];
  for (const page of scene.pages) {
    const px = (width - 2 * pad) / page.widthMm;
    const png = await renderWindow(page, { x: 0, y: 0, width: page.widthMm, height: page.heightMm }, px, deps, true);
    pieces.push(await sharp(png).resize({ width: width - 2 * pad }).png().toBuffer());
  }
  const heights = await Promise.all(pieces.map(async (p) => (await sharp(p).metadata()).height ?? 0));
  const total = pad * 2 + heights.reduce((a, b) => a + b, 0) + gap * (pieces.length - 1);
  let top = pad;
  const layers = pieces.map((input, i) => {
    const layer = { input, left: pad, top };
    top += heights[i] + gap;
    return layer;
  });
  return sharp({ create: { width, height: total, channels: 4, background: WHITE } }).composite(layers).flatten({ background: WHITE }).png().toBuffer();
}
