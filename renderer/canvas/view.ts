/**
 * The fabric canvas as a view of the design store. It never owns design state: it draws
 * what the store's document says, and turns finished gestures (pointer-up after a move,
 * rotate or scale) into update-element commands. One drag is one undo step: the store
 * opens a gesture on pointer-down and closes it on pointer-up; Escape cancels it.
 *
 * This is the only folder that imports fabric.
 */
import { ActiveSelection, Point, type FabricObject, type TPointerEventInfo } from 'fabric';
import type { UpdateElement } from '../../model/design/commands/update-element';
import { elementBounds } from '../../model/design/geometry';
import type { Element } from '../../model/design/schema';
import type { Lang } from '../../model/localized';
import type { Rect, TemplateResult } from '../../model/templates/types';
import type { DesignResources } from '../editor/resources';
import { guidesFrom, snapBox, type Guides } from '../editor/snapping';
import type { EditorStore } from '../editor/store';
import { ElementObject, transformOf } from './element-object';
import { paintsFor } from './element-scene';
import { LayeredCanvas } from './layered-canvas';
import type { PaintEnv, PaintedRun } from './paint';
import { paintGuides, paintSheet } from './sheet';

/**
 * Test probe, off unless localStorage["jinxiu.paintProbe"] is "1": after each render the
 * upper canvas carries `data-painted-runs`, the baselines of the text runs as they were
 * actually painted (read back from the context's transform and measured glyphs), in page mm.
 */
function probeWanted(): boolean {
  try {
    return globalThis.localStorage?.getItem('jinxiu.paintProbe') === '1';
  } catch {
    return false;
  }
}

export interface ViewDeps {
  store: EditorStore;
  resources: DesignResources;
  lang: () => Lang;
  onError: (e: unknown) => void;
  onZoom?: (zoom: number) => void;
  /** double-click on an element: the composer opens its main field (text, QR content) */
  onOpenElement?: (id: string) => void;
}

/** px on screen per mm at zoom 1 is the fabric zoom itself */
const MIN_ZOOM = 0.3;
const MAX_ZOOM = 40;
const SNAP_PX = 6;

export class CanvasView {
  readonly canvas: LayeredCanvas;
  private readonly objects = new Map<string, ElementObject>();
  private lastEls = new Map<string, Element>();
  private lastTemplate: TemplateResult | undefined;
  private lastResources = -1;
  private lastBrand: unknown;
  private page = 'front';
  private dirty = new Set<string>();
  private quietSelection = false;
  private gestureOpen = false;
  private pending: UpdateElement[] = [];
  private panning: { x: number; y: number } | null = null;
  private panSelection: readonly string[] = [];
  private spaceDown = false;
  private guides: Guides = { xs: [], ys: [] };
  /** false: a clean preview of what prints (no die line, safe areas, names or selection) */
  private showGuides = true;
  private snapGuide: { x?: number; y?: number } = {};
  private firstRenderMarked = false;
  private unsubscribe: () => void;
  private lastSelection: readonly string[] = [];
  /** runs painted during the current render (only when the probe is on) */
  private readonly probe: PaintedRun[] | undefined = probeWanted() ? [] : undefined;

  constructor(
    element: HTMLCanvasElement,
    private readonly deps: ViewDeps,
  ) {
    this.canvas = new LayeredCanvas(element, {
      preserveObjectStacking: true,
      fireMiddleClick: true,
      stopContextMenu: true,
      selectionColor: 'rgba(47, 63, 127, 0.08)',
      selectionBorderColor: '#2f3f7f',
      uniformScaling: true,
    });
    this.canvas.probeRuns = this.probe;
    this.canvas.decor = {
      key: () => this.decorKey(),
      under: (ctx) => this.paintUnder(ctx),
      over: (ctx) => this.paintOver(ctx),
    };
    this.canvas.on('before:render', () => {
      if (this.probe) this.probe.length = 0;
    });
    this.canvas.on('after:render', () => this.publish());
    this.canvas.on('mouse:down', (o) => this.onDown(o));
    this.canvas.on('mouse:move', (o) => this.onMove(o));
    this.canvas.on('mouse:up', () => this.onUp());
    this.canvas.on('mouse:wheel', (o) => this.onWheel(o));
    this.canvas.on('mouse:dblclick', (o) => {
      if (o.target instanceof ElementObject) deps.onOpenElement?.(o.target.elementId);
    });
    this.canvas.on('object:moving', (o) => this.onMoving(o.target));
    this.canvas.on('object:modified', (o) => this.onModified(o.target));
    this.canvas.on('selection:created', () => this.selectionFromCanvas());
    this.canvas.on('selection:updated', () => this.selectionFromCanvas());
    this.canvas.on('selection:cleared', () => this.selectionFromCanvas());
    this.unsubscribe = deps.store.subscribe(() => this.onStore());
  }

  dispose(): void {
    this.unsubscribe();
    void this.canvas.dispose();
  }

  get zoom(): number {
    return this.canvas.getZoom();
  }

  /** Paints everything again (the UI language changed: unfilled field marks carry names). */
  refresh(): void {
    this.canvas.invalidate();
    this.sync(false);
  }

  setPage(page: string): void {
    if (page === this.page) return;
    this.page = page;
    this.sync(true);
  }

  setSpace(down: boolean): void {
    // fabric drops the selection on a press over empty canvas (before our mouse:down
    // handler runs); remember it now so panning can put it back
    if (down && !this.spaceDown) this.panSelection = this.deps.store.selection;
    this.spaceDown = down;
    this.canvas.defaultCursor = down ? 'grab' : 'default';
    this.canvas.skipTargetFind = down;
    this.canvas.selection = !down;
  }

  setSize(width: number, height: number): void {
    this.canvas.setDimensions({ width, height });
    this.canvas.requestRenderAll();
  }

  /** Whole flat layout (with bleed) in view, centred. */
  setGuidesVisible(visible: boolean): void {
    this.showGuides = visible;
    if (!visible) this.canvas.discardActiveObject();
    this.canvas.requestRenderAll();
  }

  fit(): void {
    const t = this.template();
    const w = this.canvas.getWidth();
    const h = this.canvas.getHeight();
    const margin = 12;
    const z = clamp(Math.min(w / (t.width + 2 * margin), h / (t.height + 2 * margin)), MIN_ZOOM, MAX_ZOOM);
    this.canvas.setViewportTransform([z, 0, 0, z, (w - t.width * z) / 2, (h - t.height * z) / 2]);
    this.deps.onZoom?.(z);
    this.canvas.requestRenderAll();
  }

  zoomBy(factor: number, at?: { x: number; y: number }): void {
    const point = at ?? { x: this.canvas.getWidth() / 2, y: this.canvas.getHeight() / 2 };
    const z = clamp(this.zoom * factor, MIN_ZOOM, MAX_ZOOM);
    this.canvas.zoomToPoint(new Point(point.x, point.y), z);
    this.deps.onZoom?.(z);
    this.canvas.requestRenderAll();
  }

  /** page mm under a client (window) position, for drops from the library */
  sceneFromClient(clientX: number, clientY: number): { x: number; y: number } {
    const r = this.canvas.upperCanvasEl.getBoundingClientRect();
    const v = this.canvas.viewportTransform;
    return { x: (clientX - r.left - v[4]) / v[0], y: (clientY - r.top - v[5]) / v[3] };
  }

  /** Escape while dragging: the store goes back; the objects follow. */
  cancelGesture(): boolean {
    if (!this.gestureOpen) return false;
    this.gestureOpen = false;
    this.pending = [];
    // fabric keeps transforming until pointer-up unless its current transform is dropped
    (this.canvas as unknown as { _currentTransform: unknown })._currentTransform = null;
    for (const id of this.deps.store.selection) this.dirty.add(id);
    this.deps.store.cancelGesture();
    this.snapGuide = {};
    this.sync(false);
    return true;
  }

  private template(): TemplateResult {
    return this.deps.resources.template(this.deps.store.doc);
  }

  private onStore(): void {
    const { store, resources } = this.deps;
    const t = this.template();
    const docChanged = this.docDiffers();
    if (docChanged || t !== this.lastTemplate || resources.version !== this.lastResources || resources.brandColours !== this.lastBrand) this.sync(false);
    else if (store.selection !== this.lastSelection) this.selectionToCanvas();
  }

  private docDiffers(): boolean {
    const els = this.deps.store.doc.elements;
    const onPage = els.filter((e) => e.page === this.page && !e.hidden);
    if (onPage.length !== this.objects.size) return true;
    return onPage.some((e) => this.lastEls.get(e.id) !== e);
  }

  /** Brings the fabric objects in line with the document (only changed elements are rebuilt). */
  sync(force: boolean): void {
    const { store, resources } = this.deps;
    const doc = store.doc;
    const options = resources.options(doc);
    const t = options.template;
    const all = force || t !== this.lastTemplate || resources.version !== this.lastResources || resources.brandColours !== this.lastBrand;
    const visible = doc.elements.filter((e) => e.page === this.page && !e.hidden);
    const changed = all ? visible : visible.filter((e) => this.lastEls.get(e.id) !== e || this.dirty.has(e.id));
    const paints = paintsFor(doc, changed, options);
    if (all) this.canvas.invalidate();

    this.quietSelection = true;
    // members of a multiple selection are placed relative to it: take them out before moving
    // them, and make the selection again afterwards; a single selected object stays active
    const regroup = this.canvas.getActiveObject() instanceof ActiveSelection;
    if (regroup) this.canvas.discardActiveObject();
    const env: PaintEnv = {
      family: (id) => resources.family(id),
      advanceMm: (id, ch, sizePt) => resources.advanceMm(id, ch, sizePt),
      image: (id) => resources.image(id),
      lang: () => this.deps.lang(),
      ...(this.probe ? { onRun: (run: PaintedRun) => this.probe!.push(run) } : {}),
    };
    for (const el of changed) {
      const paint = paints.get(el.id) ?? { nodes: [], opacity: el.opacity };
      let obj = this.objects.get(el.id);
      if (!obj) {
        obj = new ElementObject(el, paint, env);
        this.objects.set(el.id, obj);
      } else {
        obj.paintData = paint;
        obj.place(el);
      }
    }
    const keep = new Set(visible.map((e) => e.id));
    this.canvas.changed(changed.map((e) => this.objects.get(e.id)!));
    for (const [id, obj] of this.objects) {
      if (!keep.has(id)) {
        this.canvas.remove(obj);
        this.objects.delete(id);
      }
    }
    const ordered = visible.map((e) => this.objects.get(e.id)!);
    const current = this.canvas.getObjects();
    if (current.length !== ordered.length || ordered.some((o, i) => current[i] !== o)) {
      if (current.length) this.canvas.remove(...current);
      this.canvas.add(...ordered);
    }
    this.lastEls = new Map(visible.map((e) => [e.id, e]));
    this.lastTemplate = t;
    this.lastResources = resources.version;
    this.lastBrand = resources.brandColours;
    this.dirty.clear();
    this.quietSelection = false;
    this.selectionToCanvas(regroup);
    if (!this.firstRenderMarked && visible.length > 0) {
      this.canvas.renderAll();
      this.firstRenderMarked = true;
      performance.mark('composer:first-render');
    } else {
      this.canvas.requestRenderAll();
    }
  }

  private selectionToCanvas(force = false): void {
    const ids = this.deps.store.selection;
    this.lastSelection = ids;
    const objs = ids.map((id) => this.objects.get(id)).filter((o): o is ElementObject => !!o);
    const active = this.canvas.getActiveObjects();
    if (!force && active.length === objs.length && active.every((o, i) => o === objs[i])) return;
    this.quietSelection = true;
    this.canvas.discardActiveObject();
    if (objs.length === 1) this.canvas.setActiveObject(objs[0]);
    else if (objs.length > 1) this.canvas.setActiveObject(new ActiveSelection(objs, { canvas: this.canvas }));
    this.quietSelection = false;
    this.canvas.requestRenderAll();
  }

  private selectionFromCanvas(): void {
    if (this.quietSelection) return;
    const ids = this.canvas.getActiveObjects().flatMap((o) => (o instanceof ElementObject ? [o.elementId] : []));
    this.lastSelection = ids;
    this.deps.store.select(ids);
    this.lastSelection = this.deps.store.selection;
  }

  private onDown(o: TPointerEventInfo): void {
    const e = o.e as MouseEvent;
    if (this.spaceDown || e.button === 1) {
      this.panning = { x: e.clientX, y: e.clientY };
      this.canvas.setCursor('grabbing');
      return;
    }
    if (o.target) {
      this.deps.store.beginGesture('移动 move');
      this.gestureOpen = true;
      this.guides = this.guidesExcept(new Set(this.canvas.getActiveObjects().flatMap((x) => (x instanceof ElementObject ? [x.elementId] : []))));
    }
  }

  private onMove(o: TPointerEventInfo): void {
    if (!this.panning) return;
    const e = o.e as MouseEvent;
    this.canvas.relativePan(new Point(e.clientX - this.panning.x, e.clientY - this.panning.y));
    this.panning = { x: e.clientX, y: e.clientY };
  }

  private onUp(): void {
    if (this.panning) {
      this.panning = null;
      this.canvas.setCursor(this.spaceDown ? 'grab' : 'default');
      if (this.spaceDown) {
        this.deps.store.select(this.panSelection);
        this.selectionToCanvas(true);
      }
      return;
    }
    if (this.gestureOpen) {
      // fabric is still inside its own pointer-up handling: touching the selection now
      // would make it finish the transform again (and fire object:modified again)
      queueMicrotask(() => this.finishGesture());
    }
    if (this.snapGuide.x !== undefined || this.snapGuide.y !== undefined) {
      this.snapGuide = {};
      this.canvas.requestRenderAll();
    }
  }

  private onWheel(o: TPointerEventInfo<WheelEvent>): void {
    const e = o.e;
    e.preventDefault();
    e.stopPropagation();
    if (e.ctrlKey || e.metaKey) {
      this.zoomBy(Math.pow(0.999, e.deltaY), { x: e.offsetX, y: e.offsetY });
    } else {
      this.canvas.relativePan(new Point(e.shiftKey ? -e.deltaY : -e.deltaX, e.shiftKey ? 0 : -e.deltaY));
    }
  }

  private guidesExcept(moving: Set<string>): Guides {
    const rects: Rect[] = [];
    for (const p of this.template().panels) if (p.page === this.page) rects.push(p.bounds);
    for (const el of this.lastEls.values()) if (!moving.has(el.id)) rects.push(elementBounds(el.transform));
    return guidesFrom(rects);
  }

  private onMoving(target: FabricObject): void {
    // fabric caches corner coordinates; during a move they still describe the start
    target.setCoords();
    const pts = target.getCoords();
    const xs = pts.map((p) => p.x);
    const ys = pts.map((p) => p.y);
    const box = { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
    const snap = snapBox(box, this.guides, SNAP_PX / this.zoom);
    if (snap.dx || snap.dy) {
      target.set({ left: target.left + snap.dx, top: target.top + snap.dy });
      target.setCoords();
    }
    this.snapGuide = { x: snap.guideX, y: snap.guideY };
  }

  /** Remembers what a transform changed; it becomes commands once the pointer is up. */
  private onModified(target: FabricObject | undefined): void {
    if (!target || !this.gestureOpen) return;
    const objs = target instanceof ElementObject ? [target] : this.canvas.getActiveObjects().filter((o): o is ElementObject => o instanceof ElementObject);
    const cmds: UpdateElement[] = [];
    for (const obj of objs) {
      this.dirty.add(obj.elementId);
      const el = this.lastEls.get(obj.elementId);
      if (!el || el.locked) continue;
      const t = transformOf(obj);
      const same = (['x', 'y', 'width', 'height', 'rotation'] as const).every((k) => Math.abs(t[k] - el.transform[k]) < 1e-3);
      if (!same) cmds.push({ type: 'update-element', id: el.id, transform: { x: t.x, y: t.y, width: t.width, height: t.height, rotation: t.rotation } });
    }
    this.pending = cmds;
  }

  /** Pointer-up: the gesture's commands, then one undo step for all of them. */
  private finishGesture(): void {
    if (!this.gestureOpen) return;
    const cmds = this.pending;
    this.pending = [];
    try {
      if (cmds.length) this.deps.store.dispatch(cmds, '移动 move');
      this.gestureOpen = false;
      this.deps.store.endGesture();
      if (!cmds.length && this.dirty.size) this.sync(false);
    } catch (e) {
      this.deps.onError(e);
      this.cancelGesture();
    }
  }

  /** Everything the sheet and guides depend on besides the viewport and canvas size (LayeredCanvas keys those). */
  private decorKey(): string {
    const t = this.template();
    let id = templateIds.get(t);
    if (id === undefined) templateIds.set(t, (id = nextTemplateId++));
    return `${id}|${this.page}|${this.showGuides}|${this.deps.lang()}|${this.snapGuide.x}|${this.snapGuide.y}`;
  }

  /** Under the art: the desk and the sheet (painted into the under bitmap, layered-canvas.ts). */
  private paintUnder(ctx: CanvasRenderingContext2D): void {
    ctx.fillStyle = '#e9e5dd';
    ctx.fillRect(0, 0, this.canvas.getWidth(), this.canvas.getHeight());
    const v = this.canvas.viewportTransform;
    ctx.transform(v[0], v[1], v[2], v[3], v[4], v[5]);
    paintSheet(ctx, this.template(), this.zoom);
  }

  /** Over the art: bleed zone, die line, safe areas, names, snap lines (painted into the over bitmap). */
  private paintOver(ctx: CanvasRenderingContext2D): void {
    if (!this.showGuides) return;
    const v = this.canvas.viewportTransform;
    ctx.transform(v[0], v[1], v[2], v[3], v[4], v[5]);
    paintGuides(ctx, this.template(), this.page, this.zoom, this.deps.lang(), { names: true, snapX: this.snapGuide.x, snapY: this.snapGuide.y });
  }

  /** After each frame: where page mm land on screen (for tests and tools), and the probe's runs. */
  private publish(): void {
    const v = this.canvas.viewportTransform;
    const viewport = `${v[0]},${v[4]},${v[5]}`;
    // written only when it changes: an attribute set on every frame costs a style pass
    if (this.canvas.upperCanvasEl.dataset.viewport !== viewport) this.canvas.upperCanvasEl.dataset.viewport = viewport;
    if (this.probe) this.publishProbe();
  }

  /** device pixels of the lower canvas -> page mm (undoing the retina scale and the viewport) */
  private publishProbe(): void {
    const v = this.canvas.viewportTransform;
    const r = this.canvas.getRetinaScaling();
    const page = (p: { x: number; y: number }) => ({ x: (p.x / r - v[4]) / v[0], y: (p.y / r - v[5]) / v[3] });
    const runs: ProbedRun[] = this.probe!.map((run) => {
      const a = page(run.start);
      const b = page(run.end);
      return { elementId: run.elementId, text: run.text, x0: a.x, y0: a.y, x1: b.x, y1: b.y };
    });
    this.canvas.upperCanvasEl.dataset.paintedRuns = JSON.stringify({ page: this.page, runs });
  }
}

/** a number per template object, so the decor key changes when the template does */
const templateIds = new WeakMap<TemplateResult, number>();
let nextTemplateId = 1;

export interface ProbedRun {
  elementId?: string;
  text: string;
  /** baseline start and end, page mm */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
