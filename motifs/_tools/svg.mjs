// Small SVG drawing kit for the starter motif library. Every drawing is 200 x 200 units and
// uses only the elements and attributes the library allows (svg, g, path, circle, ellipse,
// rect, polygon, polyline, line; fill, stroke, stroke-width, fill-rule, opacity, transform).

export const SIZE = 200;
export const C = 100;

/** Round to 2 decimals: keeps the files small and byte-stable between runs. */
export const f = (n) => {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
};

function attrs(a) {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? f(v) : v}"`)
    .join('');
}

export const el = (name, a, children) =>
  children === undefined ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${[children].flat(Infinity).join('')}</${name}>`;

export const g = (a, ...children) => el('g', a, children);
export const circle = (cx, cy, r, fill, extra = {}) => el('circle', { cx, cy, r, fill, ...extra });
export const ellipse = (cx, cy, rx, ry, fill, extra = {}) => el('ellipse', { cx, cy, rx, ry, fill, ...extra });
export const rect = (x, y, width, height, fill, extra = {}) => el('rect', { x, y, width, height, fill, ...extra });
export const path = (d, fill, extra = {}) => el('path', { d, fill, ...extra });
export const line = (x1, y1, x2, y2, stroke, w) => el('line', { x1, y1, x2, y2, stroke, 'stroke-width': w });
export const pts = (list) => list.map(([x, y]) => `${f(x)},${f(y)}`).join(' ');
export const polygon = (list, fill, extra = {}) => el('polygon', { points: pts(list), fill, ...extra });
export const polyline = (list, stroke, w, extra = {}) =>
  el('polyline', { points: pts(list), fill: 'none', stroke, 'stroke-width': w, ...extra });
export const strokePath = (d, stroke, w, extra = {}) => path(d, 'none', { stroke, 'stroke-width': w, ...extra });

/** Path data from [cmd, ...numbers] tuples. */
export const d = (...cmds) => cmds.map(([c, ...n]) => c + n.map(f).join(' ')).join('') ;

export const rad = (deg) => (deg * Math.PI) / 180;
export const polar = (cx, cy, r, deg) => [cx + r * Math.cos(rad(deg)), cy + r * Math.sin(rad(deg))];

export const at = (x, y, deg = 0, s = 1) =>
  `translate(${f(x)} ${f(y)})${deg ? ` rotate(${f(deg)})` : ''}${s !== 1 ? ` scale(${f(s)})` : ''}`;

/** Left-right mirror about the vertical centre line: draw the right half once. */
export const mirror = (...children) => [g({}, children), g({ transform: `matrix(-1 0 0 1 ${SIZE} 0)` }, children)];
/** Top-bottom mirror about the horizontal centre line. */
export const mirrorY = (...children) => [g({}, children), g({ transform: `matrix(1 0 0 -1 0 ${SIZE})` }, children)];

/** n copies turned about (cx, cy). */
export const radial = (n, children, { cx = C, cy = C, start = 0 } = {}) =>
  Array.from({ length: n }, (_, i) => g({ transform: `rotate(${f(start + (360 * i) / n)} ${f(cx)} ${f(cy)})` }, children));

/** Leaf pointed at both ends, base at the origin, tip at (len, 0). */
export const leafD = (len, w) =>
  d(['M', 0, 0], ['C', len * 0.3, -w, len * 0.7, -w, len, 0], ['C', len * 0.7, w, len * 0.3, w, 0, 0], ['Z']);

/** Drop: round end of radius r centred on the origin, point at (len, 0). */
export const dropD = (len, r) =>
  d(
    ['M', len, 0],
    ['C', len * 0.6, -r * 0.55, r * 0.35, -r, 0, -r],
    ['C', -r * 0.56, -r, -r, -r * 0.56, -r, 0],
    ['C', -r, r * 0.56, -r * 0.56, r, 0, r],
    ['C', r * 0.35, r, len * 0.6, r * 0.55, len, 0],
    ['Z'],
  );

/** Ring as one even-odd path (so it is one recolourable shape, not a stroke). */
export const ringD = (cx, cy, r1, r2) => circleD(cx, cy, r1) + circleD(cx, cy, r2);
export function circleD(cx, cy, r) {
  const k = 0.5523 * r;
  return d(
    ['M', cx + r, cy],
    ['C', cx + r, cy + k, cx + k, cy + r, cx, cy + r],
    ['C', cx - k, cy + r, cx - r, cy + k, cx - r, cy],
    ['C', cx - r, cy - k, cx - k, cy - r, cx, cy - r],
    ['C', cx + k, cy - r, cx + r, cy - k, cx + r, cy],
    ['Z'],
  );
}

/** Archimedean spiral centre line from r0 to r1 over `turns`, starting at angle a0 (deg). */
export function spiralPoints(cx, cy, r0, r1, turns, a0 = 0, dir = 1, stepDeg = 4) {
  const total = 360 * turns;
  const out = [];
  for (let a = 0; a <= total + 1e-9; a += stepDeg) {
    const r = r0 + ((r1 - r0) * a) / total;
    out.push(polar(cx, cy, r, a0 + dir * a));
  }
  return out;
}

/** A spiral as a filled band of width w (outer edge out, inner edge back), with a round inner end. */
export function spiralBand(cx, cy, r0, r1, turns, w, fill, a0 = 0, dir = 1) {
  const total = 360 * turns;
  const outer = [];
  const inner = [];
  for (let a = 0; a <= total + 1e-9; a += 7) {
    const r = r0 + ((r1 - r0) * a) / total;
    const taper = Math.min(1, 0.35 + a / 120);
    outer.push(polar(cx, cy, r + (w / 2) * taper, a0 + dir * a));
    inner.push(polar(cx, cy, Math.max(0, r - (w / 2) * taper), a0 + dir * a));
  }
  const ring = [...outer, ...inner.reverse()];
  return path('M' + ring.map(([x, y]) => `${f(x)} ${f(y)}`).join('L') + 'Z', fill);
}

/** Counted-thread drawing: each text row is a row of cells; runs of one colour become one rect. */
export function grid(rows, cell, x0, y0, colours) {
  const out = [];
  rows.forEach((row, j) => {
    let i = 0;
    while (i < row.length) {
      const ch = row[i];
      let k = i;
      while (k < row.length && row[k] === ch) k++;
      if (colours[ch]) out.push(rect(x0 + i * cell, y0 + j * cell, (k - i) * cell, cell, colours[ch]));
      i = k;
    }
  });
  return out;
}

/** Full-size ground, optionally with rounded corners expressed as a path (rect rx is not on the allow-list). */
export function ground(fill, inset = 0, radius = 0) {
  if (!radius) return rect(inset, inset, SIZE - 2 * inset, SIZE - 2 * inset, fill);
  const a = inset, b = SIZE - inset, r = radius, k = r * 0.4477;
  return path(
    d(
      ['M', a + r, a], ['L', b - r, a], ['C', b - k, a, b, a + k, b, a + r], ['L', b, b - r],
      ['C', b, b - k, b - k, b, b - r, b], ['L', a + r, b], ['C', a + k, b, a, b - k, a, b - r],
      ['L', a, a + r], ['C', a, a + k, a + k, a, a + r, a], ['Z'],
    ),
    fill,
  );
}

export const svgDoc = (body) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}">${[body].flat(Infinity).join('')}</svg>\n`;

/**
 * A filled band along a centre line (a dragon's body, a horn): `width(t)` gives the width at
 * t = 0..1 along the line. Returns path data, outer edge out and the other edge back.
 */
export function bandD(points, width) {
  const left = [];
  const right = [];
  const n = points.length;
  points.forEach(([x, y], i) => {
    const [ax, ay] = points[Math.max(0, i - 1)];
    const [bx, by] = points[Math.min(n - 1, i + 1)];
    const len = Math.hypot(bx - ax, by - ay) || 1;
    const nx = -(by - ay) / len, ny = (bx - ax) / len;
    const w = width(i / (n - 1)) / 2;
    left.push([x + nx * w, y + ny * w]);
    right.push([x - nx * w, y - ny * w]);
  });
  const ring = [...left, ...right.reverse()];
  return 'M' + ring.map(([x, y]) => `${f(x)} ${f(y)}`).join('L') + 'Z';
}

/** Points along a cubic Bezier (for centre lines). */
export function bezierPoints(p0, p1, p2, p3, n = 24) {
  return Array.from({ length: n + 1 }, (_, k) => {
    const t = k / n, u = 1 - t;
    return [0, 1].map((i) => u * u * u * p0[i] + 3 * u * u * t * p1[i] + 3 * u * t * t * p2[i] + t * t * t * p3[i]);
  });
}
