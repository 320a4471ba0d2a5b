import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { apiCall, expect, openStudio, test } from './fixtures';

const png = (dataUrl: string) => sharp(Buffer.from(dataUrl.split(',')[1], 'base64')).metadata();

test('export over the browser-mode API: preflight, PDF/X-4, refused export, proof and shop pictures', async ({ page, studio, consoleErrors }) => {
  await openStudio(page, studio);
  const created = await apiCall(page, studio, 'designs.createFromSample', { sample: 'tuck-end-tea-box' });
  expect(created.ok).toBe(true);
  const designId = created.value.id;

  const pre = await apiCall(page, studio, 'export.preflight', { designId });
  expect(pre.ok).toBe(true);
  expect(pre.value).toMatchObject({ errors: [], ok: true, pages: ['front'], hasDieline: true, nUpOffered: false });

  const pdf = await apiCall(page, studio, 'export.pdf', { designId, cropMarks: true, dielineName: 'Dieline' });
  expect(pdf.ok).toBe(true);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jinxiu-e2e-export-')), pdf.value.fileName);
  fs.writeFileSync(file, Buffer.from(pdf.value.base64, 'base64'));
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(/PDF subtype:\s+PDF\/X-4/);
  expect(info).toMatch(/PDF version:\s+1\.6/);
  const gs = spawnSync('gs', ['-q', '-dNODISPLAY', '-dNOSAFER', '-dPDFINFO', '-dBATCH', file], { encoding: 'utf8' });
  expect(`${gs.stdout}${gs.stderr}`).toMatch(/Page Spot colors:.*'Dieline'/s);

  // a credit line removed: the export is refused with the report, and force cannot override it
  const opened = await apiCall(page, studio, 'designs.get', { id: designId });
  const design = opened.value.design;
  const broken = { ...design, elements: design.elements.map((e: { id: string }) => (e.id === 'credits' ? { ...e, text: '谢谢' } : e)) };
  expect((await apiCall(page, studio, 'designs.save', { design: broken, reason: 'explicit' })).ok).toBe(true);
  const refused = await apiCall(page, studio, 'export.pdf', { designId, force: true });
  expect(refused.ok).toBe(false);
  expect(refused.error.code).toBe('export.blocked');
  expect(refused.error.details.report.errors[0]).toMatchObject({ code: 'credit.missing', where: { elementId: 'credits' } });
  expect(refused.error.message.zh).toMatch(/署名/);
  // the proof and the shop pictures pass the same check: refused with the same report
  for (const [name, input] of [['export.proof', { designId, page: 0, dieline: true }], ['export.images', { designId }]] as const) {
    const no = await apiCall(page, studio, name, input);
    expect(no.ok, name).toBe(false);
    expect(no.error.code, name).toBe('export.blocked');
    expect(no.error.details.report.errors[0], name).toMatchObject({ code: 'credit.missing' });
  }
  expect((await apiCall(page, studio, 'designs.save', { design, reason: 'explicit' })).ok).toBe(true);

  const proof = await apiCall(page, studio, 'export.proof', { designId, page: 0, dieline: true });
  const meta = await png(proof.value.dataUrl);
  expect([meta.width, meta.height]).toEqual([proof.value.widthPx, proof.value.heightPx]);
  const images = await apiCall(page, studio, 'export.images', { designId });
  expect(await png(images.value.main)).toMatchObject({ width: 800, height: 800 });
  expect((await png(images.value.detail)).width).toBe(750);
  expect(consoleErrors).toEqual([]);
});

test('export dialog from the composer: clean preflight, proof, PDF download, shop pictures', async ({ page, studio, consoleErrors }) => {
  await openStudio(page, studio);
  // straight to the list of designs and samples (the guided first design is tested elsewhere)
  expect((await apiCall(page, studio, 'settings.update', { guidedPathDone: true })).ok).toBe(true);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '设计', exact: true }).click();
  await page.getByRole('button', { name: '用样例“雷山银球茶 · 反插盒”' }).click();
  await page.getByRole('button', { name: '导出给印刷厂' }).click();
  const dialog = page.getByRole('dialog', { name: '导出印刷文件' });
  await expect(dialog).toBeVisible({ timeout: 10_000 });

  await expect(dialog.getByText('检查通过，可以导出。')).toBeVisible({ timeout: 20_000 });
  await expect(dialog.getByRole('img', { name: '第 1 页的校样' })).toBeVisible({ timeout: 20_000 });
  await dialog.getByLabel('加裁切标记（出血外的角线和文件信息）').uncheck();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '导出 PDF' }).click();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jinxiu-e2e-dl-')), 'box.pdf');
  await (await download).saveAs(file);
  const info = execFileSync('pdfinfo', ['-box', file], { encoding: 'utf8' });
  expect(info).toMatch(/PDF subtype:\s+PDF\/X-4/);
  const box = (name: string) => new RegExp(`${name}:\\s+([\\d.\\s]+)`).exec(info)![1].trim();
  expect(box('MediaBox')).toBe(box('BleedBox')); // no marks: MediaBox = BleedBox

  await dialog.getByRole('button', { name: '生成网店图片' }).click();
  for (const name of ['主图 800×800', '详情图 750 宽', '平铺效果图']) await expect(dialog.getByRole('img', { name })).toBeVisible({ timeout: 20_000 });
  expect(consoleErrors).toEqual([]);
});
