/**
 * Affine matrices in the scene's layout [a, b, c, d, e, f]: x' = a·x + c·y + e,
 * y' = b·x + d·y + f. One home for the arithmetic that SVG import, element placement,
 * preflight and the canvas all share.
 */
import type { Matrix } from './scene';

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m1 · m2: the result applies m2 first, then m1 (parent · child). */
export function multiply(m1: Matrix, m2: Matrix): Matrix {
  const [a1, b1, c1, d1, e1, f1] = m1;
  const [a2, b2, c2, d2, e2, f2] = m2;
  return [
    a1 * a2 + c1 * b2,
    b1 * a2 + d1 * b2,
    a1 * c2 + c1 * d2,
    b1 * c2 + d1 * d2,
    a1 * e2 + c1 * f2 + e1,
    b1 * e2 + d1 * f2 + f1,
  ];
}

export function transformPoint(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

export function isIdentity(m: Matrix): boolean {
  return m[0] === 1 && m[1] === 0 && m[2] === 0 && m[3] === 1 && m[4] === 0 && m[5] === 0;
}

/** The inverse mapping (page -> box); a degenerate matrix (zero-size box) maps nothing back. */
export function invert(m: Matrix): Matrix {
  const [a, b, c, d, e, f] = m;
  const det = a * d - b * c;
  if (det === 0) return [0, 0, 0, 0, 0, 0];
  return [d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det];
}
