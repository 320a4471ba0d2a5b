/**
 * New elements as the composer's tools create them: sensible sizes in mm, placed in free space
 * of the chosen panel (model/design/free-space.ts: nearest the middle, never over the text,
 * motifs, photos and codes already there), names in Chinese and English so the layers list
 * reads well in either language.
 */
import { freeSpaceOnPanel, type Anchor } from '../../model/design/free-space';
import { DEFAULT_FONT_ID, type ColourMap, type Element, type Transform } from '../../model/design/schema';
import type { Design } from '../../model/design/schema';
import type { Panel, Rect, TemplateResult } from '../../model/templates/types';

/** An id not used in the document: kind + counter keeps ids readable in saved files. */
export function freshId(doc: Design, prefix: string): string {
  const used = new Set(doc.elements.map((e) => e.id));
  let n = doc.elements.length + 1;
  while (used.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

/** The panel a tool drops onto: the given one, else the front (or first printable) panel. */
export function targetPanel(template: TemplateResult, page: string, panelId?: string): Panel | undefined {
  const onPage = template.panels.filter((p) => p.page === page);
  return (
    onPage.find((p) => p.id === panelId) ??
    onPage.find((p) => p.id === 'front') ??
    onPage.find((p) => p.printable) ??
    onPage[0]
  );
}

function areaOf(template: TemplateResult, panel: Panel | undefined): Rect {
  return panel?.bounds ?? { x: 0, y: 0, width: template.width, height: template.height };
}

export interface Where {
  doc: Design;
  template: TemplateResult;
  page: string;
  panelId?: string;
  /** where on the panel free space is looked for first (default: the middle) */
  prefer?: Anchor;
}

/** A w x h box in free space of the target panel (scaled down when the panel has no such room). */
export function freeBox(where: Where, w: number, h: number): Transform {
  const panel = targetPanel(where.template, where.page, where.panelId);
  const { rect } = freeSpaceOnPanel(where.doc, where.template, where.page, panel?.id, w, h, where.prefer);
  return { ...rect, rotation: 0 };
}

function base(where: Where, prefix: string, name: string, w: number, h: number) {
  const panel = targetPanel(where.template, where.page, where.panelId);
  return {
    id: freshId(where.doc, prefix),
    name,
    page: where.page,
    ...(panel ? { panelId: panel.id } : {}),
    transform: freeBox(where, w, h),
    opacity: 1,
    locked: false,
    hidden: false,
  };
}

export function newText(where: Where, text: string, direction: 'horizontal' | 'vertical' = 'horizontal', fontId = DEFAULT_FONT_ID): Element {
  const vertical = direction === 'vertical';
  return {
    ...base(where, 'text', vertical ? '竖排文字 Vertical text' : '文字 Text', vertical ? 14 : 50, vertical ? 60 : 14),
    kind: 'text',
    text,
    fontId,
    sizePt: 14,
    lineHeight: 1.4,
    align: 'start',
    direction,
    colour: { cmyk: { c: 0, m: 0, y: 0, k: 100 } },
    role: 'body',
  };
}

/** A generous estimate of a line's advance in ems: CJK characters one em wide, Latin about half. */
export function estimatedEms(text: string): number {
  return [...text].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e7f ? 1 : 0.55), 0);
}

/**
 * A text sized for its words and put into free space of the panel (the guided path's "put on the
 * box"): a vertical title down the right-hand side, a horizontal story low on the panel, never over
 * the motifs, photos and texts already there. The size is a generous estimate (CJK characters one
 * em wide, Latin about half); the scene's layout reports any overflow.
 */
export function newTextInFreeSpace(where: Where, text: string, direction: 'horizontal' | 'vertical', sizePt: number, fontId = DEFAULT_FONT_ID): Element {
  const panel = targetPanel(where.template, where.page, where.panelId);
  const em = (sizePt * 25.4) / 72;
  const lineHeight = 1.4;
  const ems = estimatedEms(text);
  const area = panel ? panel.bounds : { x: 0, y: 0, width: where.template.width, height: where.template.height };
  const room = { width: area.width - 2 * where.template.safeMm, height: area.height - 2 * where.template.safeMm };
  let w: number;
  let h: number;
  if (direction === 'vertical') {
    w = em * lineHeight;
    h = Math.min(room.height * 0.8, ems * em * 1.05 + em);
  } else {
    w = Math.min(room.width, Math.max(em * 4, ems * em + em));
    const lines = Math.max(1, Math.ceil((ems * em) / Math.max(em, w - em)));
    h = lines * em * lineHeight + em * 0.5;
  }
  const { rect, free, fits } = freeSpaceOnPanel(where.doc, where.template, where.page, panel?.id, w, h, direction === 'vertical' ? 'right' : 'bottom');
  // text can wrap: when the wanted box does not fit, take the whole free rectangle rather than a shrunken box
  const box = fits ? rect : free;
  const el = newText({ ...where, panelId: panel?.id }, text, direction, fontId);
  return { ...el, sizePt, transform: { ...box, rotation: 0 } } as Element;
}

export function newShape(where: Where, shape: 'rect' | 'ellipse' | 'line'): Element {
  const names = { rect: '矩形 Rectangle', ellipse: '椭圆 Ellipse', line: '线 Line' } as const;
  const el = base(where, 'shape', names[shape], 30, shape === 'line' ? 0 : 20);
  if (shape === 'line') {
    return { ...el, kind: 'shape', shape, stroke: { colour: { cmyk: { c: 0, m: 0, y: 0, k: 100 } }, widthMm: 0.5 } };
  }
  return { ...el, kind: 'shape', shape, fill: { cmyk: { c: 10, m: 60, y: 70, k: 0 } } };
}

export function newQr(where: Where, content: string): Element {
  return { ...base(where, 'qr', '二维码 QR code', 20, 20), kind: 'qr', content, ecLevel: 'M' };
}

/** EAN-13 nominal 37.29 x 25.93 mm; "" = the product's GTIN at export */
export function newBarcode(where: Where): Element {
  return { ...base(where, 'barcode', '条码 Barcode', 37.29, 25.93), kind: 'barcode', gtin: '', magnification: 1 };
}

/** GB 28050 nutrition table drawn from the product's facts; 7.5 pt keeps its digits above 1.8 mm. */
export function newNutritionTable(where: Where, fontId = DEFAULT_FONT_ID): Element {
  return {
    ...base(where, 'nutrition', '营养成分表 Nutrition table', 42, 32),
    kind: 'nutrition-table',
    layout: 'vertical',
    fontId,
    sizePt: 7.5,
    colour: { cmyk: { c: 0, m: 0, y: 0, k: 100 } },
  };
}

export function newImage(where: Where, assetId: string, pixelWidth: number, pixelHeight: number): Element {
  const w = 50;
  const h = (w * pixelHeight) / pixelWidth;
  return { ...base(where, 'image', '照片 Photo', w, h), kind: 'image', assetId, pixelWidth, pixelHeight };
}

export function newMotif(where: Where, motifId: string, name: string, aspect: number, colourMap: ColourMap = {}): Element {
  const w = 30;
  return { ...base(where, 'motif', name, w, w / (aspect > 0 ? aspect : 1)), kind: 'motif', motifId, colourMap };
}

/**
 * A pattern fill over a whole panel: tiles cover it, a border strip runs along one edge.
 * The element box is the panel's bounds so the pattern is clipped to that panel.
 */
export function newPattern(where: Where, motifId: string, name: string, mode: 'tile' | 'border', colourMap: ColourMap = {}): Element {
  const panel = targetPanel(where.template, where.page, where.panelId);
  const area = areaOf(where.template, panel);
  return {
    id: freshId(where.doc, 'pattern'),
    name: mode === 'tile' ? `${name} · 铺满 tiled` : `${name} · 花边 border`,
    page: where.page,
    ...(panel ? { panelId: panel.id } : {}),
    transform: { x: area.x, y: area.y, width: area.width, height: area.height, rotation: 0 },
    opacity: 1,
    locked: false,
    hidden: false,
    kind: 'pattern',
    motifId,
    mode,
    ...(mode === 'border' ? { edge: 'bottom' as const } : {}),
    tileMm: mode === 'tile' ? 12 : 10,
    spacingMm: 2,
    mirror: 'none',
    clipToPanel: true,
    colourMap,
  };
}
