/** The one placement rule: free space of a panel's safe area, around what is already there. */
import { describe, expect, it } from 'vitest';
import { findFreeSpace, freeSpaceOnPanel, obstaclesOn, safeAreaOfPanel } from '../../../../model/design/free-space';
import type { Rect } from '../../../../model/templates/types';
import { generateTemplate } from '../../../../model/templates';
import { sample } from '../preflight/helpers';

const area: Rect = { x: 10, y: 10, width: 80, height: 120 };
const overlaps = (a: Rect, b: Rect, gap = 0) =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
const inside = (r: Rect, a: Rect) => r.x >= a.x - 1e-9 && r.y >= a.y - 1e-9 && r.x + r.width <= a.x + a.width + 1e-9 && r.y + r.height <= a.y + a.height + 1e-9;

describe('findFreeSpace', () => {
  it('an empty area: the box sits at the preferred anchor', () => {
    const c = findFreeSpace({ area, obstacles: [], width: 20, height: 10 });
    expect(c).toMatchObject({ fits: true, rect: { x: 40, y: 65, width: 20, height: 10 } });
    expect(findFreeSpace({ area, obstacles: [], width: 20, height: 10, prefer: 'top' }).rect).toMatchObject({ x: 40, y: 10 });
    expect(findFreeSpace({ area, obstacles: [], width: 20, height: 10, prefer: 'bottom' }).rect).toMatchObject({ x: 40, y: 120 });
    expect(findFreeSpace({ area, obstacles: [], width: 20, height: 10, prefer: 'right' }).rect).toMatchObject({ x: 70, y: 65 });
  });

  it('steps around a motif in the middle, keeping the gap, and stays inside the area', () => {
    const motif = { x: 30, y: 50, width: 40, height: 40 };
    const r = findFreeSpace({ area, obstacles: [motif], width: 60, height: 20 });
    expect(r.fits).toBe(true);
    expect(overlaps(r.rect, motif, 2 - 1e-6)).toBe(false);
    expect(inside(r.rect, area)).toBe(true);
  });

  it('random panels: a box that fits never touches an obstacle (within the gap) and never leaves the area', () => {
    let seed = 11;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let n = 0; n < 200; n++) {
      const obstacles = Array.from({ length: Math.floor(rnd() * 6) }, () => ({ x: 10 + rnd() * 70, y: 10 + rnd() * 110, width: 5 + rnd() * 30, height: 5 + rnd() * 30 }));
      const r = findFreeSpace({ area, obstacles, width: 5 + rnd() * 50, height: 5 + rnd() * 40, prefer: (['centre', 'top', 'bottom', 'left', 'right'] as const)[n % 5] });
      expect(inside(r.rect, area)).toBe(true);
      expect(inside(r.free, area)).toBe(true);
      if (r.fits) for (const o of obstacles) expect(overlaps(r.rect, o, 2 - 1e-6)).toBe(false);
      else for (const o of obstacles) expect(overlaps(r.free, o, 2 - 1e-6)).toBe(false);
    }
  });

  it('when nothing fits: the largest free rectangle, with the box scaled down in proportion inside it', () => {
    const band = { x: 10, y: 40, width: 80, height: 90 }; // only a 80 x 28 strip stays free above it
    const r = findFreeSpace({ area, obstacles: [band], width: 60, height: 60 });
    expect(r.fits).toBe(false);
    expect(r.free).toEqual({ x: 10, y: 10, width: 80, height: 28 });
    expect(r.rect.width / r.rect.height).toBeCloseTo(1, 6);
    expect(r.rect.height).toBeLessThanOrEqual(28);
  });
});

describe('freeSpaceOnPanel', () => {
  it('on the tea box front: inside the front safe area and clear of its title, motif and texts', () => {
    const d = sample('tuck-end-tea-box');
    const t = generateTemplate(d.template.kind, d.template.params);
    const r = freeSpaceOnPanel(d, t, 'front', 'front', 30, 8);
    expect(inside(r.rect, safeAreaOfPanel(t, 'front'))).toBe(true);
    if (r.fits) for (const o of obstaclesOn(d, 'front')) expect(overlaps(r.rect, o)).toBe(false);
  });
});
