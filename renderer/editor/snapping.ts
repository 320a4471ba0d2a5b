/**
 * Snapping while dragging: the moving box's left/centre/right (and top/middle/bottom)
 * jump to the nearest guide within a threshold in mm. Guides are panel edges and centres
 * and the edges and centres of the other elements. Pure, so it is tested without fabric.
 */
import type { Rect } from '../../model/templates/types';

export interface Guides {
  xs: number[];
  ys: number[];
}

export function guidesFrom(rects: readonly Rect[]): Guides {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const r of rects) {
    xs.push(r.x, r.x + r.width / 2, r.x + r.width);
    ys.push(r.y, r.y + r.height / 2, r.y + r.height);
  }
  return { xs, ys };
}

function nearest(points: number[], guides: number[], threshold: number): { delta: number; guide: number } | undefined {
  let best: { delta: number; guide: number } | undefined;
  for (const p of points) {
    for (const g of guides) {
      const d = g - p;
      if (Math.abs(d) <= threshold && (!best || Math.abs(d) < Math.abs(best.delta))) best = { delta: d, guide: g };
    }
  }
  return best;
}

export interface Snap {
  dx: number;
  dy: number;
  /** the guides that caught, for drawing them while dragging */
  guideX?: number;
  guideY?: number;
}

export function snapBox(box: Rect, guides: Guides, thresholdMm: number): Snap {
  const sx = nearest([box.x, box.x + box.width / 2, box.x + box.width], guides.xs, thresholdMm);
  const sy = nearest([box.y, box.y + box.height / 2, box.y + box.height], guides.ys, thresholdMm);
  return { dx: sx?.delta ?? 0, dy: sy?.delta ?? 0, ...(sx ? { guideX: sx.guide } : {}), ...(sy ? { guideY: sy.guide } : {}) };
}
