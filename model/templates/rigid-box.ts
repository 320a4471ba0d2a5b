/**
 * Two-piece rigid box (天地盖): a base tray and a slightly larger lid tray, the classic gift
 * box for silver jewellery and embroidered pieces.
 *
 * Decision: both trays sit side by side on ONE sheet (base left, lid right, 10 mm apart),
 * because the print shop cuts both from the same wrap sheet and the designer sees the whole
 * box at once. Each tray is a cross-shaped net: floor in the middle, four walls, and a corner
 * tab on each end of the two long-edge walls (glued inside the short walls).
 *
 * Simplification (documented for the print shop): this is the net of the printed wrap at
 * board size; the 15-20 mm turn-ins a wrap needs over greyboard are not drawn.
 * The lid's inside is the base's outside plus clearance: lid floor = base floor + 2 (t + c).
 *
 * `upright`: base walls read with their free (open) edge up; lid walls read with their free
 * edge down, as each tray stands in use.
 */
import { z } from 'zod';
import type { Issue } from '../localized';
import { polygon, polyline, rectPath, translatePath, type Point } from './geometry';
import { mmField, mmSchema, relationIssue } from './params';
import { makePanel, makeResult, type PanelShape, type TemplateDefinition } from './result';
import type { PathCommand } from '../scene';
import type { Upright } from './types';

const fields = {
  lengthMm: mmField('底盒长', 'Base length', 30, 500),
  widthMm: mmField('底盒宽', 'Base width', 30, 400),
  baseHeightMm: mmField('底盒高', 'Base height', 10, 200),
  lidHeightMm: mmField('盖高', 'Lid height', 8, 200),
  boardThicknessMm: mmField('灰板厚度', 'Board thickness', 0.5, 4),
  clearanceMm: mmField('盖与底的间隙', 'Lid clearance', 0, 5),
  tabWidthMm: mmField('角位粘片宽', 'Corner tab width', 5, 60),
};

const schema = z.object({
  lengthMm: mmSchema(fields.lengthMm),
  widthMm: mmSchema(fields.widthMm),
  baseHeightMm: mmSchema(fields.baseHeightMm),
  lidHeightMm: mmSchema(fields.lidHeightMm),
  boardThicknessMm: mmSchema(fields.boardThicknessMm),
  clearanceMm: mmSchema(fields.clearanceMm),
  tabWidthMm: mmSchema(fields.tabWidthMm),
});

export type RigidBoxParams = z.infer<typeof schema>;

const defaults: RigidBoxParams = {
  lengthMm: 160,
  widthMm: 110,
  baseHeightMm: 50,
  lidHeightMm: 25,
  boardThicknessMm: 1.5,
  clearanceMm: 0.5,
  tabWidthMm: 15,
};

const K = 'rigid-lid-base';
/** gap between the two nets: wider than two bleeds so each tray's bleed stays clear of the other */
export const TRAY_GAP_MM = 10;

function relations(p: RigidBoxParams): Issue[] {
  const out: Issue[] = [];
  const maxTab = Math.min(p.lidHeightMm, p.baseHeightMm, p.widthMm / 2);
  if (p.tabWidthMm > maxTab)
    out.push(relationIssue(K, 'tabWidthMm', `角位粘片宽不能超过盖高、底高和宽的一半中最小者（${maxTab} 毫米）。`, `Corner tabs may be at most the smallest of lid height, base height and half the width (${maxTab} mm) wide.`));
  if (p.lidHeightMm > p.baseHeightMm)
    out.push(relationIssue(K, 'lidHeightMm', `盖高不能超过底盒高（${p.baseHeightMm} 毫米）。`, `The lid may be at most as high as the base (${p.baseHeightMm} mm).`));
  return out;
}

interface Tray {
  cut: PathCommand[];
  fold: PathCommand[][];
  panels: PanelShape[];
  width: number;
  height: number;
}

/** Cross-shaped tray net with its bounding box's top-left at (ox, 0). */
function trayNet(prefix: 'base' | 'lid', ox: number, a: number, b: number, h: number, tw: number, zhName: string, enName: string): Tray {
  const taper = Math.min(2, h / 4);
  const x0 = ox + h;
  const y0 = h;
  const x1 = x0 + a;
  const y1 = y0 + b;
  const pts: Point[] = [
    [x0, 0], [x1, 0],
    [x1 + tw, taper], [x1 + tw, y0 - taper], [x1, y0],
    [x1 + h, y0], [x1 + h, y1], [x1, y1],
    [x1 + tw, y1 + taper], [x1 + tw, y1 + h - taper], [x1, y1 + h],
    [x0, y1 + h],
    [x0 - tw, y1 + h - taper], [x0 - tw, y1 + taper], [x0, y1],
    [ox, y1], [ox, y0], [x0, y0],
    [x0 - tw, y0 - taper], [x0 - tw, taper],
  ];
  const fold = [
    polyline([[x0, y0], [x1, y0]]),
    polyline([[x1, y0], [x1, y1]]),
    polyline([[x0, y1], [x1, y1]]),
    polyline([[x0, y0], [x0, y1]]),
    polyline([[x1, 0], [x1, y0]]),
    polyline([[x1, y1], [x1, y1 + h]]),
    polyline([[x0, y1], [x0, y1 + h]]),
    polyline([[x0, 0], [x0, y0]]),
  ];
  const lid = prefix === 'lid';
  // wall content "up" points to the free edge on a base and to the floor on a lid
  const up = (baseDeg: Upright, lidDeg: Upright) => (lid ? lidDeg : baseDeg);
  const n = (zh: string, en: string) => ({ zh: `${zhName}${zh}`, en: `${enName} ${en}` });
  const tab = (id: string, zh: string, en: string, q: Point[]) => makePanel(`${prefix}-tab-${id}`, n(`角位粘片（${zh}）`, `corner tab (${en})`), polygon(q), { printable: false });
  const panels = [
    makePanel(`${prefix}-floor`, n(lid ? '顶面' : '底面', lid ? 'top' : 'floor'), rectPath(x0, y0, a, b)),
    makePanel(`${prefix}-wall-back`, n('后墙', 'back wall'), rectPath(x0, 0, a, h), { upright: up(0, 180) }),
    makePanel(`${prefix}-wall-front`, n('前墙', 'front wall'), rectPath(x0, y1, a, h), { upright: up(180, 0) }),
    makePanel(`${prefix}-wall-left`, n('左墙', 'left wall'), rectPath(ox, y0, h, b), { upright: up(270, 90) }),
    makePanel(`${prefix}-wall-right`, n('右墙', 'right wall'), rectPath(x1, y0, h, b), { upright: up(90, 270) }),
    tab('tr', '右上', 'top right', [[x1, 0], [x1 + tw, taper], [x1 + tw, y0 - taper], [x1, y0]]),
    tab('br', '右下', 'bottom right', [[x1, y1], [x1 + tw, y1 + taper], [x1 + tw, y1 + h - taper], [x1, y1 + h]]),
    tab('bl', '左下', 'bottom left', [[x0, y1 + h], [x0 - tw, y1 + h - taper], [x0 - tw, y1 + taper], [x0, y1]]),
    tab('tl', '左上', 'top left', [[x0, y0], [x0 - tw, y0 - taper], [x0 - tw, taper], [x0, 0]]),
  ];
  return { cut: polygon(pts), fold, panels, width: a + 2 * h, height: b + 2 * h };
}

function build(p: RigidBoxParams) {
  const base = trayNet('base', 0, p.lengthMm, p.widthMm, p.baseHeightMm, p.tabWidthMm, '底盒', 'Base');
  const grow = 2 * (p.boardThicknessMm + p.clearanceMm);
  const lid = trayNet('lid', base.width + TRAY_GAP_MM, p.lengthMm + grow, p.widthMm + grow, p.lidHeightMm, p.tabWidthMm, '盖', 'Lid');
  // the shorter net is centred vertically so the sheet reads as one composition
  const height = Math.max(base.height, lid.height);
  const shift = (t: Tray): Tray => {
    const dy = (height - t.height) / 2;
    if (dy === 0) return t;
    const mv = (path: PathCommand[]) => translatePath(path, 0, dy);
    return { ...t, cut: mv(t.cut), fold: t.fold.map(mv), panels: t.panels.map((pn) => makePanel(pn.id, pn.name, mv(pn.outline), pn)) };
  };
  const b = shift(base);
  const l = shift(lid);
  return makeResult(K, base.width + TRAY_GAP_MM + lid.width, height, [...b.panels, ...l.panels], {
    front: { cut: [b.cut, l.cut], fold: [...b.fold, ...l.fold] },
  });
}

export const rigidBox: TemplateDefinition<RigidBoxParams> = {
  kind: K,
  name: { zh: '天地盖礼盒', en: 'Two-piece lid-and-base box' },
  fields,
  paramsSchema: schema,
  defaults,
  relations,
  build,
  sizeFromProduct(hint) {
    const m = hint.productMm;
    if (!m) return undefined;
    const L = Math.ceil(m.length + 4);
    const W = Math.ceil(m.width + 4);
    const H = Math.ceil(m.height + 3);
    const lidH = Math.max(8, Math.round(H / 2));
    return { lengthMm: L, widthMm: W, baseHeightMm: H, lidHeightMm: lidH, tabWidthMm: Math.max(5, Math.min(15, lidH, W / 2)) };
  },
};
