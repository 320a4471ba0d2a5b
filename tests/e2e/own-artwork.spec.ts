import { apiCall, expect, openStudio, test } from './fixtures';

/** A member's own design: a small, plain SVG (the intake sanitises it like any other). */
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><circle cx="50" cy="50" r="40" fill="#1d3c6e"/><path d="M20 50 L50 20 L80 50 L50 80 Z" fill="#e8c15a"/></svg>`;

test("a cooperative adds its own artwork without a curator: listed as its own work, kept out of the shared library, placeable in the composer", async ({ page, studio }) => {
  await openStudio(page, studio);
  await apiCall(page, studio, 'settings.update', { guidedPathDone: true });
  const cooperatives = await apiCall(page, studio, 'cooperatives.list', {});
  expect(cooperatives.value.length).toBeGreaterThan(0);

  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '纹样库', exact: true }).click();
  await page.getByRole('button', { name: '添加本社原创作品' }).click();
  const dialog = page.getByRole('dialog', { name: '添加本社原创作品' });
  await expect(dialog).toBeVisible();
  // nothing chosen yet: a plain-words refusal, nothing added
  await dialog.getByRole('button', { name: '添加', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('请选择文件');

  await dialog.getByLabel('图案文件（SVG、PNG、JPEG）').setInputFiles({ name: 'our-flower.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(SVG) });
  await dialog.getByLabel('中文名称').fill('本社花样');
  await dialog.getByLabel('英文名称').fill('Our flower');
  await dialog.getByLabel('作者（创作这个图案的人）').fill('杨阿妹');
  await dialog.getByRole('button', { name: '添加', exact: true }).click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });

  // shown in the cooperative's own view, credited as its own work; absent from the shared listing
  await expect(page.getByLabel('只看本社原创作品')).toBeChecked();
  const grid = page.getByRole('list', { name: '纹样列表' });
  await expect(grid.getByText('本社花样')).toBeVisible({ timeout: 20_000 });
  const own = await apiCall(page, studio, 'library.search', { query: '本社花样', view: 'own' });
  expect(own.value.items.map((m: any) => m.names.zh)).toEqual(['本社花样']);
  const shared = await apiCall(page, studio, 'library.search', { query: '本社花样', view: 'cooperative' });
  expect(shared.value.items).toEqual([]);
  const detail = await apiCall(page, studio, 'library.get', { id: own.value.items[0].id });
  expect(detail.value.record.ownWork.maker).toBe('杨阿妹');
  expect(detail.value.record.status).not.toBe('published');
  await page.getByLabel('只看本社原创作品').uncheck();
  await expect(grid.getByText('本社花样')).toHaveCount(0);

  // the composer's motif panel offers it for placing
  const created = await apiCall(page, studio, 'designs.create', { name: '本社标签', template: { kind: 'label-rect', params: {} } });
  expect(created.ok, JSON.stringify(created.error ?? null)).toBe(true);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '设计', exact: true }).click();
  await page.getByRole('button', { name: '打开“本社标签”' }).click();
  await expect(page.getByText('本社花样').first()).toBeVisible({ timeout: 30_000 });
});
