// Figures drawn once and worked in more than one craft (embroidery, silver): the Butterfly
// Mother as an ancestral mother, standing, with a calm human face under a horned crown, a
// robed body and butterfly wings spread behind her. Colours are passed in by role.
import { C, at, circle, d, ellipse, leafD, mirror, path, rect, strokePath } from './svg.mjs';

/** c: { wing, panel, eye, pupil, lower, leaf, dots, crown, sleeve, robe, band, skirt, hair, face, features, jewel } */
export function motherFigure(c) {
  const rightHalf = [
    path(d(['M', 106, 86], ['C', 120, 48, 166, 26, 190, 42], ['C', 202, 58, 190, 94, 162, 104], ['C', 142, 110, 120, 106, 106, 100], ['Z']), c.wing, { 'data-stitch': 'fan 104 96' }),
    path(d(['M', 118, 88], ['C', 130, 64, 160, 48, 176, 56], ['C', 184, 66, 174, 88, 154, 94], ['C', 140, 98, 126, 96, 118, 92], ['Z']), c.panel, { 'data-stitch': 'fan 104 96' }),
    circle(158, 72, 9, c.eye), circle(158, 72, 4, c.pupil),
    path(d(['M', 106, 110], ['C', 132, 110, 168, 120, 168, 148], ['C', 168, 172, 140, 180, 124, 166], ['C', 112, 156, 108, 132, 106, 118], ['Z']), c.lower, { 'data-stitch': 'fan 104 112' }),
    path(leafD(40, 9), c.leaf, { transform: at(112, 120, 38), 'data-stitch': 'angle 128' }),
    [[186, 46], [194, 66], [186, 88], [164, 168], [148, 176]].map(([x, y]) => circle(x, y, 3, c.dots)),
    // the horned crown, like the silver horns worn at festivals
    path(d(['M', 102, 44], ['C', 112, 40, 126, 30, 134, 12], ['C', 136, 26, 126, 44, 104, 52], ['Z']), c.crown),
    // sleeves, hands held before her
    path(d(['M', 110, 86], ['C', 122, 92, 126, 104, 120, 114], ['L', 108, 112], ['Z']), c.sleeve),
  ];
  return [
    mirror(rightHalf),
    // robe with bands and the pleated skirt
    path(d(['M', 90, 80], ['L', 110, 80], ['L', 118, 150], ['L', 82, 150], ['Z']), c.robe),
    rect(86, 104, 28, 6, c.band), rect(84, 124, 32, 6, c.band),
    path(d(['M', 82, 150], ['L', 118, 150], ['L', 126, 176], ['L', 74, 176], ['Z']), c.skirt, { 'data-stitch': 'angle 90' }),
    [80, 90, 100, 110, 120].map((x) => circle(x, 180, 3, c.dots)),
    ellipse(C, 112, 9, 5, c.band),
    // head: hair parted under the crown, an oval face, calm closed eyes, a quiet mouth
    path(d(['M', 84, 58], ['C', 84, 38, 116, 38, 116, 58], ['L', 112, 52], ['C', 106, 46, 94, 46, 88, 52], ['Z']), c.hair),
    ellipse(C, 62, 13, 16, c.face),
    path(d(['M', 86, 50], ['C', 92, 42, 108, 42, 114, 50], ['C', 106, 47, 94, 47, 86, 50], ['Z']), c.hair),
    mirror(path(d(['M', 103, 60], ['C', 106, 57, 110, 57, 112, 60], ['C', 109, 61.5, 106, 61.5, 103, 60], ['Z']), c.features)),
    strokePath(d(['M', C, 62], ['L', C, 69]), c.features, 1.3),
    strokePath(d(['M', 96, 73], ['C', 98, 74.5, 102, 74.5, 104, 73]), c.features, 1.4),
    circle(C, 36, 4, c.jewel),
  ];
}
