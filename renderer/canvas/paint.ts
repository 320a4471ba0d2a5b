/**
 * Paints scene nodes (model/scene.ts, mm) onto a 2D canvas context whose transform already
 * maps mm to pixels. The composer draws exactly the display list the PDF writer prints:
 * the same paths, the same text runs at the same baselines, colours through
 * printColorToCss.
 */
import { printColorToCss } from '../../model/color';
import type { Matrix, PathCommand, PrintColor, SceneNode, TextNode, TextRun } from '../../model/scene';
import { PT_TO_MM } from '../../model/text';
import { paintAsLayer } from './layer';

export interface PaintEnv {
  /** CSS family of a loaded font file, or undefined while it loads */
  family(fontId: string): string | undefined;
  /** the layout's advance of one character (fontkit numbers, as the PDF uses), mm; undefined while unknown */
  advanceMm(fontId: string, ch: string, sizePt: number): number | undefined;
  image(assetId: string): CanvasImageSource | undefined;
  /** UI language, for the names of unfilled product fields */
  lang?(): 'zh-CN' | 'en';
  /** test probe: told where each run's baseline was actually painted (device pixels) */
  onRun?(run: PaintedRun): void;
}

/** A run as painted: baseline start and end in device pixels (end = last glyph's origin + its measured width). */
export interface PaintedRun {
  elementId?: string;
  text: string;
  start: { x: number; y: number };
  end: { x: number; y: number };
}

const pathCache = new WeakMap<PathCommand[], Path2D>();
const cssCache = new WeakMap<PrintColor, string>();

export function toPath2D(d: PathCommand[]): Path2D {
  let p = pathCache.get(d);
  if (p) return p;
  p = new Path2D();
  for (const c of d) {
    if (c[0] === 'M') p.moveTo(c[1], c[2]);
    else if (c[0] === 'L') p.lineTo(c[1], c[2]);
    else if (c[0] === 'C') p.bezierCurveTo(c[1], c[2], c[3], c[4], c[5], c[6]);
    else p.closePath();
  }
  pathCache.set(d, p);
  return p;
}

function css(color: PrintColor): string {
  let s = cssCache.get(color);
  if (!s) {
    s = printColorToCss(color);
    cssCache.set(color, s);
  }
  return s;
}

function setTransform(ctx: CanvasRenderingContext2D, m: Matrix): void {
  ctx.transform(m[0], m[1], m[2], m[3], m[4], m[5]);
}

// canvas text at a few px looks blotchy in some engines; draw at 100x and scale down
const TEXT_SCALE = 100;

export function paintNodes(ctx: CanvasRenderingContext2D, nodes: readonly SceneNode[], env: PaintEnv): void {
  for (const node of nodes) paintNode(ctx, node, env);
}

function paintNode(ctx: CanvasRenderingContext2D, node: SceneNode, env: PaintEnv): void {
  const alpha = node.opacity ?? 1;
  if (alpha <= 0) return;
  switch (node.type) {
    case 'group': {
      ctx.save();
      if (node.transform) setTransform(ctx, node.transform);
      if (node.clip) ctx.clip(toPath2D(node.clip));
      // a group's opacity is the group's, not each child's (layer.ts)
      if (alpha < 1) paintAsLayer(ctx, alpha, (layer) => paintNodes(layer, node.children, env));
      else paintNodes(ctx, node.children, env);
      ctx.restore();
      return;
    }
    case 'path': {
      const p = toPath2D(node.d);
      const needsSave = alpha < 1;
      if (needsSave) {
        ctx.save();
        ctx.globalAlpha *= alpha;
      }
      if (node.fill) {
        ctx.fillStyle = css(node.fill);
        ctx.fill(p, node.fillRule ?? 'nonzero');
      }
      if (node.stroke) {
        ctx.strokeStyle = css(node.stroke.color);
        ctx.lineWidth = node.stroke.widthMm;
        ctx.setLineDash(node.stroke.dashMm ?? []);
        ctx.stroke(p);
        ctx.setLineDash([]);
      }
      if (needsSave) ctx.restore();
      return;
    }
    case 'text': {
      // no stand-in font: a run drawn in another face would not be the line the PDF prints
      const family = env.family(node.fontId);
      if (!family) return;
      ctx.save();
      if (alpha < 1) ctx.globalAlpha *= alpha;
      ctx.scale(1 / TEXT_SCALE, 1 / TEXT_SCALE);
      ctx.font = `${node.sizePt * PT_TO_MM * TEXT_SCALE}px "${family}"`;
      ctx.textBaseline = 'alphabetic';
      ctx.textAlign = 'left';
      ctx.fillStyle = css(node.color);
      for (const run of node.runs) paintRun(ctx, node, run, env);
      ctx.restore();
      return;
    }
    case 'image': {
      const img = env.image(node.assetId);
      if (!img) {
        // while the preview loads: a calm grey box where the photo goes
        ctx.fillStyle = '#e6e2da';
        ctx.fillRect(node.x, node.y, node.width, node.height);
        return;
      }
      ctx.save();
      if (alpha < 1) ctx.globalAlpha *= alpha;
      if (node.crop) {
        // crop is in source pixels; the preview may be smaller than the source
        const iw = (img as HTMLImageElement).naturalWidth || node.pixelWidth;
        const k = iw / node.pixelWidth;
        const c = node.crop;
        ctx.drawImage(img, c.left * k, c.top * k, c.width * k, c.height * k, node.x, node.y, node.width, node.height);
      } else {
        ctx.drawImage(img, node.x, node.y, node.width, node.height);
      }
      ctx.restore();
      return;
    }
  }
}

/**
 * One glyph at a time, each at the origin the layout's own advances give (the PDF's Tj
 * advances by the same fontkit numbers, with no kerning or contextual swaps), so the browser's
 * shaping can never move a glyph away from where the paper has it.
 */
function paintRun(ctx: CanvasRenderingContext2D, node: TextNode, run: TextRun, env: PaintEnv): void {
  let x = run.x;
  let last = '';
  let lastX = x;
  for (const ch of run.text) {
    ctx.fillText(ch, x * TEXT_SCALE, run.y * TEXT_SCALE);
    last = ch;
    lastX = x;
    x += env.advanceMm(node.fontId, ch, node.sizePt) ?? 0;
  }
  if (!env.onRun || !last) return;
  const m = ctx.getTransform();
  const at = (px: number) => ({ x: m.a * px + m.c * run.y * TEXT_SCALE + m.e, y: m.b * px + m.d * run.y * TEXT_SCALE + m.f });
  const endPx = lastX * TEXT_SCALE + ctx.measureText(last).width;
  env.onRun({ elementId: node.elementId, text: run.text, start: at(run.x * TEXT_SCALE), end: at(endPx) });
}
