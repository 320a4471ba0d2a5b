// Batik motifs: indigo ground with the wax-resist design in white; a light indigo is the
// optional third colour (the paler dip).
import {
  C, at, circle, circleD, d, dropD, ellipse, g, leafD, mirror, path, polar, polygon, polyline,
  radial, rect, ringD, spiralBand, strokePath,
} from './svg.mjs';

export const IND = '#1B2F5E';
export const WH = '#F4F1E6';
export const MID = '#6A8CC0';
/** crackle (冰纹): indigo that seeped through the cracked wax; its own colour, so it can be left out */
export const CRACKLE = '#34518A';

/** No square ground any more: the batik renderer cuts the cloth to the motif's own silhouette. */
const ground = () => '';

const dotRing = (n, r, size, fill = WH, start = 0) => radial(n, circle(C, C - r, size, fill), { start });

export function wotuoSpiral() {
  return [
    ground(IND),
    path(ringD(C, C, 88, 80), WH, { 'fill-rule': 'evenodd' }),
    dotRing(28, 93, 2.6, WH),
    spiralBand(C, C, 3, 70, 2.5, 11, WH, 0, 1),
    spiralBand(C, C, 3, 70, 2.5, 11, WH, 180, 1),
    circle(C, C, 6, WH),
    radial(4, circle(C, 10, 5, MID), { start: 45 }),
  ];
}

export function spiralWhirl() {
  const q = (x, y, a0) => spiralBand(x, y, 2, 30, 2.2, 7, WH, a0, 1);
  return [
    ground(IND),
    q(56, 56, 180), q(144, 56, 270), q(144, 144, 0), q(56, 144, 90),
    polygon([[C, 82], [118, C], [C, 118], [82, C]], WH),
    polygon([[C, 90], [110, C], [C, 110], [90, C]], MID),
    [12, 188].map((y) => Array.from({ length: 12 }, (_, i) => circle(17 + i * 15, y, 3, WH))),
    [12, 188].map((x) => Array.from({ length: 10 }, (_, i) => circle(x, 32 + i * 15, 3, WH))),
  ];
}

export function bronzeDrum() {
  const star = [];
  for (let i = 0; i < 24; i++) star.push(polar(C, C, i % 2 ? 10 : 30, i * 15 - 90));
  const saw = [];
  for (let i = 0; i < 48; i++) saw.push(polar(C, C, i % 2 ? 46 : 54, i * 7.5));
  return [
    ground(IND),
    path(circleD(C, C, 94), WH),
    path(circleD(C, C, 89), IND),
    dotRing(36, 82, 3, WH),
    path(ringD(C, C, 74, 71), WH, { 'fill-rule': 'evenodd' }),
    radial(12, [path(circleD(C, 37, 6), WH), circle(C, 37, 2.5, IND)]),
    polygon(saw, WH),
    path(circleD(C, C, 44), IND),
    path(ringD(C, C, 38, 35), MID, { 'fill-rule': 'evenodd' }),
    polygon(star, WH),
    circle(C, C, 5, IND),
  ];
}

export function goldenPheasant() {
  const tail = (bend, len, w) =>
    path(d(['M', 70, 112], ['C', 50, 112 + bend, 30, 118 + bend * 1.4, 14, 130 + bend * 2], ['C', 34 + w, 124 + bend * 1.2, 54, 118 + bend * 0.6, 74, 122], ['Z']), WH, { transform: `rotate(${len} 70 112)` });
  return [
    ground(IND),
    tail(-20, -6, 0), tail(0, 6, 4), tail(14, 18, 6),
    [[30, 108], [44, 112], [24, 124], [38, 126]].map(([x, y]) => circle(x, y, 2.2, IND)),
    path(dropD(70, 30), WH, { transform: 'translate(100 112) rotate(195)' }),
    path(leafD(56, 14), MID, { transform: 'translate(120 102) rotate(168)' }),
    strokePath(d(['M', 108, 96], ['C', 96, 100, 84, 104, 72, 106]), IND, 2),
    circle(138, 74, 15, WH),
    [-105, -130, -155].map((a) => path(dropD(22, 4.5), WH, { transform: at(134, 64, a) })),
    polygon([[151, 72], [165, 77], [151, 81]], WH),
    circle(142, 72, 3.2, IND),
    strokePath(d(['M', 106, 140], ['L', 102, 168], ['L', 94, 176]), WH, 4),
    strokePath(d(['M', 120, 138], ['L', 120, 168], ['L', 128, 176]), WH, 4),
    [[40, 176], [160, 176], [176, 40], [24, 36]].map(([x, y]) => [circle(x, y, 5, MID), circle(x, y, 2, WH)]),
  ];
}

export function birdPair() {
  const half = [
    path(dropD(40, 20), WH, { transform: 'translate(128 104) rotate(200)' }),
    circle(126, 70, 13, WH),
    polygon([[114, 66], [104, 72], [115, 76]], WH),
    circle(128, 68, 3, IND),
    spiralBand(138, 104, 2, 13, 1.6, 4, IND, 0, -1),
    g({ transform: 'translate(-16 2)' },
      path(d(['M', 160, 112], ['C', 176, 104, 186, 88, 188, 68], ['C', 180, 86, 172, 96, 164, 100], ['Z']), WH),
      path(d(['M', 160, 118], ['C', 180, 118, 190, 108, 196, 96], ['C', 190, 112, 178, 122, 166, 124], ['Z']), MID)),
    strokePath(d(['M', 120, 128], ['L', 116, 150]), WH, 4),
    strokePath(d(['M', 132, 128], ['L', 134, 150]), WH, 4),
  ];
  return [
    ground(IND),
    mirror(half),
    rect(20, 152, 160, 5, WH),
    polygon([[C, 78], [108, 96], [C, 114], [92, 96]], MID),
    circle(C, 96, 4, WH),
    Array.from({ length: 9 }, (_, i) => circle(28 + i * 18, 170, 4, WH)),
    Array.from({ length: 8 }, (_, i) => circle(37 + i * 18, 182, 2.5, MID)),
  ];
}

function fish(body, fin) {
  const scales = [];
  for (let i = 0; i < 4; i++)
    for (let j = -1; j <= 1; j++)
      if (!(i === 0 && j !== 0)) scales.push(strokePath(d(['M', 22 + i * 12, j * 9 - 5], ['Q', 28 + i * 12, j * 9, 22 + i * 12, j * 9 + 5]), IND, 2.2));
  return [
    polygon([[-6, 0], [-26, -18], [-20, 0], [-26, 18]], fin),
    path(leafD(86, 26), body, { transform: 'translate(-10 0)' }),
    scales,
    circle(64, -4, 4.5, IND),
    circle(65, -4, 1.8, WH),
    strokePath(d(['M', 56, -14], ['Q', 50, 0, 56, 14]), IND, 2.2),
  ];
}

export function fishPair() {
  return [
    ground(IND),
    path(ringD(C, C, 92, 86), WH, { 'fill-rule': 'evenodd' }),
    g({ transform: at(62, 66) }, fish(WH, MID)),
    g({ transform: `rotate(180 100 100) ${at(62, 66)}` }, fish(WH, MID)),
    [[36, 140], [48, 156], [164, 60], [152, 44]].map(([x, y]) => circle(x, y, 4, MID)),
    circle(C, C, 6, MID),
  ];
}

export function sun() {
  return [
    ground(IND),
    dotRing(32, 90, 3, WH),
    radial(16, path(dropD(34, 9), WH, { transform: at(C, 54, -90) })),
    radial(16, polygon([[C - 5, 36], [C, 26], [C + 5, 36]], MID), { start: 11.25 }),
    path(circleD(C, C, 38), WH),
    path(circleD(C, C, 30), IND),
    radial(8, path(leafD(22, 6), WH, { transform: at(C, C - 4, -90) })),
    circle(C, C, 8, MID),
    circle(C, C, 3.5, WH),
  ];
}

export function battlements() {
  const band = (y, h, tooth, fill) => {
    const p = [[12, y + h]];
    for (let x = 12; x < 188; x += tooth * 2) {
      p.push([x, y], [x + tooth, y], [x + tooth, y + h / 2], [x + 2 * tooth, y + h / 2]);
    }
    p.push([188, y + h / 2], [188, y + h]);
    return polygon(p, fill);
  };
  return [
    ground(IND),
    band(16, 20, 11, WH),
    g({ transform: 'matrix(1 0 0 -1 0 200)' }, band(16, 20, 11, WH)),
    rect(12, 48, 176, 4, MID), rect(12, 148, 176, 4, MID),
    path(d(['M', 62, 62], ['L', 138, 62], ['L', 138, 138], ['L', 62, 138], ['Z'], ['M', 72, 72], ['L', 72, 128], ['L', 128, 128], ['L', 128, 72], ['Z']), WH, { 'fill-rule': 'evenodd' }),
    [[62, 62], [138, 62], [62, 138], [138, 138]].map(([x, y]) => rect(x - 7, y - 7, 14, 14, WH)),
    polygon([[C, 82], [118, C], [C, 118], [82, C]], MID),
    rect(94, 94, 12, 12, WH),
    Array.from({ length: 5 }, (_, i) => [circle(30, 70 + i * 15, 3.2, WH), circle(170, 70 + i * 15, 3.2, WH)]),
  ];
}

export function eightPointedStarBatik() {
  const u = [Math.cos(Math.PI / 8), Math.sin(Math.PI / 8)];
  const rh = (k, dx) => [[dx, 0], [dx + k * u[0], -k * u[1]], [dx + 2 * k * u[0], 0], [dx + k * u[0], k * u[1]]];
  return [
    ground(IND),
    radial(8, g({ transform: at(C, C, -90) }, polygon(rh(40, 6), WH), polygon(rh(16, 26), IND))),
    dotRing(24, 90, 3.5, WH),
    radial(8, circle(C, 24, 4, MID), { start: 22.5 }),
    circle(C, C, 5, WH),
    [[14, 14], [186, 14], [186, 186], [14, 186]].map(([x, y]) => polygon([[x, y - 9], [x + 9, y], [x, y + 9], [x - 9, y]], WH)),
  ];
}

export function jiyuBird() {
  // The Jiyu bird brooding: wings spread over the twelve eggs it hatched (two rows of six).
  const wing = [0, 1, 2, 3].map((i) => path(leafD(66 - i * 8, 9), i % 2 ? MID : WH, { transform: at(112, 84, -40 + i * 20) }));
  const tail = [-1, 0, 1].map((i) => path(leafD(30, 8), WH, { transform: at(C, 112, 90 + i * 34) }));
  const egg = (x, y) => [path(d(['M', x, y - 11], ['C', x + 6, y - 11, x + 8, y - 2, x + 8, y + 2], ['C', x + 8, y + 8, x + 4, y + 10, x, y + 10], ['C', x - 4, y + 10, x - 8, y + 8, x - 8, y + 2], ['C', x - 8, y - 2, x - 6, y - 11, x, y - 11], ['Z']), WH), circle(x, y + 2, 2.4, MID)];
  return [
    g({ transform: 'translate(100 20) scale(0.84) translate(-100 -20)' },
      mirror(wing),
      tail,
      ellipse(C, 94, 17, 28, WH),
      circle(C, 60, 13, WH),
      polygon([[96, 68], [C, 78], [104, 68]], MID),
      mirror(circle(105, 58, 2.8, IND)),
      radial(3, path(leafD(18, 4), WH, { transform: at(C, 48, -90) }), { cx: C, cy: 48, start: -30 })),
    [146, 172].map((y, r) => Array.from({ length: 6 }, (_, i) => egg(42 + r * 6 + i * 22.4 - r * 6, y))),
  ];
}

export function butterflyBatik() {
  const right = [
    path(d(['M', 104, 94], ['C', 120, 50, 168, 28, 186, 50], ['C', 198, 68, 184, 100, 150, 106], ['C', 130, 108, 114, 104, 104, 102], ['Z']), WH),
    spiralBand(150, 74, 2, 20, 2, 5, IND, 0, 1),
    path(d(['M', 104, 110], ['C', 128, 110, 170, 116, 166, 148], ['C', 162, 176, 130, 174, 118, 156], ['C', 110, 144, 106, 126, 104, 116], ['Z']), WH),
    spiralBand(138, 140, 2, 13, 1.6, 4.5, IND, 90, -1),
    [[178, 50], [186, 70], [176, 92], [160, 166]].map(([x, y]) => circle(x, y, 3, MID)),
    strokePath(d(['M', 103, 66], ['C', 108, 44, 124, 32, 138, 34]), WH, 3),
    circle(140, 34, 5, WH),
  ];
  return [ground(IND), mirror(right), ellipse(C, 116, 7, 34, MID), circle(C, 76, 10, WH), circle(C, 76, 4, MID)];
}

export function sweetgumTree() {
  const smallLeaf = (x, y, deg, s = 1) =>
    g({ transform: at(x, y, deg, s) }, [-60, 0, 60].map((a) => path(leafD(a ? 17 : 22, a ? 6 : 8), WH, { transform: `rotate(${a - 90})` })), circle(0, 0, 5, WH));
  const right = [
    strokePath(d(['M', C, 132], ['C', 118, 118, 140, 110, 156, 90]), WH, 6),
    strokePath(d(['M', C, 100], ['C', 116, 90, 130, 74, 138, 54]), WH, 5),
    strokePath(d(['M', 126, 120], ['C', 140, 124, 160, 124, 172, 116]), WH, 4),
    smallLeaf(156, 88, 20), smallLeaf(138, 50, 10), smallLeaf(174, 114, 60, 0.8), smallLeaf(120, 80, 20, 0.7),
  ];
  return [
    ground(IND),
    mirror(right),
    path(d(['M', 94, 176], ['C', 96, 140, 96, 90, 98, 40], ['L', 102, 40], ['C', 104, 90, 104, 140, 106, 176], ['Z']), WH),
    smallLeaf(C, 36, 0),
    rect(30, 176, 140, 5, WH),
    Array.from({ length: 7 }, (_, i) => circle(40 + i * 20, 188, 3, MID)),
    mirror(circle(122, 146, 4, MID), circle(144, 150, 3, MID)),
  ];
}
