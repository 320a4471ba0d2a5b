/**
 * fabric repaints every object on every frame. With 300 elements that is tens of
 * milliseconds of path filling for a one-millimetre nudge of one of them. This canvas paints
 * the objects that take no part in the change once into two bitmaps — those stacked under
 * the live objects and those stacked over them — and a frame becomes: the under bitmap, the
 * live objects painted as usual, the over bitmap. The live objects are the active selection
 * (what keys, drags and undo of a selected element move). The view's own drawing around the
 * art (`decor`: the desk and sheet under it, the bleed zone, die line and panel names over it)
 * is painted into the same two bitmaps.
 *
 * Painting A, B, C in turn and painting B between a bitmap of A and a bitmap of C give the
 * same picture: the canvas only uses source-over, which composes the same either way (only
 * rounding of half-covered edge pixels can differ by one level).
 *
 * When both bitmaps are kept and the live objects are the same ones as in the last frame,
 * only the part of the canvas the live objects covered then or cover now (with their
 * selection controls) is painted again: the frame is clipped to that rectangle, whole device
 * pixels, and everything outside it is already what it would be. Chromium then rasterises a
 * few thousand pixels per nudge instead of the whole canvas.
 *
 * A bitmap is kept while its objects, their stacking, the device transform, the canvas size
 * and the decor's key stay the same; `changed(objs)` tells it which objects were updated (the
 * view calls it for every object it rebuilds or moves), `invalidate()` drops both (fonts,
 * images or the language arrived, a page switch).
 */
import { Canvas, type FabricObject } from 'fabric';
import type { PaintedRun } from './paint';

interface Bitmap {
  canvas: HTMLCanvasElement;
  objects: FabricObject[];
  members: Set<FabricObject>;
  /** the device transform, viewport, size and decor it was painted at */
  key: string;
  /** text runs painted into it (test probe only), replayed when the bitmap is used */
  runs: PaintedRun[];
}

/** What the view paints around the art, folded into the bitmaps. */
export interface CanvasDecor {
  /** changes whenever `under` or `over` would paint something else (the viewport and canvas size are keyed already) */
  key(): string;
  /** under every object; ctx has the canvas's own transform (CSS px, retina scale), no viewport */
  under(ctx: CanvasRenderingContext2D): void;
  /** over every object, same transform as `under` */
  over(ctx: CanvasRenderingContext2D): void;
}

interface DeviceRect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One frame's split of the stack and what it was painted with. */
interface Plan {
  objects: FabricObject[];
  under: FabricObject[];
  live: FabricObject[];
  over: FabricObject[];
  /** the canvas's own transform (before the viewport) */
  base: DOMMatrix;
  key: string;
}

export class LayeredCanvas extends Canvas {
  private under: Bitmap | undefined;
  private over: Bitmap | undefined;
  private readonly spare: HTMLCanvasElement[] = [];
  private plan: Plan | undefined;
  /** the last frame's live objects and the device rectangle they (and their controls) covered */
  private lastLive: { objects: FabricObject[]; rect: DeviceRect | undefined } | undefined;
  /** the paint probe's run list (view.ts), when the probe is on */
  probeRuns: PaintedRun[] | undefined;
  decor: CanvasDecor | undefined;

  /** Drops the bitmaps holding any of these objects (they were moved, rebuilt or restyled). */
  changed(objs: Iterable<FabricObject>): void {
    for (const o of objs) {
      if (this.under?.members.has(o)) this.drop('under');
      if (this.over?.members.has(o)) this.drop('over');
    }
  }

  invalidate(): void {
    this.drop('under');
    this.drop('over');
  }

  override dispose(): ReturnType<Canvas['dispose']> {
    this.invalidate();
    this.spare.length = 0;
    return super.dispose();
  }

  override renderCanvas(ctx: CanvasRenderingContext2D, objects: FabricObject[]): void {
    // fabric renders once from its own constructor, before this class's fields exist
    if (!this.spare || this.destroyed || ctx !== this.getContext()) {
      super.renderCanvas(ctx, objects);
      return;
    }
    const plan = this.planFrame(ctx, objects);
    const liveRect = this.liveRect(plan);
    const last = this.lastLive;
    const partial =
      last !== undefined &&
      last.rect !== undefined &&
      liveRect !== undefined &&
      fits(this.under, plan.under, plan.key) &&
      fits(this.over, plan.over, plan.key) &&
      sameList(last.objects, plan.live);
    this.plan = plan;
    this.lastLive = { objects: plan.live, rect: liveRect };
    if (!partial) {
      super.renderCanvas(ctx, objects);
      this.plan = undefined;
      return;
    }
    const r = union(last.rect!, liveRect!);
    const x0 = Math.max(0, r.x0);
    const y0 = Math.max(0, r.y0);
    const x1 = Math.min(ctx.canvas.width, r.x1);
    const y1 = Math.min(ctx.canvas.height, r.y1);
    if (x1 <= x0 || y1 <= y0) {
      // nothing live on screen, then or now: the canvas already shows this frame
      this.plan = undefined;
      return;
    }
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.beginPath();
    ctx.rect(x0, y0, x1 - x0, y1 - y0);
    ctx.clip();
    ctx.setTransform(plan.base);
    super.renderCanvas(ctx, objects);
    ctx.restore();
    this.plan = undefined;
  }

  override _renderObjects(ctx: CanvasRenderingContext2D, objects: FabricObject[]): void {
    const plan = this.plan?.objects === objects ? this.plan : undefined;
    if (!plan) {
      // a render we did not plan (an export of the canvas, another context): everything, no bitmaps
      for (const o of objects) o.render(ctx);
      return;
    }
    this.under = this.layer(ctx, this.under, plan, 'under');
    for (const o of plan.live) o.render(ctx);
    this.over = this.layer(ctx, this.over, plan, 'over');
  }

  /** Which objects are under, live and over this frame, and the key their bitmaps must have. */
  private planFrame(ctx: CanvasRenderingContext2D, objects: FabricObject[]): Plan {
    const live = new Set(this.getActiveObjects());
    let first = objects.findIndex((o) => live.has(o) || live.has(o.group as FabricObject));
    let last = first;
    for (let i = objects.length - 1; i > first; i--) {
      if (live.has(objects[i]) || live.has(objects[i].group as FabricObject)) {
        last = i;
        break;
      }
    }
    // nothing selected: the whole stack is one bitmap (a repaint for the controls or a hover costs a copy)
    if (first < 0) first = last = objects.length;
    const base = ctx.getTransform();
    const v = this.viewportTransform;
    const key = [base.a, base.b, base.c, base.d, base.e, base.f, ...v, ctx.canvas.width, ctx.canvas.height, this.imageSmoothingEnabled, this.decor?.key() ?? ''].join(',');
    return { objects, under: objects.slice(0, first), live: objects.slice(first, last + 1), over: objects.slice(last + 1), base, key };
  }

  /**
   * Device pixels the live objects may paint: each one's box grown by its larger side (text
   * and strokes may run past the box; the same allowance the opacity layer makes, layer.ts)
   * and the active object's selection frame and controls. Undefined: cannot tell (no live
   * objects, or no coordinates yet), so the frame is painted whole.
   */
  private liveRect(plan: Plan): DeviceRect | undefined {
    if (plan.live.length === 0) return undefined;
    const toDevice = plan.base.multiply(new DOMMatrix(this.viewportTransform as unknown as number[]));
    let out: DeviceRect | undefined;
    const add = (x: number, y: number, m: DOMMatrix, grow: number) => {
      const p = m.transformPoint({ x, y });
      const r = { x0: p.x - grow, y0: p.y - grow, x1: p.x + grow, y1: p.y + grow };
      out = out ? union(out, r) : r;
    };
    for (const o of plan.live) {
      const pts = o.getCoords();
      const xs = pts.map((p) => p.x);
      const ys = pts.map((p) => p.y);
      const x0 = Math.min(...xs);
      const y0 = Math.min(...ys);
      const x1 = Math.max(...xs);
      const y1 = Math.max(...ys);
      const grow = Math.max(x1 - x0, y1 - y0);
      for (const [x, y] of [
        [x0 - grow, y0 - grow],
        [x1 + grow, y0 - grow],
        [x1 + grow, y1 + grow],
        [x0 - grow, y1 + grow],
      ])
        add(x, y, toDevice, 0);
    }
    const active = this.getActiveObject();
    if (active?.oCoords) {
      // controls sit in viewport pixels (CSS px); the canvas's own transform takes them to the device
      const grow = (active.cornerSize ?? 13) + (active.borderScaleFactor ?? 1) + (active.padding ?? 0) + 2;
      for (const c of Object.values(active.oCoords)) add(c.x, c.y, plan.base, grow * Math.max(Math.abs(plan.base.a), Math.abs(plan.base.d)));
    }
    if (!out || !Number.isFinite(out.x0 + out.y0 + out.x1 + out.y1)) return undefined;
    // whole pixels, one more on each side for antialiased edges
    return { x0: Math.floor(out.x0) - 1, y0: Math.floor(out.y0) - 1, x1: Math.ceil(out.x1) + 1, y1: Math.ceil(out.y1) + 1 };
  }

  /** Copies the bitmap of the plan's under or over objects (and decor) onto ctx, painting it first unless kept. */
  private layer(ctx: CanvasRenderingContext2D, kept: Bitmap | undefined, plan: Plan, which: 'under' | 'over'): Bitmap | undefined {
    const objects = plan[which];
    let bitmap = kept;
    if (!fits(bitmap, objects, plan.key)) {
      const canvas = kept?.canvas ?? this.spare.pop() ?? document.createElement('canvas');
      if (canvas.width !== ctx.canvas.width || canvas.height !== ctx.canvas.height) {
        canvas.width = ctx.canvas.width;
        canvas.height = ctx.canvas.height;
      }
      const bctx = canvas.getContext('2d')!;
      bctx.setTransform(1, 0, 0, 1, 0, 0);
      bctx.clearRect(0, 0, canvas.width, canvas.height);
      bctx.imageSmoothingEnabled = ctx.imageSmoothingEnabled;
      const probeFrom = this.probeRuns?.length ?? 0;
      if (which === 'under' && this.decor) paintDecor(bctx, plan.base, this.decor, 'under');
      bctx.setTransform(ctx.getTransform());
      for (const o of objects) o.render(bctx);
      if (which === 'over' && this.decor) paintDecor(bctx, plan.base, this.decor, 'over');
      const runs = this.probeRuns ? this.probeRuns.slice(probeFrom) : [];
      bitmap = { canvas, objects, members: new Set(objects), key: plan.key, runs };
    } else if (this.probeRuns) {
      this.probeRuns.push(...bitmap!.runs);
    }
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(bitmap!.canvas, 0, 0);
    ctx.restore();
    return bitmap;
  }

  private drop(which: 'under' | 'over'): void {
    const b = this[which];
    if (!b) return;
    this.spare.push(b.canvas);
    this[which] = undefined;
  }
}

function paintDecor(ctx: CanvasRenderingContext2D, base: DOMMatrix, decor: CanvasDecor, which: 'under' | 'over'): void {
  ctx.save();
  ctx.setTransform(base);
  decor[which](ctx);
  ctx.restore();
}

function fits(b: Bitmap | undefined, objects: FabricObject[], key: string): boolean {
  return !!b && b.key === key && sameList(b.objects, objects);
}

function sameList(a: readonly FabricObject[], b: readonly FabricObject[]): boolean {
  return a.length === b.length && a.every((o, i) => o === b[i]);
}

function union(a: DeviceRect, b: DeviceRect): DeviceRect {
  return { x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) };
}
