import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { apiCall, expect, openStudio, test } from './fixtures';

test('a design is sent as a file and opened again from it (download and upload in browser mode)', async ({ page, studio, consoleErrors }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jinxiu-e2e-design-file-'));
  try {
    await openStudio(page, studio);
    await apiCall(page, studio, 'settings.update', { guidedPathDone: true });
    const design = (await apiCall(page, studio, 'designs.createFromSample', { sample: 'jar-label-sour-soup' })).value;
    await page.reload();
    await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '设计', exact: true }).click();

    // send as file: a download of a .jxdesign named after the design
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `把“${design.name}”发送为文件` }).click()]);
    expect(download.suggestedFilename()).toBe(`${design.name}.jxdesign`);
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    await expect(page.getByRole('status').filter({ hasText: '已保存' })).toContainText('个纹样');
    expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK');

    // opening it where the design already is changes nothing
    const open = async () => {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '打开文件' }).click()]);
      await chooser.setFiles(file);
    };
    await open();
    await expect(page.getByRole('status').filter({ hasText: '已经在本工坊里' })).toBeVisible();
    await expect(page.getByRole('button', { name: `打开“${design.name}”` })).toHaveCount(1);

    // moved to the bin here, then opened from the file: it comes back as a copy, and opens in the composer
    page.on('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: `删除“${design.name}”` }).click();
    await expect(page.getByRole('button', { name: `打开“${design.name}”` })).toHaveCount(0);
    await open();
    const note = page.getByRole('status').filter({ hasText: '另存为一个副本' });
    await expect(note).toContainText('纹样：新增 0 个，沿用纹样库里的 2 个。');
    await expect(page.getByRole('button', { name: `打开“${design.name}”` })).toHaveCount(1);
    await note.getByRole('button', { name: '打开这个设计' }).click();
    await expect(page.getByRole('button', { name: /返回|Back/ }).first()).toBeVisible();

    // a file that is not a design file is refused with a translated message
    const bogus = path.join(dir, 'bogus.jxdesign');
    fs.writeFileSync(bogus, 'not a zip at all');
    await page.getByRole('button', { name: /返回|Back/ }).first().click();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '打开文件' }).click()]);
    await chooser.setFiles(bogus);
    await expect(page.getByRole('alert')).toContainText('文件');
    expect(consoleErrors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
