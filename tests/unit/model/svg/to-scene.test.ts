import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { StudioError } from '../../../../model/localized';
import type { GroupNode, Matrix, PathCommand, PathNode, PrintColor, SceneNode } from '../../../../model/scene';
import { sanitizeSvg } from '../../../../model/svg/sanitize';
import { fitMatrix, svgToScene } from '../../../../model/svg/to-scene';

const NS = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"';
const svg = (body: string, vb = '0 0 100 100') => `<svg ${NS} viewBox="${vb}">${body}</svg>`;

/** Apply a scene matrix by its documented meaning: x' = a·x + c·y + e, y' = b·x + d·y + f. */
function apply(m: Matrix, [x, y]: [number, number]): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Every path with the chain of group matrices above it (outermost first). */
function paths(nodes: SceneNode[], chain: Matrix[] = []): Array<{ node: PathNode; chain: Matrix[]; groups: GroupNode[] }> {
  const out: Array<{ node: PathNode; chain: Matrix[]; groups: GroupNode[] }> = [];
  const visit = (list: SceneNode[], ch: Matrix[], groups: GroupNode[]) => {
    for (const n of list) {
      if (n.type === 'path') out.push({ node: n, chain: ch, groups });
      if (n.type === 'group') visit(n.children, n.transform ? [...ch, n.transform] : ch, [...groups, n]);
    }
  };
  visit(nodes, chain, []);
  return out;
}

/** A point in a path's own coordinates, taken to the motif's viewBox coordinates. */
function toRoot(chain: Matrix[], p: [number, number]): [number, number] {
  return chain.reduceRight((q, m) => apply(m, q), p);
}

function point(cmd: PathCommand): [number, number] {
  return [cmd[cmd.length - 2] as number, cmd[cmd.length - 1] as number];
}

function cmyk(c: number, m: number, y: number, k: number): PrintColor {
  return { kind: 'cmyk', c, m, y, k };
}

describe('svgToScene: transforms', () => {
  it('composes nested transforms in the right order', () => {
    const s = svgToScene(svg('<g transform="translate(10 20)"><g transform="rotate(90 5 5)"><rect width="2" height="1" transform="scale(2)"/></g></g>'));
    const [p] = paths(s.nodes);
    // rect corner (2,1): scale(2) -> (4,2); rotate 90° about (5,5) -> (5-(2-5), 5+(4-5)) = (8,4); translate -> (18,24)
    const corner = p.node.d.find((c) => c[0] === 'L' && c[1] === 2 && c[2] === 1) as PathCommand;
    const [x, y] = toRoot(p.chain, point(corner));
    expect(x).toBeCloseTo(18, 9);
    expect(y).toBeCloseTo(24, 9);
  });

  it('reads matrix(), skewX, skewY and comma-separated lists', () => {
    const s = svgToScene(svg('<path d="M0 1 L1 0" transform="matrix(1 0 0 1 3 4), skewX(45)"/><path d="M0 1" transform="skewY(45)"/>'));
    const [a, b] = paths(s.nodes);
    // skewX(45): (0,1) -> (1,1); then translate (3,4) -> (4,5)
    const [x, y] = toRoot(a.chain, point(a.node.d[0]));
    expect(x).toBeCloseTo(4, 9);
    expect(y).toBeCloseTo(5, 9);
    // skewY(45) leaves (0,1) where it is
    const [x2, y2] = toRoot(b.chain, [1, 0]);
    expect(x2).toBeCloseTo(1, 9);
    expect(y2).toBeCloseTo(1, 9);
  });

  it('fits a motif into a box in mm, centred, without distortion', () => {
    const m = fitMatrix({ x: 0, y: 0, width: 200, height: 100 }, { x: 10, y: 10, width: 50, height: 50 });
    // scale 50/200 = 0.25; drawn height 25 centred in 50 -> top at 10 + 12.5
    expect(apply(m, [0, 0])).toEqual([10, 22.5]);
    expect(apply(m, [200, 100])).toEqual([60, 47.5]);
    const off = fitMatrix({ x: -50, y: 10, width: 100, height: 100 }, { x: 0, y: 0, width: 20, height: 40 });
    expect(apply(off, [-50, 10])).toEqual([0, 10]);
    expect(apply(off, [50, 110])).toEqual([20, 30]);
  });

  it('maps a nested <svg> viewBox into its viewport', () => {
    const s = svgToScene(svg('<svg x="10" y="10" width="20" height="20" viewBox="0 0 10 10"><path d="M10 10"/></svg>'));
    const [p] = paths(s.nodes);
    expect(toRoot(p.chain, [10, 10])).toEqual([30, 30]);
  });
});

describe('svgToScene: painting', () => {
  it('inherits fill and stroke, not opacity', () => {
    const s = svgToScene(svg('<g fill="#ff0000" stroke="#0000ff" stroke-width="3" opacity="0.5"><path d="M0 0 L1 1"/><path d="M0 0 L2 2" fill="none" stroke-dasharray="1 2 3"/></g>'));
    const [a, b] = paths(s.nodes);
    expect(a.node.fill).toEqual(cmyk(0, 100, 100, 0));
    expect(a.node.stroke).toEqual({ color: cmyk(100, 100, 0, 0), widthMm: 3 });
    expect(a.node.opacity).toBeUndefined();
    expect(a.groups[0].opacity).toBe(0.5);
    expect(b.node.fill).toBeUndefined();
    // odd dash lists repeat to become even
    expect(b.node.stroke?.dashMm).toEqual([1, 2, 3, 1, 2, 3]);
    expect(s.colours).toEqual(['#ff0000', '#0000ff']);
  });

  it('lets style="" win over attributes, resolves currentColor, and splits differing opacities', () => {
    const s = svgToScene(svg('<g color="#00ff00"><rect width="1" height="1" fill="#000" style="fill:currentColor;fill-opacity:0.25" stroke="red" stroke-opacity="0.5"/></g>'));
    const ps = paths(s.nodes).map((p) => p.node);
    expect(ps).toHaveLength(2);
    expect(ps[0]).toMatchObject({ fill: cmyk(100, 0, 100, 0), opacity: 0.25 });
    expect(ps[0].stroke).toBeUndefined();
    expect(ps[1]).toMatchObject({ stroke: { color: cmyk(0, 100, 100, 0), widthMm: 1 }, opacity: 0.5 });
    expect(ps[1].fill).toBeUndefined();
  });

  it('hides display:none subtrees and visibility:hidden shapes (unless a child is made visible)', () => {
    const s = svgToScene(svg('<g style="display:none"><rect id="a" width="1" height="1"/></g><g visibility="hidden"><rect width="2" height="2"/><rect width="3" height="3" visibility="visible"/></g>'));
    const ps = paths(s.nodes);
    expect(ps).toHaveLength(1);
    expect(ps[0].node.d).toContainEqual(['L', 3, 3]);
  });

  it('approximates gradients by their first stop, following gradient references', () => {
    const s = svgToScene(
      svg('<defs><linearGradient id="base"><stop offset="0" style="stop-color:#ffffff"/><stop offset="1" stop-color="#000"/></linearGradient><radialGradient id="r" xlink:href="#base"/></defs><rect width="1" height="1" fill="url(#r)"/><rect width="1" height="1" fill="url(#missing) #ff0000"/>'),
    );
    const ps = paths(s.nodes).map((p) => p.node);
    expect(ps[0].fill).toEqual(cmyk(0, 0, 0, 0));
    expect(ps[1].fill).toEqual(cmyk(0, 100, 100, 0));
    expect(s.colours).toEqual(['#ffffff', '#ff0000']);
  });

  it('recolours through the colour map and lists the colours found', () => {
    const motif = readFileSync(new URL('../../../fixtures/svg/illustrator-motif.svg', import.meta.url), 'utf8');
    const silver: PrintColor = { kind: 'spot', name: 'Silver', tint: 1, alternate: { c: 0, m: 0, y: 0, k: 40 } };
    const s = svgToScene(sanitizeSvg(motif).svg, { colourMap: { '#C8102E': silver } });
    expect(s.colours).toEqual(['#1b3a6b', '#c8102e']);
    const ps = paths(s.nodes).map((p) => p.node);
    expect(ps).toHaveLength(3);
    // #1b3a6b = (27,58,107): K = 1 - 107/255 = 58.0%, C = 80/107 = 74.8%, M = 49/107 = 45.8%
    expect(ps[0].fill).toEqual(cmyk(74.8, 45.8, 0, 58));
    expect(ps[2].stroke?.color).toEqual(silver);
    expect(ps[2].fill).toBeUndefined(); // fill:none from the class rule
    expect(s.viewBox).toEqual({ x: 0, y: 0, width: 200, height: 100 });
  });
});

describe('svgToScene: shapes, clips, pictures', () => {
  it('draws circles whose béziers stay on the circle', () => {
    const [p] = paths(svgToScene(svg('<circle cx="50" cy="40" r="20"/>')).nodes);
    const d = p.node.d;
    expect(d[0]).toEqual(['M', 70, 40]);
    for (const c of d.filter((x) => x[0] === 'C')) {
      const [x, y] = point(c);
      expect(Math.hypot(x - 50, y - 40)).toBeCloseTo(20, 9);
    }
  });

  it('rounds rect corners with the radius clamped to half the side', () => {
    const [p] = paths(svgToScene(svg('<rect x="0" y="0" width="10" height="4" rx="3"/>')).nodes);
    // ry takes rx (3), then clamps to 4/2 = 2; rx stays 3
    expect(p.node.d[0]).toEqual(['M', 3, 0]);
    expect(p.node.d[1]).toEqual(['L', 7, 0]);
    expect(point(p.node.d[2])).toEqual([10, 2]);
  });

  it('clips with the clipPath shapes, their transforms applied', () => {
    const s = svgToScene(svg('<defs><clipPath id="c"><rect width="10" height="10" transform="translate(5 0)"/></clipPath></defs><rect width="50" height="50" clip-path="url(#c)" fill="#000"/>'));
    const g = s.nodes[0] as GroupNode;
    expect(g.type).toBe('group');
    expect(g.clip).toEqual([['M', 5, 0], ['L', 15, 0], ['L', 15, 10], ['L', 5, 10], ['Z']]);
  });

  it('places embedded pictures through the resolver, fitted with preserveAspectRatio', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const seen: string[] = [];
    const s = svgToScene(svg(`<image x="0" y="0" width="100" height="50" xlink:href="${png}"/>`), {
      resolveImage: (url) => {
        seen.push(url);
        return { assetId: 'sha-1', pixelWidth: 200, pixelHeight: 200 };
      },
    });
    expect(seen).toEqual([png]);
    // a square picture in a 100x50 box: 50x50, centred horizontally
    expect(s.nodes[0]).toMatchObject({ type: 'image', assetId: 'sha-1', x: 25, y: 0, width: 50, height: 50 });
    expect(svgToScene(svg(`<image width="1" height="1" href="${png}"/>`)).skipped).toEqual(['embedded picture']);
  });
});

describe('svgToScene: <use>', () => {
  it('draws the referenced element at x/y with the use element’s inherited paint', () => {
    const s = svgToScene(svg('<defs><path id="p" d="M0 0 L1 0 L1 1 Z"/></defs><use xlink:href="#p" x="5" y="6" fill="#123456"/>'));
    const [p] = paths(s.nodes);
    expect(toRoot(p.chain, [1, 1])).toEqual([6, 7]);
    expect(s.colours).toEqual(['#123456']);
  });

  it('draws symbols through their viewBox into the use size', () => {
    const s = svgToScene(svg('<symbol id="s" viewBox="0 0 10 10"><path d="M10 10"/></symbol><use href="#s" x="1" y="2" width="20" height="20"/>'));
    const [p] = paths(s.nodes);
    expect(toRoot(p.chain, [10, 10])).toEqual([21, 22]);
  });

  it('stops at reference cycles and keeps the rest', () => {
    const s = svgToScene(svg('<g id="a"><rect width="1" height="1"/><use href="#b"/></g><g id="b"><use href="#a"/></g><use id="self" href="#self"/>'));
    // #a draws its rect and stops at #b -> #a; #b draws #a's rect and stops at #a -> #b; #self stops at once
    expect(s.skipped).toEqual(['<use> that refers back to itself "#a"', '<use> that refers back to itself "#b"', '<use> that refers back to itself "#self"']);
    expect(paths(s.nodes)).toHaveLength(2);
  });

  it('refuses a long <use> chain with svg.too-complex instead of overflowing the stack', () => {
    let defs = '<rect id="g0" width="1" height="1"/>';
    for (let i = 1; i <= 5000; i++) defs += `<g id="g${i}"><use href="#g${i - 1}"/></g>`;
    try {
      svgToScene(svg(`<defs>${defs}</defs><use href="#g5000"/>`));
      throw new Error('expected svg.too-complex');
    } catch (e) {
      expect(e).toBeInstanceOf(StudioError);
      expect((e as StudioError).code).toBe('svg.too-complex');
    }
    // a short chain is fine: #a itself, #b (a copy of #a) and the use of #b
    const ok = svgToScene(svg('<rect id="a" width="1" height="1"/><g id="b"><use href="#a"/></g><use href="#b" x="5"/>'));
    expect(paths(ok.nodes)).toHaveLength(3);
  });

  it('refuses a <use> fan-out bomb instead of expanding it', () => {
    let body = '<rect id="l0" width="1" height="1"/>';
    for (let i = 1; i <= 9; i++) body += `<g id="l${i}">${`<use href="#l${i - 1}"/>`.repeat(10)}</g>`;
    const t0 = Date.now();
    try {
      svgToScene(svg(`<defs>${body}</defs><use href="#l9"/>`));
      throw new Error('expected svg.too-complex');
    } catch (e) {
      expect(e).toBeInstanceOf(StudioError);
      expect((e as StudioError).code).toBe('svg.too-complex');
    }
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});
