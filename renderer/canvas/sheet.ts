/**
 * What the composer draws around the artwork, never printed: the sheet and its bleed
 * under the art; over it the bleed zone (where art beyond a cut edge is trimmed away, the
 * panel grown across its cut edges only), the die line (cut solid, fold dashed), each
 * panel's safe area, its name and a small arrow showing which way is up once the box is folded,
 * and a hatch over the panels nobody sees once the pack is closed (glue flap, tuck and dust
 * flaps: preflight's layout.hidden-when-closed, model/preflight/seen-on-pack.ts).
 */
import type { Lang } from '../../model/localized';
import type { Panel, TemplateResult } from '../../model/templates/types';
import { toPath2D } from './paint';

const CUT = '#c2185b';
const FOLD = '#1565c0';
const SAFE = 'rgba(46, 125, 50, 0.55)';
const BLEED = 'rgba(194, 24, 91, 0.35)';
const BLEED_ZONE = 'rgba(194, 24, 91, 0.10)';
const HIDDEN_HATCH = 'rgba(107, 98, 88, 0.28)';
/** hatch spacing, mm */
const HATCH_MM = 2.5;

/** Diagonal hatching inside each panel that is glued over, tucked in or covered once the pack is closed. */
export function paintHiddenPanels(ctx: CanvasRenderingContext2D, t: TemplateResult, page: string, pixelsPerMm: number): void {
  ctx.save();
  ctx.lineWidth = 1 / pixelsPerMm;
  ctx.strokeStyle = HIDDEN_HATCH;
  ctx.setLineDash([]);
  for (const p of t.panels) {
    if (p.page !== page || p.printable) continue;
    ctx.save();
    ctx.clip(toPath2D(p.outline));
    const { x, y, width, height } = p.bounds;
    ctx.beginPath();
    for (let d = -height; d < width; d += HATCH_MM) {
      ctx.moveTo(x + d, y + height);
      ctx.lineTo(x + d + height, y);
    }
    ctx.stroke();
    ctx.restore();
  }
  ctx.restore();
}

/** Under the art: desk colour, the bleed band and the white sheet of the trim box. */
export function paintSheet(ctx: CanvasRenderingContext2D, t: TemplateResult, pixelsPerMm: number): void {
  const b = t.bleedMm;
  ctx.fillStyle = '#fffdf8';
  ctx.fillRect(-b, -b, t.width + 2 * b, t.height + 2 * b);
  ctx.setLineDash([2 / pixelsPerMm, 2 / pixelsPerMm]);
  ctx.lineWidth = 1 / pixelsPerMm;
  ctx.strokeStyle = BLEED;
  ctx.strokeRect(-b, -b, t.width + 2 * b, t.height + 2 * b);
  ctx.setLineDash([]);
}

/**
 * The bleed zone of each panel: between its outline and its bleed outline (grown across cut
 * edges only), washed and edged with a dashed line, so the user sees art carried past the
 * knife and sees that nothing runs on over a fold.
 */
export function paintBleedZone(ctx: CanvasRenderingContext2D, t: TemplateResult, page: string, pixelsPerMm: number): void {
  const px = 1 / pixelsPerMm;
  ctx.save();
  for (const p of t.panels) {
    if (p.page !== page || !p.edges.some((e) => e.kind === 'cut')) continue;
    // the zone: inside the bleed outline (its rings add up), outside the panel itself
    const beyond = new Path2D();
    beyond.rect(-t.bleedMm - 1, -t.bleedMm - 1, t.width + 2 * t.bleedMm + 2, t.height + 2 * t.bleedMm + 2);
    beyond.addPath(toPath2D(p.outline));
    ctx.save();
    ctx.clip(toPath2D(p.bleedOutline));
    ctx.clip(beyond, 'evenodd');
    ctx.fillStyle = BLEED_ZONE;
    ctx.fill(beyond, 'evenodd');
    // the dashed edge only where the zone has width: along a fold the two outlines coincide
    ctx.setLineDash([2 * px, 2 * px]);
    ctx.lineWidth = 2 * px;
    ctx.strokeStyle = BLEED;
    ctx.stroke(toPath2D(p.bleedOutline));
    ctx.restore();
  }
  ctx.restore();
}

/** A small arrow in the panel's top-right corner, clear of the artwork in the middle. */
function arrow(ctx: CanvasRenderingContext2D, p: Panel, size: number): void {
  const cx = p.bounds.x + p.bounds.width - size - 1.5;
  const cy = p.bounds.y + size + 1.5;
  ctx.save();
  ctx.translate(cx, cy);
  ctx.rotate((p.upright * Math.PI) / 180);
  ctx.beginPath();
  ctx.moveTo(0, -size);
  ctx.lineTo(size * 0.6, -size * 0.2);
  ctx.lineTo(size * 0.2, -size * 0.2);
  ctx.lineTo(size * 0.2, size);
  ctx.lineTo(-size * 0.2, size);
  ctx.lineTo(-size * 0.2, -size * 0.2);
  ctx.lineTo(-size * 0.6, -size * 0.2);
  ctx.closePath();
  ctx.fill();
  ctx.restore();
}

/** Over the art: die line, safe areas, panel names and up-arrows for one page. */
export function paintGuides(
  ctx: CanvasRenderingContext2D,
  t: TemplateResult,
  page: string,
  pixelsPerMm: number,
  lang: Lang,
  options: { names: boolean; snapX?: number; snapY?: number },
): void {
  const px = 1 / pixelsPerMm;
  paintBleedZone(ctx, t, page, pixelsPerMm);
  paintHiddenPanels(ctx, t, page, pixelsPerMm);
  for (const p of t.panels) {
    if (p.page !== page || !p.printable) continue;
    const s = t.safeMm;
    if (p.bounds.width > 2 * s && p.bounds.height > 2 * s) {
      ctx.setLineDash([3 * px, 3 * px]);
      ctx.lineWidth = px;
      ctx.strokeStyle = SAFE;
      ctx.strokeRect(p.bounds.x + s, p.bounds.y + s, p.bounds.width - 2 * s, p.bounds.height - 2 * s);
    }
  }
  const die = t.dielines[page];
  if (die) {
    ctx.setLineDash([]);
    ctx.lineWidth = 1.5 * px;
    ctx.strokeStyle = CUT;
    for (const d of die.cut) ctx.stroke(toPath2D(d));
    ctx.setLineDash([6 * px, 4 * px]);
    ctx.strokeStyle = FOLD;
    for (const d of die.fold) ctx.stroke(toPath2D(d));
  } else {
    ctx.setLineDash([]);
    ctx.lineWidth = 1.5 * px;
    ctx.strokeStyle = CUT;
    ctx.strokeRect(0, 0, t.width, t.height);
  }
  ctx.setLineDash([]);
  if (options.names) {
    for (const p of t.panels) {
      if (p.page !== page) continue;
      const minSide = Math.min(p.bounds.width, p.bounds.height);
      if (minSide < 8) continue;
      const label = lang === 'en' ? p.name.en : p.name.zh;
      const fontPx = Math.min(13, Math.max(10, minSide * pixelsPerMm * 0.12));
      ctx.save();
      ctx.globalAlpha = 0.7;
      ctx.fillStyle = '#6b6258';
      ctx.font = `${fontPx * px * 10}px system-ui, sans-serif`;
      ctx.textAlign = 'left';
      ctx.textBaseline = 'top';
      // text drawn at 10x and scaled down: tiny canvas fonts render poorly
      ctx.translate(p.bounds.x + 1.5, p.bounds.y + 1.5);
      ctx.scale(0.1, 0.1);
      ctx.fillText(label, 0, 0);
      ctx.restore();
      ctx.save();
      ctx.globalAlpha = 0.45;
      ctx.fillStyle = '#6b6258';
      arrow(ctx, p, Math.min(3.5, minSide * 0.08));
      ctx.restore();
    }
  }
  if (options.snapX !== undefined || options.snapY !== undefined) {
    ctx.strokeStyle = '#f2b134';
    ctx.lineWidth = px;
    ctx.beginPath();
    if (options.snapX !== undefined) {
      ctx.moveTo(options.snapX, -t.bleedMm);
      ctx.lineTo(options.snapX, t.height + t.bleedMm);
    }
    if (options.snapY !== undefined) {
      ctx.moveTo(-t.bleedMm, options.snapY);
      ctx.lineTo(t.width + t.bleedMm, options.snapY);
    }
    ctx.stroke();
  }
}
