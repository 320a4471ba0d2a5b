/**
 * A rectangle (in the nodes' own coordinates, mm) that holds everything the nodes paint,
 * generously: a transparency group's /BBox must not cut anything off, and a tight box keeps
 * the RIP's group buffer small.
 */
import type { Matrix, SceneNode } from '../../../model/scene';

export interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const MM_PER_PT = 25.4 / 72;

function apply(m: Matrix | undefined, x: number, y: number): [number, number] {
  return m ? [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]] : [x, y];
}

export function sceneBounds(nodes: readonly SceneNode[], m?: Matrix, acc: Bounds = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity }): Bounds {
  const add = (x: number, y: number, pad = 0) => {
    const [px, py] = apply(m, x, y);
    acc.x0 = Math.min(acc.x0, px - pad);
    acc.y0 = Math.min(acc.y0, py - pad);
    acc.x1 = Math.max(acc.x1, px + pad);
    acc.y1 = Math.max(acc.y1, py + pad);
  };
  for (const n of nodes) {
    switch (n.type) {
      case 'path': {
        // a Bézier curve stays inside the hull of its control points
        const pad = n.stroke ? n.stroke.widthMm * 2 : 0;
        for (const c of n.d) for (let i = 1; i + 1 < c.length; i += 2) add(c[i] as number, c[i + 1] as number, pad);
        break;
      }
      case 'text': {
        const em = n.sizePt * MM_PER_PT;
        for (const r of n.runs) {
          // no glyph reaches further than about one em from its origin per character
          add(r.x - em, r.y - 1.5 * em);
          add(r.x + em * ([...r.text].length + 1), r.y + em);
        }
        break;
      }
      case 'image':
        add(n.x, n.y);
        add(n.x + n.width, n.y + n.height);
        break;
      case 'group': {
        const inner = n.transform ? (m ? compose(m, n.transform) : n.transform) : m;
        sceneBounds(n.children, inner, acc);
        break;
      }
    }
  }
  return acc;
}

function compose(a: Matrix, b: Matrix): Matrix {
  return [
    a[0] * b[0] + a[2] * b[1],
    a[1] * b[0] + a[3] * b[1],
    a[0] * b[2] + a[2] * b[3],
    a[1] * b[2] + a[3] * b[3],
    a[0] * b[4] + a[2] * b[5] + a[4],
    a[1] * b[4] + a[3] * b[5] + a[5],
  ];
}
