/**
 * Small path toolkit for dielines: building outlines from lines, quarter arcs and bows,
 * measuring their exact bounds, and flattening curves to polylines for geometric checks.
 * All values are millimetres, y down, as in model/scene.
 */
import type { PathCommand } from '../scene';
import type { Rect } from './types';

export type Point = [number, number];

/** Control-point ratio that makes a cubic Bézier match a quarter circle within 0.03 %. */
export const KAPPA = 0.5522847498;

/** Fluent builder so outlines read as a walk around the shape. */
export class PathBuilder {
  readonly commands: PathCommand[] = [];
  private cx = 0;
  private cy = 0;

  move(x: number, y: number): this {
    this.commands.push(['M', x, y]);
    this.cx = x;
    this.cy = y;
    return this;
  }

  line(x: number, y: number): this {
    // Zero-length segments only add noise to the cut file.
    if (Math.abs(x - this.cx) < 1e-9 && Math.abs(y - this.cy) < 1e-9) return this;
    this.commands.push(['L', x, y]);
    this.cx = x;
    this.cy = y;
    return this;
  }

  curve(c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number): this {
    this.commands.push(['C', c1x, c1y, c2x, c2y, x, y]);
    this.cx = x;
    this.cy = y;
    return this;
  }

  /** Quarter-circle-like arc from the current point to (x, y), bending towards the sharp corner it rounds. */
  cornerTo(cornerX: number, cornerY: number, x: number, y: number): this {
    return this.curve(
      this.cx + (cornerX - this.cx) * KAPPA,
      this.cy + (cornerY - this.cy) * KAPPA,
      x + (cornerX - x) * KAPPA,
      y + (cornerY - y) * KAPPA,
      x,
      y,
    );
  }

  /**
   * Symmetric bow from the current point to (x, y) whose midpoint sits `bow` mm off the chord,
   * along the chord's left normal in y-down coordinates (negative `bow` bends the other way).
   * Control points at 4/3 of the bow make the curve's midpoint deviate by exactly `bow`.
   */
  bowTo(x: number, y: number, bow: number): this {
    const dx = x - this.cx;
    const dy = y - this.cy;
    const len = Math.hypot(dx, dy) || 1;
    // normal pointing "up" for a left-to-right chord (y down): (dy, -dx) / len
    const nx = (dy / len) * bow * (4 / 3);
    const ny = (-dx / len) * bow * (4 / 3);
    return this.curve(this.cx + nx, this.cy + ny, x + nx, y + ny, x, y);
  }

  close(): PathCommand[] {
    this.commands.push(['Z']);
    return this.commands;
  }
}

export function polygon(points: Point[]): PathCommand[] {
  const b = new PathBuilder().move(points[0][0], points[0][1]);
  for (const [x, y] of points.slice(1)) b.line(x, y);
  return b.close();
}

export function polyline(points: Point[]): PathCommand[] {
  const b = new PathBuilder().move(points[0][0], points[0][1]);
  for (const [x, y] of points.slice(1)) b.line(x, y);
  return b.commands;
}

export function rectPath(x: number, y: number, w: number, h: number): PathCommand[] {
  return polygon([
    [x, y],
    [x + w, y],
    [x + w, y + h],
    [x, y + h],
  ]);
}

export function roundedRectPath(x: number, y: number, w: number, h: number, r: number): PathCommand[] {
  const rr = Math.max(0, Math.min(r, w / 2, h / 2));
  if (rr === 0) return rectPath(x, y, w, h);
  return new PathBuilder()
    .move(x + rr, y)
    .line(x + w - rr, y)
    .cornerTo(x + w, y, x + w, y + rr)
    .line(x + w, y + h - rr)
    .cornerTo(x + w, y + h, x + w - rr, y + h)
    .line(x + rr, y + h)
    .cornerTo(x, y + h, x, y + h - rr)
    .line(x, y + rr)
    .cornerTo(x, y, x + rr, y)
    .close();
}

/** Ellipse inscribed in a rectangle (a circle when w = h), four quarter arcs clockwise. */
export function ellipsePath(x: number, y: number, w: number, h: number): PathCommand[] {
  const cx = x + w / 2;
  const cy = y + h / 2;
  return new PathBuilder()
    .move(cx, y)
    .cornerTo(x + w, y, x + w, cy)
    .cornerTo(x + w, y + h, cx, y + h)
    .cornerTo(x, y + h, x, cy)
    .cornerTo(x, y, cx, y)
    .close();
}

export function circlePath(cx: number, cy: number, r: number): PathCommand[] {
  return ellipsePath(cx - r, cy - r, 2 * r, 2 * r);
}

/** Map every coordinate of a path (used for offsets and for mirroring a die onto the back side). */
export function mapPath(path: PathCommand[], f: (x: number, y: number) => Point): PathCommand[] {
  return path.map((c): PathCommand => {
    switch (c[0]) {
      case 'M':
      case 'L': {
        const [x, y] = f(c[1], c[2]);
        return [c[0], x, y];
      }
      case 'C': {
        const [a, b] = f(c[1], c[2]);
        const [d, e] = f(c[3], c[4]);
        const [g, h] = f(c[5], c[6]);
        return ['C', a, b, d, e, g, h];
      }
      default:
        return ['Z'];
    }
  });
}

export function translatePath(path: PathCommand[], dx: number, dy: number): PathCommand[] {
  return mapPath(path, (x, y) => [x + dx, y + dy]);
}

/** Mirror left-right inside a sheet of the given width (what the back of a two-sided die looks like). */
export function mirrorPathX(path: PathCommand[], sheetWidth: number): PathCommand[] {
  return mapPath(path, (x, y) => [sheetWidth - x, y]);
}

function cubicAt(p0: number, p1: number, p2: number, p3: number, t: number): number {
  const u = 1 - t;
  return u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
}

/** Parameters in (0,1) where one coordinate of a cubic has a turning point. */
function cubicExtremaT(p0: number, p1: number, p2: number, p3: number): number[] {
  // derivative / 3 = a t^2 + b t + c
  const a = -p0 + 3 * p1 - 3 * p2 + p3;
  const b = 2 * (p0 - 2 * p1 + p2);
  const c = p1 - p0;
  const roots: number[] = [];
  if (Math.abs(a) < 1e-12) {
    if (Math.abs(b) > 1e-12) roots.push(-c / b);
  } else {
    const disc = b * b - 4 * a * c;
    if (disc >= 0) {
      const s = Math.sqrt(disc);
      roots.push((-b + s) / (2 * a), (-b - s) / (2 * a));
    }
  }
  return roots.filter((t) => t > 0 && t < 1);
}

/** Exact bounding box of a path (curves included through their turning points, not their control points). */
export function pathBounds(paths: PathCommand[][]): Rect {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const add = (x: number, y: number) => {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  };
  for (const path of paths) {
    let cx = 0;
    let cy = 0;
    for (const c of path) {
      if (c[0] === 'M' || c[0] === 'L') {
        cx = c[1];
        cy = c[2];
        add(cx, cy);
      } else if (c[0] === 'C') {
        const [, x1, y1, x2, y2, x, y] = c;
        for (const t of cubicExtremaT(cx, x1, x2, x)) add(cubicAt(cx, x1, x2, x, t), cubicAt(cy, y1, y2, y, t));
        for (const t of cubicExtremaT(cy, y1, y2, y)) add(cubicAt(cx, x1, x2, x, t), cubicAt(cy, y1, y2, y, t));
        cx = x;
        cy = y;
        add(cx, cy);
      }
    }
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

export interface Polyline {
  points: Point[];
  closed: boolean;
}

/** Curves become `steps` straight pieces each; one polyline per subpath. */
export function flattenPath(path: PathCommand[], steps = 24): Polyline[] {
  const out: Polyline[] = [];
  let current: Polyline | undefined;
  let cx = 0;
  let cy = 0;
  for (const c of path) {
    if (c[0] === 'M') {
      current = { points: [[c[1], c[2]]], closed: false };
      out.push(current);
      cx = c[1];
      cy = c[2];
    } else if (c[0] === 'L') {
      current?.points.push([c[1], c[2]]);
      cx = c[1];
      cy = c[2];
    } else if (c[0] === 'C') {
      const [, x1, y1, x2, y2, x, y] = c;
      for (let i = 1; i <= steps; i++) {
        const t = i / steps;
        current?.points.push([cubicAt(cx, x1, x2, x, t), cubicAt(cy, y1, y2, y, t)]);
      }
      cx = x;
      cy = y;
    } else if (current) {
      current.closed = true;
    }
  }
  return out;
}
