/**
 * A labelled contact sheet of the shipped gallery (assets/samples/designs/gallery): every
 * design's thumbnail as the studio paints it (ThumbnailService: the design document through
 * the scene and the proof renderer, never a screenshot), with its name and sample id beneath,
 * on one PNG. scripts/gallery-contact-sheet.mjs writes it to docs/gallery.png, so the gallery
 * can be judged by eye in a review.
 */
import path from 'node:path';
import sharp, { type OverlayOptions } from 'sharp';
import type { ExportService } from '../export/export-service';
import type { DesignsService } from '../designs/designs-service';
import { ThumbnailService } from './thumbnail-service';

export interface GallerySheetOptions {
  /** longest side of each thumbnail, px */
  cell?: number;
  columns?: number;
  /** folder of the bundled fonts (the labels are set in Noto Sans SC) */
  fontsDir: string;
}

export interface GallerySheetEntry {
  sample: string;
  name: string;
  templateKind: string;
  /** the thumbnail's place on the sheet */
  left: number;
  top: number;
  widthPx: number;
  heightPx: number;
}

export interface GallerySheet {
  png: Buffer;
  width: number;
  height: number;
  entries: GallerySheetEntry[];
}

const PAPER = '#EFEBE2';
const INK = '#2A2622';
const PAD = 18;
const LABEL_H = 44;
const TITLE_H = 46;

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A label as a PNG (pango), wrapped at `width`; its own width is what its lines take. */
async function label(markup: string, width: number, size: number, fontfile: string, family: string): Promise<{ png: Buffer; width: number }> {
  const { data, info } = await sharp({ text: { text: `<span foreground="${INK}">${markup}</span>`, font: `${family} ${size}`, fontfile, width, align: 'centre', rgba: true, dpi: 72 } })
    .png()
    .toBuffer({ resolveWithObject: true });
  return { png: data, width: info.width };
}

/** Every gallery sample's thumbnail, in the order the studio lists them, on one labelled sheet. */
export async function gallerySheet(designs: DesignsService, exporter: ExportService, options: GallerySheetOptions): Promise<GallerySheet> {
  const cell = options.cell ?? 260;
  const columns = options.columns ?? 5;
  const font = path.join(options.fontsDir, 'NotoSansSC-Regular.ttf');
  const bold = path.join(options.fontsDir, 'NotoSansSC-Bold.ttf');
  // memory only: the sheet must show what the design documents paint now, not a cached picture
  const thumbnails = new ThumbnailService({
    sources: exporter.exportSources,
    proofDeps: () => exporter.proofDeps(),
    design: () => {
      throw new Error('the gallery sheet shows shipped samples only');
    },
    sample: (name) => designs.sampleDocument(name),
  });
  const gallery = designs.samples().filter((s) => s.sample.startsWith('gallery/'));
  const rows = Math.ceil(gallery.length / columns);
  const width = PAD + columns * (cell + PAD);
  const height = PAD + TITLE_H + rows * (cell + LABEL_H + PAD);
  const composites: OverlayOptions[] = [];
  const title = await label(`锦绣工坊 · 成品设计示例（${gallery.length} 款）  Jinxiu Studio gallery of finished designs`, width - 2 * PAD, 20, bold, 'Noto Sans SC');
  composites.push({ input: title.png, left: PAD, top: PAD });
  const entries: GallerySheetEntry[] = [];
  for (const [i, s] of gallery.entries()) {
    const thumb = await thumbnails.get({ kind: 'sample', sample: s.sample }, cell, 'cooperative');
    const x = PAD + (i % columns) * (cell + PAD);
    const y = PAD + TITLE_H + Math.floor(i / columns) * (cell + LABEL_H + PAD);
    // centred in its cell, bottoms aligned so the labels line up
    const left = x + Math.round((cell - thumb.widthPx) / 2);
    const top = y + (cell - thumb.heightPx);
    composites.push({ input: thumb.png, left, top });
    const text = `${escape(s.name)}\n<span size="small">${escape(s.sample.replace(/^gallery\//, ''))} · ${escape(s.templateKind)}</span>`;
    const caption = await label(text, cell, 11, font, 'Noto Sans SC');
    composites.push({ input: caption.png, left: x + Math.max(0, Math.round((cell - caption.width) / 2)), top: y + cell + 4 });
    entries.push({ sample: s.sample, name: s.name, templateKind: s.templateKind, left, top, widthPx: thumb.widthPx, heightPx: thumb.heightPx });
  }
  const png = await sharp({ create: { width, height, channels: 3, background: PAPER } })
    .composite(composites)
    .png({ compressionLevel: 9 })
    .toBuffer();
  return { png, width, height, entries };
}
