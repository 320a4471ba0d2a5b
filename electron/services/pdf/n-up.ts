/**
 * Step-and-repeat: many copies of one label on an A4 or A3 sheet, for cooperatives that print
 * labels on an office or copy-shop printer and cut them by hand. The result is an ordinary
 * ScenePage, so writePdf (and the canvas) draw it like any other page.
 */
import { StudioError } from '../../../model/localized';
import type { PathCommand, PrintColor, SceneNode, ScenePage } from '../../../model/scene';
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

const SHEETS: Record<SheetSize, [number, number]> = { A4: [210, 297], A3: [297, 420] };
const MARK_COLOR: PrintColor = { kind: 'cmyk', c: 0, m: 0, y: 0, k: 100 };
const MARK_WIDTH_MM = 0.25 / (72 / 25.4);
const MARK_LENGTH_MM = 5;
const MARK_GAP_MM = 2;

export function nUpLayout(label: ScenePage, options: NUpOptions): NUpLayout {
  const gap = Math.max(0, options.gapMm);
  const margin = options.marginMm ?? 12;
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
  // each copy keeps its own bleed, but never more than half the gap, so neighbours do not overlap
  const pad = Math.min(Math.max(0, label.bleedMm), gap / 2);
  const w = label.widthMm;
  const h = label.heightMm;
  const nodes: SceneNode[] = layout.origins.map(({ x, y }) => ({
    type: 'group',
    transform: [1, 0, 0, 1, x, y],
    clip: rectPath(-pad, -pad, w + 2 * pad, h + 2 * pad),
    children: label.nodes,
  }));
  nodes.push(...cutMarks(layout, w, h, pad));
  const cut: PathCommand[][] = [];
  const fold: PathCommand[][] = [];
  for (const { x, y } of layout.origins) {
    for (const p of label.dieline?.cut ?? []) cut.push(translate(p, x, y));
    for (const p of label.dieline?.fold ?? []) fold.push(translate(p, x, y));
  }
  return {
    name: `${label.name} ${layout.cols}×${layout.rows}`,
    widthMm: layout.sheetWidthMm,
    heightMm: layout.sheetHeightMm,
    bleedMm: 3,
    safeMm: options.marginMm ?? 12,
    nodes,
    dieline: cut.length + fold.length > 0 ? { cut, fold } : undefined,
  };
}

/** Marks in the sheet margin on the line of every column and row edge, for a guillotine. */
function cutMarks(layout: NUpLayout, w: number, h: number, pad: number): SceneNode[] {
  const xs = [...new Set(layout.origins.flatMap((o) => [o.x, o.x + w]))];
  const ys = [...new Set(layout.origins.flatMap((o) => [o.y, o.y + h]))];
  const gridTop = Math.min(...ys) - pad - MARK_GAP_MM;
  const gridBottom = Math.max(...ys) + pad + MARK_GAP_MM;
  const gridLeft = Math.min(...xs) - pad - MARK_GAP_MM;
  const gridRight = Math.max(...xs) + pad + MARK_GAP_MM;
  const d: PathCommand[] = [];
  for (const x of xs) {
    d.push(['M', x, gridTop], ['L', x, gridTop - MARK_LENGTH_MM]);
    d.push(['M', x, gridBottom], ['L', x, gridBottom + MARK_LENGTH_MM]);
  }
  for (const y of ys) {
    d.push(['M', gridLeft, y], ['L', gridLeft - MARK_LENGTH_MM, y]);
    d.push(['M', gridRight, y], ['L', gridRight + MARK_LENGTH_MM, y]);
  }
  return [{ type: 'path', d, stroke: { color: MARK_COLOR, widthMm: MARK_WIDTH_MM } }];
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
