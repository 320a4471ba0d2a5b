import { apiCall, expect, openStudio, test } from './fixtures';

test('a deleted design waits in the bin and comes back as it was', async ({ page, studio, consoleErrors }) => {
  await openStudio(page, studio);
  await apiCall(page, studio, 'settings.update', { guidedPathDone: true });
  const design = (await apiCall(page, studio, 'designs.createFromSample', { sample: 'jar-label-sour-soup' })).value;
  await page.reload();
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '设计', exact: true }).click();
  page.on('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: `删除“${design.name}”` }).click();
  await expect(page.getByRole('button', { name: `打开“${design.name}”` })).toHaveCount(0);

  await page.getByText('回收站（1 个设计）').click();
  await page.getByRole('button', { name: `恢复“${design.name}”` }).click();
  await expect(page.getByRole('button', { name: `打开“${design.name}”` })).toBeVisible();
  await expect(page.getByText(/回收站（/)).toHaveCount(0);
  const back = (await apiCall(page, studio, 'designs.get', { id: design.id })).value.design;
  expect(back.elements.length).toBe(design.elements.length);
  expect(consoleErrors).toEqual([]);
});
