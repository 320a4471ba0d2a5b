import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, openStudio, test } from './fixtures';

test('the brand kit keeps its colours, story and logo across a reload', async ({ page, studio, consoleErrors }, testInfo) => {
  await openStudio(page, studio);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '品牌', exact: true }).click();
  await expect(page.getByRole('heading', { name: '品牌', exact: true })).toBeVisible();

  await page.getByRole('button', { name: '添加颜色' }).click();
  const names = page.getByLabel('颜色名称');
  const last = names.last();
  await last.fill('蓝靛');
  await page.getByLabel('蓝靛 C').fill('90');
  await page.getByLabel('蓝靛 M').fill('70');
  await page.getByLabel('蓝靛 K').fill('30');
  await page.getByLabel('故事（中文）').fill('我们是台江的绣娘合作社。');
  // the Song serif is the kit's title face from the start; the new sans bold can be chosen
  await expect(page.getByLabel('标题字体')).toHaveValue('noto-serif-sc-bold');
  await page.getByLabel('正文字体').selectOption({ label: 'Noto 黑体 粗体' });

  const logo = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'logo-')), 'logo.svg');
  fs.writeFileSync(logo, '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40" onload="alert(1)"><circle cx="20" cy="20" r="18" fill="#1f2a5a"/></svg>');
  await page.getByLabel('上传标志（SVG 或 PNG）').setInputFiles(logo);
  await expect(page.getByRole('img', { name: '品牌标志预览' })).toBeVisible();

  await page.getByRole('button', { name: '保存品牌' }).click();
  await expect(page.getByRole('status')).toHaveText('已保存。');
  await testInfo.attach('brand-kit', { body: await page.screenshot(), contentType: 'image/png' });

  await page.reload();
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '品牌', exact: true }).click();
  await expect(page.getByLabel('蓝靛 C')).toHaveValue('90');
  await expect(page.getByLabel('故事（中文）')).toHaveValue('我们是台江的绣娘合作社。');
  await expect(page.getByLabel('正文字体')).toHaveValue('noto-sans-sc-bold');
  await expect(page.getByRole('img', { name: '品牌标志预览' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('a colour with an empty name is refused with a plain message and nothing is saved', async ({ page, studio }) => {
  await openStudio(page, studio);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '品牌', exact: true }).click();
  await page.getByLabel('颜色名称').first().fill('');
  await page.getByRole('button', { name: '保存品牌' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('有未保存的修改。');
});
