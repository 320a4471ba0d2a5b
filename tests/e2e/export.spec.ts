import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { expect, openStudio, test, type StudioServer } from './fixtures';

async function apiCall(page: Page, studio: StudioServer, name: string, input: unknown): Promise<any> {
  return page.evaluate(
    async ({ name, input, token }) => {
      const response = await fetch(`/api/${encodeURIComponent(name)}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(input) });
      return response.json();
    },
    { name, input, token: studio.token },
  );
}

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

  const proof = await apiCall(page, studio, 'export.proof', { designId, page: 0, dieline: true });
  const meta = await png(proof.value.dataUrl);
  expect([meta.width, meta.height]).toEqual([proof.value.widthPx, proof.value.heightPx]);
  const images = await apiCall(page, studio, 'export.images', { designId });
  expect(await png(images.value.main)).toMatchObject({ width: 800, height: 800 });
  expect((await png(images.value.detail)).width).toBe(750);
  expect(consoleErrors).toEqual([]);
});
