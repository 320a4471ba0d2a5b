/**
 * Step-and-repeat: many copies of one label on a real A4 or A3 sheet, for cooperatives that print
 * labels on an office or copy-shop printer and cut them by hand. The result is an ordinary
 * ScenePage whose trim is the block of copies and whose `sheet` is the paper: the PDF writer makes
 * the MediaBox exactly the paper (210 x 297 mm for A4), TrimBox the block, BleedBox the block plus
 * 3 mm, and draws the guillotine marks in the sheet margin, inside the paper and outside the bleed.
 */
import { StudioError } from '../../../model/localized';
import type { PathCommand, SceneNode, ScenePage } from '../../../model/scene';
import { rectPath } from './path-ops';

export type SheetSize = 'A4' | 'A3';

export interface NUpOptions {
  sheet: SheetSize;
  /** space between neighbouring labels, mm */
  gapMm: number;
  /** unprinted border of the sheet holding the cut marks, mm (default 12) */
  marginMm?: number;
}

export interface NUpLayout {
  cols: number;
  rows: number;
  sheetWidthMm: number;
  sheetHeightMm: number;
  /** top-left corner of each copy's trim box on the sheet */
  origins: { x: number; y: number }[];
}

export const SHEETS: Record<SheetSize, [number, number]> = { A4: [210, 297], A3: [297, 420] };
/** bleed of the block's outer edge (PDF/X: BleedBox = TrimBox + 3 mm) */
const SHEET_BLEED_MM = 3;
/** the margin must hold the bleed, a 1 mm gap and a mark of a few mm */
const MIN_MARGIN_MM = 8;

export function nUpLayout(label: ScenePage, options: NUpOptions): NUpLayout {
  const gap = Math.max(0, options.gapMm);
  const margin = Math.max(MIN_MARGIN_MM, options.marginMm ?? 12);
  const [pw, ph] = SHEETS[options.sheet];
  const fit = (sheetW: number, sheetH: number) => ({
    cols: Math.max(0, Math.floor((sheetW - 2 * margin + gap) / (label.widthMm + gap))),
    rows: Math.max(0, Math.floor((sheetH - 2 * margin + gap) / (label.heightMm + gap))),
    sheetW,
    sheetH,
  });
  const portrait = fit(pw, ph);
  const landscape = fit(ph, pw);
  const best = landscape.cols * landscape.rows > portrait.cols * portrait.rows ? landscape : portrait;
  if (best.cols * best.rows === 0) {
    throw new StudioError('pdf.nUpTooLarge', {
      zh: `标签（${label.widthMm}×${label.heightMm} 毫米）放不进 ${options.sheet} 纸（留边 ${margin} 毫米）。请换大一号的纸，或直接导出单张。`,
      en: `The label (${label.widthMm}×${label.heightMm} mm) does not fit on an ${options.sheet} sheet with ${margin} mm margins. Choose a larger sheet or export the label on its own.`,
    });
  }
  const gridW = best.cols * label.widthMm + (best.cols - 1) * gap;
  const gridH = best.rows * label.heightMm + (best.rows - 1) * gap;
  const left = (best.sheetW - gridW) / 2;
  const top = (best.sheetH - gridH) / 2;
  const origins: { x: number; y: number }[] = [];
  for (let r = 0; r < best.rows; r++) {
    for (let c = 0; c < best.cols; c++) {
      origins.push({ x: left + c * (label.widthMm + gap), y: top + r * (label.heightMm + gap) });
    }
  }
  return { cols: best.cols, rows: best.rows, sheetWidthMm: best.sheetW, sheetHeightMm: best.sheetH, origins };
}

export function nUp(label: ScenePage, options: NUpOptions): ScenePage {
  const layout = nUpLayout(label, options);
  const gap = Math.max(0, options.gapMm);
  const w = label.widthMm;
  const h = label.heightMm;
  const bleed = Math.max(0, label.bleedMm);
  // the block's trim: every copy, in trim coordinates from its top-left copy
  const x0 = layout.origins[0].x;
  const y0 = layout.origins[0].y;
  const blockW = layout.cols * w + (layout.cols - 1) * gap;
  const blockH = layout.rows * h + (layout.rows - 1) * gap;
  // each copy keeps its bleed on the block's outer edges (up to the sheet's 3 mm) and half the
  // gap between neighbours, so neighbours never overlap
  const inner = Math.min(bleed, gap / 2);
  const outer = Math.min(bleed, SHEET_BLEED_MM);
  const nodes: SceneNode[] = layout.origins.map(({ x, y }, i) => {
    const col = i % layout.cols;
    const row = Math.floor(i / layout.cols);
    const l = col === 0 ? outer : inner;
    const r = col === layout.cols - 1 ? outer : inner;
    const t = row === 0 ? outer : inner;
    const b = row === layout.rows - 1 ? outer : inner;
    return { type: 'group', transform: [1, 0, 0, 1, x - x0, y - y0], clip: rectPath(-l, -t, w + l + r, h + t + b), children: label.nodes };
  });
  const cut: PathCommand[][] = [];
  const fold: PathCommand[][] = [];
  for (const { x, y } of layout.origins) {
    for (const p of label.dieline?.cut ?? []) cut.push(translate(p, x - x0, y - y0));
    for (const p of label.dieline?.fold ?? []) fold.push(translate(p, x - x0, y - y0));
  }
  const cutsX = [...new Set(layout.origins.flatMap((o) => [o.x - x0, o.x - x0 + w]))].sort((a, b) => a - b);
  const cutsY = [...new Set(layout.origins.flatMap((o) => [o.y - y0, o.y - y0 + h]))].sort((a, b) => a - b);
  return {
    name: `${label.name} ${layout.cols}×${layout.rows}`,
    widthMm: blockW,
    heightMm: blockH,
    bleedMm: SHEET_BLEED_MM,
    safeMm: label.safeMm,
    nodes,
    dieline: cut.length + fold.length > 0 ? { cut, fold } : undefined,
    sheet: { widthMm: layout.sheetWidthMm, heightMm: layout.sheetHeightMm, trimX: x0, trimY: y0, cutsX, cutsY },
  };
}

function translate(path: PathCommand[], dx: number, dy: number): PathCommand[] {
  return path.map((cmd): PathCommand => {
    switch (cmd[0]) {
      case 'M':
      case 'L':
        return [cmd[0], cmd[1] + dx, cmd[2] + dy];
      case 'C':
        return ['C', cmd[1] + dx, cmd[2] + dy, cmd[3] + dx, cmd[4] + dy, cmd[5] + dx, cmd[6] + dy];
      case 'Z':
        return ['Z'];
    }
  });
}
