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
import type { Design, Element } from './schema';
import { barcodeNodes, qrNodes } from './scene/codes';
import { resolveColour } from './scene/colour';
import { artCopy, artFor, patternCopies } from './scene/motif';
import { textNodes } from './scene/text';
import { nutritionTableNodes } from './scene/nutrition-table';
import type { BuildContext, BuildSceneOptions } from './scene/types';

export type { BuildSceneOptions, MotifArt, MotifArtSource, TextLayout, ViewBox } from './scene/types';

function contentOf(el: Element, ctx: BuildContext): SceneNode[] {
  const { width, height } = el.transform;
  switch (el.kind) {
    case 'motif': {
      const art = artFor(ctx, el.id, el.motifId, el.colourMap);
      return art ? [artCopy(art, width, height, [1, 0, 0, 1, 0, 0])] : [];
    }
    case 'pattern': {
      const art = artFor(ctx, el.id, el.motifId, el.colourMap);
      return art ? patternCopies(art, { ...el, width, height }) : [];
    }
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
  const children = contentOf(el, ctx);
  if (children.length === 0) return undefined;
  const group: GroupNode = { type: 'group', transform: elementMatrix(el.transform), children, elementId: el.id };
  if (el.opacity < 1) group.opacity = el.opacity;
  if (el.kind !== 'pattern') return group;
  // a pattern is cut to its own box, then to its panel, so it never runs over a fold
  group.clip = rectPath(0, 0, el.transform.width, el.transform.height);
  const panel = el.panelId ? panels.get(el.panelId) : undefined;
  if (!panel) {
    if (el.panelId) {
      ctx.issues.push(
        issue(`elements.${el.id}.panelId`, 'panel-missing', 'warning',
          `纹样填充“${el.name}”所属的面“${el.panelId}”在当前盒型里不存在，只按它自己的范围裁切。请把它放到一个面上。`,
          `Pattern fill "${el.name}" belongs to panel "${el.panelId}", which this template does not have; it is clipped to its own box only. Move it onto a panel.`),
      );
    }
    return group;
  }
  return { type: 'group', clip: panel.outline, children: [group], elementId: el.id };
}

export function buildSceneReport(doc: Design, options: BuildSceneOptions): { scene: Scene; issues: Issue[] } {
  const ctx: BuildContext = { ...options, issues: [] };
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
  return { scene: { title: doc.name, pages }, issues: ctx.issues };
}

export function buildScene(doc: Design, options: BuildSceneOptions): Scene {
  return buildSceneReport(doc, options).scene;
}
