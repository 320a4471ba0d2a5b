/**
 * fabric repaints every object on every frame. With 300 elements that is tens of
 * milliseconds of path filling for a one-millimetre nudge of one of them. This canvas paints
 * the objects that take no part in the change once into two bitmaps — those stacked under
 * the live objects and those stacked over them — and a frame becomes: the under bitmap, the
 * live objects painted as usual, the over bitmap. The live objects are the active selection
 * (what keys, drags and undo of a selected element move).
 *
 * Painting A, B, C in turn and painting B between a bitmap of A and a bitmap of C give the
 * same picture: the canvas only uses source-over, which composes the same either way (only
 * rounding of half-covered edge pixels can differ by one level).
 *
 * A bitmap is kept while its objects, their stacking, the device transform and the canvas
 * size stay the same; `changed(objs)` tells it which objects were updated (the view calls it
 * for every object it rebuilds or moves), `invalidate()` drops both (fonts, images or the
 * language arrived, a page switch).
 */
import { Canvas, type FabricObject } from 'fabric';
import type { PaintedRun } from './paint';

interface Bitmap {
  canvas: HTMLCanvasElement;
  objects: FabricObject[];
  members: Set<FabricObject>;
  /** the device transform and size it was painted at */
  key: string;
  /** text runs painted into it (test probe only), replayed when the bitmap is used */
  runs: PaintedRun[];
}

/** Fewer objects than this under or over the live ones: painting them is cheaper than a bitmap copy. */
const MIN_CACHED = 8;

export class LayeredCanvas extends Canvas {
  private under: Bitmap | undefined;
  private over: Bitmap | undefined;
  private readonly spare: HTMLCanvasElement[] = [];
  /** the paint probe's run list (view.ts), when the probe is on */
  probeRuns: PaintedRun[] | undefined;

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

  override _renderObjects(ctx: CanvasRenderingContext2D, objects: FabricObject[]): void {
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
    const m = ctx.getTransform();
    const key = `${m.a},${m.b},${m.c},${m.d},${m.e},${m.f},${ctx.canvas.width}x${ctx.canvas.height},${this.imageSmoothingEnabled}`;
    this.under = this.layer(ctx, this.under, objects.slice(0, first), key);
    for (let i = first; i <= last && i < objects.length; i++) objects[i]?.render(ctx);
    this.over = this.layer(ctx, this.over, objects.slice(last + 1), key);
  }

  /** Copies the bitmap of `objects` onto ctx, painting it first when `kept` does not hold exactly them. */
  private layer(ctx: CanvasRenderingContext2D, kept: Bitmap | undefined, objects: FabricObject[], key: string): Bitmap | undefined {
    if (objects.length < MIN_CACHED) {
      if (kept) this.spare.push(kept.canvas);
      for (const o of objects) o.render(ctx);
      return undefined;
    }
    let bitmap = kept;
    if (!bitmap || bitmap.key !== key || bitmap.objects.length !== objects.length || bitmap.objects.some((o, i) => o !== objects[i])) {
      const canvas = kept?.canvas ?? this.spare.pop() ?? document.createElement('canvas');
      if (canvas.width !== ctx.canvas.width || canvas.height !== ctx.canvas.height) {
        canvas.width = ctx.canvas.width;
        canvas.height = ctx.canvas.height;
      }
      const bctx = canvas.getContext('2d')!;
      bctx.setTransform(1, 0, 0, 1, 0, 0);
      bctx.clearRect(0, 0, canvas.width, canvas.height);
      bctx.imageSmoothingEnabled = ctx.imageSmoothingEnabled;
      bctx.setTransform(ctx.getTransform());
      const probeFrom = this.probeRuns?.length ?? 0;
      for (const o of objects) o.render(bctx);
      const runs = this.probeRuns ? this.probeRuns.slice(probeFrom) : [];
      bitmap = { canvas, objects, members: new Set(objects), key, runs };
    } else if (this.probeRuns) {
      this.probeRuns.push(...bitmap.runs);
    }
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(bitmap.canvas, 0, 0);
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
