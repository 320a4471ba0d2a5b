/**
 * The canvas keeps the elements under and over the selection as two bitmaps
 * (renderer/canvas/layered-canvas.ts) and repaints only the selected ones per frame. A bitmap
 * that outlived a change would show an element where it no longer is; so after each kind of
 * change (nudges and undo of the selected element, a change to an element inside a bitmap,
 * an undo that moves an element that is no longer selected) the canvas must be exactly what
 * a fresh paint of the whole canvas gives (zoom in and back to fit: every bitmap painted anew).
 */
import type { Page } from '@playwright/test';
import type { Design } from '../../model/design/schema';
import { expect, openStudio, test } from './fixtures';

const lower = (page: Page) => page.locator('canvas.lower-canvas');

/** the lower canvas's pixels once the frames requested so far have been painted */
async function pixels(page: Page): Promise<string> {
  return page.evaluate(async () => {
    await new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
    return document.querySelector<HTMLCanvasElement>('canvas.lower-canvas')!.toDataURL('image/png');
  });
}

/** every bitmap painted again: zoom in, then back to the same fitted view */
async function freshPaint(page: Page): Promise<string> {
  const viewport = await page.locator('canvas.upper-canvas').getAttribute('data-viewport');
  await page.getByRole('button', { name: '放大', exact: true }).click();
  await expect(page.locator('canvas.upper-canvas')).not.toHaveAttribute('data-viewport', viewport!);
  await page.getByRole('button', { name: '适合窗口', exact: true }).click();
  await expect(page.locator('canvas.upper-canvas')).toHaveAttribute('data-viewport', viewport!);
  return pixels(page);
}

async function key(page: Page, k: string) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press(k);
}

test('the canvas after nudges, undos and changes under the selection equals a fresh paint', async ({ page, studio, consoleErrors }) => {
  const api = async <T>(name: string, input: unknown): Promise<T> => {
    const res = await page.request.post(`${studio.origin}/api/${name}`, { headers: { Authorization: `Bearer ${studio.token}` }, data: input });
    const body = (await res.json()) as { ok: boolean; value: T };
    expect(body.ok).toBe(true);
    return body.value;
  };
  await api('settings.update', { guidedPathDone: true });
  await openStudio(page, studio);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '设计', exact: true }).click();
  const samples = await api<{ sample: string; name: string }[]>('designs.samples', {});
  const box = samples.find((s) => s.sample === 'tuck-end-tea-box')!;
  await page.getByRole('button', { name: `用样例“${box.name}”` }).click();
  await expect(page.locator('canvas.upper-canvas')).toHaveAttribute('data-viewport', /,/);
  const [summary] = await api<{ id: string }[]>('designs.list', {});
  const doc = (await api<{ design: Design }>('designs.get', { id: summary.id })).design;
  const front = doc.elements.filter((e) => e.page === 'front' && !e.hidden && !e.locked);
  expect(front.length).toBeGreaterThan(10);
  // one element in the middle of the stack: bitmaps under and over it both hold elements
  const middle = front[Math.floor(front.length / 2)];
  const other = front[2];

  await page.getByRole('tab', { name: '图层' }).click();
  await page.locator('.layer-pick', { hasText: middle.name }).first().click();
  await expect(lower(page)).toBeVisible();
  const before = await pixels(page);

  // the selected element moves over kept bitmaps
  for (const k of ['ArrowRight', 'ArrowRight', 'ArrowDown', 'Shift+ArrowRight']) await key(page, k);
  await key(page, 'Control+z');
  const nudged = await pixels(page);
  expect(nudged).not.toBe(before); // the check can see a moved element
  expect(nudged).toBe(await freshPaint(page));

  // an element inside a bitmap changes (hidden from the layers panel) while another is selected
  await page.getByRole('button', { name: `隐藏: ${other.name}` }).first().click();
  await page.locator('.layer-pick', { hasText: middle.name }).first().click();
  const hidden = await pixels(page);
  expect(hidden).not.toBe(nudged);
  expect(hidden).toBe(await freshPaint(page));

  // undo moves an element that is not selected (it sits in a bitmap now)
  await key(page, 'Control+z'); // `other` shown again
  await page.locator('.layer-pick', { hasText: other.name }).first().click();
  await key(page, 'Control+z'); // `middle`'s ArrowDown taken back
  const undone = await pixels(page);
  expect(undone).not.toBe(hidden);
  expect(undone).toBe(await freshPaint(page));
  expect(consoleErrors).toEqual([]);
});
