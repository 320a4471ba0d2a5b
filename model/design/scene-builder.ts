/**
 * Design document -> display list. The canvas and the PDF writer both draw only what
 * this returns, so what the cooperative sees is what the printer gets.
 *
 * Each visible element becomes one group whose matrix places the element's own box
 * (0..width, 0..height) on the page (rotation and flips about the box centre); its
 * content is built in box coordinates. Hidden elements are left out.
 */
import { issue, type Issue } from '../localized';
import type { GroupNode, PathCommand, Scene, SceneNode, ScenePage } from '../scene';
import type { Panel } from '../templates/types';
import { elementMatrix, ellipsePath, rectPath } from './geometry';
import type { Design, Element, PatternElement } from './schema';
import { barcodeNodes, qrNodes } from './scene/codes';
import { resolveColour } from './scene/colour';
import { artCopy, artFor, patternCopies } from './scene/motif';
import type { FieldMark } from './scene/fields';
import { textNodes } from './scene/text';
import { carryIntoBleed } from './scene/bleed';
import { keepOnPaper } from './scene/paper';
import { nutritionTableNodes } from './scene/nutrition-table';
import type { BuildContext, BuildSceneOptions } from './scene/types';

export type { BuildSceneOptions, MotifArt, MotifArtSource, TextLayout, ViewBox } from './scene/types';
export type { FieldMark } from './scene/fields';
export { markUnresolved } from './scene/fields';
export { productSceneOptions } from './scene/product';

function contentOf(el: Element, ctx: BuildContext): SceneNode[] {
  const { width, height } = el.transform;
  switch (el.kind) {
    case 'motif': {
      const art = artFor(ctx, el.id, el.motifId, el.colourMap);
      return art ? [artCopy(art, width, height, [1, 0, 0, 1, 0, 0])] : [];
    }
    case 'pattern':
      return []; // patternNode builds patterns: its tiles continue into the bleed
    case 'text':
      return textNodes(el, ctx);
    case 'image':
      return [{ type: 'image', assetId: el.assetId, x: 0, y: 0, width, height, pixelWidth: el.pixelWidth, pixelHeight: el.pixelHeight, ...(el.crop ? { crop: el.crop } : {}), elementId: el.id }];
    case 'shape': {
      const line: PathCommand[] = [['M', 0, 0], ['L', width, height]];
      const d = el.shape === 'rect' ? rectPath(0, 0, width, height) : el.shape === 'ellipse' ? ellipsePath(0, 0, width, height) : line;
      const fill = el.fill && el.shape !== 'line' ? resolveColour(el.fill, ctx, `elements.${el.id}.fill`) : undefined;
      const stroke = el.stroke ? { color: resolveColour(el.stroke.colour, ctx, `elements.${el.id}.stroke`), widthMm: el.stroke.widthMm } : undefined;
      if (!fill && !stroke) return [];
      return [{ type: 'path', d, ...(fill ? { fill } : {}), ...(stroke ? { stroke } : {}), elementId: el.id }];
    }
    case 'qr':
      return qrNodes(el, ctx);
    case 'barcode':
      return barcodeNodes(el, ctx);
    case 'nutrition-table':
      return nutritionTableNodes(el, ctx);
  }
}

function elementNode(el: Element, panels: Map<string, Panel>, ctx: BuildContext): SceneNode | undefined {
  if (el.kind === 'pattern') return patternNode(el, panels, ctx);
  const children = contentOf(el, ctx);
  if (children.length === 0) return undefined;
  const group: GroupNode = { type: 'group', transform: elementMatrix(el.transform), children, elementId: el.id };
  if (el.opacity < 1) group.opacity = el.opacity;
  return onPaper(el, carryIntoBleed(el, group, ctx), ctx);
}

/** Art in the die's waste is cut away (scene/paper.ts says why). */
function onPaper(el: Element, node: SceneNode, ctx: BuildContext): SceneNode {
  return keepOnPaper(node, el.id, el.transform.width, el.transform.height, elementMatrix(el.transform), ctx.template, el.page);
}

function patternNode(el: PatternElement, panels: Map<string, Panel>, ctx: BuildContext): SceneNode | undefined {
  const art = artFor(ctx, el.id, el.motifId, el.colourMap);
  if (!art) return undefined;
  const geometry = { ...el, width: el.transform.width, height: el.transform.height };
  const children = patternCopies(art, geometry);
  if (children.length === 0) return undefined;
  const group: GroupNode = { type: 'group', transform: elementMatrix(el.transform), children, elementId: el.id };
  if (el.opacity < 1) group.opacity = el.opacity;
  // a pattern is cut to its own box (grown into the bleed where it meets a cut edge), then to
  // its panel grown across cut edges only, so it never runs over a fold
  const panel = el.panelId ? panels.get(el.panelId) : undefined;
  if (!panel && el.panelId) {
    ctx.issues.push(
      issue(`elements.${el.id}.panelId`, 'panel-missing', 'warning',
        `纹样填充“${el.name}”所属的面“${el.panelId}”在当前盒型里不存在，只按它自己的范围裁切。请把它放到一个面上。`,
        `Pattern fill "${el.name}" belongs to panel "${el.panelId}", which this template does not have; it is clipped to its own box only. Move it onto a panel.`),
    );
  }
  const node = carryIntoBleed(el, group, ctx, panel, (area) => patternCopies(art, { ...geometry, area }));
  // a pattern on its panel is already cut to the panel's bleed outline, which lies on the paper
  return panel ? node : onPaper(el, node, ctx);
}

export interface SceneReport {
  scene: Scene;
  issues: Issue[];
  /** screen-only marks of product fields that have no value (never painted on paper) */
  fieldMarks: FieldMark[];
}

export function buildSceneReport(doc: Design, options: BuildSceneOptions): SceneReport {
  const ctx: BuildContext = { ...options, issues: [], fieldMarks: [] };
  const t = options.template;
  const panels = new Map(t.panels.map((p) => [p.id, p]));
  const pages: ScenePage[] = doc.pages.map(({ name }) => {
    const nodes: SceneNode[] = [];
    for (const el of doc.elements) {
      if (el.page !== name || el.hidden) continue;
      const node = elementNode(el, panels, ctx);
      if (node) nodes.push(node);
    }
    const dieline = t.dielines[name];
    return { name, widthMm: t.width, heightMm: t.height, bleedMm: t.bleedMm, safeMm: t.safeMm, nodes, ...(dieline ? { dieline } : {}) };
  });
  return { scene: { title: doc.name, pages }, issues: ctx.issues, fieldMarks: ctx.fieldMarks };
}

export function buildScene(doc: Design, options: BuildSceneOptions): Scene {
  return buildSceneReport(doc, options).scene;
}
