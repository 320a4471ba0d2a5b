/** Walks a scene page with accumulated transforms, remembering which element each node came from. */
import { multiply } from '../design/geometry';
import type { Matrix, PathCommand, SceneNode } from '../scene';

export interface Visit {
  node: SceneNode;
  /** node coordinates -> page mm */
  matrix: Matrix;
  /** the top-level design element the node belongs to */
  elementId?: string;
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/**
 * A page's visits, listed once: preflight's rules each walk every page (a scene of 40 motifs is
 * tens of thousands of nodes), so the list from the page's top is kept per node list and
 * replayed. Visits are shared: callers read them and never change them.
 */
const listed = new WeakMap<SceneNode[], Visit[]>();

export function walkScene(nodes: SceneNode[], visit: (v: Visit) => void, matrix: Matrix = IDENTITY, elementId?: string): void {
  if (matrix !== IDENTITY || elementId !== undefined) return walkFrom(nodes, visit, matrix, elementId);
  let list = listed.get(nodes);
  if (!list) {
    const all: Visit[] = [];
    walkFrom(nodes, (v) => all.push(v), IDENTITY, undefined);
    listed.set(nodes, (list = all));
  }
  for (const v of list) visit(v);
}

function walkFrom(nodes: SceneNode[], visit: (v: Visit) => void, matrix: Matrix, elementId: string | undefined): void {
  for (const node of nodes) {
    const owner = elementId ?? node.elementId;
    visit({ node, matrix, elementId: owner });
    if (node.type === 'group') walkFrom(node.children, visit, node.transform ? multiply(matrix, node.transform) : matrix, owner);
  }
}

const byElement = new WeakMap<SceneNode[], Map<string, SceneNode[]>>();

/**
 * The top-level nodes of one element on a page, from an index built once per page: rules asked
 * for each element in turn, and filtering the page for every one of sixty elements was a walk
 * of the page per element.
 */
export function nodesOfElement(pageNodes: SceneNode[], elementId: string): SceneNode[] {
  let index = byElement.get(pageNodes);
  if (!index) {
    index = new Map();
    for (const n of pageNodes) {
      if (n.elementId === undefined) continue;
      const list = index.get(n.elementId);
      if (list) list.push(n);
      else index.set(n.elementId, [n]);
    }
    byElement.set(pageNodes, index);
  }
  return index.get(elementId) ?? [];
}

/** Uniform scale of a matrix (geometric mean of the axis scales): how much a length grows. */
export function matrixScale(m: Matrix): number {
  return Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
}

/** Scale along x and y of the transformed unit vectors. */
export function axisScales(m: Matrix): { sx: number; sy: number } {
  return { sx: Math.hypot(m[0], m[1]), sy: Math.hypot(m[2], m[3]) };
}

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/**
 * Bounds of a path's points (control points included: never smaller than the curve). The points
 * are mapped inline (the arithmetic of transformPoint) with no object per point: preflight runs
 * this over every path of every motif.
 */
export function pathBounds(d: PathCommand[], m: Matrix): Bounds | undefined {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let any = false;
  const add = (x: number, y: number) => {
    const px = m[0] * x + m[2] * y + m[4];
    const py = m[1] * x + m[3] * y + m[5];
    any = true;
    if (px < minX) minX = px;
    if (px > maxX) maxX = px;
    if (py < minY) minY = py;
    if (py > maxY) maxY = py;
  };
  for (const c of d) {
    if (c[0] === 'M' || c[0] === 'L') add(c[1], c[2]);
    else if (c[0] === 'C') (add(c[1], c[2]), add(c[3], c[4]), add(c[5], c[6]));
  }
  return any ? { minX, minY, maxX, maxY } : undefined;
}
