/**
 * The hull shortcut (painted-hull.ts) must give exactly the bounds the point-by-point walk gives
 * (every control point mapped through every transform), for nested, rotated, skewed and shared
 * art; else the text-overlap warnings would move.
 */
import { describe, expect, it } from 'vitest';
import { convexHull, paintedHullBounds } from '../../../../model/preflight/painted-hull';
import { pathBounds, walkScene, type Bounds } from '../../../../model/preflight/scene-walk';
import type { Matrix, PathCommand, SceneNode } from '../../../../model/scene';

let seed = 11;
const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const INK = { kind: 'cmyk' as const, c: 0, m: 0, y: 0, k: 100 };

function randomPath(): PathCommand[] {
  const d: PathCommand[] = [['M', rnd() * 50, rnd() * 50]];
  for (let i = 0; i < 2 + Math.floor(rnd() * 6); i++) {
    d.push(rnd() < 0.5 ? ['L', rnd() * 50, rnd() * 50] : ['C', rnd() * 50, rnd() * 50, rnd() * 50, rnd() * 50, rnd() * 50, rnd() * 50]);
  }
  d.push(['Z']);
  return d;
}

function randomMatrix(): Matrix {
  const a = rnd() * Math.PI * 2;
  const s = 0.2 + rnd() * 3;
  const skew = rnd() < 0.3 ? rnd() : 0;
  return [s * Math.cos(a), s * Math.sin(a), -s * Math.sin(a) + skew, s * Math.cos(a), rnd() * 100 - 50, rnd() * 100 - 50];
}

function randomNodes(depth: number, shared: SceneNode[]): SceneNode[] {
  const out: SceneNode[] = [];
  for (let i = 0; i < 1 + Math.floor(rnd() * 4); i++) {
    const r = rnd();
    if (r < 0.15) out.push({ type: 'path', d: randomPath() }); // paints nothing: no fill, no stroke
    else if (r < 0.5) out.push({ type: 'path', d: randomPath(), fill: INK });
    else if (r < 0.6) out.push({ type: 'image', assetId: 'a', x: rnd() * 10, y: rnd() * 10, width: 1 + rnd() * 20, height: 1 + rnd() * 20, pixelWidth: 10, pixelHeight: 10 });
    else if (r < 0.75) out.push({ type: 'group', transform: randomMatrix(), children: shared });
    else if (depth > 0) out.push({ type: 'group', ...(rnd() < 0.7 ? { transform: randomMatrix() } : {}), children: randomNodes(depth - 1, shared) });
  }
  return out;
}

function walkedBounds(nodes: SceneNode[], m: Matrix): Bounds | undefined {
  let b: Bounds | undefined;
  walkScene(nodes, ({ node, matrix }) => {
    const n = node.type === 'path' && (node.fill || node.stroke) ? pathBounds(node.d, matrix) : node.type === 'image' ? pathBounds([['M', node.x, node.y], ['L', node.x + node.width, node.y], ['L', node.x + node.width, node.y + node.height], ['L', node.x, node.y + node.height]], matrix) : undefined;
    if (n) b = b ? { minX: Math.min(b.minX, n.minX), minY: Math.min(b.minY, n.minY), maxX: Math.max(b.maxX, n.maxX), maxY: Math.max(b.maxY, n.maxY) } : n;
  }, m);
  return b;
}

describe('painted hull', () => {
  it('gives the bounds of every mapped point, for 300 random scenes with shared, nested and skewed art', () => {
    for (let i = 0; i < 300; i++) {
      const shared: SceneNode[] = [{ type: 'path', d: randomPath(), fill: INK }, { type: 'path', d: randomPath(), stroke: { color: INK, widthMm: 0.3 } }];
      const nodes = randomNodes(3, shared);
      const m = randomMatrix();
      const want = walkedBounds(nodes, m);
      const got = paintedHullBounds(nodes, m);
      if (!want) {
        expect(got, `scene ${i}`).toBeUndefined();
        continue;
      }
      for (const k of ['minX', 'minY', 'maxX', 'maxY'] as const) expect(Math.abs(got![k] - want[k]), `scene ${i} ${k}`).toBeLessThan(1e-9);
    }
  });

  it('keeps only the outer points, and copes with one point, equal and collinear points', () => {
    expect(convexHull([0, 0, 2, 0, 1, 1, 2, 2, 0, 2, 1, 0.5])).toEqual([0, 0, 2, 0, 2, 2, 0, 2]);
    expect(convexHull([3, 4])).toEqual([3, 4]);
    expect(convexHull([1, 1, 1, 1, 1, 1])).toEqual([1, 1, 1, 1]);
    expect(convexHull([0, 0, 1, 1, 2, 2])).toEqual([0, 0, 2, 2]);
  });

  it('the hull of a large cloud bounds it exactly under any transform (the interior points dropped first were interior)', () => {
    for (let i = 0; i < 50; i++) {
      const n = 20 + Math.floor(rnd() * 2000);
      const cloud: number[] = [];
      for (let k = 0; k < n; k++) {
        // discs, rings and squares with duplicates and collinear runs
        const a = rnd() * Math.PI * 2;
        const r = i % 3 === 0 ? 10 : i % 3 === 1 ? 5 + rnd() * 5 : 1;
        cloud.push(i % 3 === 2 ? Math.round(rnd() * 8) : r * Math.cos(a), i % 3 === 2 ? Math.round(rnd() * 8) : r * Math.sin(a));
      }
      const hull = convexHull(cloud);
      expect(hull.length).toBeLessThanOrEqual(cloud.length);
      const m = randomMatrix();
      const bounds = (pts: number[]) => {
        const xs = [], ys = [];
        for (let k = 0; k < pts.length; k += 2) (xs.push(m[0] * pts[k] + m[2] * pts[k + 1] + m[4]), ys.push(m[1] * pts[k] + m[3] * pts[k + 1] + m[5]));
        return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
      };
      bounds(hull).forEach((v, k) => expect(Math.abs(v - bounds(cloud)[k]), `cloud ${i}`).toBeLessThan(1e-9));
    }
  });
});

