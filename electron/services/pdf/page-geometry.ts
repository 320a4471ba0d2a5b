/**
 * Page boxes in points. TrimBox = the finished size; BleedBox = trim + bleed on every side;
 * MediaBox = bleed + a slug for crop marks, or exactly the BleedBox without marks.
 * An n-up page (page.sheet) is printed on real paper: MediaBox = the sheet (A4 = 210 x 297 mm,
 * with or without marks), TrimBox = the block of copies where it sits on the sheet, BleedBox =
 * that block + its bleed; the marks go in the sheet's own margin.
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
  if (page.sheet) return sheetGeometry(page, page.sheet);
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

function sheetGeometry(page: ScenePage, sheet: NonNullable<ScenePage['sheet']>): PageGeometry {
  const bleed = Math.max(0, page.bleedMm);
  const mediaW = mmToPt(sheet.widthMm);
  const mediaH = mmToPt(sheet.heightMm);
  // PDF y runs up from the sheet's bottom edge; the scene's trim top-left is (trimX, trimY) from its top
  const left = sheet.trimX;
  const bottom = sheet.heightMm - sheet.trimY - page.heightMm;
  const trim: Box = [mmToPt(left), mmToPt(bottom), mmToPt(left + page.widthMm), mmToPt(bottom + page.heightMm)];
  const k = mmToPt(1);
  return {
    // the room between the bleed and the sheet's bottom edge (for the info line)
    slugMm: Math.max(0, bottom - bleed),
    mediaBox: [0, 0, mediaW, mediaH],
    bleedBox: [trim[0] - mmToPt(bleed), trim[1] - mmToPt(bleed), trim[2] + mmToPt(bleed), trim[3] + mmToPt(bleed)],
    trimBox: trim,
    sceneMatrix: `${nums(k, 0, 0, -k, mmToPt(left), mediaH - mmToPt(sheet.trimY))} cm`,
  };
}
