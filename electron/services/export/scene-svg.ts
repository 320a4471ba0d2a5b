/**
 * Scene page -> SVG, for proofs and e-commerce images rendered by sharp (librsvg) on every
 * platform (no poppler needed). Colours are the screen previews of the print colours
 * (model/color printColorToCss: spots show their alternates), text is drawn as glyph outlines,
 * images are embedded as data URLs at the proof's resolution.
 */
import { printColorToCss } from '../../../model/color';
import type { Dieline, GroupNode, ImageNode, PathCommand, PathNode, PrintColor, SceneNode, ScenePage } from '../../../model/scene';
import type { GlyphOutlines } from './glyph-outlines';

/** Image as a data URL at about pxWidth x pxHeight pixels (already cropped to node.crop). */
export type ProofImage = (node: ImageNode, pxWidth: number, pxHeight: number) => Promise<string | undefined>;

export interface SceneSvgOptions {
  glyphs: GlyphOutlines;
  image: ProofImage;
  /** output resolution (pixels per inch) */
  dpi: number;
  /** draw the cut and fold lines on top (magenta, as on screen) */
  dieline: boolean;
  /** 'bleed': the whole BleedBox (= the PDF without marks); 'trim': the finished size */
  area: 'bleed' | 'trim';
  /** leave everything outside the die cut transparent (the finished piece, for product photos) */
  clipToCut?: boolean;
  /** paper colour behind the artwork; undefined = transparent */
  background?: string;
  /** die line width, mm (default 0.25 pt, as printed; a small thumbnail needs a thicker line to show it) */
  dielineWidthMm?: number;
  /** only this rectangle of the page (mm, trim coordinates): one panel for a mockup face or a detail crop */
  window?: { x: number; y: number; width: number; height: number };
}

const fmt = (n: number) => {
  const r = Math.round(n * 1000) / 1000;
  return Object.is(r, -0) ? '0' : String(r);
};

export function pathData(d: PathCommand[]): string {
  return d
    .map((c) => {
      switch (c[0]) {
        case 'M':
        case 'L':
          return `${c[0]}${fmt(c[1])} ${fmt(c[2])}`;
        case 'C':
          return `C${fmt(c[1])} ${fmt(c[2])} ${fmt(c[3])} ${fmt(c[4])} ${fmt(c[5])} ${fmt(c[6])}`;
        case 'Z':
          return 'Z';
      }
    })
    .join('');
}

const css = (c: PrintColor) => printColorToCss(c);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Writing a large scene takes seconds (a 300-element design: glyph outlines, motif paths), and
 * the studio's server writes thumbnails this way while the same process answers the composer.
 * The writer lets the event loop run at least every SLICE_MS, so opening a design never waits
 * behind a whole picture.
 */
const SLICE_MS = 15;

class SvgWriter {
  private readonly defs: string[] = [];
  private clipCount = 0;
  private sliceStart = performance.now();
  /** mm -> px at the proof's resolution, accumulated through group transforms (for image sizes) */
  constructor(private readonly options: SceneSvgOptions) {}

  /** Gives other work (requests, timers) a turn once this slice has run long enough. */
  private async breathe(): Promise<void> {
    if (performance.now() - this.sliceStart < SLICE_MS) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.sliceStart = performance.now();
  }

  async nodes(nodes: SceneNode[], scale: number): Promise<string> {
    const out: string[] = [];
    for (const n of nodes) {
      await this.breathe();
      out.push(await this.node(n, scale));
    }
    return out.join('');
  }

  private opacity(n: SceneNode): string {
    return n.opacity !== undefined && n.opacity < 1 ? ` opacity="${fmt(n.opacity)}"` : '';
  }

  private async node(n: SceneNode, scale: number): Promise<string> {
    if (n.opacity !== undefined && n.opacity <= 0) return '';
    switch (n.type) {
      case 'path':
        return this.path(n);
      case 'group':
        return this.group(n, scale);
      case 'text': {
        const d = this.options.glyphs.pathData(n, fmt);
        return d ? `<path d="${d}" fill="${css(n.color)}"${this.opacity(n)}/>` : '';
      }
      case 'image':
        return this.image(n, scale);
    }
  }

  private path(n: PathNode): string {
    if (n.d.length === 0 || (!n.fill && !n.stroke)) return '';
    const attrs = [`d="${pathData(n.d)}"`, `fill="${n.fill ? css(n.fill) : 'none'}"`];
    if (n.fill && n.fillRule === 'evenodd') attrs.push('fill-rule="evenodd"');
    if (n.stroke) {
      attrs.push(`stroke="${css(n.stroke.color)}"`, `stroke-width="${fmt(n.stroke.widthMm)}"`);
      const dash = n.stroke.dashMm?.filter((v) => v >= 0) ?? [];
      if (dash.some((v) => v > 0)) attrs.push(`stroke-dasharray="${dash.map(fmt).join(' ')}"`);
    }
    return `<path ${attrs.join(' ')}${this.opacity(n)}/>`;
  }

  clip(d: PathCommand[] | PathCommand[][], rule?: 'evenodd'): string {
    const id = `c${++this.clipCount}`;
    const paths = (Array.isArray(d[0]?.[0]) ? (d as PathCommand[][]) : [d as PathCommand[]]).map(pathData).join('');
    this.defs.push(`<clipPath id="${id}"><path d="${paths}"${rule ? ` clip-rule="${rule}"` : ''}/></clipPath>`);
    return id;
  }

  private async group(n: GroupNode, scale: number): Promise<string> {
    const t = n.transform;
    const inner = await this.nodes(n.children, t ? scale * Math.sqrt(Math.abs(t[0] * t[3] - t[1] * t[2])) : scale);
    if (!inner) return '';
    let attrs = t ? ` transform="matrix(${t.map(fmt).join(' ')})"` : '';
    if (n.clip && n.clip.length > 0) attrs += ` clip-path="url(#${this.clip(n.clip)})"`;
    return `<g${attrs}${this.opacity(n)}>${inner}</g>`;
  }

  private async image(n: ImageNode, scale: number): Promise<string> {
    if (n.width <= 0 || n.height <= 0) return '';
    const pxPerMm = (this.options.dpi / 25.4) * scale;
    // at least the proof's pixels, never more than the source has
    const w = Math.max(1, Math.min(n.crop?.width ?? n.pixelWidth, Math.ceil(n.width * pxPerMm)));
    const h = Math.max(1, Math.min(n.crop?.height ?? n.pixelHeight, Math.ceil(n.height * pxPerMm)));
    const href = await this.options.image(n, w, h);
    if (!href) return '';
    return `<image x="${fmt(n.x)}" y="${fmt(n.y)}" width="${fmt(n.width)}" height="${fmt(n.height)}" preserveAspectRatio="none" xlink:href="${esc(href)}"${this.opacity(n)}/>`;
  }

  defsXml(): string {
    return this.defs.length > 0 ? `<defs>${this.defs.join('')}</defs>` : '';
  }
}

/** Cut lines solid, folds dashed, 0.25 pt, magenta (the Dieline ink's screen colour). */
function dielineXml(dieline: Dieline, widthMm = 0.25 * (25.4 / 72)): string {
  const w = fmt(widthMm);
  const cut = dieline.cut.map(pathData).join('');
  const fold = dieline.fold.map(pathData).join('');
  return (
    (cut ? `<path d="${cut}" fill="none" stroke="#ff00ff" stroke-width="${w}" stroke-linejoin="round"/>` : '') +
    (fold ? `<path d="${fold}" fill="none" stroke="#ff00ff" stroke-width="${w}" stroke-dasharray="3 1.5"/>` : '')
  );
}

export interface SvgPage {
  svg: string;
  widthPx: number;
  heightPx: number;
}

export async function sceneToSvg(page: ScenePage, options: SceneSvgOptions): Promise<SvgPage> {
  const bleed = options.area === 'bleed' ? Math.max(0, page.bleedMm) : 0;
  const wMm = page.widthMm + 2 * bleed;
  const hMm = page.heightMm + 2 * bleed;
  const view = options.window ?? { x: -bleed, y: -bleed, width: wMm, height: hMm };
  const widthPx = Math.max(1, Math.round((view.width / 25.4) * options.dpi));
  const heightPx = Math.max(1, Math.round((view.height / 25.4) * options.dpi));
  const writer = new SvgWriter(options);
  let body = await writer.nodes(page.nodes, 1);
  if (options.clipToCut && page.dieline && page.dieline.cut.length > 0) {
    body = `<g clip-path="url(#${writer.clip(page.dieline.cut)})">${body}</g>`;
  }
  const paper = options.background
    ? `<rect x="${fmt(-bleed)}" y="${fmt(-bleed)}" width="${fmt(wMm)}" height="${fmt(hMm)}" fill="${options.background}"/>`
    : '';
  const paperClipped =
    paper && options.clipToCut && page.dieline && page.dieline.cut.length > 0 ? `<g clip-path="url(#${writer.clip(page.dieline.cut)})">${paper}</g>` : paper;
  const lines = options.dieline && page.dieline ? dielineXml(page.dieline, options.dielineWidthMm) : '';
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${widthPx}" height="${heightPx}" ` +
    `viewBox="${fmt(view.x)} ${fmt(view.y)} ${fmt(view.width)} ${fmt(view.height)}"${options.window ? ' preserveAspectRatio="none"' : ''}>${writer.defsXml()}${paperClipped}${body}${lines}</svg>`;
  return { svg, widthPx, heightPx };
}
