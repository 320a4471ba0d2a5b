// Embroidery motifs: flat reds, greens and yellows, no ground (the cloth shows through).
import {
  C, at, circle, d, dropD, ellipse, g, grid, leafD, mirror, mirrorY, path, polar, polygon, polyline,
  radial, rect, strokePath,
} from './svg.mjs';

export const R = '#C0392B';
export const G = '#2E7D4F';
export const Y = '#F2B233';
export const B = '#2B4C8C';

export function butterflyMother() {
  const rightHalf = [
    path(d(['M', 104, 96], ['C', 118, 56, 158, 26, 182, 40], ['C', 198, 52, 192, 90, 170, 102], ['C', 150, 112, 122, 110, 104, 106], ['Z']), R),
    path(d(['M', 104, 112], ['C', 130, 112, 166, 120, 168, 146], ['C', 170, 172, 140, 180, 124, 166], ['C', 112, 154, 106, 132, 104, 120], ['Z']), R),
    ellipse(148, 72, 21, 12, G, { transform: 'rotate(-28 148 72)' }),
    circle(148, 72, 6, Y),
    ellipse(138, 144, 13, 9, G, { transform: 'rotate(40 138 144)' }),
    circle(138, 144, 4, Y),
    circle(174, 50, 4, Y), circle(182, 70, 4, Y), circle(172, 90, 4, Y), circle(156, 166, 3.5, Y),
    strokePath(d(['M', 103, 62], ['C', 108, 40, 124, 28, 138, 30]), G, 3.5),
    circle(140, 30, 5.5, Y),
  ];
  return [
    mirror(rightHalf),
    ellipse(C, 120, 8, 34, Y),
    rect(93, 110, 14, 4, R), rect(93, 124, 14, 4, R), rect(93, 138, 14, 4, R),
    circle(C, 72, 13, Y),
    circle(95, 70, 2.2, R), circle(105, 70, 2.2, R),
    ellipse(C, 78, 4, 2, R),
  ];
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
  const scales = [];
  for (let i = 0; i < 6; i++) for (let j = 0; j < 2; j++) scales.push(circle(58 + i * 14 + j * 7, 108 + j * 12, 4, Y));
  const spikes = [];
  for (let i = 0; i < 6; i++) spikes.push(polygon([[50 + i * 15, 92], [57 + i * 15, 78], [64 + i * 15, 92]], G));
  return [
    spikes,
    [60, 80, 114, 134].map((x) => [rect(x, 128, 10, 30, G), rect(x - 2, 156, 14, 6, Y)]),
    ellipse(95, 114, 56, 27, R),
    scales,
    strokePath(d(['M', 42, 108], ['C', 20, 100, 14, 78, 30, 68]), G, 6),
    circle(32, 66, 7, Y),
    path(d(['M', 148, 82], ['C', 138, 56, 148, 34, 170, 28], ['C', 158, 42, 156, 60, 164, 78], ['Z']), Y),
    path(d(['M', 160, 80], ['C', 166, 56, 180, 46, 196, 48], ['C', 184, 57, 178, 68, 174, 84], ['Z']), Y),
    circle(158, 98, 21, R),
    ellipse(172, 108, 14, 10, R),
    circle(160, 92, 5, Y), circle(161, 92, 2.2, G),
    circle(178, 108, 2.5, Y),
    strokePath(d(['M', 176, 116], ['C', 186, 124, 188, 136, 180, 142]), G, 3),
  ];
}

export function dragon() {
  const spine = [];
  for (let x = 30; x <= 160; x += 5) spine.push([x, 110 + 28 * Math.sin(((x - 30) / 130) * 2 * Math.PI)]);
  const scales = spine.filter((_, i) => i % 3 === 1).map(([x, y]) => circle(x, y, 3, G));
  return [
    [[60, 1], [125, -1]].map(([x, s]) => {
      const y = 110 + 28 * Math.sin(((x - 30) / 130) * 2 * Math.PI);
      return g({ transform: at(x, y + s * 14) }, polygon([[-6, 0], [6, 0], [10, s * 18], [3, s * 12], [0, s * 20], [-3, s * 12], [-10, s * 18]], G));
    }),
    path(d(['M', 32, 110], ['C', 18, 92, 10, 86, 6, 70], ['C', 18, 80, 28, 84, 26, 96], ['C', 14, 110, 10, 124, 4, 136], ['C', 20, 130, 30, 118, 32, 110], ['Z']), G),
    polyline(spine, R, 20),
    polyline(spine, Y, 6),
    scales,
    g({ transform: at(164, 106) },
      path(d(['M', -14, -8], ['C', -10, -36, 6, -40, 14, -54], ['C', 14, -40, 6, -26, 2, -14], ['Z']), Y),
      path(d(['M', -4, -10], ['C', 4, -30, 18, -30, 28, -40], ['C', 26, -26, 18, -16, 10, -8], ['Z']), Y),
      ellipse(4, 0, 20, 15, R),
      ellipse(20, 6, 12, 8, R),
      circle(6, -4, 4.5, Y), circle(7, -4, 2, G),
      strokePath(d(['M', 26, 10], ['C', 34, 20, 28, 34, 18, 36]), G, 3),
      strokePath(d(['M', 28, 2], ['C', 38, -2, 30, -16, 24, -10]), G, 3)),
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
  const edge = [[190, 78], [170, 100], [148, 106], [126, 120], [110, 114]];
  let wing = d(['M', 108, 86], ['C', 130, 66, 160, 58, 190, 78]);
  for (let i = 1; i < edge.length; i++) {
    const [x0, y0] = edge[i - 1];
    const [x1, y1] = edge[i];
    wing += d(['Q', (x0 + x1) / 2 - 4, (y0 + y1) / 2 - 12, x1, y1]);
  }
  wing += 'Z';
  return g({ transform: 'translate(-8 -4) scale(1.08)' },
    mirror(
      path(wing, R),
      edge.slice(0, 4).map(([x, y]) => strokePath(d(['M', 110, 92], ['Q', (110 + x) / 2, (92 + y) / 2 - 14, x, y]), Y, 3)),
      circle(150, 84, 6, G),
      polygon([[104, 70], [114, 50], [114, 72]], R),
    ),
    ellipse(C, 104, 13, 28, R),
    circle(C, 76, 14, R),
    mirror(circle(106, 74, 3, Y)),
    path(d(['M', 88, 128], ['C', 92, 150, 108, 150, 112, 128], ['Z']), G),
    circle(C, 160, 9, Y), circle(C, 160, 4, G),
    mirror(strokePath(d(['M', 108, 160], ['C', 122, 160, 128, 172, 120, 180]), G, 3)),
  );
}

export function twelveEggs() {
  const eggs = Array.from({ length: 12 }, (_, i) => {
    const [x, y] = polar(C, C, 60, i * 30 - 90);
    return g({ transform: `${at(x, y, i * 30)}` }, ellipse(0, 0, 11, 16, i % 2 ? G : R), circle(0, 0, 4.5, Y));
  });
  return [
    eggs,
    radial(24, circle(C, 12, 3.2, Y)),
    circle(C, C, 30, G),
    circle(C, C, 22, Y),
    radial(8, path(leafD(18, 5), R, { transform: at(C, C, -90) })),
    circle(C, C, 5, G),
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
