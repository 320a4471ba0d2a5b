import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, Page, TestInfo } from '@playwright/test';
import sharp from 'sharp';
import type { Design } from '../../model/design/schema';
import type { MotifRecord } from '../../model/motif/schema';
import { expect, openStudio, test, type StudioServer } from './fixtures';

/** The starter library as shipped, read independently of the app. */
const STARTER: MotifRecord[] = fs
  .readdirSync('motifs', { withFileTypes: true })
  .filter((d) => d.isDirectory() && fs.existsSync(path.join('motifs', d.name, 'motif.json')))
  .map((d) => JSON.parse(fs.readFileSync(path.join('motifs', d.name, 'motif.json'), 'utf8')) as MotifRecord);
const bySlug = (slug: string) => STARTER.find((r) => r.slug === slug)!;

async function snap(page: Page, testInfo: TestInfo, name: string) {
  const file = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path: file });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}

async function call<T>(request: APIRequestContext, studio: StudioServer, name: string, input: unknown): Promise<T> {
  const res = await request.post(`${studio.origin}/api/${name}`, { headers: { Authorization: `Bearer ${studio.token}` }, data: input });
  const body = (await res.json()) as { ok: boolean; value: T; error?: unknown };
  if (!body.ok) throw new Error(`${name}: ${JSON.stringify(body.error)}`);
  return body.value;
}

async function designs(page: Page, studio: StudioServer) {
  return call<{ id: string; name: string }[]>(page.request, studio, 'designs.list', {});
}

const library = (page: Page) => page.getByRole('list', { name: '纹样搜索结果' });

async function searchMotif(page: Page, term: string) {
  await page.getByRole('searchbox', { name: '搜索纹样' }).fill(term);
  await expect(library(page).locator('.libp-item').first()).toBeVisible();
}

async function waitSaved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /^已保存$/ })).toBeVisible({ timeout: 10_000 });
}

test('guided path: "放到盒子上" puts the name and the story into free space, never over the motif', async ({ page, studio, consoleErrors }) => {
  await openStudio(page, studio);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '设计', exact: true }).click();
  await page.getByRole('textbox', { name: '产品名称' }).fill('雷山银球茶');
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('radio', { name: '反向插舌盒' }).check();
  await page.getByRole('button', { name: '创建' }).click();
  await expect(page.getByRole('application', { name: /设计画布/ })).toBeVisible();
  const [{ id }] = await designs(page, studio);

  // step 3: one motif, placed in the middle of the front as a first-time user does
  const fish = bySlug('fish-pair');
  await searchMotif(page, fish.names.zh);
  await page.getByRole('button', { name: `放上“${fish.names.zh}”` }).click();
  await expect(page.getByRole('heading', { name: '属性' })).toBeVisible();

  // step 4: the name (vertical) and a story, both at once
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('textbox', { name: '产品名（大字）' }).fill('雷山银球茶');
  await page.getByRole('checkbox', { name: '竖排' }).check();
  const story = '银球茶产自雷山县，由当地苗族茶农手工揉制成球，冲泡后一颗颗舒展开来。';
  await page.getByRole('textbox', { name: /故事/ }).fill(story);
  await page.getByRole('button', { name: '放到盒子上' }).click();
  await waitSaved(page);

  const { design } = await call<{ design: Design }>(page.request, studio, 'designs.get', { id });
  const motif = design.elements.find((e) => e.kind === 'motif')!;
  const texts = design.elements.filter((e) => e.kind === 'text' && e.role !== 'credit-block');
  expect(texts.map((e) => (e.kind === 'text' ? e.text : ''))).toEqual(['雷山银球茶', story]);
  const apart = (a: Design['elements'][number], b: Design['elements'][number]) => {
    const A = a.transform;
    const B = b.transform;
    return A.x + A.width <= B.x || B.x + B.width <= A.x || A.y + A.height <= B.y || B.y + B.height <= A.y;
  };
  for (const t of texts) expect(apart(t, motif), `${t.name} over the motif`).toBe(true);
  expect(apart(texts[0], texts[1])).toBe(true);
  // and the check agrees: nothing overlaps, nothing leaves its panel's safe area
  const report = await call<{ warnings: { code: string }[] }>(page.request, studio, 'export.preflight', { designId: id });
  expect(report.warnings.map((w) => w.code)).not.toContain('text.overlaps-artwork');
  expect(report.warnings.map((w) => w.code)).not.toContain('layout.outside-safe-area');
  expect(consoleErrors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
});

test('guided first design: tuck-end box, two motifs, recoloured border, vertical text, undo/redo, reload restores it', async ({ page, studio, consoleErrors }, testInfo) => {
  await openStudio(page, studio);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '设计', exact: true }).click();

  // a first-time user lands on the guided path: step 1 product, step 2 template
  await expect(page.getByRole('heading', { name: '第一个设计' })).toBeVisible();
  await page.getByRole('textbox', { name: '产品名称' }).fill('雷山银球茶');
  await snap(page, testInfo, 'guided-step1');
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('radio', { name: '反向插舌盒' }).check();
  await page.getByRole('spinbutton', { name: /长（正面宽）/ }).fill('80');
  await page.getByRole('spinbutton', { name: /宽（侧面宽）/ }).fill('40');
  await page.getByRole('spinbutton', { name: /^高/ }).fill('160');
  await snap(page, testInfo, 'guided-step2');
  await page.getByRole('button', { name: '创建' }).click();

  // step 3: the composer with the library beside the canvas
  await expect(page.getByRole('application', { name: /设计画布/ })).toBeVisible();
  const [summary] = await designs(page, studio);
  expect(summary.name).toContain('雷山银球茶');
  const id = summary.id;

  // two motifs: an open one and one that needs attribution (its credit block comes with it)
  const fish = bySlug('fish-pair');
  const butterfly = bySlug('butterfly-batik');
  await searchMotif(page, fish.names.zh);
  await page.getByRole('button', { name: `放上“${fish.names.zh}”` }).click();
  await expect(page.getByRole('heading', { name: '属性' })).toBeVisible();
  await searchMotif(page, '蝴蝶');
  await page.getByRole('button', { name: `放上“${butterfly.names.zh}”` }).click();

  // a third as a border strip, then recolour its first artwork colour to a brand colour
  const meander = bySlug('meander');
  await searchMotif(page, meander.names.zh);
  await page.getByRole('button', { name: `用“${meander.names.zh}”做花边` }).click();
  await expect(page.getByRole('textbox', { name: '名称', exact: true })).toHaveValue(new RegExp(meander.names.zh));
  const recolour = page.getByRole('group', { name: /换颜色/ });
  await expect(recolour).toBeVisible();
  const firstColour = recolour.getByRole('combobox').first();
  const brandOption = await firstColour.locator('option').nth(1).getAttribute('value');
  expect(brandOption).toMatch(/^brand:/);
  await firstColour.selectOption(brandOption!);
  await expect(firstColour).toHaveValue(brandOption!);
  await expect(page.getByRole('textbox', { name: '名称', exact: true })).toHaveValue(new RegExp(meander.names.zh));
  await expect
    .poll(async () => {
      const d = (await call<{ design: Design }>(page.request, studio, 'designs.get', { id })).design;
      const p = d.elements.find((e) => e.kind === 'pattern');
      return p?.kind === 'pattern' ? Object.values(p.colourMap).map((c) => ('brand' in c ? 'brand' : 'other')) : [];
    })
    .toEqual(['brand']);
  await snap(page, testInfo, 'composer-motifs-border');

  // step 4: words — vertical Chinese text through the guided bar
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('textbox', { name: '产品名（大字）' }).fill('雷山银球茶');
  await page.getByRole('checkbox', { name: '竖排' }).check();
  await page.getByRole('button', { name: '放到盒子上' }).click();
  await expect(page.getByRole('textbox', { name: '文字内容' })).toHaveValue('雷山银球茶');
  await expect(page.getByRole('combobox', { name: '排列方向' })).toHaveValue('vertical');
  await waitSaved(page);

  const saved = await call<{ design: Design }>(page.request, studio, 'designs.get', { id });
  const els = saved.design.elements;
  expect(els.filter((e) => e.kind === 'motif').map((e) => (e.kind === 'motif' ? e.motifId : ''))).toEqual([fish.id, butterfly.id]);
  const border = els.find((e) => e.kind === 'pattern');
  expect(border && border.kind === 'pattern' && border.mode).toBe('border');
  expect(border && border.kind === 'pattern' && Object.values(border.colourMap).some((c) => 'brand' in c)).toBe(true);
  const text = els.find((e) => e.kind === 'text' && e.role !== 'credit-block');
  expect(text && text.kind === 'text' && [text.text, text.direction]).toEqual(['雷山银球茶', 'vertical']);
  // the attribution motif brought its printed credit line
  expect(saved.design.credits.lines.map((l) => l.motifId)).toContain(butterfly.id);
  expect(saved.design.credits.blockId).not.toBeNull();
  await snap(page, testInfo, 'composer-text');

  // undo removes the text, redo brings it back
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByRole('textbox', { name: '文字内容' })).toHaveCount(0);
  await waitSaved(page);
  const undone = await call<{ design: Design }>(page.request, studio, 'designs.get', { id });
  expect(undone.design.elements.length).toBe(els.length - 1);
  await page.getByRole('button', { name: '重做' }).click();
  await waitSaved(page);
  const redone = await call<{ design: Design }>(page.request, studio, 'designs.get', { id });
  expect(redone.design.elements).toEqual(els);

  // the credit block cannot be deleted while the butterfly is placed: the reason is shown
  await page.getByRole('tab', { name: '图层' }).click();
  await page.locator('.layer', { hasText: '致谢' }).locator('.layer-pick').click();
  await page.keyboard.press('Delete');
  await expect(page.locator('.error-banner')).toContainText('不能删除致谢文字');
  await page.getByRole('button', { name: '知道了' }).click();

  // step 5: check and export opens the export dialog on this design; Finish ends the guide for good
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('region', { name: '第一个设计' })).toContainText('检查并导出');
  await page.getByRole('region', { name: '第一个设计' }).getByRole('button', { name: '导出给印刷厂' }).click();
  const exportDialog = page.getByRole('dialog', { name: '导出印刷文件' });
  await expect(exportDialog).toBeVisible();
  await snap(page, testInfo, 'guided-step5-export');
  await exportDialog.getByRole('button', { name: '关闭窗口' }).first().click();
  await page.getByRole('button', { name: '完成' }).click();
  await expect(page.getByRole('region', { name: '第一个设计' })).toHaveCount(0);
  await expect.poll(async () => (await call<{ guidedPathDone: boolean }>(page.request, studio, 'settings.get', {})).guidedPathDone).toBe(true);

  // reload: the same design comes back, exactly as saved
  await page.reload();
  await expect(page.getByRole('application', { name: /设计画布/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: summary.name, level: 1 })).toBeVisible();
  const after = await call<{ design: Design }>(page.request, studio, 'designs.get', { id });
  expect(after.design.elements).toEqual(els);
  expect(after.design.credits).toEqual(redone.design.credits);
  await page.getByRole('tab', { name: '图层' }).click();
  await expect(page.getByRole('list', { name: '图层列表' }).locator('.layer')).toHaveCount(els.length);
  await snap(page, testInfo, 'composer-after-reload');
  expect(consoleErrors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
});

test('a motif that may not go on a product shows why and cannot be placed', async ({ page, studio }, testInfo) => {
  await call(page.request, studio, 'settings.update', { guidedPathDone: true });
  const d = await call<Design>(page.request, studio, 'designs.create', { name: '测试盒', template: { kind: 'tuck-end', params: { lengthMm: 80, widthMm: 40, heightMm: 160 } } });
  await openStudio(page, studio);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '设计', exact: true }).click();
  await page.getByRole('button', { name: `打开“${d.name}”` }).click();
  await expect(page.getByRole('application', { name: /设计画布/ })).toBeVisible();

  for (const slug of ['twelve-eggs', 'battlements']) {
    const forbidden = bySlug(slug);
    expect(['non-commercial', 'community-only']).toContain(forbidden.usageLabel);
    await searchMotif(page, forbidden.names.zh);
    const item = library(page).locator('.libp-item', { hasText: forbidden.names.zh }).first();
    await expect(item.getByRole('note')).toContainText('不能用在出售的商品上');
    await expect(item.getByRole('button', { name: `放上“${forbidden.names.zh}”` })).toBeDisabled();
    await expect(item.getByRole('button', { name: `用“${forbidden.names.zh}”做花边` })).toBeDisabled();
    await expect(item).toHaveAttribute('draggable', 'false');
  }
  await snap(page, testInfo, 'forbidden-motif');
  const after = await call<{ design: Design }>(page.request, studio, 'designs.get', { id: d.id });
  expect(after.design.elements).toEqual([]);
});

/** Controls a screen reader (or a test) could not name. */
function unnamedControls(page: Page): Promise<string[]> {
  return page.locator('button, input, select, textarea').evaluateAll((els) =>
    els
      .filter((el) => {
        const e = el as HTMLInputElement;
        if (e.type === 'file' && e.hidden) return false;
        if (e.getAttribute('aria-label') || e.getAttribute('aria-labelledby')) return false;
        if (el.tagName === 'BUTTON') return !el.textContent?.trim();
        return !(e.labels && e.labels.length > 0);
      })
      .map((el) => el.outerHTML.slice(0, 160)),
  );
}

/** Page mm -> screen pixels, from the viewport the canvas view publishes. */
async function toScreen(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  const canvas = page.locator('canvas.upper-canvas');
  const [zoom, panX, panY] = (await canvas.getAttribute('data-viewport'))!.split(',').map(Number);
  const box = (await canvas.boundingBox())!;
  return { x: box.x + panX + x * zoom, y: box.y + panY + y * zoom };
}

test('sample design: drag is one undo step, Escape cancels a drag, zoom, English, every control named', async ({ page, studio, consoleErrors }, testInfo) => {
  await call(page.request, studio, 'settings.update', { guidedPathDone: true });
  await openStudio(page, studio);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '设计', exact: true }).click();
  const samples = await call<{ sample: string; name: string }[]>(page.request, studio, 'designs.samples', {});
  const box = samples.find((s) => s.sample === 'tuck-end-tea-box')!;
  await page.getByRole('button', { name: `用样例“${box.name}”` }).click();
  await expect(page.getByRole('application', { name: /设计画布/ })).toBeVisible();
  await expect(page.locator('canvas.upper-canvas')).toHaveAttribute('data-viewport', /,/);
  await snap(page, testInfo, 'sample-tea-box');
  expect(await unnamedControls(page)).toEqual([]);

  const [summary] = await designs(page, studio);
  const get = async () => (await call<{ design: Design }>(page.request, studio, 'designs.get', { id: summary.id })).design;

  // add a rectangle and drag it 20 mm right in one gesture of many pointer moves
  await page.getByRole('button', { name: '矩形', exact: true }).click();
  await waitSaved(page);
  const start = (await get()).elements.at(-1)!;
  const from = await toScreen(page, start.transform.x + start.transform.width / 2, start.transform.y + start.transform.height / 2);
  const [zoom] = (await page.locator('canvas.upper-canvas').getAttribute('data-viewport'))!.split(',').map(Number);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 20 * zoom, from.y + 7, { steps: 12 });
  await page.mouse.up();
  await waitSaved(page);
  await expect.poll(async () => (await get()).elements.at(-1)!.transform.x - start.transform.x).toBeGreaterThan(15);
  // the whole drag is one step: a single undo puts it back
  await page.getByRole('button', { name: '撤销' }).click();
  await expect.poll(async () => (await get()).elements.at(-1)!.transform).toEqual(start.transform);

  // Escape during a drag: nothing moves, nothing to undo from it
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 30 * zoom, from.y, { steps: 8 });
  await page.keyboard.press('Escape');
  await page.mouse.up();
  await page.waitForTimeout(1200);
  expect((await get()).elements.at(-1)!.transform).toEqual(start.transform);

  // keyboard: Shift+arrow nudges 10 mm, Ctrl+Z undoes it
  await page.mouse.click(from.x, from.y);
  await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(async () => (await get()).elements.at(-1)!.transform.y).toBeCloseTo(start.transform.y + 10);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await get()).elements.at(-1)!.transform.y).toBeCloseTo(start.transform.y);

  // align to its panel: the sample's front panel is its background rectangle "bg-front"
  const front = (await get()).elements.find((e) => e.id === 'bg-front')!.transform;
  await page.getByRole('group', { name: '对齐到所在的面' }).getByRole('button', { name: '右对齐' }).click();
  await expect.poll(async () => (await get()).elements.at(-1)!.transform.x).toBeCloseTo(front.x + front.width - start.transform.width);
  await page.getByRole('button', { name: '撤销' }).click();

  // a photo through the intake, placed with its pixel size; then a crop from the properties
  const png = await sharp({ create: { width: 400, height: 300, channels: 3, background: { r: 200, g: 80, b: 60 } } }).png().toBuffer();
  await page.locator('input[type="file"][aria-label="照片"]').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: png });
  await expect(page.getByRole('group', { name: '裁切（像素）' })).toBeVisible();
  await expect.poll(async () => (await get()).elements.at(-1)!.kind).toBe('image');
  const photo = (await get()).elements.at(-1)!;
  expect(photo.kind === 'image' && [photo.pixelWidth, photo.pixelHeight]).toEqual([400, 300]);
  expect(photo.transform.height / photo.transform.width).toBeCloseTo(0.75);
  await page.getByRole('spinbutton', { name: '宽', exact: true }).fill('200');
  await page.getByRole('spinbutton', { name: '宽', exact: true }).press('Enter');
  await expect.poll(async () => { const p = (await get()).elements.at(-1)!; return p.kind === 'image' ? p.crop : undefined; }).toEqual({ left: 0, top: 0, width: 200, height: 300 });

  // a named version, listed afterwards
  await page.getByRole('button', { name: '存一个版本' }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: '版本名称' }).fill('给印刷厂之前');
  await page.getByRole('dialog').getByRole('button', { name: '存一个版本' }).click();
  await expect(page.getByRole('dialog')).toContainText('已存版本“给印刷厂之前”');
  await page.getByRole('dialog').getByRole('button', { name: '知道了' }).click();
  await page.getByRole('button', { name: '以前的版本' }).click();
  await expect(page.getByRole('dialog').getByRole('button', { name: '恢复这个版本: 给印刷厂之前' })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();

  // zoom buttons and Ctrl+wheel change the zoom shown
  const zoomText = page.locator('.tb-zoom');
  const before = await zoomText.textContent();
  await page.getByRole('button', { name: '放大' }).click();
  await expect(zoomText).not.toHaveText(before!);
  await page.keyboard.down('Control');
  await page.mouse.move(from.x, from.y);
  await page.mouse.wheel(0, 300);
  await page.keyboard.up('Control');
  await page.getByRole('button', { name: '适合窗口' }).click();
  await expect(zoomText).toHaveText(before!);

  // the box size, with nothing selected: the die line is rebuilt and the front background follows its panel
  await page.keyboard.press('Escape');
  const height = page.getByRole('group', { name: /尺寸/ }).getByRole('spinbutton', { name: '高', exact: true });
  await height.fill('150');
  await height.press('Enter');
  await expect.poll(async () => (await get()).template.params.heightMm).toBe(150);
  expect((await get()).elements.find((e) => e.id === 'bg-front')!.transform.height).toBeCloseTo(150);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect.poll(async () => (await get()).template.params.heightMm).toBe(160);

  // rename from the layers list: double-click opens the name field
  await page.getByRole('tab', { name: '图层' }).click();
  await page.locator('.layer-pick', { hasText: '矩形' }).dblclick();
  await page.keyboard.type('金色边框');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await get()).elements.find((e) => e.id === start.id)!.name).toBe('金色边框');

  // English is complete in the composer
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Motifs' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Properties' })).toBeVisible();
  expect(await unnamedControls(page)).toEqual([]);
  await snap(page, testInfo, 'sample-tea-box-en');
  expect(consoleErrors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
});

test('two-sided story card: each page shows its own elements', async ({ page, studio }, testInfo) => {
  await call(page.request, studio, 'settings.update', { guidedPathDone: true });
  const d = await call<Design>(page.request, studio, 'designs.createFromSample', { sample: 'story-card-a6' });
  const onPage = (name: string) => d.elements.filter((e) => e.page === name).length;
  await openStudio(page, studio);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '设计', exact: true }).click();
  await page.getByRole('button', { name: `打开“${d.name}”` }).click();
  await expect(page.getByRole('application', { name: /设计画布/ })).toBeVisible();
  await page.getByRole('tab', { name: '图层' }).click();
  const layers = page.getByRole('list', { name: '图层列表' }).locator('.layer');
  await expect(layers).toHaveCount(onPage('front'));
  await snap(page, testInfo, 'story-card-front');
  await page.getByRole('group', { name: '页面' }).getByRole('button', { name: '背面' }).click();
  await expect(layers).toHaveCount(onPage('back'));
  await snap(page, testInfo, 'story-card-back');
});

test('confirmation before a sensitive motif, drag from the library, snapping to the panel edge, space-drag pan', async ({ page, studio }, testInfo) => {
  await call(page.request, studio, 'settings.update', { guidedPathDone: true });
  const d = await call<Design>(page.request, studio, 'designs.create', { name: '拖放测试', template: { kind: 'tuck-end', params: { lengthMm: 80, widthMm: 40, heightMm: 160 } } });
  await openStudio(page, studio);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '设计', exact: true }).click();
  await page.getByRole('button', { name: `打开“${d.name}”` }).click();
  await expect(page.locator('canvas.upper-canvas')).toHaveAttribute('data-viewport', /,/);
  const get = async () => (await call<{ design: Design }>(page.request, studio, 'designs.get', { id: d.id })).design;

  // a culturally sensitive motif asks first, in plain words, and is placed only after "I understand"
  const sensitive = STARTER.find((r) => r.usageLabel === 'culturally-sensitive')!;
  await searchMotif(page, sensitive.names.zh.slice(0, 2));
  await page.getByRole('button', { name: `放上“${sensitive.names.zh}”` }).click();
  const dialog = page.getByRole('dialog', { name: '请确认' });
  await expect(dialog).toBeVisible();
  await snap(page, testInfo, 'confirm-sensitive');
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toHaveCount(0);
  expect((await get()).elements).toEqual([]);
  await page.getByRole('button', { name: `放上“${sensitive.names.zh}”` }).click();
  await page.getByRole('dialog', { name: '请确认' }).getByRole('button', { name: '我明白，放上' }).click();
  await expect.poll(async () => (await get()).elements.flatMap((e) => (e.kind === 'motif' ? [e.motifId] : []))).toEqual([sensitive.id]);

  // drag a motif from the library onto the canvas: it lands where it is dropped
  const sun = bySlug('sun');
  await searchMotif(page, sun.names.zh);
  const target = await toScreen(page, 52, 100);
  await library(page).locator('.libp-item', { hasText: sun.names.zh }).first().dragTo(page.locator('canvas.upper-canvas'), {
    targetPosition: { x: target.x - (await page.locator('canvas.upper-canvas').boundingBox())!.x, y: target.y - (await page.locator('canvas.upper-canvas').boundingBox())!.y },
  });
  const sunEl = async () => (await get()).elements.find((e) => e.kind === 'motif' && e.motifId === sun.id);
  await expect.poll(async () => !!(await sunEl())).toBe(true);
  const placed = (await sunEl())!;
  expect(placed.transform.x + placed.transform.width / 2).toBeCloseTo(52, 0);
  expect(placed.transform.y + placed.transform.height / 2).toBeCloseTo(100, 0);

  // drag it so its left edge comes within a hair of the front panel's left edge (x = 12 mm
  // for this box: 12 mm glue flap; the bottom tuck flap's edge at 12.4 is farther): it snaps exactly onto the edge
  const [zoom] = (await page.locator('canvas.upper-canvas').getAttribute('data-viewport'))!.split(',').map(Number);
  const from = await toScreen(page, placed.transform.x + placed.transform.width / 2, placed.transform.y + placed.transform.height / 2);
  const dx = (11.7 - placed.transform.x) * zoom;
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + dx, from.y, { steps: 10 });
  await page.mouse.up();
  await expect.poll(async () => (await sunEl())!.transform.x).toBe(12);

  // space + drag pans the view
  const before = await page.locator('canvas.upper-canvas').getAttribute('data-viewport');
  await page.mouse.move(from.x, from.y + 150);
  await page.keyboard.down('Space');
  await page.mouse.down();
  await page.mouse.move(from.x + 60, from.y + 190, { steps: 5 });
  await page.mouse.up();
  await page.keyboard.up('Space');
  const after = await page.locator('canvas.upper-canvas').getAttribute('data-viewport');
  const [, bx, by] = before!.split(',').map(Number);
  const [, ax, ay] = after!.split(',').map(Number);
  expect([Math.round(ax - bx), Math.round(ay - by)]).toEqual([60, 40]);
  // the dragged motif stays selected through the pan; panning moved nothing in the design
  await expect(page.getByRole('textbox', { name: '名称', exact: true })).toHaveValue(new RegExp(sun.names.zh));
  expect((await sunEl())!.transform.x).toBe(12);
  await snap(page, testInfo, 'dropped-and-snapped');
});

test('new design for a product: a jar label sized from its net content, linked to the product', async ({ page, studio }, testInfo) => {
  await call(page.request, studio, 'settings.update', { guidedPathDone: true });
  const products = await call<{ id: string; name: { zh: string } }[]>(page.request, studio, 'products.list', {});
  // the sample sour soup: 500 g net content (assets/samples/products/kaili-red-sour-soup.json)
  const soup = products.find((p) => p.name.zh === '凯里红酸汤');
  expect(soup, 'the sample products are installed in a fresh studio').toBeTruthy();
  await openStudio(page, studio);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '设计', exact: true }).click();
  await page.getByRole('button', { name: '新建设计' }).click();
  const dialog = page.getByRole('dialog', { name: '新建设计' });
  await dialog.getByRole('radio', { name: '瓶身环绕标签' }).check();
  const diameter = dialog.getByRole('spinbutton', { name: /瓶身直径/ });
  const defaultDiameter = Number(await diameter.inputValue());
  await dialog.getByRole('combobox', { name: '给哪个产品' }).selectOption(soup!.id);
  await expect(dialog.getByRole('textbox', { name: '设计名称' })).toHaveValue('凯里红酸汤 · 包装');
  await expect(dialog).toContainText('按产品信息');
  await expect.poll(async () => Number(await diameter.inputValue())).not.toBe(defaultDiameter);
  // a 500 g jar of sauce is roughly 75-95 mm across (a 500 mL mason jar is ~86 mm)
  const expected = Number(await diameter.inputValue());
  expect(expected).toBeGreaterThanOrEqual(70);
  expect(expected).toBeLessThanOrEqual(95);
  await snap(page, testInfo, 'new-design-for-product');
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(page.getByRole('application', { name: /设计画布/ })).toBeVisible();
  const [summary] = await designs(page, studio);
  const d = (await call<{ design: Design }>(page.request, studio, 'designs.get', { id: summary.id })).design;
  expect(d.productId).toBe(soup!.id);
  expect(d.template).toMatchObject({ kind: 'label-jar', params: { jarDiameterMm: expected } });
});
