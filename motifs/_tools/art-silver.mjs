// Silver motifs: silver greys on a dark ground, the way hammered silver reads on indigo cloth.
import {
  C, at, circle, circleD, d, dropD, ellipse, g, ground, leafD, mirror, path, polar, polygon, polyline,
  radial, rect, ringD, spiralBand, strokePath,
} from './svg.mjs';
import { motherFigure } from './figures.mjs';

export const DARK = '#1E2533';
export const SV = '#C0C4C8';
export const LT = '#E4E7EA';
export const SH = '#8C939B';

/** Silver sits on a transparent ground now: whatever it is placed on shows around the metal. */
const base = () => '';

/** Chains ending in small leaves: the tassels hung from Miao silver pieces. */
function dangles(xs, top, len, leaf = LT) {
  return xs.map((x) => [
    strokePath(d(['M', x, top], ['L', x, top + len]), SH, 2),
    circle(x, top + len * 0.45, 2.4, SV),
    path(dropD(12, 5), leaf, { transform: at(x, top + len + 4, -90) }),
  ]);
}

export function silverButterfly() {
  const right = [
    path(d(['M', 103, 84], ['C', 118, 46, 160, 28, 180, 44], ['C', 194, 58, 182, 88, 152, 96], ['C', 134, 100, 116, 96, 103, 92], ['Z']), SV),
    path(d(['M', 103, 100], ['C', 126, 100, 160, 106, 158, 130], ['C', 156, 150, 130, 150, 118, 136], ['C', 110, 126, 106, 112, 103, 104], ['Z']), SV),
    path(d(['M', 112, 84], ['C', 124, 60, 154, 46, 168, 56], ['C', 176, 66, 166, 82, 148, 86], ['Z']), SH),
    [[130, 72], [146, 66], [160, 62], [140, 80]].map(([x, y]) => circle(x, y, 3.2, LT)),
    path(leafD(32, 8), SH, { transform: at(110, 106, 30) }),
    [[126, 128], [140, 134]].map(([x, y]) => circle(x, y, 3, LT)),
    strokePath(d(['M', 102, 64], ['C', 106, 46, 116, 36, 128, 36]), SV, 3),
    path(circleD(130, 36, 5), LT),
  ];
  return [base(), mirror(right), dangles([64, 82, C, 118, 136], 146, 22), ellipse(C, 104, 7, 30, LT), circle(C, 72, 9, LT), mirror(circle(104, 71, 2, DARK))];
}

export function silverHorns() {
  // Xijiang great silver horns (大银角): two tall horns rise from the headband and curve out
  // and up like a buffalo's, chased with the twin dragons and the pearl; the band sits on
  // the forehead, so the piece stands up, it does not hang like a necklace.
  const right = [
    path(d(['M', 102, 150], ['C', 150, 146, 176, 104, 170, 14], ['C', 182, 34, 186, 60, 182, 84], ['C', 176, 130, 146, 160, 102, 164], ['Z']), SV),
    // chased dragon scales along the horn
    [0.2, 0.32, 0.44, 0.56, 0.68, 0.8].map((t) => {
      const x = 112 + t * 66, y = 156 - t * t * 120 - t * 8;
      return path(d(['M', x - 5, y + 2], ['C', x - 3, y - 4, x + 3, y - 4, x + 5, y + 2]), 'none', { stroke: SH, 'stroke-width': 1.6 });
    }),
    path(leafD(14, 3.5), LT, { transform: at(172, 18, -110) }),
  ];
  return [
    base(),
    mirror(right),
    // the pearl the dragons play with, with its flames, on a stem between the horns
    path(d(['M', 97, 150], ['L', 103, 150], ['L', 102, 110], ['L', 98, 110], ['Z']), SV),
    radial(8, path(dropD(16, 3.5), LT, { transform: at(C, 88, -90) }), { cx: C, cy: 100 }),
    circle(C, 100, 9, SV),
    circle(C, 100, 4, LT),
    // the headband on the forehead, with its chased lozenges
    path(d(['M', 48, 160], ['L', 152, 160], ['L', 148, 180], ['L', 52, 180], ['Z']), SV),
    [64, 82, C, 118, 136].map((x) => polygon([[x, 164], [x + 6, 170], [x, 176], [x - 6, 170]], LT)),
  ];
}

export function fanHorns() {
  const spoke = (deg) => {
    const [x, y] = polar(C, 170, 128, deg);
    return [
      path(leafD(116, 6), SV, { transform: at(C, 170, deg) }),
      g({ transform: at(x, y, deg + 90) }, path(d(['M', 0, 0], ['C', -10, -8, -14, 4, 0, 10], ['C', 14, 4, 10, -8, 0, 0], ['Z']), LT)),
    ];
  };
  return [
    base(),
    [-150, -135, -120, -105, -90, -75, -60, -45, -30].map(spoke),
    path(d(['M', 40, 168], ['C', 70, 150, 130, 150, 160, 168], ['L', 156, 180], ['C', 128, 166, 72, 166, 44, 180], ['Z']), SV),
    [56, 72, 88, C, 112, 128, 144].map((x, i) => circle(x, 166 - (i === 3 ? 4 : i === 2 || i === 4 ? 3.5 : 2), 2.6, SH)),
    mirror(g({ transform: at(138, 112) }, path(d(['M', 0, 0], ['C', -4, -16, 16, -16, 12, 0], ['Z']), LT), path(d(['M', 0, 0], ['C', 16, 4, 4, 16, -2, 8], ['Z']), LT))),
    circle(C, 106, 9, LT),
    circle(C, 106, 4, SH),
  ];
}

export function twinDragonsPearl() {
  // Each dragon: head near the pearl looking at it, body an S-curve out to a tail fin.
  const spine = d(['M', 156, 78], ['C', 196, 90, 190, 118, 160, 124], ['C', 130, 130, 134, 154, 170, 160]);
  const right = [
    [[184, 104, 60], [138, 138, 160]].map(([x, y, a]) => g({ transform: at(x, y, a) }, polygon([[-5, 0], [5, 0], [9, 14], [2, 9], [0, 16], [-2, 9], [-9, 14]], SV))),
    strokePath(spine, SV, 15),
    strokePath(spine, SH, 4),
    path(leafD(30, 9), SV, { transform: at(166, 160, 10) }),
    [[176, 90], [181, 116], [146, 134], [158, 156]].map(([x, y]) => circle(x, y, 2.6, LT)),
    g({ transform: at(148, 72) },
      // short branching horns and a mane of flame tufts: a dragon's head, not a hare's
      [150, 180, 210].map((a) => path(leafD(18, 5), SV, { transform: at(12, 0, a + 180 - 20) })),
      path(d(['M', 0, -8], ['C', 2, -20, 8, -26, 16, -28], ['C', 12, -22, 10, -14, 8, -6], ['Z']), LT),
      path(d(['M', 6, -18], ['C', 10, -22, 16, -22, 22, -20], ['C', 16, -18, 12, -16, 9, -13], ['Z']), LT),
      ellipse(4, 0, 15, 12, SV), ellipse(-10, 4, 9, 7, SV),
      circle(2, -3, 3.5, DARK), circle(2, -3, 1.5, LT),
      strokePath(d(['M', -12, 11], ['C', -18, 22, -12, 32, -4, 32]), LT, 2.4)),
  ];
  return [
    base(),
    mirror(right),
    radial(10, path(dropD(10, 3.5), SH, { transform: at(C, 72, -90) }), { cx: C, cy: 96 }),
    path(circleD(C, 96, 17), LT),
    path(circleD(C, 96, 9), SV),
    circle(C, 92, 3, LT),
    rect(24, 180, 152, 6, SV),
    Array.from({ length: 8 }, (_, i) => circle(33 + i * 19.2, 183, 2.2, DARK)),
  ];
}

export function phoenixCrown() {
  const tail = [-2, -1, 0, 1, 2].map((i) => path(leafD(44 - Math.abs(i) * 4, 7), i % 2 ? SH : SV, { transform: at(C, 70, -90 + i * 22) }));
  return [
    base(),
    tail,
    mirror(path(d(['M', 104, 80], ['C', 120, 64, 142, 60, 156, 68], ['C', 140, 70, 124, 80, 112, 92], ['Z']), SV)),
    ellipse(C, 86, 12, 18, LT),
    circle(C, 62, 8, LT),
    polygon([[96, 62], [C, 50], [104, 62]], SV),
    path(d(['M', 30, 116], ['C', 70, 96, 130, 96, 170, 116], ['L', 170, 134], ['C', 130, 114, 70, 114, 30, 134], ['Z']), SV),
    [40, 56, 72, 88, C, 112, 128, 144, 160].map((x) => circle(x, 116 - 8 * Math.cos(((x - C) / 140) * Math.PI), 3, SH)),
    dangles([40, 52, 64, 76, 88, C, 112, 124, 136, 148, 160], 128, 34).map((dg, i) => g({ transform: `translate(0 ${f2(i)})` }, dg)),
  ];
}
const f2 = (i) => -10 * Math.cos(((i - 5) / 12) * Math.PI) + 2;

export function lion() {
  // Xiangxi silver lion mask: a mane of flame tufts, bulging eyes under scrolled brows, a broad
  // bridged nose with curled nostrils, and open jaws with fangs: a guardian, not a farm animal.
  const mane = (n, r, len, w, fill, start) => radial(n, path(leafD(len, w), fill, { transform: at(C, C - r, -90) }), { start });
  return [
    base(),
    mane(16, 40, 52, 16, SV, 0),
    mane(16, 44, 40, 12, LT, 11.25),
    mirror(path(leafD(22, 9), SV, { transform: at(124, 52, -60) })),
    // the face: broad brow, full cheeks, narrow chin
    path(d(['M', C, 46], ['C', 128, 46, 150, 62, 150, 92], ['C', 150, 122, 130, 150, C, 156], ['C', 70, 150, 50, 122, 50, 92], ['C', 50, 62, 72, 46, C, 46], ['Z']), SV),
    // brows: scrolls curling outwards over the eyes
    mirror(path(d(['M', 102, 72], ['C', 114, 60, 136, 60, 142, 74], ['C', 136, 70, 128, 70, 124, 76], ['C', 118, 74, 110, 74, 102, 78], ['Z']), LT)),
    mirror(circle(124, 86, 10, LT), circle(124, 87, 4.5, SH)),
    // nose: a bridge between the eyes to a broad tip with curled nostrils
    path(d(['M', 95, 78], ['L', 105, 78], ['L', 108, 100], ['C', 120, 100, 122, 114, 112, 116], ['L', 88, 116], ['C', 78, 114, 80, 100, 92, 100], ['Z']), LT),
    mirror(path(d(['M', 104, 112], ['C', 108, 106, 116, 108, 114, 113]), 'none', { stroke: SH, 'stroke-width': 1.6 })),
    // open jaws: upper lip, mouth, fangs, tongue
    path(d(['M', 72, 122], ['C', 84, 118, 92, 120, C, 124], ['C', 108, 120, 116, 118, 128, 122], ['C', 124, 144, 112, 150, C, 150], ['C', 88, 150, 76, 144, 72, 122], ['Z']), SH),
    mirror(polygon([[108, 123], [114, 136], [118, 122]], LT), polygon([[110, 148], [115, 138], [119, 146]], LT)),
    ellipse(C, 142, 10, 5, SV),
    // beard curls under the chin
    [-16, 0, 16].map((dx) => path(circleD(C + dx, 164, 5), SV)),
  ];
}

export function silverLock() {
  const outline = d(
    ['M', C, 64], ['C', 110, 52, 132, 50, 140, 62], ['C', 160, 56, 176, 70, 168, 88], ['C', 178, 108, 166, 134, 140, 140],
    ['C', 124, 150, 110, 150, C, 156], ['C', 90, 150, 76, 150, 60, 140], ['C', 34, 134, 22, 108, 32, 88],
    ['C', 24, 70, 40, 56, 60, 62], ['C', 68, 50, 90, 52, C, 64], ['Z'],
  );
  return [
    base(),
    strokePath(d(['M', 48, 72], ['C', 40, 18, 160, 18, 152, 72]), SH, 4),
    Array.from({ length: 9 }, (_, i) => {
      const t = (i + 1) / 10;
      const x = (1 - t) ** 3 * 48 + 3 * (1 - t) ** 2 * t * 40 + 3 * (1 - t) * t * t * 160 + t ** 3 * 152;
      const y = (1 - t) ** 3 * 72 + 3 * (1 - t) ** 2 * t * 18 + 3 * (1 - t) * t * t * 18 + t ** 3 * 72;
      return path(ringD(x, y, 5, 2.5), SV, { 'fill-rule': 'evenodd' });
    }),
    path(outline, SV),
    path(d(['M', C, 78], ['C', 124, 72, 150, 84, 148, 104], ['C', 146, 126, 120, 136, C, 140], ['C', 80, 136, 54, 126, 52, 104], ['C', 50, 84, 76, 72, C, 78], ['Z']), SH),
    radial(6, path(leafD(18, 6), LT, { transform: at(C, 106, -90) }), { cx: C, cy: 106 }),
    circle(C, 106, 5, SV),
    dangles([64, 82, C, 118, 136], 146, 24),
  ];
}

export function sweetgumPendant() {
  const lobe = (deg, len) => path(leafD(len, len * 0.36), SV, { transform: at(C, 110, deg) });
  const vein = (deg, len) => {
    const [x, y] = polar(C, 110, len * 0.8, deg);
    return strokePath(d(['M', C, 110], ['L', x, y]), SH, 3);
  };
  return [
    base(),
    path(ringD(C, 22, 9, 4.5), SV, { 'fill-rule': 'evenodd' }),
    lobe(-90, 80), lobe(-150, 66), lobe(-30, 66),
    circle(C, 110, 17, SV),
    vein(-90, 80), vein(-150, 66), vein(-30, 66),
    mirror(circle(116, 70, 3, LT), circle(136, 94, 3, LT)),
    circle(C, 110, 5, LT),
    dangles([76, 88, C, 112, 124], 126, 40),
  ];
}

export function jiyuHairpin() {
  return [
    base(),
    path(d(['M', 96, 104], ['L', 104, 104], ['L', 101, 190], ['L', 99, 190], ['Z']), SH),
    [-1, 0, 1].map((i) => path(leafD(52, 8), i ? SV : LT, { transform: at(84, 86, 200 + i * 18) })),
    path(dropD(36, 20), SV, { transform: 'translate(104 86) rotate(190)' }),
    path(leafD(34, 9), SH, { transform: 'translate(112 80) rotate(196)' }),
    circle(122, 60, 12, SV),
    polygon([[132, 56], [146, 62], [132, 66]], LT),
    circle(124, 58, 2.6, DARK),
    [-100, -125, -150].map((a) => path(leafD(18, 3.5), LT, { transform: at(118, 52, a) })),
    dangles([86, 102, 118], 104, 22),
  ];
}

export function fishPendant() {
  const scales = [];
  for (let i = 0; i < 4; i++) for (let j = -1; j <= 1; j++) scales.push(path(d(['M', 64 + i * 14, 98 + j * 11], ['Q', 72 + i * 14, 104 + j * 11, 64 + i * 14, 110 + j * 11]), 'none', { stroke: LT, 'stroke-width': 2.4 }));
  return [
    base(),
    path(ringD(C, 40, 9, 4.5), SV, { 'fill-rule': 'evenodd' }),
    strokePath(d(['M', C, 49], ['L', C, 64]), SH, 2.5),
    polygon([[44, 104], [18, 80], [26, 104], [18, 128]], SH),
    path(leafD(130, 36), SV, { transform: 'translate(40 104)' }),
    scales,
    circle(148, 98, 6, DARK), circle(149, 97, 2.2, LT),
    strokePath(d(['M', 136, 86], ['Q', 128, 104, 136, 122]), SH, 2.4),
    path(leafD(26, 6), SH, { transform: at(108, 72, -150) }),
    dangles([72, 92, 112, 132], 120, 30),
  ];
}

export function buffaloHead() {
  const right = [
    path(d(['M', 116, 70], ['C', 150, 70, 184, 60, 186, 26], ['C', 194, 62, 164, 90, 122, 88], ['Z']), SV),
    strokePath(d(['M', 124, 78], ['C', 150, 78, 176, 66, 184, 40]), SH, 2.5),
    path(leafD(26, 8), SH, { transform: at(122, 90, 20) }),
    circle(115, 98, 4.5, LT), circle(115, 98, 2, DARK),
  ];
  return [
    base(),
    path(d(['M', 82, 70], ['C', 90, 62, 110, 62, 118, 70], ['C', 124, 100, 118, 130, 112, 150], ['C', 106, 162, 94, 162, 88, 150], ['C', 82, 130, 76, 100, 82, 70], ['Z']), SV),
    mirror(right),
    ellipse(C, 146, 15, 11, LT),
    mirror(circle(106, 146, 3, DARK)),
    path(ringD(C, 164, 11, 7), LT, { 'fill-rule': 'evenodd' }),
    polygon([[C, 74], [108, 86], [C, 98], [92, 86]], LT),
    [110, 122].map((y) => circle(C, y, 3, SH)),
  ];
}

export function butterflyMotherPendant() {
  // A round medallion with the Butterfly Mother standing in it in repoussé (figures.mjs), a
  // beaded rim, the loop it hangs from and a fringe of leaf dangles.
  return [
    base(),
    path(ringD(C, C, 78, 70), SV, { 'fill-rule': 'evenodd' }),
    radial(28, circle(C, 26, 2.2, LT)),
    g({ transform: 'translate(100 98) scale(0.66) translate(-100 -98)' },
      motherFigure({
        wing: SV, panel: LT, eye: SV, pupil: SH, lower: SV, leaf: LT, dots: LT, crown: LT, sleeve: LT,
        robe: SV, band: LT, skirt: SV, hair: SH, face: LT, features: SH, jewel: SV,
      })),
    path(ringD(C, 14, 7, 3.5), SV, { 'fill-rule': 'evenodd' }),
    dangles([72, 86, C, 114, 128], 172, 14),
  ];
}
