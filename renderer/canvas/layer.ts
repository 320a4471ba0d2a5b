/**
 * Opacity of a whole element (or group) as print applies it: everything is painted into a
 * layer of its own at full strength, then the layer is laid onto the canvas once at the
 * element's opacity, so the element's own overlapping parts never show through each other
 * (the PDF's transparency group, the proof's <g opacity>).
 */

const pool: HTMLCanvasElement[] = [];

/** Device-pixel rectangle on the target canvas (clamped to it). */
export interface DeviceRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The device rectangle that holds the local rectangle (x, y, w, h) under ctx's transform, with a margin. */
export function deviceBounds(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, marginPx = 4): DeviceRect {
  const m = ctx.getTransform();
  const pts = [
    [x, y],
    [x + w, y],
    [x, y + h],
    [x + w, y + h],
  ].map(([px, py]) => [m.a * px + m.c * py + m.e, m.b * px + m.d * py + m.f]);
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const x0 = Math.max(0, Math.floor(Math.min(...xs) - marginPx));
  const y0 = Math.max(0, Math.floor(Math.min(...ys) - marginPx));
  const x1 = Math.min(ctx.canvas.width, Math.ceil(Math.max(...xs) + marginPx));
  const y1 = Math.min(ctx.canvas.height, Math.ceil(Math.max(...ys) + marginPx));
  return { x: x0, y: y0, width: Math.max(0, x1 - x0), height: Math.max(0, y1 - y0) };
}

/**
 * Paints `draw` (given a context with ctx's current transform) into a layer and composites it
 * onto ctx with `alpha`. `area` limits the layer to a device rectangle (default: the whole
 * canvas); ctx's clip still applies to the composite.
 */
export function paintAsLayer(ctx: CanvasRenderingContext2D, alpha: number, draw: (layer: CanvasRenderingContext2D) => void, area?: DeviceRect): void {
  const target = ctx.canvas;
  const r = area ?? { x: 0, y: 0, width: target.width, height: target.height };
  if (r.width <= 0 || r.height <= 0 || alpha <= 0) return;
  const off = pool.pop() ?? document.createElement('canvas');
  if (off.width < r.width || off.height < r.height) {
    off.width = Math.max(off.width, r.width);
    off.height = Math.max(off.height, r.height);
  }
  const layer = off.getContext('2d')!;
  layer.setTransform(1, 0, 0, 1, 0, 0);
  layer.globalAlpha = 1;
  layer.clearRect(0, 0, r.width, r.height);
  const m = ctx.getTransform();
  // the layer's pixel (0, 0) is the target's (r.x, r.y)
  layer.setTransform(m.a, m.b, m.c, m.d, m.e - r.x, m.f - r.y);
  layer.save();
  try {
    draw(layer);
  } finally {
    layer.restore();
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha *= alpha;
    ctx.drawImage(off, 0, 0, r.width, r.height, r.x, r.y, r.width, r.height);
    ctx.restore();
    pool.push(off);
  }
}
