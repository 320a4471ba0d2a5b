/**
 * SVG transform lists and affine matrix helpers, in the scene's Matrix layout
 * [a, b, c, d, e, f] (x' = a·x + c·y + e, y' = b·x + d·y + f).
 */
import { StudioError } from '../localized';
import type { Matrix, PathCommand } from '../scene';

import { IDENTITY, isIdentity, multiply, transformPoint } from '../matrix';

export { IDENTITY, isIdentity, multiply };
/** SVG code reads points as tuples */
export const applyToPoint = transformPoint;

export function transformPath(m: Matrix, d: PathCommand[]): PathCommand[] {
  if (isIdentity(m)) return d;
  return d.map((cmd): PathCommand => {
    switch (cmd[0]) {
      case 'M':
      case 'L': {
        const [x, y] = applyToPoint(m, cmd[1], cmd[2]);
        return [cmd[0], x, y];
      }
      case 'C': {
        const [x1, y1] = applyToPoint(m, cmd[1], cmd[2]);
        const [x2, y2] = applyToPoint(m, cmd[3], cmd[4]);
        const [x, y] = applyToPoint(m, cmd[5], cmd[6]);
        return ['C', x1, y1, x2, y2, x, y];
      }
      default:
        return cmd;
    }
  });
}

export function badTransformError(text: string): StudioError {
  return new StudioError(
    'svg.bad-transform',
    {
      zh: `变换属性 transform="${text.slice(0, 60)}" 写法有误。有效的写法例如 translate(10 20) rotate(45) scale(2)。`,
      en: `The transform "${text.slice(0, 60)}" is invalid. Valid transforms look like translate(10 20) rotate(45) scale(2).`,
    },
    { transform: text.slice(0, 200) },
  );
}

const NUM = '[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?';
const ITEM = new RegExp(`\\s*(matrix|translate|scale|rotate|skewX|skewY)\\s*\\(([^)]*)\\)\\s*,?`, 'y');
const ARGS = new RegExp(`^\\s*(?:${NUM})(?:\\s*,?\\s*${NUM})*\\s*$`);
const ARG = new RegExp(NUM, 'g');

function rad(deg: number): number {
  return (deg * Math.PI) / 180;
}

/**
 * Parse an SVG transform list ("translate(10) rotate(30 5 5)") into one matrix. An empty
 * string is the identity; anything malformed throws svg.bad-transform.
 */
export function parseTransform(text: string): Matrix {
  let m: Matrix = IDENTITY;
  ITEM.lastIndex = 0;
  let pos = 0;
  while (pos < text.length) {
    if (text.slice(pos).trim() === '') break;
    ITEM.lastIndex = pos;
    const hit = ITEM.exec(text);
    if (!hit || !ARGS.test(hit[2])) throw badTransformError(text);
    pos = ITEM.lastIndex;
    const a = (hit[2].match(ARG) ?? []).map(Number);
    if (a.some((v) => !Number.isFinite(v))) throw badTransformError(text);
    const n = a.length;
    let step: Matrix;
    switch (hit[1]) {
      case 'matrix':
        if (n !== 6) throw badTransformError(text);
        step = [a[0], a[1], a[2], a[3], a[4], a[5]];
        break;
      case 'translate':
        if (n !== 1 && n !== 2) throw badTransformError(text);
        step = [1, 0, 0, 1, a[0], n === 2 ? a[1] : 0];
        break;
      case 'scale':
        if (n !== 1 && n !== 2) throw badTransformError(text);
        step = [a[0], 0, 0, n === 2 ? a[1] : a[0], 0, 0];
        break;
      case 'rotate': {
        if (n !== 1 && n !== 3) throw badTransformError(text);
        const cos = Math.cos(rad(a[0]));
        const sin = Math.sin(rad(a[0]));
        step = [cos, sin, -sin, cos, 0, 0];
        if (n === 3) {
          // rotate(a cx cy) = translate(cx cy) rotate(a) translate(-cx -cy)
          step = multiply(multiply([1, 0, 0, 1, a[1], a[2]], step), [1, 0, 0, 1, -a[1], -a[2]]);
        }
        break;
      }
      case 'skewX':
        if (n !== 1) throw badTransformError(text);
        step = [1, 0, Math.tan(rad(a[0])), 1, 0, 0];
        break;
      default: // skewY
        if (n !== 1) throw badTransformError(text);
        step = [1, Math.tan(rad(a[0])), 0, 1, 0, 0];
        break;
    }
    m = multiply(m, step);
  }
  return m;
}
