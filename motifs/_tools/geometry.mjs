// Geometry for the craft renderers (craft.mjs): reads the flat drawings the art-*.mjs files
// write with svg.mjs (only our own, simple markup), turns every shape into polygons in the
// 200 x 200 drawing space, and clips straight lines against polygons. Line work (stitches,
// outlines, crackle, chasing) is what the crafts add, so straight segments are all we clip.

/** 2D affine matrices as [a, b, c, d, e, f] (SVG order). */
const I = [1, 0, 0, 1, 0, 0];
export const mul = (m, n) => [
  m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
];
export const apply = (m, [x, y]) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
/** Uniform-ish scale of a matrix (for stroke widths). */
export const scaleOf = (m) => Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));

export function parseTransform(t) {
  let m = I;
  for (const [, name, args] of (t ?? '').matchAll(/(\w+)\(([^)]*)\)/g)) {
    const n = args.trim().split(/[\s,]+/).map(Number);
    let k = I;
    if (name === 'translate') k = [1, 0, 0, 1, n[0], n[1] ?? 0];
    else if (name === 'scale') k = [n[0], 0, 0, n[1] ?? n[0], 0, 0];
    else if (name === 'matrix') k = n;
    else if (name === 'rotate') {
      const a = (n[0] * Math.PI) / 180;
      const r = [Math.cos(a), Math.sin(a), -Math.sin(a), Math.cos(a), 0, 0];
      k = n.length === 3 ? mul(mul([1, 0, 0, 1, n[1], n[2]], r), [1, 0, 0, 1, -n[1], -n[2]]) : r;
    }
    m = mul(m, k);
  }
  return m;
}

const cubic = (p0, p1, p2, p3, t) => {
  const u = 1 - t;
  return [0, 1].map((i) => u * u * u * p0[i] + 3 * u * u * t * p1[i] + 3 * u * t * t * p2[i] + t * t * t * p3[i]);
};

/** Absolute M/L/C/Q/Z path data (what svg.mjs writes) to subpaths of points. */
export function pathPolys(dText, steps = 10) {
  const toks = dText.match(/[MLCQZ]|-?\d*\.?\d+(?:e-?\d+)?/gi) ?? [];
  const polys = [];
  let cur = null;
  let i = 0;
  let cmd = '';
  const num = () => Number(toks[i++]);
  while (i < toks.length) {
    if (/[A-Za-z]/.test(toks[i])) cmd = toks[i++];
    if (cmd === 'M') {
      cur = { pts: [[num(), num()]], closed: false };
      polys.push(cur);
      cmd = 'L';
    } else if (cmd === 'L') cur.pts.push([num(), num()]);
    else if (cmd === 'C') {
      const p0 = cur.pts[cur.pts.length - 1];
      const p1 = [num(), num()], p2 = [num(), num()], p3 = [num(), num()];
      for (let s = 1; s <= steps; s++) cur.pts.push(cubic(p0, p1, p2, p3, s / steps));
    } else if (cmd === 'Q') {
      const p0 = cur.pts[cur.pts.length - 1];
      const q = [num(), num()], p3 = [num(), num()];
      const p1 = [p0[0] + (2 / 3) * (q[0] - p0[0]), p0[1] + (2 / 3) * (q[1] - p0[1])];
      const p2 = [p3[0] + (2 / 3) * (q[0] - p3[0]), p3[1] + (2 / 3) * (q[1] - p3[1])];
      for (let s = 1; s <= steps; s++) cur.pts.push(cubic(p0, p1, p2, p3, s / steps));
    } else if (cmd === 'Z' || cmd === 'z') {
      cur.closed = true;
      cmd = '';
    } else i++;
  }
  return polys;
}

function ellipsePts(cx, cy, rx, ry) {
  const n = Math.max(16, Math.min(48, Math.round((rx + ry) * 1.2)));
  return Array.from({ length: n }, (_, k) => [cx + rx * Math.cos((2 * Math.PI * k) / n), cy + ry * Math.sin((2 * Math.PI * k) / n)]);
}

const numbers = (s) => (s ?? '').trim().split(/[\s,]+/).map(Number);
const pairs = (s) => {
  const n = numbers(s);
  const out = [];
  for (let k = 0; k + 1 < n.length; k += 2) out.push([n[k], n[k + 1]]);
  return out;
};

/**
 * Every drawing element of an svg.mjs body as a shape in drawing space:
 * { tag, attrs, fill, stroke, width, polys: [{pts, closed}], area, raw } in paint order.
 * `raw` is the element's markup with its full transform baked in, for re-emitting it unchanged.
 */
export function readShapes(body) {
  const out = [];
  const stack = [I];
  for (const m of body.matchAll(/<(\/?)(\w+)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>/g)) {
    const [, close, tag, attrText, self] = m;
    if (tag === 'svg') continue;
    if (close) {
      if (tag === 'g') stack.pop();
      continue;
    }
    const attrs = {};
    for (const a of attrText.matchAll(/([\w:-]+)="([^"]*)"/g)) attrs[a[1]] = a[2];
    const mtx = mul(stack[stack.length - 1], parseTransform(attrs.transform));
    if (tag === 'g') {
      if (!self) stack.push(mtx);
      continue;
    }
    let polys = [];
    if (tag === 'circle') polys = [{ pts: ellipsePts(+attrs.cx, +attrs.cy, +attrs.r, +attrs.r), closed: true }];
    else if (tag === 'ellipse') polys = [{ pts: ellipsePts(+attrs.cx, +attrs.cy, +attrs.rx, +attrs.ry), closed: true }];
    else if (tag === 'rect') {
      const [x, y, w, h] = [+attrs.x, +attrs.y, +attrs.width, +attrs.height];
      polys = [{ pts: [[x, y], [x + w, y], [x + w, y + h], [x, y + h]], closed: true }];
    } else if (tag === 'polygon') polys = [{ pts: pairs(attrs.points), closed: true }];
    else if (tag === 'polyline') polys = [{ pts: pairs(attrs.points), closed: false }];
    else if (tag === 'line') polys = [{ pts: [[+attrs.x1, +attrs.y1], [+attrs.x2, +attrs.y2]], closed: false }];
    else if (tag === 'path') polys = pathPolys(attrs.d);
    polys = polys.map((p) => ({ pts: p.pts.map((q) => apply(mtx, q)), closed: p.closed }));
    const fill = attrs.fill && attrs.fill !== 'none' ? attrs.fill : null;
    const stroke = attrs.stroke && attrs.stroke !== 'none' ? attrs.stroke : null;
    out.push({
      tag, attrs, fill, stroke, mtx, polys,
      width: attrs['stroke-width'] ? +attrs['stroke-width'] * scaleOf(mtx) : 0,
      evenOdd: attrs['fill-rule'] === 'evenodd',
      area: fill ? Math.abs(polys.reduce((s, p) => s + signedArea(p.pts), 0)) : 0,
    });
  }
  return out;
}

export function signedArea(pts) {
  let s = 0;
  for (let k = 0; k < pts.length; k++) {
    const [x0, y0] = pts[k];
    const [x1, y1] = pts[(k + 1) % pts.length];
    s += x0 * y1 - x1 * y0;
  }
  return s / 2;
}

export function bbox(polys) {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of polys) for (const [x, y] of p.pts) {
    x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
  }
  return { x0, y0, x1, y1 };
}

/** Principal axis angle (radians) of a shape's outline points: the long direction. */
export function majorAxis(polys) {
  const pts = polys.flatMap((p) => p.pts);
  const mx = pts.reduce((s, p) => s + p[0], 0) / pts.length;
  const my = pts.reduce((s, p) => s + p[1], 0) / pts.length;
  let sxx = 0, syy = 0, sxy = 0;
  for (const [x, y] of pts) {
    sxx += (x - mx) ** 2; syy += (y - my) ** 2; sxy += (x - mx) * (y - my);
  }
  return { angle: 0.5 * Math.atan2(2 * sxy, sxx - syy), cx: mx, cy: my };
}

/**
 * Where the infinite line p + t*u crosses a shape's closed outlines: sorted t values. With the
 * even-odd rule the inside is between pairs; our shapes are simple, so that is also nonzero.
 */
function crossings(p, u, polys) {
  const ts = [];
  for (const poly of polys) {
    if (!poly.closed && poly.pts.length < 3) continue;
    const pts = poly.pts;
    for (let k = 0; k < pts.length; k++) {
      const a = pts[k];
      const b = pts[(k + 1) % pts.length];
      const ex = b[0] - a[0], ey = b[1] - a[1];
      const den = u[0] * ey - u[1] * ex;
      if (Math.abs(den) < 1e-12) continue;
      const wx = a[0] - p[0], wy = a[1] - p[1];
      const t = (wx * ey - wy * ex) / den;
      const s = (wx * u[1] - wy * u[0]) / den;
      if (s >= 0 && s < 1) ts.push(t);
    }
  }
  return ts.sort((x, y) => x - y);
}

/** Parameter intervals of the line p + t*u inside the shape. */
export function insideIntervals(p, u, polys) {
  const ts = crossings(p, u, polys);
  const out = [];
  for (let k = 0; k + 1 < ts.length; k += 2) out.push([ts[k], ts[k + 1]]);
  return out;
}

/** a minus the union of bs (all lists of [t0, t1]). */
export function subtract(a, bs) {
  let cur = a;
  for (const [b0, b1] of bs) {
    const next = [];
    for (const [a0, a1] of cur) {
      if (b1 <= a0 || b0 >= a1) next.push([a0, a1]);
      else {
        if (b0 > a0) next.push([a0, b0]);
        if (b1 < a1) next.push([b1, a1]);
      }
    }
    cur = next;
  }
  return cur;
}

/** The parts of segment a-b not covered by any of the occluding shapes. */
export function visibleParts(a, b, occluders, minLen = 0.6) {
  const u = [b[0] - a[0], b[1] - a[1]];
  let keep = [[0, 1]];
  for (const occ of occluders) {
    const bb = occ.bb;
    if (Math.max(a[0], b[0]) < bb.x0 || Math.min(a[0], b[0]) > bb.x1 || Math.max(a[1], b[1]) < bb.y0 || Math.min(a[1], b[1]) > bb.y1) continue;
    keep = subtract(keep, insideIntervals(a, u, occ.polys));
    if (!keep.length) break;
  }
  const len = Math.hypot(u[0], u[1]);
  return keep
    .filter(([t0, t1]) => (t1 - t0) * len >= minLen)
    .map(([t0, t1]) => [[a[0] + u[0] * t0, a[1] + u[1] * t0], [a[0] + u[0] * t1, a[1] + u[1] * t1]]);
}

/** Deterministic pseudo-random numbers (mulberry32), so regenerating gives the same bytes. */
export function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
