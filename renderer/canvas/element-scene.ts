/**
 * Splits a built scene into what each element paints, in the element's own box
 * coordinates. Scenes are built only for elements that changed (elements are shared
 * between document versions, so identity tells), which keeps a drag on a 300-element
 * design cheap.
 */
import { buildSceneReport, type BuildSceneOptions } from '../../model/design/scene-builder';
import type { Design, Element } from '../../model/design/schema';
import type { GroupNode, PathCommand, SceneNode } from '../../model/scene';
import type { ElementPaint } from './element-object';

function paintOf(node: SceneNode): ElementPaint | undefined {
  if (node.type !== 'group') return undefined;
  // page clips come as wrappers without a matrix around the element's group: a pattern's panel
  // or the bleed's outlines, and outside those the paper (model/design/scene/paper.ts)
  const pageClips: PathCommand[][] = [];
  let inner: GroupNode = node;
  while (!inner.transform && inner.clip && inner.children.length === 1 && inner.children[0].type === 'group') {
    pageClips.push(inner.clip);
    inner = inner.children[0] as GroupNode;
  }
  return { nodes: inner.children, ...(inner.clip ? { clip: inner.clip } : {}), ...(pageClips.length > 0 ? { pageClips } : {}), opacity: inner.opacity ?? 1 };
}

export function paintsFor(doc: Design, elements: readonly Element[], options: BuildSceneOptions): Map<string, ElementPaint> {
  const out = new Map<string, ElementPaint>();
  if (elements.length === 0) return out;
  const { scene, fieldMarks } = buildSceneReport({ ...doc, elements: [...elements] }, options);
  for (const page of scene.pages) {
    for (const node of page.nodes) {
      if (!node.elementId) continue;
      const paint = paintOf(node);
      if (paint) out.set(node.elementId, paint);
    }
  }
  // marks are not scene nodes: the screen paints them, the PDF never sees them
  for (const mark of fieldMarks) {
    const paint = out.get(mark.elementId);
    if (paint) (paint.fields ??= []).push(mark);
  }
  return out;
}
