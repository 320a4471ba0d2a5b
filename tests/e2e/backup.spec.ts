import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { corruptDatabase } from '../unit/electron/services/doctor/corrupt';
import { expect, openStudio, test } from './fixtures';

const CLI = path.resolve('dist-electron', 'cli.mjs');

async function waitFor(check: () => boolean, what: string, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const backupsIn = (dataDir: string) => (fs.existsSync(path.join(dataDir, 'backups')) ? fs.readdirSync(path.join(dataDir, 'backups')).filter((n) => n.endsWith('.jxbackup')) : []);

/** serve on a data folder this test controls between runs (the shared fixture cannot stop in between) */
async function serve(dataDir: string): Promise<{ child: ChildProcess; url: string; stderr: () => string }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--data', dataDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, JINXIU_LANG: 'zh_CN' } });
  let err = '';
  child.stderr!.on('data', (c) => (err += c));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('serve did not start: ' + out + err)), 20_000);
    child.stdout!.on('data', (c) => {
      out += c;
      const m = /Jinxiu Studio: (http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${out}${err}`)));
  });
  return { child, url, stderr: () => err };
}

async function stop(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}

test('Settings lists backups, backs up now and restores one after a confirmation', async ({ page, studio, consoleErrors }) => {
  await openStudio(page, studio);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '设置', exact: true }).click();
  await expect(page.getByRole('heading', { name: '备份' })).toBeVisible();
  // the studio backs up at start when there is no recent backup
  await waitFor(() => backupsIn(studio.dataDir).length >= 1, 'the start-up backup');

  await page.getByRole('button', { name: '立即备份' }).click();
  await expect(page.getByTestId('backup-status')).toHaveText(/备份完成/);
  const table = page.getByRole('table', { name: '备份列表' });
  await expect(table.getByRole('row')).toHaveCount(3); // header + start-up + manual
  await expect(table).toContainText('手动');
  await expect(table).toContainText('每日自动');

  await table.getByRole('button', { name: /^从 .* 的备份恢复$/ }).first().click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('现在的数据会先自动备份');
  await dialog.getByRole('button', { name: '确定恢复' }).click();
  await expect(page.getByTestId('backup-status')).toHaveText(/已恢复到 .* 的备份/);
  await expect(page.getByTestId('backup-status')).toContainText('before-restore.jxbackup');
  await expect(table).toContainText('恢复之前');

  await page.getByRole('button', { name: '检查数据' }).click();
  await expect(page.getByTestId('doctor-result')).toHaveText(/检查通过/);
  expect(consoleErrors).toEqual([]);
});

test('a damaged database still opens: the studio says so in plain words and restores a backup', async ({ page }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jinxiu-e2e-damaged-'));
  try {
    let running = await serve(dataDir);
    await waitFor(() => backupsIn(dataDir).length >= 1, 'the start-up backup');
    await stop(running.child);
    corruptDatabase(path.join(dataDir, 'studio.sqlite'));

    running = await serve(dataDir);
    expect(running.stderr()).toMatch(/数据库文件已损坏/);
    await page.goto(running.url);
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
    await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '设置', exact: true }).click();
    const notice = page.getByTestId('damaged-notice');
    await expect(notice).toContainText('数据库坏了');
    await expect(notice).toContainText('请在下面的列表里选一个备份');
    await expect(page.getByRole('button', { name: '立即备份' })).toBeDisabled();

    await page.getByRole('table', { name: '备份列表' }).getByRole('button', { name: /^从 .* 的备份恢复$/ }).first().click();
    await page.getByRole('alertdialog').getByRole('button', { name: '确定恢复' }).click();
    // the page starts afresh on the restored database
    await expect(page.getByTestId('backup-status')).toHaveText(/已恢复到/);
    await expect(page.getByTestId('damaged-notice')).toHaveCount(0);
    await expect(page.getByTestId('data-dir')).toHaveText(dataDir);
    expect(fs.readdirSync(path.join(dataDir, 'backups')).some((n) => n.startsWith('damaged-'))).toBe(true);
    await stop(running.child);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
