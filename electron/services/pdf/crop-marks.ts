/**
 * Crop marks and the slug info line, drawn in the scene's mm system around the trim box.
 * Marks are in registration colour (Separation /All: every plate) and start 1 mm beyond the
 * bleed, so nothing of them can show on the trimmed product.
 */
import type { PdfFont } from './embedded-font';
import type { ScenePage } from '../../../model/scene';
import { REGISTRATION, colourOps, type SeparationSpaces } from './colour';
import type { PageResources } from './page-resources';
import { PT_PER_MM, num, nums } from './units';

const GAP_BEYOND_BLEED_MM = 1;
const MARK_LINE_MM = 0.25 / PT_PER_MM;
const INFO_SIZE_PT = 6;
const INFO_MIN_SIZE_PT = 3;

export function cropMarkOps(page: ScenePage, slugMm: number, res: PageResources, spaces: SeparationSpaces): string[] {
  if (page.sheet) return sheetMarkOps(page, page.sheet, res, spaces);
  const w = page.widthMm;
  const h = page.heightMm;
  const start = page.bleedMm + GAP_BEYOND_BLEED_MM;
  const end = page.bleedMm + slugMm - GAP_BEYOND_BLEED_MM;
  const out = ['q', colourOps(REGISTRATION, 'stroke', res, spaces), `${num(MARK_LINE_MM)} w`];
  for (const cx of [0, w]) {
    for (const cy of [0, h]) {
      const sx = cx === 0 ? -1 : 1;
      const sy = cy === 0 ? -1 : 1;
      out.push(`${nums(cx + sx * start, cy)} m ${nums(cx + sx * end, cy)} l S`);
      out.push(`${nums(cx, cy + sy * start)} m ${nums(cx, cy + sy * end)} l S`);
    }
  }
  out.push('Q');
  return out;
}

const SHEET_MARK_MAX_MM = 6;

/**
 * n-up: a guillotine mark on the line of every cut, in each margin of the paper sheet, from 1 mm
 * beyond the block's bleed to 1 mm short of the paper edge (at most 6 mm long): inside the
 * sheet, outside the BleedBox.
 */
function sheetMarkOps(page: ScenePage, sheet: NonNullable<ScenePage['sheet']>, res: PageResources, spaces: SeparationSpaces): string[] {
  const start = page.bleedMm + GAP_BEYOND_BLEED_MM;
  const room = {
    left: sheet.trimX,
    top: sheet.trimY,
    right: sheet.widthMm - sheet.trimX - page.widthMm,
    bottom: sheet.heightMm - sheet.trimY - page.heightMm,
  };
  const len = (margin: number) => Math.min(SHEET_MARK_MAX_MM, margin - 1 - start);
  const out = ['q', colourOps(REGISTRATION, 'stroke', res, spaces), `${num(MARK_LINE_MM)} w`];
  for (const x of sheet.cutsX) {
    if (len(room.top) > 0) out.push(`${nums(x, -start)} m ${nums(x, -start - len(room.top))} l S`);
    if (len(room.bottom) > 0) out.push(`${nums(x, page.heightMm + start)} m ${nums(x, page.heightMm + start + len(room.bottom))} l S`);
  }
  for (const y of sheet.cutsY) {
    if (len(room.left) > 0) out.push(`${nums(-start, y)} m ${nums(-start - len(room.left), y)} l S`);
    if (len(room.right) > 0) out.push(`${nums(page.widthMm + start, y)} m ${nums(page.widthMm + start + len(room.right), y)} l S`);
  }
  out.push('Q');
  return out;
}

/** The info line below the bottom bleed, shrunk (down to 3 pt) to fit between the marks. */
export function slugInfoOps(text: string, page: ScenePage, slugMm: number, font: PdfFont, res: PageResources): string[] {
  const room = Math.max(1, page.widthMm - 4);
  const widthAt1 = font.widthOfTextAtSize(text, 1) / PT_PER_MM;
  const size = Math.max(INFO_MIN_SIZE_PT, Math.min(INFO_SIZE_PT, room / Math.max(widthAt1, 1e-6)));
  let shown = text;
  while (shown.length > 1 && font.widthOfTextAtSize(shown, size) / PT_PER_MM > room) shown = shown.slice(0, -1);
  const baseline = page.heightMm + page.bleedMm + slugMm / 2 + 1;
  return [
    'q',
    '0 0 0 1 k',
    'BT',
    `/${res.name('Font', font.ref)} ${num(size / PT_PER_MM)} Tf`,
    `1 0 0 -1 ${nums(2, baseline)} Tm`,
    `${font.encodeText(shown)} Tj`,
    'ET',
    'Q',
  ];
}

export function slugInfoText(title: string, page: ScenePage, index: number, count: number, now: Date): string {
  const stamp = now.toISOString().slice(0, 16).replace('T', ' ');
  return `${title} · ${page.name} · ${index + 1}/${count} · ${stamp} UTC`;
}
