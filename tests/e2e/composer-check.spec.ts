import { apiCall, expect, openStudio, test } from './fixtures';

test('the composer checks the design while it is edited, and product facts fill label texts', async ({ page, studio, consoleErrors }, testInfo) => {
  await openStudio(page, studio);
  await apiCall(page, studio, 'settings.update', { guidedPathDone: true });
  const design = (await apiCall(page, studio, 'designs.createFromSample', { sample: 'jar-label-sour-soup' })).value;
  await page.reload();
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '设计', exact: true }).click();
  await page.getByRole('button', { name: `打开“${design.name}”` }).click();
  await expect(page.locator('canvas.upper-canvas')).toHaveAttribute('data-viewport', /,/);

  // the sample label is linked to the sample sour soup and carries every GB 7718 item
  await page.getByRole('tab', { name: '检查' }).click();
  await expect(page.getByText('没有发现问题，可以导出给印刷厂。')).toBeVisible();

  // take the label texts away: the check names what the food label now lacks
  await page.getByRole('tab', { name: '图层' }).click();
  await page.getByRole('button', { name: '食品标签', exact: true }).click();
  await page.keyboard.press('Delete');
  await page.getByRole('tab', { name: '检查' }).click();
  const findings = page.getByRole('list', { name: '检查结果' });
  // a missing GB 7718 item is an error ("must fix") that names the item
  await expect(findings.getByRole('listitem').filter({ hasText: '上没有“配料表”' })).toContainText('必须改');
  await testInfo.attach('check-panel', { body: await page.screenshot(), contentType: 'image/png' });

  // one click inserts the item's product field: it is stored as a placeholder and fills on export
  await findings.getByRole('button', { name: '插入“配料”' }).click();
  await expect(page.locator('.cmp-props textarea').first()).toHaveValue(/\{\{product\.ingredients\}\}/);
  await expect(findings).not.toContainText('上没有“配料表”');

  // a product fact can also be chosen for any text from the properties
  await page.getByLabel('插入产品信息').selectOption({ label: '贮存条件' });
  await expect(page.locator('.cmp-props textarea').first()).toHaveValue(/\{\{product\.storage\}\}/);
  await expect(findings).not.toContainText('上没有“贮存条件”');
  expect(consoleErrors).toEqual([]);
});
