import type { Locator } from '@playwright/test';
import { apiCall, expect, openStudio, test } from './fixtures';

/** Pixels of a loaded <img> that carry ink (not transparent, not paper white), counted in a canvas. */
async function inkPixels(img: Locator, magentaOnly = false): Promise<number> {
  await expect(img).toHaveJSProperty('complete', true);
  return img.evaluate((el, magenta) => {
    const image = el as HTMLImageElement;
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const g = canvas.getContext('2d')!;
    g.drawImage(image, 0, 0);
    const d = g.getImageData(0, 0, canvas.width, canvas.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) {
      if (d[i + 3] < 128) continue;
      const ink = magenta ? d[i] > 180 && d[i + 1] < 120 && d[i + 2] > 180 : d[i] < 230 || d[i + 1] < 230 || d[i + 2] < 230;
      if (ink) n++;
    }
    return n;
  }, magentaOnly);
}

test('the design list and the samples show a picture of each design, painted from the document', async ({ page, studio, consoleErrors }) => {
  await openStudio(page, studio);
  await apiCall(page, studio, 'settings.update', { guidedPathDone: true });
  const names: string[] = [];
  for (const sample of ['tuck-end-tea-box', 'jar-label-sour-soup']) names.push((await apiCall(page, studio, 'designs.createFromSample', { sample })).value.name);
  await page.reload();
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '设计', exact: true }).click();
  const list = page.getByRole('list', { name: '设计列表' });
  for (const name of names) {
    const img = list.getByRole('img', { name: `设计“${name}”的缩略图` });
    await expect(img).toBeVisible({ timeout: 30_000 });
    expect(await inkPixels(img)).toBeGreaterThan(2000);
  }
  // the shipped samples too
  const samples = page.getByRole('region', { name: '样例' });
  const sampleImgs = samples.getByRole('img', { name: /^样例“.+”的缩略图$/ });
  await expect(sampleImgs.first()).toBeVisible({ timeout: 30_000 });
  expect(await inkPixels(sampleImgs.first())).toBeGreaterThan(1000);
  expect(consoleErrors).toEqual([]);
});

test('the template picker shows each kind as its dieline, and the form previews the sizes entered', async ({ page, studio, consoleErrors }) => {
  await openStudio(page, studio);
  await apiCall(page, studio, 'settings.update', { guidedPathDone: true });
  await page.reload();
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '设计', exact: true }).click();
  await page.getByRole('button', { name: '+ 新建设计' }).click();
  const picker = page.getByRole('radiogroup', { name: '盒型 / 标签' });
  const kinds = ['反向插舌盒', '瓶身环绕标签', '天地盖礼盒'];
  for (const kind of kinds) {
    await expect(picker.getByRole('radio', { name: kind })).toHaveCount(1);
    const img = picker.getByRole('img', { name: `${kind}的刀模图` });
    await expect(img).toBeVisible({ timeout: 30_000 });
    // the die lines are drawn in the Dieline ink's magenta
    expect(await inkPixels(img, true)).toBeGreaterThan(100);
  }
  await picker.getByRole('radio', { name: '瓶身环绕标签' }).check();
  await expect(picker.getByRole('radio', { name: '瓶身环绕标签' })).toBeChecked();
  const preview = page.getByRole('img', { name: '按现在的尺寸画出的瓶身环绕标签刀模图' });
  await expect(preview).toBeVisible({ timeout: 30_000 });
  const aspect = () => preview.evaluate((el) => (el instanceof HTMLImageElement && el.complete ? el.naturalHeight / el.naturalWidth : 0));
  // the default jar label (70 mm jar: 228 x 50 mm) is a long low strip
  await expect.poll(aspect, { timeout: 30_000 }).toBeGreaterThan(0.15);
  expect(await aspect()).toBeLessThan(0.3);
  // a taller label: the preview follows the sizes typed in (228 x 120 mm)
  await page.getByRole('spinbutton', { name: /标签高/ }).fill('120');
  await expect.poll(aspect, { timeout: 30_000 }).toBeGreaterThan(0.45);
  expect(consoleErrors).toEqual([]);
});
