/**
 * A hand-built scene exercising every node kind the PDF writer handles, plus the raster
 * assets it refers to (made with sharp, so the tests own their inputs).
 */
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import type { FontService } from '../../../../../electron/services/fonts/font-service';
import type { WritePdfOptions } from '../../../../../electron/services/pdf/write-pdf';
import type { PathCommand, Scene, ScenePage } from '../../../../../model/scene';

export const PHOTO_ID = 'photo-3000x2000';
export const LOGO_ID = 'logo-alpha';
/** the CMYK profile the studio ships */
export const SAMPLE_ICC = join(resolve(__dirname, '../../../../..'), 'assets/icc/FOGRA39L_tac300.icc');

/** How a test writes the sample scene: its photo and logo by id (any other id throws), the shipped profile, crop marks, a fixed date. */
export function sampleWriteOptions(assets: { fonts: FontService; photo: Buffer; logo: Buffer }, title: string): WritePdfOptions {
  return {
    fonts: assets.fonts,
    loadImage: (id) => {
      if (id === PHOTO_ID) return assets.photo;
      if (id === LOGO_ID) return assets.logo;
      throw new Error(`unknown asset ${id}`);
    },
    iccPath: SAMPLE_ICC,
    cropMarks: true,
    dielineName: 'Dieline',
    title,
    creator: 'Jinxiu Studio test',
    now: new Date('2026-11-28T15:00:00Z'),
  };
}

/** 3000x2000 sRGB JPEG: colour ramps plus a dark band, so the CMYK conversion has work to do. */
export async function makePhoto(): Promise<Buffer> {
  const w = 3000;
  const h = 2000;
  const px = Buffer.alloc(w * h * 3);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 3;
      const band = y > 1400 && y < 1600;
      px[i] = band ? 20 : Math.round((x / w) * 255);
      px[i + 1] = band ? 10 : Math.round((y / h) * 255);
      px[i + 2] = band ? 30 : 160;
    }
  }
  return sharp(px, { raw: { width: w, height: h, channels: 3 } }).jpeg({ quality: 90 }).toBuffer();
}

/** 800x800 PNG with a transparent background and an opaque red disc. */
export async function makeLogo(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800"><circle cx="400" cy="400" r="300" fill="#c0262d"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

export function rect(x: number, y: number, w: number, h: number): PathCommand[] {
  return [['M', x, y], ['L', x + w, y], ['L', x + w, y + h], ['L', x, y + h], ['Z']];
}

/** Circle from four Bézier arcs (k = 0.5523 is the usual quarter-circle constant). */
export function circle(cx: number, cy: number, r: number): PathCommand[] {
  const k = 0.5523 * r;
  return [
    ['M', cx + r, cy],
    ['C', cx + r, cy + k, cx + k, cy + r, cx, cy + r],
    ['C', cx - k, cy + r, cx - r, cy + k, cx - r, cy],
    ['C', cx - r, cy - k, cx - k, cy - r, cx, cy - r],
    ['C', cx + k, cy - r, cx + r, cy - k, cx + r, cy],
    ['Z'],
  ];
}

export const SILVER = { kind: 'spot' as const, name: 'Silver', tint: 1, alternate: { c: 0, m: 0, y: 0, k: 40 } };

export function labelPage(): ScenePage {
  const deg = (10 * Math.PI) / 180;
  return {
    name: 'front',
    widthMm: 90,
    heightMm: 120,
    bleedMm: 3,
    safeMm: 3,
    nodes: [
      // background runs into the bleed on every side
      { type: 'path', d: rect(-3, -3, 96, 126), fill: { kind: 'cmyk', c: 5, m: 10, y: 20, k: 0 } },
      { type: 'image', assetId: PHOTO_ID, x: 10, y: 10, width: 70, height: 46.667, pixelWidth: 3000, pixelHeight: 2000 },
      {
        type: 'group',
        transform: [Math.cos(deg), Math.sin(deg), -Math.sin(deg), Math.cos(deg), 45, 80],
        clip: circle(0, 0, 14),
        children: [
          // silver ink, a diamond bigger than the clip circle so the clip shows
          { type: 'path', d: [['M', 0, -20], ['L', 20, 0], ['L', 0, 20], ['L', -20, 0], ['Z']], fill: SILVER },
        ],
      },
      {
        // ring: even-odd fill of two nested squares, with a dashed stroke
        type: 'path',
        d: [...rect(8, 66, 20, 20), ...rect(13, 71, 10, 10)],
        fill: { kind: 'cmyk', c: 0, m: 90, y: 80, k: 0 },
        fillRule: 'evenodd',
        stroke: { color: { kind: 'cmyk', c: 100, m: 60, y: 0, k: 20 }, widthMm: 0.5, dashMm: [2, 1] },
      },
      { type: 'path', d: rect(60, 66, 22, 22), fill: { kind: 'cmyk', c: 80, m: 0, y: 40, k: 0 }, opacity: 0.5 },
      { type: 'image', assetId: LOGO_ID, x: 66, y: 72, width: 16, height: 16, pixelWidth: 800, pixelHeight: 800 },
      {
        type: 'text',
        fontId: 'lxgw-wenkai-regular',
        sizePt: 16,
        color: { kind: 'cmyk', c: 0, m: 0, y: 0, k: 100 },
        runs: [
          { text: '锦绣工坊 苗族刺绣', x: 8, y: 100 },
          { text: 'Jinxiu Studio', x: 8, y: 108 },
        ],
      },
      {
        // vertical run: one glyph per run, laid out top to bottom
        type: 'text',
        fontId: 'lxgw-wenkai-light',
        sizePt: 14,
        color: SILVER,
        runs: [...'银饰蝴蝶'].map((ch, i) => ({ text: ch, x: 78, y: 96 + i * 5.5 })),
      },
    ],
    dieline: {
      cut: [rect(0, 0, 90, 120)],
      fold: [[['M', 0, 60], ['L', 90, 60]]],
    },
  };
}

export function labelScene(): Scene {
  return { title: '苗绣礼盒 Miao embroidery box', pages: [labelPage()] };
}
