/**
 * clip-path="url(#id)" to the scene's single clip outline. The clipPath's shapes are baked
 * into one path (their own transforms applied to the points, which is exact for béziers).
 * The scene clips with the nonzero rule; clip-rule="evenodd" is not represented.
 */
import type { Matrix, PathCommand, SceneNode } from '../scene';
import { attr, hrefOf, shapeGeometry } from './geometry';
import { declaredProperties } from './paint';
import { controlBounds } from './shapes';
import { IDENTITY, applyToPoint, multiply, parseTransform, transformPath } from './transform';
import type { ViewBox } from './units';
import { toUserUnits } from './units';
import { type XmlElement, localName } from './xml';

const SHAPES = new Set(['path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon']);

/** Bounds of nodes in the coordinates they are given in (control-polygon bounds). */
export function nodesBounds(nodes: SceneNode[], m: Matrix = IDENTITY): ViewBox | null {
  const paths: PathCommand[][] = [];
  const visit = (list: SceneNode[], mm: Matrix) => {
    for (const n of list) {
      if (n.type === 'path') paths.push(transformPath(mm, n.d));
      else if (n.type === 'group') visit(n.children, n.transform ? multiply(mm, n.transform) : mm);
      else if (n.type === 'image') {
        const corners = [applyToPoint(mm, n.x, n.y), applyToPoint(mm, n.x + n.width, n.y + n.height), applyToPoint(mm, n.x + n.width, n.y), applyToPoint(mm, n.x, n.y + n.height)];
        paths.push(corners.map(([x, y]): PathCommand => ['L', x, y]));
      }
    }
  };
  visit(nodes, m);
  return controlBounds(paths);
}

function hidden(el: XmlElement): boolean {
  const p = declaredProperties(el);
  return p.get('display') === 'none' || p.get('visibility') === 'hidden';
}

/**
 * The clip outline for an element, in that element's user space. `clipped` are the nodes the
 * element produced (for clipPathUnits="objectBoundingBox").
 */
export function elementClip(
  clipEl: XmlElement,
  clipped: SceneNode[],
  viewport: ViewBox,
  byId: (id: string) => XmlElement | undefined,
): PathCommand[] {
  let m = parseTransform(attr(clipEl, 'transform') ?? '');
  if (attr(clipEl, 'clipPathUnits') === 'objectBoundingBox') {
    const b = nodesBounds(clipped);
    if (!b || b.width === 0 || b.height === 0) return [];
    m = multiply([b.width, 0, 0, b.height, b.x, b.y], m);
  }
  const out: PathCommand[] = [];
  for (const child of clipEl.children) {
    if (child.type !== 'element' || hidden(child)) continue;
    let el = child;
    let local = localName(el.name);
    let cm = multiply(m, parseTransform(attr(el, 'transform') ?? ''));
    if (local === 'use') {
      // a clip may <use> one shape, never a group (SVG rule)
      const href = hrefOf(el) ?? '';
      const target = href.startsWith('#') ? byId(href.slice(1)) : undefined;
      if (!target || !SHAPES.has(localName(target.name)) || hidden(target)) continue;
      const x = toUserUnits(attr(el, 'x'), viewport.width) ?? 0;
      const y = toUserUnits(attr(el, 'y'), viewport.height) ?? 0;
      cm = multiply(multiply(cm, [1, 0, 0, 1, x, y]), parseTransform(attr(target, 'transform') ?? ''));
      el = target;
      local = localName(el.name);
    }
    if (!SHAPES.has(local)) continue;
    out.push(...transformPath(cm, shapeGeometry(el, viewport)));
  }
  return out;
}
