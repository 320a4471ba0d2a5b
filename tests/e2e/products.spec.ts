import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { apiCall, expect, openStudio, test } from './fixtures';

/** Local calendar date `days` from today (the server runs on this machine's clock). */
function isoFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name, exact: true }).click();
const field = (page: Page, path: string) => page.locator(`[data-field="${path}"]`);

test('product facts: wrong SC number and expired organic certificate are explained in plain words, fixed, reminded on the home page, and made into a story card', async ({ page, studio, consoleErrors }, testInfo) => {
  await openStudio(page, studio);
  await nav(page, '产品');
  await expect(page.getByRole('heading', { name: '产品信息', exact: true })).toBeVisible();
  // the shipped samples are there for a new user to try
  await expect(page.getByRole('navigation', { name: '产品列表' }).getByRole('button', { name: /雷山银球茶/ })).toBeVisible();

  await page.getByRole('button', { name: '＋ 新产品' }).click();
  const form = page.getByRole('form', { name: '产品信息表' });
  await form.getByLabel('产品名称（中文）').fill('苗家红酸汤');
  await form.getByLabel('产品名称（英文）').fill('Miao Red Sour Soup');
  await form.getByLabel('产品类别').selectOption('food');
  await form.getByLabel('净含量', { exact: true }).fill('500');
  await form.getByLabel('单位', { exact: true }).selectOption('g');
  await form.getByLabel('配料（用顿号或逗号隔开）').fill('毛辣角、红辣椒、食用盐');
  await form.getByLabel('贮存条件').fill('常温避光保存');
  await form.getByLabel('保质期（数字）').fill('360');
  await form.getByLabel('保质期单位（照包装上的写法）').selectOption('days');
  await form.getByLabel('产品标准代号').fill('Q/KLST 0001S');
  await form.getByLabel('产地（县）').fill('凯里市');

  // a licence number one digit short: the error appears when the field is left
  const sc = form.getByLabel('食品生产许可证编号（SC 加 14 位数字）');
  await sc.fill('SC1145226340001');
  await sc.blur();
  await expect(field(page, 'product.productionLicence').locator('.field-error')).toContainText('格式不对：应是 SC 加 14 位数字');
  await expect(sc).toHaveAttribute('aria-invalid', 'true');

  // an organic certificate that lapsed last month
  await form.getByRole('button', { name: '＋ 有机产品认证' }).click();
  const cert = form.getByRole('group', { name: '有机产品认证 1' });
  await cert.getByLabel('证书编号').fill('099OP2600001');
  await cert.getByLabel('发证机构').fill('示例有机认证中心');
  await cert.getByLabel('有机码（17 位，多个用逗号隔开）').fill('09926000000000001');
  await cert.getByLabel('有效期开始').fill(isoFromToday(-400));
  const validTo = cert.getByLabel('有效期截止');
  await validTo.fill(isoFromToday(-35));
  await validTo.blur();
  const expiry = field(page, 'product.certifications.0.validTo').locator('.field-error');
  await expect(expiry).toContainText('已经过期');
  await expect(expiry).toContainText('请先续证');
  await expect(field(page, 'product.productionLicence').locator('.field-error')).toBeVisible();
  await testInfo.attach('product-errors', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });

  // fix both; the certificate now runs out in 12 days, which the home page must remind about
  await sc.fill('SC11452263400010');
  await sc.blur();
  await expect(field(page, 'product.productionLicence').locator('.field-error')).toHaveCount(0);
  await validTo.fill(isoFromToday(12));
  await validTo.blur();
  await expect(expiry).toHaveCount(0);

  // the certificate scan goes through the studio's intake
  const scan = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'scan-')), 'organic-certificate.png');
  fs.writeFileSync(scan, await sharp({ create: { width: 400, height: 560, channels: 3, background: '#f4f1ea' } }).png().toBuffer());
  await cert.getByLabel('证书扫描件（PDF、PNG 或 JPEG）').setInputFiles(scan);
  await expect(cert.getByText(/已上传：[0-9a-f]{12}/)).toBeVisible();
  await form.getByRole('button', { name: '检查' }).click();
  await expect(page.getByRole('status')).toContainText('发现 0 个错误');

  // barcode and Digital Link previews draw from the typed numbers
  await form.getByLabel('EAN-13 商品条码（13 位数字）').fill('6990000000022');
  const barcode = page.getByRole('img', { name: '条码预览 6990000000022' });
  await expect(barcode).toBeVisible();
  // an EAN-13 has 30 dark bars (3 guard pairs + 2 per digit for 12 digits), plus the white background
  await expect(barcode.locator('rect')).toHaveCount(31);
  await form.getByLabel('批号').fill('KL2026A');
  await form.getByLabel('GS1 数字链接域名，例如 id.gs1.org').fill('id.gs1.org');
  await expect(page.getByRole('img', { name: '二维码预览：https://id.gs1.org/01/06990000000022/10/KL2026A' })).toBeVisible();

  await form.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('已保存');
  await expect(page.getByRole('list', { name: '标签必须标注的内容' })).toContainText('食品生产许可证编号');

  // home page: the certificate due in 12 days is listed
  await nav(page, '首页');
  const reminder = page.locator('.home-reminder', { hasText: '苗家红酸汤' });
  await expect(reminder).toContainText('12 天后到期');
  await expect(reminder).toContainText('099OP2600001');
  await testInfo.attach('home-reminders', { body: await page.screenshot(), contentType: 'image/png' });
  // the start button leads to the designs page
  await page.getByRole('button', { name: '新建设计' }).click();
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '设计', exact: true })).toHaveAttribute('aria-current', 'page');
  await nav(page, '首页');

  // from the reminder back to the product, then the brand-story card
  await reminder.getByRole('button', { name: /打开产品/ }).click();
  await expect(page.getByRole('form', { name: '产品信息表' }).getByLabel('产品名称（中文）')).toHaveValue('苗家红酸汤');
  await page.getByRole('button', { name: '生成品牌故事卡' }).click();
  await expect(page.getByRole('status')).toContainText('已生成设计“苗家红酸汤 · 品牌故事卡”');

  // the saved product references the scan, so backups and the doctor account for it
  const saved = await apiCall(page, studio, 'products.list', {});
  const mine = saved.value.find((p: any) => p.name.zh === '苗家红酸汤');
  const detail = await apiCall(page, studio, 'products.get', { id: mine.id });
  expect(detail.value.files).toEqual([{ sha256: expect.stringMatching(/^[0-9a-f]{64}$/), role: 'evidence' }]);

  const designs = await apiCall(page, studio, 'designs.list', {});
  const card = designs.value.find((d: any) => d.templateKind === 'story-card' && d.name === '苗家红酸汤 · 品牌故事卡');
  expect(card).toBeTruthy();

  const exported = await apiCall(page, studio, 'export.pdf', { designId: card.id });
  expect(exported.ok, JSON.stringify(exported.error ?? null).slice(0, 800)).toBe(true);
  const pdf = Buffer.from(exported.value.base64, 'base64');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'story-')), 'story.pdf');
  fs.writeFileSync(file, pdf);
  // an independent reader: poppler sees two pages and the Chinese front text
  expect(execFileSync('pdfinfo', [file]).toString()).toMatch(/Pages:\s+2/);
  expect(execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-']).toString()).toContain('苗家红酸汤');
  expect(consoleErrors).toEqual([]);
});

test('in English: an "organic" name without a certificate and a wrong barcode check digit are explained next to their fields', async ({ page, studio, consoleErrors }) => {
  await openStudio(page, studio);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: 'Products', exact: true }).click();
  await page.getByRole('navigation', { name: 'Product list' }).getByRole('button', { name: /Kaili Red Sour Soup/ }).click();
  const form = page.getByRole('form', { name: 'Product form' });
  const name = form.getByLabel('Product name (Chinese)');
  await expect(name).toHaveValue('凯里红酸汤');
  await name.fill('有机红酸汤');
  await name.blur();
  await expect(field(page, 'product.name.zh').locator('.field-error')).toContainText('says "organic" but there is no organic certificate');

  const ean = form.getByLabel('EAN-13 barcode (13 digits)');
  await ean.fill('6990000000023');
  await ean.blur();
  await expect(field(page, 'product.ean13').locator('.field-error')).toBeVisible();
  await expect(page.getByText('Enter a valid 13-digit code to see the barcode here.')).toBeVisible();
  await ean.fill('6990000000022');
  await ean.blur();
  await expect(field(page, 'product.ean13').locator('.field-error')).toHaveCount(0);
  await expect(page.getByRole('img', { name: 'Barcode preview 6990000000022' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
