import { expect, openStudio, test } from './fixtures';

test('the app shell renders in Chinese with the five areas', async ({ page, studio, consoleErrors }) => {
  await openStudio(page, studio);
  const nav = page.getByRole('navigation', { name: '主导航' });
  for (const name of ['纹样库', '设计', '产品', '品牌', '设置']) {
    await expect(nav.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await nav.getByRole('button', { name: '设置', exact: true }).click();
  await expect(page.getByRole('heading', { name: '设置' })).toBeVisible();
  await expect(page.getByTestId('data-dir')).toHaveText(studio.dataDir);
  expect(consoleErrors).toEqual([]);
});

test('the language switch is remembered across a reload and a server restart', async ({ page, studio, consoleErrors }) => {
  await openStudio(page, studio);
  await page.getByRole('group', { name: '界面语言' }).getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Library', exact: true })).toBeVisible();
  await studio.restart();
  await page.goto(studio.url);
  await expect(page.getByRole('button', { name: 'Brand kit', exact: true })).toBeVisible();
  await page.getByRole('group', { name: 'Interface language' }).getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('button', { name: '纹样库', exact: true })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('every button on the shell has an accessible name', async ({ page, studio }) => {
  await openStudio(page, studio);
  const unnamed = await page.locator('button').evaluateAll((buttons) =>
    buttons.filter((b) => !(b.getAttribute('aria-label') || b.textContent?.trim())).length,
  );
  expect(unnamed).toBe(0);
});
