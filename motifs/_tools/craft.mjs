// Craft renderers: each art-*.mjs function draws a motif as flat shapes (svg.mjs); the renderer
// of its craft turns those shapes into the craft's own marks, all on a transparent ground:
//
// - embroidery: every large filled shape becomes satin stitches (parallel thread strokes with
//   hairline gaps, laid across the shape's width, or fanned from a point, or at a given angle),
//   small shapes stay solid (seed knots), and every shape gets a bold dark outline; a shape
//   drawn later hides the stitches and outlines beneath it, as thread laid on top does.
// - batik: the design in white wax reserve and fine lines on an indigo silhouette that follows
//   the motif (the cloth around it is cut away), with crackle (冰纹) in its own colour and group
//   over the larger white areas: recolour that one part to white (or indigo) to leave it out.
// - silver: repoussé relief (a shadow tone under each raised shape, a highlight along its upper
//   edge), a chased outline, granulation beads along the large shapes and a bright line down
//   each wire; every colour is a metal tone, so the whole motif prints on the Silver plate.
//
// A shape can choose its stitch direction with data-stitch="angle 30" or "fan 100 120"
// (degrees / a point in drawing space); data-* attributes never reach the written files.
import { f } from './svg.mjs';
import { bbox, insideIntervals, majorAxis, mul, readShapes, rng, scaleOf, subtract, visibleParts } from './geometry.mjs';

const matrixAttr = (m) => (m.every((v, k) => Math.abs(v - [1, 0, 0, 1, 0, 0][k]) < 1e-9) ? '' : ` transform="matrix(${m.map(f).join(' ')})"`);

/** The element as drawn, with every enclosing transform folded into one matrix. */
function rawOf(s, over = {}, pre = null) {
  const attrs = { ...s.attrs, ...over };
  delete attrs.transform;
  for (const k of Object.keys(attrs)) if (k.startsWith('data-') || attrs[k] === undefined) delete attrs[k];
  const text = Object.entries(attrs).map(([k, v]) => ` ${k}="${v}"`).join('');
  const inner = `<${s.tag}${text}/>`;
  const m = matrixAttr(pre ? mul(pre, s.mtx) : s.mtx);
  return m ? `<g${m}>${inner}</g>` : inner;
}

const closedOnly = (s) => s.polys.filter((p) => p.closed && p.pts.length > 2);
const occluderOf = (s) => ({ polys: closedOnly(s), bb: bbox(closedOnly(s)) });

/** Segments as one stroked path; consecutive segments that meet are joined into one run. */
function segPath(segs, stroke, width) {
  if (!segs.length) return '';
  let dText = '';
  let last = null;
  for (const [a, b] of segs) {
    if (last && Math.abs(last[0] - a[0]) < 0.01 && Math.abs(last[1] - a[1]) < 0.01) dText += `L${f(b[0])} ${f(b[1])}`;
    else dText += `M${f(a[0])} ${f(a[1])}L${f(b[0])} ${f(b[1])}`;
    last = b;
  }
  return `<path d="${dText}" fill="none" stroke="${stroke}" stroke-width="${f(width)}"/>`;
}

function edgesOf(polys, closedToo = true) {
  const out = [];
  for (const p of polys) {
    const n = p.pts.length;
    const count = p.closed && closedToo ? n : n - 1;
    for (let k = 0; k < count; k++) out.push([p.pts[k], p.pts[(k + 1) % n]]);
  }
  return out;
}

/** The visible parts of a list of segments under the later shapes. */
const visible = (segs, later) => segs.flatMap(([a, b]) => visibleParts(a, b, later));

/** Parallel stitch lines across a shape (or fanned from a point), clipped by what lies on top. */
function stitchLines(s, later, pitch) {
  const polys = closedOnly(s);
  const spec = (s.attrs['data-stitch'] ?? '').split(/\s+/);
  const segs = [];
  if (spec[0] === 'fan') {
    const c = [Number(spec[1]), Number(spec[2])];
    const bb = bbox(polys);
    const far = Math.max(...[[bb.x0, bb.y0], [bb.x1, bb.y0], [bb.x0, bb.y1], [bb.x1, bb.y1]].map(([x, y]) => Math.hypot(x - c[0], y - c[1])));
    const mid = Math.max(8, far * 0.6);
    const step = pitch / mid;
    for (let a = 0; a < 2 * Math.PI; a += step) {
      const u = [Math.cos(a), Math.sin(a)];
      for (const [t0, t1] of subtract(insideIntervals(c, u, polys), [[-Infinity, 0]])) {
        segs.push([[c[0] + u[0] * t0, c[1] + u[1] * t0], [c[0] + u[0] * t1, c[1] + u[1] * t1]]);
      }
    }
  } else {
    const ax = majorAxis(polys);
    const stitchAngle = spec[0] === 'angle' ? (Number(spec[1]) * Math.PI) / 180 : ax.angle + Math.PI / 2;
    const u = [Math.cos(stitchAngle), Math.sin(stitchAngle)];
    const n = [-u[1], u[0]];
    const proj = polys.flatMap((p) => p.pts.map(([x, y]) => (x - ax.cx) * n[0] + (y - ax.cy) * n[1]));
    const lo = Math.min(...proj), hi = Math.max(...proj);
    for (let t = lo + pitch / 2; t < hi; t += pitch) {
      const p = [ax.cx + n[0] * t, ax.cy + n[1] * t];
      for (const [t0, t1] of insideIntervals(p, u, polys)) segs.push([[p[0] + u[0] * t0, p[1] + u[1] * t0], [p[0] + u[0] * t1, p[1] + u[1] * t1]]);
    }
  }
  return visible(segs, later);
}

/** Embroidery: satin fills, seed knots, bold outline. `outline` is the dark thread colour. */
export function embroider(body, { outline, minLine = 0, pitch: pitch0 = 2.5, thread: thread0 = 2.1, line = 2.2 }) {
  const thread = Math.max(thread0, minLine);
  const pitch = Math.max(pitch0, thread + 0.4);
  const w = (x) => Math.max(x, minLine);
  const shapes = readShapes(body);
  const occ = shapes.map((s) => (s.fill ? occluderOf(s) : null));
  const out = [];
  shapes.forEach((s, i) => {
    const later = occ.slice(i + 1).filter(Boolean);
    if (s.fill && s.fill !== outline && s.area > 70) {
      out.push(segPath(stitchLines(s, later, pitch), s.fill, thread));
      out.push(segPath(visible(edgesOf(closedOnly(s)), later), outline, w(s.area > 600 ? line : line * 0.75)));
    } else if (s.fill) {
      // seed knots and small pieces: solid, with a finer outline when they are big enough to carry one
      out.push(rawOf(s));
      if (s.area > 20 && s.fill !== outline) out.push(segPath(visible(edgesOf(closedOnly(s)), later), outline, w(1.1)));
    }
    if (s.stroke && !s.fill) {
      // couched cord: the dark edge, then the coloured thread on it
      const segs = visible(edgesOf(s.polys), later);
      if (s.stroke !== outline) out.push(segPath(segs, outline, w(s.width) + 2));
      out.push(segPath(segs, s.stroke, w(s.width)));
    }
  });
  return out.join('');
}

/** Points inside the shape along segment a-b (for crackle that stays within a white area). */
function insideParts(a, b, polys) {
  const u = [b[0] - a[0], b[1] - a[1]];
  const keep = subtract([[0, 1]], subtract([[0, 1]], insideIntervals(a, u, polys)));
  return keep.map(([t0, t1]) => [[a[0] + u[0] * t0, a[1] + u[1] * t0], [a[0] + u[0] * t1, a[1] + u[1] * t1]]);
}

/**
 * Batik: indigo silhouette (every shape widened by `halo`), the white design on it, and crackle
 * lines over the white areas larger than `crackleMin` in their own group and colour.
 */
export function batik(body, { indigo, white, crackle, minLine = 0, halo = 16, crackleMin = 260, seed = 7 }) {
  const shapes = readShapes(body);
  const occ = shapes.map((s) => (s.fill ? occluderOf(s) : null));
  // stroke widths are in the element's own units: undo its scale so the halo is `halo` wide everywhere
  const sil = shapes.map((s) => {
    const k = scaleOf(s.mtx) || 1;
    return rawOf(s, { fill: s.fill ? indigo : 'none', stroke: indigo, 'stroke-width': f((s.width + halo) / k), 'fill-rule': undefined });
  });
  // the fine wax line: a white contour drawn in the indigo a little outside each larger white
  // shape (a wide white stroke, then a slightly narrower indigo one; the shape covers the inside)
  const waxLine = (s) => {
    if (s.fill !== white || s.area < 150) return '';
    const k = scaleOf(s.mtx) || 1;
    const at = halo * 0.28;
    const wax = Math.max(1.3, minLine);
    return rawOf(s, { fill: 'none', stroke: white, 'stroke-width': f((2 * at + wax) / k), 'fill-rule': undefined })
      + rawOf(s, { fill: 'none', stroke: indigo, 'stroke-width': f((2 * at - wax) / k), 'fill-rule': undefined });
  };
  const design = [...shapes.map(waxLine), ...shapes.map((s) => rawOf(s))];
  const rand = rng(seed);
  const cracks = [];
  shapes.forEach((s, i) => {
    if (s.fill !== white || s.area < crackleMin) return;
    const polys = closedOnly(s);
    const bb = bbox(polys);
    const later = occ.slice(i + 1).filter(Boolean);
    const count = Math.min(9, Math.max(1, Math.round(s.area / 420)));
    for (let c = 0; c < count; c++) {
      let p = [bb.x0 + rand() * (bb.x1 - bb.x0), bb.y0 + rand() * (bb.y1 - bb.y0)];
      let a = rand() * Math.PI * 2;
      const steps = 5 + Math.floor(rand() * 6);
      for (let k = 0; k < steps; k++) {
        a += (rand() - 0.5) * 1.3;
        const len = 3 + rand() * 5;
        const q = [p[0] + Math.cos(a) * len, p[1] + Math.sin(a) * len];
        for (const [x, y] of insideParts(p, q, polys)) cracks.push(...visibleParts(x, y, later));
        p = q;
      }
    }
  });
  return [sil.join(''), design.join(''), cracks.length ? `<g>${segPath(cracks, crackle, Math.max(0.9, minLine))}</g>` : ''].join('');
}

/**
 * Silver: each filled shape sits on its own shadow (relief), carries a chased outline, a
 * highlight on its upper-left edge and, when large, a row of granulation beads; wires get a
 * bright centre line. `dark` tones in the drawing become the shadow tone: no ground, no black.
 */
export function silver(body, { shadow, metal, light, dark, minLine = 0 }) {
  const w = (x) => Math.max(x, minLine);
  const shapes = readShapes(body.split(`"${dark}"`).join(`"${shadow}"`));
  const out = [];
  for (const s of shapes) {
    const polys = closedOnly(s);
    if (s.fill && s.area > 30 && s.fill !== shadow) {
      out.push(rawOf(s, { fill: shadow, stroke: undefined }, [1, 0, 0, 1, 1.2, 1.7]));
    }
    out.push(rawOf(s));
    if (s.fill && s.area > 30) {
      out.push(segPath(edgesOf(polys), shadow, w(s.area > 400 ? 1.1 : 0.8)));
      if (s.area > 200 && s.fill !== light) {
        // highlight: the edges facing up and left, pulled a little inside the shape
        const ax = majorAxis(polys);
        const hl = edgesOf(polys).filter(([a, b]) => {
          const nx = b[1] - a[1], ny = -(b[0] - a[0]);
          const mx = (a[0] + b[0]) / 2 - ax.cx, my = (a[1] + b[1]) / 2 - ax.cy;
          const outward = nx * mx + ny * my > 0 ? [nx, ny] : [-nx, -ny];
          return outward[0] + outward[1] < -0.3 * Math.hypot(outward[0], outward[1]);
        }).map(([a, b]) => [a, b].map(([x, y]) => [ax.cx + (x - ax.cx) * 0.88, ax.cy + (y - ax.cy) * 0.88]));
        out.push(segPath(hl, light, w(s.area > 1500 ? 1.6 : 1.1)));
      }
      if (s.area > 1400) {
        const ax = majorAxis(polys);
        let acc = 0;
        const beads = [];
        for (const [a, b] of edgesOf(polys)) {
          const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
          for (let t = (6 - acc) / len; t < 1; t += 6 / len) {
            const x = a[0] + (b[0] - a[0]) * t, y = a[1] + (b[1] - a[1]) * t;
            beads.push(`<circle cx="${f(ax.cx + (x - ax.cx) * 0.93)}" cy="${f(ax.cy + (y - ax.cy) * 0.93)}" r="1.2" fill="${light}"/>`);
          }
          acc = (acc + len) % 6;
        }
        out.push(beads.join(''));
      }
    }
    if (s.stroke && !s.fill && s.width >= 2.4) out.push(segPath(edgesOf(s.polys), light, w(Math.max(0.8, s.width * 0.3))));
  }
  return out.join('');
}
