/**
 * Reading geometry off SVG elements: attribute lookup and basic shapes as paths.
 */
import type { PathCommand } from '../scene';
import { parsePathData } from './path-data';
import { ellipsePath, linePath, polyPath, rectPath } from './shapes';
import { type ViewBox, diagonal, parseNumberList, toUserUnits } from './units';
import { type XmlElement, localName } from './xml';

export function attr(el: XmlElement, name: string): string | undefined {
  return el.attributes.find((a) => a.name === name)?.value;
}

/** The reference of a use/image/gradient (the sanitizer writes xlink:href). */
export function hrefOf(el: XmlElement): string | undefined {
  return attr(el, 'xlink:href') ?? attr(el, 'href');
}

/** Geometry of a basic shape or path, in its own user units. */
export function shapeGeometry(el: XmlElement, viewport: ViewBox): PathCommand[] {
  const diag = diagonal(viewport);
  const len = (name: string, of: number, fallback: number | null = 0) => toUserUnits(attr(el, name), of) ?? fallback;
  switch (localName(el.name)) {
    case 'path':
      return parsePathData(attr(el, 'd') ?? '');
    case 'rect':
      return rectPath(len('x', viewport.width) ?? 0, len('y', viewport.height) ?? 0, len('width', viewport.width) ?? 0, len('height', viewport.height) ?? 0, len('rx', viewport.width, null), len('ry', viewport.height, null));
    case 'circle': {
      const r = len('r', diag) ?? 0;
      return ellipsePath(len('cx', viewport.width) ?? 0, len('cy', viewport.height) ?? 0, r, r);
    }
    case 'ellipse':
      return ellipsePath(len('cx', viewport.width) ?? 0, len('cy', viewport.height) ?? 0, len('rx', viewport.width) ?? 0, len('ry', viewport.height) ?? 0);
    case 'line':
      return linePath(len('x1', viewport.width) ?? 0, len('y1', viewport.height) ?? 0, len('x2', viewport.width) ?? 0, len('y2', viewport.height) ?? 0);
    case 'polyline':
    case 'polygon': {
      const nums = parseNumberList(attr(el, 'points') ?? '') ?? [];
      return polyPath(nums, localName(el.name) === 'polygon');
    }
    default:
      return [];
  }
}

