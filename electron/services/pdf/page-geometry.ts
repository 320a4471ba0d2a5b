/**
 * Page boxes in points. TrimBox = the finished size; BleedBox = trim + bleed on every side;
 * MediaBox = bleed + a slug for crop marks, or exactly the BleedBox without marks.
 */
import type { ScenePage } from '../../../model/scene';
import { mmToPt, nums } from './units';

/** room around the bleed for crop marks and the info line */
export const SLUG_MM = 10;

export type Box = [number, number, number, number];

export interface PageGeometry {
  slugMm: number;
  mediaBox: Box;
  bleedBox: Box;
  trimBox: Box;
  /** `cm` operator switching to the scene's system: mm, y down, origin at the trim's top-left */
  sceneMatrix: string;
}

export function pageGeometry(page: ScenePage, cropMarks: boolean): PageGeometry {
  const slugMm = cropMarks ? SLUG_MM : 0;
  const bleed = Math.max(0, page.bleedMm);
  const offset = slugMm + bleed;
  const mediaW = mmToPt(page.widthMm + 2 * offset);
  const mediaH = mmToPt(page.heightMm + 2 * offset);
  const s = mmToPt(slugMm);
  const o = mmToPt(offset);
  const k = mmToPt(1);
  return {
    slugMm,
    mediaBox: [0, 0, mediaW, mediaH],
    bleedBox: [s, s, mediaW - s, mediaH - s],
    trimBox: [o, o, mediaW - o, mediaH - o],
    sceneMatrix: `${nums(k, 0, 0, -k, o, mediaH - o)} cm`,
  };
}
