import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openStudio, test } from './fixtures';

const CLI = path.resolve('dist-electron', 'cli.mjs');

/** A partner studio, made with the real CLI in its own data folder: one curator, its trust file. */
function partnerTrustFile(dir: string): { file: string; fingerprint: string } {
  const run = (args: string[], input: string) => {
    const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', env: { ...process.env, JINXIU_LANG: 'en' } });
    if (r.status !== 0) throw new Error(`jinxiu ${args.join(' ')}: ${r.stderr}`);
    return r.stdout;
  };
  const data = path.join(dir, 'partner');
  const file = path.join(dir, 'partner.jinxiu-trust.json');
  run(['curator', 'add', '吴老师', '--data', data], 'partner passphrase\n');
  const out = JSON.parse(run(['curator', 'trust-file', 'export', '--out', file, '--studio', '黔东南合作博物馆', '--as', '吴老师', '--data', data, '--json'], 'partner passphrase\n'));
  return { file, fingerprint: out.fingerprint };
}

async function openSettings(page: Page) {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '设置', exact: true }).click();
  await expect(page.getByRole('heading', { name: '策展人与信任', level: 2 })).toBeVisible();
}

test('Settings → curators and trust: fingerprints, enrolment, a trust file imported only with its fingerprint confirmed, export', async ({ page, studio, consoleErrors }, testInfo) => {
  test.setTimeout(120_000);
  const partner = partnerTrustFile(testInfo.outputPath());
  const tampered = testInfo.outputPath('tampered.json');
  const doc = JSON.parse(fs.readFileSync(partner.file, 'utf8'));
  doc.body.keys[0].name = '冒名的人';
  fs.writeFileSync(tampered, JSON.stringify(doc));

  await openStudio(page, studio);
  // the first curator is set up in the library; the studio key is made with it
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '纹样库', exact: true }).click();
  await page.getByRole('button', { name: '策展模式' }).click();
  const setup = page.getByRole('dialog', { name: '设置第一位策展人' });
  await setup.getByRole('textbox', { name: '名字' }).fill('阿花');
  await setup.getByLabel('口令（至少 8 个字）').fill('银花绣线一二三四');
  await setup.getByLabel('再输入一次口令').fill('银花绣线一二三四');
  await setup.getByRole('button', { name: '创建并进入' }).click();
  const bar = page.getByRole('region', { name: '策展模式' });
  await bar.getByRole('button', { name: '添加策展人' }).click();
  const add = page.getByRole('dialog', { name: '添加一位策展人' });
  await add.getByRole('textbox', { name: '名字' }).fill('阿英');
  await add.getByLabel('口令（至少 8 个字）').fill('蜡染蓝靛十二月夜');
  await add.getByLabel('再输入一次口令').fill('蜡染蓝靛十二月夜');
  await add.getByRole('button', { name: '添加', exact: true }).click();
  await add.getByRole('button', { name: '完成' }).click();
  await bar.getByRole('button', { name: '退出策展模式' }).click();

  await openSettings(page);
  const section = page.getByRole('region', { name: '策展人与信任' });
  const studioFp = (await section.getByTestId('studio-fingerprint').textContent())!.replace(/\s/g, '');
  expect(studioFp).toMatch(/^[0-9a-f]{64}$/);
  const keys = section.getByRole('table', { name: '签名密钥' });
  // both local accounts are enrolled by the studio key and count as one person
  for (const name of ['阿花', '阿英']) {
    const row = keys.getByRole('row', { name: new RegExp(name) });
    await expect(row).toContainText('本工坊（算同一人）');
    await expect(row).toContainText('本工坊密钥 studio key 登记');
  }
  // locked: the trust actions ask for curator mode first
  await expect(section.getByRole('button', { name: '导出信任文件' })).toHaveCount(0);
  await section.getByRole('button', { name: '进入策展模式' }).click();
  const unlock = page.getByRole('dialog', { name: '进入策展模式' });
  await unlock.getByRole('combobox', { name: '名字' }).selectOption('阿花');
  await unlock.getByLabel('口令').fill('银花绣线一二三四');
  await unlock.getByRole('button', { name: '进入' }).click();

  // a tampered trust file is refused before any fingerprint is asked for
  const importForm = section.getByRole('form', { name: '导入合作伙伴的信任文件' });
  await importForm.getByLabel('选择信任文件（.json）').setInputFiles(tampered);
  await expect(importForm.getByRole('alert')).toContainText('签名对不上');

  // the genuine file shows its fingerprint; a wrong one is refused, the confirmed one imports
  await importForm.getByLabel('选择信任文件（.json）').setInputFiles(partner.file);
  await expect(importForm.getByRole('status')).toContainText('文件签名正确');
  await expect(importForm.getByTestId('file-fingerprint')).toHaveText(partner.fingerprint.replace(/(.{4})(?=.)/g, '$1 '));
  await importForm.getByLabel('对方告诉你的指纹（逐组核对后输入）').fill('0'.repeat(64));
  await importForm.getByRole('button', { name: '核对指纹并导入' }).click();
  await expect(importForm.getByRole('alert')).toContainText('你确认的指纹和文件里的不一致');
  await expect(section.getByText('还没有导入合作伙伴的信任文件。')).toBeVisible();
  await importForm.getByLabel('对方告诉你的指纹（逐组核对后输入）').fill(partner.fingerprint.toUpperCase().replace(/(.{4})/g, '$1 '));
  await importForm.getByRole('button', { name: '核对指纹并导入' }).click();
  await expect(importForm.getByRole('status')).toContainText('已导入“黔东南合作博物馆”的信任文件');
  await expect(section.getByRole('list', { name: '已导入的信任文件' })).toContainText('黔东南合作博物馆：1 把密钥');
  await expect(keys.getByRole('row', { name: /吴老师/ })).toContainText('合作伙伴：黔东南合作博物馆');

  // export this studio's trust file: a download and the fingerprint to tell the partner
  const exportForm = section.getByRole('form', { name: '导出本工坊的信任文件' });
  await exportForm.getByRole('textbox', { name: '本工坊名称（合作伙伴会看到）' }).fill('西江绣娘合作社');
  await exportForm.getByRole('button', { name: '导出信任文件' }).click();
  await expect(exportForm.getByTestId('export-fingerprint')).toHaveText(studioFp.replace(/(.{4})(?=.)/g, '$1 '));
  const download = page.waitForEvent('download');
  await exportForm.getByRole('link', { name: /下载 .*\.jinxiu-trust\.json/ }).click();
  const saved = testInfo.outputPath('ours.json');
  await (await download).saveAs(saved);
  const ours = JSON.parse(fs.readFileSync(saved, 'utf8'));
  expect(ours.body.steward.fingerprint).toBe(studioFp);
  expect(ours.body.keys.map((k: { name: string }) => k.name).sort()).toEqual(['阿花', '阿英'].sort());

  // every step is in the trust log
  const log = section.getByRole('list', { name: '信任记录' });
  for (const what of ['生成本工坊密钥', '登记为本工坊密钥', '导入信任文件', '导出信任文件', '列在信任文件中']) await expect(log).toContainText(what);

  // in English too, and every control in the section has an accessible name
  await page.locator('.lang-switch button[lang="en"]').click();
  const english = page.getByRole('region', { name: 'Curators and trust' });
  await expect(english.getByRole('table', { name: 'Signing keys' }).getByRole('row', { name: /吴老师/ })).toContainText('Partner: 黔东南合作博物馆');
  const unnamed = await english.locator('button, input, select, textarea').evaluateAll((els) =>
    els.filter((el) => !el.getAttribute('aria-label') && !(el as HTMLInputElement).labels?.length && !(el.tagName === 'BUTTON' && el.textContent?.trim())).map((el) => el.outerHTML.slice(0, 100)),
  );
  expect(unnamed).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('trust-settings.png'), fullPage: true });
  expect(consoleErrors.filter((e) => !/status of 422/.test(e))).toEqual([]);
});
