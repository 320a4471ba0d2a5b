// Embroidery motifs: flat reds, greens and yellows, no ground (the cloth shows through).
import {
  C, at, bandD, bezierPoints, circle, d, dropD, ellipse, g, grid, leafD, mirror, mirrorY, path, polar, polygon, polyline,
  radial, rect, strokePath,
} from './svg.mjs';
import { motherFigure } from './figures.mjs';

export const R = '#C0392B';
export const G = '#2E7D4F';
export const Y = '#F2B233';
/** the dark outline thread (indigo, the colour of the cloth it is worked on) */
export const OUTLINE = '#1B2F5E';

export function butterflyMother() {
  // Shidong: the ancestral mother, worked in split-thread satin (figures.mjs draws her).
  return motherFigure({
    wing: G, panel: R, eye: Y, pupil: OUTLINE, lower: R, leaf: Y, dots: Y, crown: Y, sleeve: Y,
    robe: R, band: Y, skirt: G, hair: OUTLINE, face: Y, features: OUTLINE, jewel: R,
  });
}

export function pomegranate() {
  const seeds = [];
  for (let row = -2; row <= 2; row++) {
    const n = 5 - Math.abs(row);
    for (let i = 0; i < n; i++) seeds.push(circle(C + (i - (n - 1) / 2) * 12, 121 + row * 10, 4.2, R));
  }
  return [
    mirror(g({ transform: at(112, 62, -40) }, path(leafD(54, 14), G)), strokePath(d(['M', 106, 64], ['C', 118, 60, 130, 50, 138, 40]), Y, 3)),
    circle(C, 118, 52, R),
    polygon([[82, 72], [86, 50], [94, 62], [C, 42], [106, 62], [114, 50], [118, 72]], Y),
    ellipse(C, 121, 34, 30, Y),
    seeds,
    mirror(circle(143, 104, 4, Y), circle(140, 140, 4, Y)),
  ];
}

export function buffaloDragon() {
  // Shidong buffalo-dragon: a long serpent body walking on four clawed legs, a dragon's head
  // with whiskers and open jaws, and the great sweeping horns of the water buffalo.
  const spine = bezierPoints([18, 118], [52, 160], [96, 66], [142, 94], 30);
  const width = (t) => (t < 0.55 ? 6 + (t / 0.55) * 28 : 34 - (t - 0.55) * 16);
  const leg = (i, dx) => {
    const [x, y] = spine[i];
    const foot = [x + dx, y + 40];
    return [
      path(bandD([[x, y + 2], [x + dx + 8, y + 20], foot], (t) => 10 - t * 3), G),
      [-5, 0, 5].map((k) => path(dropD(8, 2.4), Y, { transform: at(foot[0] + 4 + k, foot[1] + 1, 90 - k * 8) })),
    ];
  };  const fins = [6, 10, 14, 18, 22, 26].map((i) => {
    const [x, y] = spine[i];
    const [x2, y2] = spine[i + 1];
    const a = (Math.atan2(y2 - y, x2 - x) * 180) / Math.PI;
    return path(leafD(16, 5), G, { transform: `${at(x, y, a - 120)} translate(${width(i / 30) / 2 - 2} 0)` });
  });
  return [
    leg(10, 6), leg(25, 6),
    fins,
    // tail ending in a flame-like tuft
    [150, 180, 210].map((a) => path(leafD(22, 6), G, { transform: at(20, 118, a) })),
    path(bandD(spine, width), R),
    spine.filter((_, i) => i > 4 && i < 28 && i % 3 === 0).map(([x, y]) => circle(x, y + 3, 3.2, Y)),
    leg(8, -2), leg(23, -2),
    // far horn behind the head, then mane, head, jaw, near horn
    path(d(['M', 148, 82], ['C', 118, 78, 100, 58, 112, 24], ['C', 116, 46, 132, 62, 158, 72], ['Z']), Y, { 'data-stitch': 'angle 150' }),
    [120, 150, 180].map((a) => path(leafD(22, 6), G, { transform: at(144, 92, a) })),
    path(d(['M', 138, 96], ['C', 140, 78, 160, 72, 176, 80], ['L', 194, 90], ['C', 198, 96, 194, 100, 186, 100], ['L', 160, 104], ['C', 150, 108, 140, 106, 138, 96], ['Z']), R),
    path(d(['M', 150, 104], ['L', 186, 104], ['C', 190, 110, 184, 116, 176, 114], ['L', 156, 114], ['Z']), G),
    path(d(['M', 156, 80], ['C', 126, 70, 116, 40, 136, 12], ['C', 134, 38, 146, 58, 170, 74], ['Z']), Y, { 'data-stitch': 'angle 150' }),
    circle(164, 88, 5, Y), circle(165, 88, 2.2, OUTLINE),
    strokePath(d(['M', 192, 94], ['C', 200, 108, 188, 122, 176, 124]), Y, 2.2),
    strokePath(d(['M', 186, 90], ['C', 194, 76, 186, 66, 178, 70]), Y, 2.2),
  ];
}

export function dragon() {
  // Miao dragon of Shidong: a scaled serpent body in an S, clawed legs, a horned and whiskered
  // head with open jaws, flame fins along the back, a fish tail, and the pearl it plays with.
  const spine = [
    ...bezierPoints([56, 56], [110, 40], [150, 70], [130, 104], 16),
    ...bezierPoints([130, 104], [110, 136], [54, 110], [44, 140], 16).slice(1),
    ...bezierPoints([44, 140], [36, 166], [90, 182], [128, 168], 12).slice(1),
  ];
  const n = spine.length - 1;
  const width = (t) => 26 - 18 * t;
  const normalAt = (i) => {
    const [ax, ay] = spine[Math.max(0, i - 1)];
    const [bx, by] = spine[Math.min(n, i + 1)];
    const l = Math.hypot(bx - ax, by - ay);
    return [-(by - ay) / l, (bx - ax) / l];
  };
  const fins = [4, 8, 12, 16, 20, 24, 28, 32, 36].map((i) => {
    const [x, y] = spine[i];
    const [nx, ny] = normalAt(i);
    const a = (Math.atan2(-ny, -nx) * 180) / Math.PI;
    return path(leafD(12, 4.5), R, { transform: at(x - nx * (width(i / n) / 2 - 1), y - ny * (width(i / n) / 2 - 1), a - 25) });
  });
  const leg = (i, dx) => {
    const [x, y] = spine[i];
    const foot = [x + dx, y + 30];
    return [
      path(bandD([[x, y], [x + dx * 0.3 + 8, y + 16], foot], (t) => 8 - t * 2), R),
      [-5, 0, 5].map((k) => path(dropD(8, 2.2), Y, { transform: at(foot[0] + k, foot[1] + 1, 90 - k * 8) })),
    ];
  };  const scales = spine.filter((_, i) => i > 2 && i < n - 3 && i % 2 === 0).map(([x, y]) => circle(x, y, 2.6, Y));
  return [
    fins,
    leg(14, 4), leg(36, 6),
    // fish tail
    [-30, 10, 50].map((a) => path(leafD(24, 7), R, { transform: at(spine[n][0], spine[n][1], a) })),
    path(bandD(spine, width), G),
    scales,
    leg(12, -6), leg(34, -4),
    // head, facing left toward the pearl
    g({ transform: at(58, 58, 0, 1.3) },
      path(d(['M', 6, -10], ['C', 0, -30, 20, -40, 30, -52], ['C', 28, -34, 20, -22, 14, -8], ['Z']), Y),
      path(d(['M', -4, -12], ['C', -6, -30, 4, -40, 10, -50], ['C', 12, -34, 8, -22, 6, -10], ['Z']), Y),
      [150, 180, 210].map((a) => path(leafD(20, 6), R, { transform: at(10, 0, a + 180) })),
      path(d(['M', 12, -12], ['C', 0, -18, -18, -16, -30, -10], ['L', -40, -4], ['C', -42, 2, -38, 4, -32, 4], ['L', -10, 6], ['C', 4, 12, 16, 6, 16, -2], ['Z']), G),
      path(d(['M', -8, 8], ['L', -34, 8], ['C', -38, 14, -32, 18, -24, 16], ['L', -6, 16], ['Z']), R),
      circle(-6, -6, 4.5, Y), circle(-7, -6, 2, OUTLINE),
      strokePath(d(['M', -38, -4], ['C', -50, -14, -46, -28, -36, -28]), Y, 2),
      strokePath(d(['M', -32, 14], ['C', -44, 24, -40, 38, -30, 36]), Y, 2)),
    circle(16, 108, 10, R), circle(16, 108, 4, Y),
    [0, 120, 240].map((a) => path(leafD(10, 3), Y, { transform: at(16, 108, a + 30) })),
  ];
}

export function frog() {
  const toes = (x, y) => [circle(x - 6, y - 3, 4, R), circle(x, y - 6, 4, R), circle(x + 6, y - 3, 4, R)];
  return [
    mirror(
      strokePath(d(['M', 124, 88], ['L', 150, 74], ['L', 158, 52]), G, 11), toes(158, 50),
      strokePath(d(['M', 126, 136], ['C', 164, 126, 172, 158, 150, 168], ['L', 166, 182]), G, 12), g({ transform: at(166, 184, 90) }, toes(0, 0)),
    ),
    ellipse(C, 112, 40, 50, G),
    ellipse(C, 66, 30, 22, G),
    mirror(circle(115, 52, 10, Y), circle(116, 51, 4.5, R)),
    circle(C, 102, 9, Y), circle(C, 102, 4, R),
    mirror(circle(112, 126, 6.5, Y), circle(114, 84, 4, Y)),
    circle(C, 146, 6, Y),
    ellipse(C, 74, 10, 3, R),
  ];
}

export function bat() {
  // An auspicious bat (蝠, read as 福, good fortune): broad scalloped wings whose tips curl
  // into cloud scrolls, a round head with small round ears, and a coin below. No horns.
  const edge = [[188, 86], [172, 104], [150, 110], [128, 122], [112, 114]];
  let wing = d(['M', 108, 90], ['C', 126, 62, 160, 56, 186, 70]);
  for (let i = 0; i < edge.length; i++) {
    const [x0, y0] = i === 0 ? [186, 70] : edge[i - 1];
    const [x1, y1] = edge[i];
    wing += d(['Q', (x0 + x1) / 2 + 2, (y0 + y1) / 2 + (i === 0 ? 0 : 10), x1, y1]);
  }
  wing += 'Z';
  return [
    mirror(
      path(wing, G, { 'data-stitch': 'fan 104 100' }),
      path(d(['M', 114, 92], ['C', 128, 76, 152, 72, 168, 80], ['C', 156, 92, 134, 100, 116, 100], ['Z']), Y, { 'data-stitch': 'fan 104 100' }),
      circle(186, 72, 7, R), circle(186, 72, 3, Y),
      circle(109, 66, 5, G),
    ),
    ellipse(C, 104, 12, 24, R),
    circle(C, 74, 14, R),
    mirror(ellipse(105, 72, 2.6, 1.8, OUTLINE)),
    strokePath(d(['M', 96, 81], ['C', 98, 83, 102, 83, 104, 81]), OUTLINE, 1.3),
    strokePath(d(['M', C, 128], ['L', C, 142]), Y, 2.2),
    circle(C, 156, 14, Y),
    rect(95, 151, 10, 10, R),
    mirror(circle(122, 156, 2.6, R)),
  ];
}

export function twelveEggs() {
  // The twelve eggs of the creation songs, laid by the Butterfly Mother: three rows (3, 4, 5)
  // heaped in a woven nest, each an upright egg. Twelve, counted, not a flower.
  const egg = (x, y, fill) =>
    path(d(['M', x, y - 15], ['C', x + 8, y - 15, x + 11, y - 3, x + 11, y + 4], ['C', x + 11, y + 11, x + 6, y + 15, x, y + 15], ['C', x - 6, y + 15, x - 11, y + 11, x - 11, y + 4], ['C', x - 11, y - 3, x - 8, y - 15, x, y - 15], ['Z']), fill, { 'data-stitch': 'angle 90' });
  const rows = [[3, 62], [4, 92], [5, 122]];
  const eggs = rows.flatMap(([count, y], r) => Array.from({ length: count }, (_, i) => egg(C + (i - (count - 1) / 2) * 25, y, (i + r) % 2 ? R : Y)));
  return [
    mirror(path(leafD(40, 10), G, { transform: at(156, 130, -30) })),
    path(d(['M', 30, 126], ['L', 170, 126], ['C', 170, 156, 140, 172, C, 172], ['C', 60, 172, 30, 156, 30, 126], ['Z']), G, { 'data-stitch': 'angle 90' }),
    eggs,
    path(d(['M', 24, 132], ['L', 176, 132], ['C', 174, 162, 142, 180, C, 180], ['C', 58, 180, 26, 162, 24, 132], ['Z']), G, { 'data-stitch': 'angle 35' }),
    strokePath(d(['M', 28, 146], ['C', 60, 156, 140, 156, 172, 146]), Y, 2.2),
    strokePath(d(['M', 40, 162], ['C', 70, 170, 130, 170, 160, 162]), Y, 2.2),
  ];
}

export function sweetgumLeaf() {
  const lobe = (deg, len) => g({ transform: at(C, 118, deg) }, path(leafD(len, len * 0.36), G));
  const vein = (deg, len) => {
    const [x, y] = polar(C, 118, len * 0.85, deg);
    return strokePath(d(['M', C, 118], ['L', x, y]), Y, 3);
  };
  return [
    lobe(-90, 96), lobe(-90 - 62, 78), lobe(-90 + 62, 78),
    circle(C, 118, 20, G),
    vein(-90, 96), vein(-152, 78), vein(-28, 78),
    strokePath(d(['M', C, 118], ['C', 98, 142, 104, 164, 96, 188]), R, 5),
    circle(C, 118, 6, R),
    mirror(circle(118, 70, 3.5, Y), circle(140, 100, 3.5, Y)),
  ];
}

export function duckweedFlower() {
  return [
    radial(8, circle(C, 14, 3.5, Y), { start: 22.5 }),
    radial(4, path(leafD(64, 14), G, { transform: at(C, C, -90) }), { start: 45 }),
    radial(4, [path(dropD(52, 22), R, { transform: at(C, 64, -90) }), path(dropD(30, 10), Y, { transform: at(C, 60, -90) })]),
    circle(C, C, 22, Y),
    circle(C, C, 14, R),
    radial(6, circle(C, 92, 2.6, Y)),
  ];
}

/** Square spiral (回) as a polyline from the outside in: sides L, L, L, then pairs shrinking by `step`. */
function keyPoints(x, y, size, step) {
  const pts = [[x, y]];
  const dirs = [[1, 0], [0, 1], [-1, 0], [0, -1]];
  for (let i = 0; ; i++) {
    const len = i < 3 ? size : size - step * Math.floor((i - 1) / 2);
    if (len < step) break;
    const [dx, dy] = dirs[i % 4];
    const [px, py] = pts[pts.length - 1];
    pts.push([px + dx * len, py + dy * len]);
  }
  return pts;
}

export function meander() {
  return [
    radial(4, polyline(keyPoints(20, 20, 66, 14), R, 7)),
    polygon([[C, 78], [122, C], [C, 122], [78, C]], G),
    polygon([[C, 88], [112, C], [C, 112], [88, C]], Y),
    [[10, 10], [190, 10], [190, 190], [10, 190]].map(([x, y]) => circle(x, y, 4, G)),
  ];
}

function bird(body, wing, accent) {
  return [
    path(d(['M', -30, 6], ['L', -46, -8], ['L', -44, 10], ['L', -50, 20], ['Z']), accent),
    path(dropD(38, 16), body, { transform: 'rotate(180)' }),
    path(leafD(30, 9), wing, { transform: 'translate(-4 -4) rotate(-160)' }),
    circle(16, -14, 9, body),
    polygon([[24, -16], [34, -12], [24, -9]], accent),
    circle(18, -16, 2, accent),
  ];
}

export function hundredBirds() {
  const feather = (x) => g({ transform: at(x, 168, 90) }, path(dropD(26, 5), Y));
  return [
    mirror(
      g({ transform: at(140, 58) }, bird(R, G, Y)),
      g({ transform: at(140, 122) }, bird(G, R, Y)),
    ),
    polygon([[C, 70], [116, 90], [C, 110], [84, 90]], Y),
    circle(C, 90, 6, R),
    rect(24, 152, 152, 8, R),
    [36, 56, 76, C, 124, 144, 164].map(feather),
  ];
}

export function wanLattice() {
  // 卍 in counted-thread cells inside a stepped diamond: the cells make it read as cross-stitch.
  const core = ['rrrr..r', '...r..r', '...r..r', 'rrrrrrr', 'r..r...', 'r..r...', 'r..rrrr'];
  const dots = new Set(['1,1', '1,5', '5,1', '5,5']);
  const rows = Array.from({ length: 15 }, (_, r) =>
    Array.from({ length: 15 }, (_, c) => {
      if (Math.abs(r - 7) + Math.abs(c - 7) === 7) return 'g';
      const [i, j] = [r - 4, c - 4];
      if (i < 0 || j < 0 || i > 6 || j > 6) return '.';
      if (dots.has(`${i},${j}`)) return 'y';
      return core[i][j];
    }).join(''),
  );
  return [
    grid(rows, 12, 10, 10, { r: R, g: G, y: Y }),
    [[22, 22], [178, 22], [178, 178], [22, 178]].map(([x, y]) => [circle(x, y, 9, R), circle(x, y, 4, Y)]),
  ];
}

export function eightPointedStar() {
  const s = 46;
  const u = [Math.cos(Math.PI / 8), Math.sin(Math.PI / 8)];
  const rh = (k) => [[0, 0], [k * u[0], -k * u[1]], [2 * k * u[0], 0], [k * u[0], k * u[1]]];
  const petal = (fill, inner) => g({ transform: at(C, C, -90) }, polygon(rh(s).map(([x, y]) => [x + 4, y]), fill), polygon(rh(s * 0.45).map(([x, y]) => [x + 4 + s * 0.6, y]), inner));
  return [
    radial(4, petal(R, Y)),
    radial(4, petal(G, Y), { start: 45 }),
    rect(92, 92, 16, 16, Y, { transform: 'rotate(45 100 100)' }),
    radial(8, rect(96, 4, 8, 8, Y, { transform: 'rotate(45 100 8)' }), { start: 22.5 }),
  ];
}

export function riverBands() {
  const wave = [];
  for (let x = 10; x <= 190; x += 3) wave.push([x, 52 + 9 * Math.sin(((x - 10) / 30) * 2 * Math.PI)]);
  const zig = [];
  for (let i = 0; i <= 18; i++) zig.push([10 + i * 10, i % 2 ? 74 : 84]);
  const half = [rect(10, 18, 180, 10, G), polyline(wave, R, 7), polyline(zig, Y, 5)];
  return [
    mirrorY(half),
    rect(10, 92, 180, 16, R),
    Array.from({ length: 9 }, (_, i) => polygon([[20 + i * 20, 100 - 6], [26 + i * 20, 100], [20 + i * 20, 106], [14 + i * 20, 100]], Y)),
  ];
}
