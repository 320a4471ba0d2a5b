import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { USAGE_LABELS } from '../../model/motif/labels';
import { presentUsage } from '../../model/motif/notices';
import type { MotifRecord } from '../../model/motif/schema';
import { expect, openStudio, test } from './fixtures';

/** The starter library as shipped (motifs/<slug>/motif.json), read independently of the app. */
const STARTER: MotifRecord[] = fs
  .readdirSync('motifs', { withFileTypes: true })
  .filter((d) => d.isDirectory() && fs.existsSync(path.join('motifs', d.name, 'motif.json')))
  .map((d) => JSON.parse(fs.readFileSync(path.join('motifs', d.name, 'motif.json'), 'utf8')) as MotifRecord);
/** what a cooperative may see: published, and never secret/sacred */
const VISIBLE = STARTER.filter((r) => r.status === 'published' && r.usageLabel !== 'secret-sacred');

/** Failed API calls (refusals the test provokes on purpose) are logged by Chromium as resource errors. */
const REFUSAL_LOG = /^Failed to load resource: the server responded with a status of 422/;

async function openLibrary(page: Page, studio: Parameters<typeof openStudio>[1]) {
  await openStudio(page, studio);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '纹样库', exact: true }).click();
  await expect(page.getByRole('heading', { name: '纹样库', level: 1 })).toBeVisible();
}

const grid = (page: Page) => page.getByRole('list', { name: '纹样列表' });
const cardNames = (page: Page) => grid(page).locator('.motif-name-zh').allTextContents();
const count = (page: Page) => page.locator('.lib-count');

/** Controls a screen reader (or a test) could not name. */
function unnamedControls(page: Page): Promise<string[]> {
  return page.locator('button, input, select, textarea').evaluateAll((els) =>
    els
      .filter((el) => {
        const e = el as HTMLInputElement;
        if (e.getAttribute('aria-label') || e.getAttribute('aria-labelledby')) return false;
        if (el.tagName === 'BUTTON') return !el.textContent?.trim();
        return !(e.labels && e.labels.length > 0);
      })
      .map((el) => el.outerHTML.slice(0, 120)),
  );
}

async function snap(page: Page, testInfo: TestInfo, name: string) {
  const file = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path: file });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}

test('search in Chinese (two characters and one), filter by craft, open a motif with its provenance and label', async ({ page, studio, consoleErrors }, testInfo) => {
  await openLibrary(page, studio);
  await expect(count(page)).toHaveText(`共 ${VISIBLE.length} 个纹样`);
  // the secret/sacred motif is never offered to a cooperative
  const secret = STARTER.find((r) => r.usageLabel === 'secret-sacred')!;
  await expect(grid(page)).toBeVisible();
  await expect.poll(async () => (await grid(page).locator('img').count()) > 0).toBe(true);
  await snap(page, testInfo, 'library-grid');

  const search = page.getByRole('searchbox', { name: '搜索纹样' });
  for (const term of ['蝴蝶', '鱼']) {
    await search.fill(term);
    const containing = VISIBLE.filter((r) => JSON.stringify(r).includes(term)).map((r) => r.names.zh);
    const named = VISIBLE.filter((r) => r.names.zh.includes(term)).map((r) => r.names.zh);
    expect(named.length).toBeGreaterThan(0);
    await expect.poll(async () => (await cardNames(page)).sort()).toEqual(expect.arrayContaining(named));
    const shown = await cardNames(page);
    for (const name of shown) expect(containing, `${name} does not mention ${term}`).toContain(name);
    await expect(count(page)).toHaveText(`共 ${shown.length} 个纹样`);
  }
  await search.fill(secret.names.zh.slice(0, 3));
  await expect(count(page)).toHaveText(/共 0 个纹样|没有/);
  await expect(page.getByText('没有找到符合条件的纹样')).toBeVisible();

  await search.fill('');
  await page.getByRole('combobox', { name: '工艺' }).selectOption({ label: '蜡染' });
  const batik = VISIBLE.filter((r) => r.craft === 'batik');
  await expect(count(page)).toHaveText(`共 ${batik.length} 个纹样`);
  const crafts = await grid(page).locator('.craft-tag').allTextContents();
  expect(crafts.length).toBeGreaterThan(0);
  expect(new Set(crafts)).toEqual(new Set(['蜡染']));
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(count(page)).toHaveText(`共 ${VISIBLE.length} 个纹样`);

  const mother = STARTER.find((r) => r.slug === 'butterfly-mother')!;
  await search.fill('蝴蝶妈妈');
  await grid(page).getByRole('button', { name: new RegExp(mother.names.en) }).first().click();
  const detail = page.getByRole('complementary', { name: '纹样详情' });
  await expect(detail.getByRole('heading', { name: mother.names.zh })).toBeVisible();
  await expect(detail.getByRole('img', { name: `“${mother.names.zh}”的图案` })).toBeVisible();
  const provenance = detail.getByRole('region', { name: '来源' });
  await expect(provenance).toContainText(mother.origin.community);
  await expect(provenance).toContainText(mother.origin.branch);
  await expect(provenance).toContainText(mother.origin.county!);
  await expect(provenance).toContainText(mother.origin.documenter);
  // consent not verified: the studio's notices and guidance, in words that say so, never "the community agrees"
  const label = detail.getByRole('region', { name: '提示与工坊的使用建议' });
  const usage = presentUsage(mother);
  expect(usage.kind).toBe('notice');
  await expect(label).toContainText(`工坊建议：${USAGE_LABELS[mother.usageLabel].name.zh}`);
  await expect(label).toContainText('锦绣工坊（不是社区）');
  await expect(label).toContainText(usage.explanation.zh);
  await expect(label).toContainText('欢迎合作');
  await expect(label).not.toContainText(USAGE_LABELS[mother.usageLabel].explanation.zh);
  await expect(label).toContainText(mother.creditLine!.zh);
  await expect(detail.getByRole('region', { name: '社区同意' })).toContainText('未核实');
  await expect(detail.getByRole('region', { name: '用到它的设计' })).toContainText('还没有设计用到这个纹样');
  await expect(detail.getByText(mother.meaning.zh.text)).toBeVisible();
  await snap(page, testInfo, 'motif-detail');
  await provenance.scrollIntoViewIfNeeded();
  await snap(page, testInfo, 'motif-detail-provenance');

  // the same page in English
  await page.getByRole('group', { name: '界面语言' }).getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('complementary', { name: 'Motif details' }).getByRole('region', { name: "Notices and the studio's guidance" })).toContainText(presentUsage(mother).explanation.en);
  await expect(page.getByRole('complementary', { name: 'Motif details' }).getByRole('region', { name: "Notices and the studio's guidance" })).toContainText('Open to Collaborate');
  await snap(page, testInfo, 'motif-detail-en');
  expect(consoleErrors).toEqual([]);
});

test('curator flow: set up, add a second curator, import, edit, signed approvals (one person stays in review), withdraw, history', async ({ page, studio, consoleErrors }, testInfo) => {
  await openLibrary(page, studio);
  await page.getByRole('button', { name: '策展模式' }).click();
  const setup = page.getByRole('dialog', { name: '设置第一位策展人' });
  await setup.getByRole('textbox', { name: '名字' }).fill('阿花');
  await setup.getByLabel('口令（至少 8 个字）').fill('short');
  await setup.getByLabel('再输入一次口令').fill('short');
  await setup.getByRole('button', { name: '创建并进入' }).click();
  await expect(setup.getByRole('alert')).toContainText('至少要 8 个字');
  await setup.getByLabel('口令（至少 8 个字）').fill('银花绣线一二三四');
  await setup.getByLabel('再输入一次口令').fill('银花绣线一二三五');
  await setup.getByRole('button', { name: '创建并进入' }).click();
  await expect(setup.getByRole('alert')).toContainText('不一样');
  await setup.getByLabel('再输入一次口令').fill('银花绣线一二三四');
  await setup.getByRole('button', { name: '创建并进入' }).click();
  const bar = page.getByRole('region', { name: '策展模式' });
  await expect(bar).toContainText('策展人：阿花');

  await bar.getByRole('button', { name: '添加策展人' }).click();
  const add = page.getByRole('dialog', { name: '添加一位策展人' });
  await add.getByRole('textbox', { name: '名字' }).fill('阿英');
  await add.getByLabel('口令（至少 8 个字）').fill('蜡染蓝靛十二月夜');
  await add.getByLabel('再输入一次口令').fill('蜡染蓝靛十二月夜');
  await add.getByRole('button', { name: '添加', exact: true }).click();
  await expect(add.getByRole('status')).toContainText('已添加策展人“阿英”');
  await add.getByRole('button', { name: '完成' }).click();

  // import one small SVG through the file input
  const svgPath = testInfo.outputPath('paper-flower.svg');
  fs.writeFileSync(svgPath, '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><circle cx="50" cy="50" r="40" fill="#b3261e"/><path d="M50 10 L60 50 L50 90 L40 50 Z" fill="#1f2a5a"/></svg>');
  await bar.getByRole('button', { name: '导入纹样文件' }).click();
  const imp = page.getByRole('dialog', { name: '导入纹样文件' });
  await imp.getByLabel(/选择文件/).setInputFiles(svgPath);
  await expect(imp.getByText('1 / 1')).toBeVisible();
  const results = imp.getByRole('list', { name: '导入结果' });
  await expect(results).toContainText('paper-flower.svg');
  await expect(results).toContainText('已导入');
  await results.getByRole('button', { name: '打开 paper-flower.svg' }).click();

  const detail = page.getByRole('complementary', { name: '纹样详情' });
  await expect(detail.getByRole('heading', { name: 'paper-flower' })).toBeVisible();
  await expect(detail.locator('.status-tag')).toHaveText('草稿');

  // edit: someone else changes the draft while the form is open -> refused, not overwritten
  await detail.getByRole('button', { name: '编辑草稿' }).click();
  const edit = page.getByRole('dialog', { name: /编辑纹样草稿/ });
  await expect(edit.getByRole('textbox', { name: '中文名' })).toHaveValue('paper-flower');
  const call = async (name: string, input: unknown) =>
    (await (await page.request.post(`${studio.origin}/api/${name}`, { headers: { Authorization: `Bearer ${studio.token}` }, data: input })).json()) as { ok: boolean; value: any };
  const found = await call('library.search', { query: 'paper-flower', view: 'curator' });
  const draft = found.value.items[0];
  expect((await call('library.update', { id: draft.id, expectedVersion: draft.version, changes: { keywords: ['剪纸'] } })).ok).toBe(true);
  await edit.getByRole('textbox', { name: '中文名' }).fill('剪纸花');
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(edit.getByRole('alert')).toContainText('刚被别人改过');
  await edit.getByRole('button', { name: '重新打开最新版本' }).click();
  await expect(edit).toBeHidden();
  await detail.getByRole('button', { name: '编辑草稿' }).click();
  await expect(edit.getByRole('textbox', { name: '关键词（用逗号或顿号分开）' })).toHaveValue('剪纸');

  // a server-side finding lands under its field; then a valid edit
  await edit.getByRole('textbox', { name: '民族/社区' }).fill('');
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(edit.locator('label.has-error', { hasText: '民族/社区' }).locator('.field-error')).toBeVisible();
  await edit.getByRole('textbox', { name: '民族/社区' }).fill('苗族 Miao');
  await edit.getByRole('textbox', { name: '中文名' }).fill('剪纸花');
  await edit.getByRole('textbox', { name: '英文名' }).fill('Paper-cut flower');
  await edit.getByRole('combobox', { name: '使用标签' }).selectOption({ label: USAGE_LABELS.attribution.name.zh });
  await expect(edit.getByText(USAGE_LABELS.attribution.explanation.zh)).toBeVisible();
  await edit.getByRole('textbox', { name: '中文署名' }).fill('图案：剪纸花；绘制：阿花');
  await edit.getByRole('textbox', { name: '英文署名' }).fill('Motif: paper-cut flower; drawn by A Hua');
  await snap(page, testInfo, 'edit-draft');
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(edit).toBeHidden();
  await expect(detail.getByRole('heading', { name: '剪纸花' })).toBeVisible();
  // a new draft has no verified consent: the studio's guidance for the chosen rule
  await expect(detail.getByRole('region', { name: '提示与工坊的使用建议' })).toContainText('锦绣工坊的使用建议（社区尚未确认）：可以使用，但每件用到它的商品上都要印出署名。');

  await detail.getByRole('button', { name: '提交审核' }).click();
  await expect(detail.locator('.status-tag')).toHaveText('审核中');
  // the submitter may sign an approval; it is one person's, so the motif stays in review
  await detail.getByRole('button', { name: '签名批准' }).click();
  await expect(detail.getByRole('region', { name: '签名与发布依据' }).getByRole('status')).toContainText('已有 1 人签名批准，发布需要 2 人');
  await expect(detail.locator('.status-tag')).toHaveText('审核中');

  // A leaves, B comes in (one wrong passphrase first)
  await bar.getByRole('button', { name: '退出策展模式' }).click();
  await expect(detail).toBeHidden();
  await page.getByRole('button', { name: '策展模式' }).click();
  const unlock = page.getByRole('dialog', { name: '进入策展模式' });
  await unlock.getByRole('combobox', { name: '名字' }).selectOption('阿英');
  for (let i = 0; i < 3; i++) {
    await unlock.getByLabel('口令').fill(`wrong passphrase ${i}`);
    await unlock.getByRole('button', { name: '进入' }).click();
    await expect(unlock.getByRole('alert')).toHaveText('名字或口令不对。');
  }
  // after three wrong tries the next one must wait, and the dialog says how long
  await unlock.getByLabel('口令').fill('蜡染蓝靛十二月夜');
  await unlock.getByRole('button', { name: '进入' }).click();
  await expect(unlock.getByRole('alert')).toContainText(/请 \d+ 秒后再试/);
  await page.waitForTimeout(2_500);
  await unlock.getByLabel('口令').fill('蜡染蓝靛十二月夜');
  await unlock.getByRole('button', { name: '进入' }).click();
  await expect(bar).toContainText('策展人：阿英');

  await bar.getByRole('button', { name: '待审核（1）' }).click();
  await expect(page.getByRole('combobox', { name: '状态' })).toHaveValue('in-review');
  await grid(page).getByRole('button', { name: /剪纸花/ }).click();
  // a second account on the same PC is the same person: still one approval, still in review
  await detail.getByRole('button', { name: '签名批准' }).click();
  const signatures = detail.getByRole('region', { name: '签名与发布依据' });
  await expect(signatures.getByRole('list', { name: '签名列表' }).getByRole('listitem')).toHaveCount(3);
  await expect(signatures.getByRole('status')).toContainText('已有 1 人签名批准');
  await expect(detail.locator('.status-tag')).toHaveText('审核中');
  const reviewRows = await detail.getByRole('list', { name: '修改历史' }).getByRole('listitem').allTextContents();
  expect(reviewRows.filter((r) => r.includes('签名批准')).map((r) => /阿花|阿英/.exec(r)?.[0]).sort()).toEqual(['阿花', '阿英'].sort());
  expect(reviewRows.find((r) => r.includes('阿英'))).toMatch(/审核中 \(v\d+\) → 审核中/);

  // withdrawing needs one signature: a starter motif, published by the studio release
  await page.getByRole('combobox', { name: '状态' }).selectOption('published');
  await page.getByRole('searchbox', { name: '搜索纹样' }).fill('蝙蝠');
  await grid(page).getByRole('button', { name: /蝙蝠/ }).first().click();
  await expect(detail.getByRole('heading', { name: '蝙蝠' })).toBeVisible();
  await expect(detail.getByRole('region', { name: '签名与发布依据' })).toContainText('不是社区或两位策展人审核的结果');
  await detail.getByRole('button', { name: '撤回' }).click();
  const withdraw = page.getByRole('dialog', { name: '撤回“蝙蝠”' });
  await withdraw.getByRole('button', { name: '确定' }).click();
  await expect(withdraw.getByRole('alert')).toContainText('请写明原因');
  await withdraw.getByRole('textbox', { name: '撤回原因（必填）' }).fill('社区要求先停止对外使用');
  await withdraw.getByRole('button', { name: '确定' }).click();
  await expect(withdraw).toBeHidden();
  await expect(detail.locator('.status-tag')).toHaveText('已撤回');
  await expect(detail).toContainText('撤回原因：社区要求先停止对外使用');

  const history = detail.getByRole('list', { name: '修改历史' }).getByRole('listitem');
  const rows = await history.allTextContents();
  const find = (what: string) => rows.find((r) => r.includes(what)) ?? '';
  expect(find('随软件发布安装')).toContain('jinxiu-studio-release');
  expect(find('撤回')).toContain('阿英');
  expect(find('撤回')).toMatch(/已发布 \(v\d+\) → 已撤回/);
  expect(find('撤回')).toContain('社区要求先停止对外使用');
  await detail.getByRole('heading', { name: '修改历史' }).scrollIntoViewIfNeeded();
  await snap(page, testInfo, 'curator-history');

  // back through review: resubmit, then the reviewer sends it back with a note
  await detail.getByRole('button', { name: '重新提交审核' }).click();
  const resubmit = page.getByRole('dialog', { name: '重新提交“蝙蝠”' });
  await resubmit.getByRole('textbox', { name: '说明（可不填）' }).fill('社区已同意对外使用');
  await resubmit.getByRole('button', { name: '确定' }).click();
  await expect(detail.locator('.status-tag')).toHaveText('审核中');
  await detail.getByRole('button', { name: '退回修改' }).click();
  const sendBack = page.getByRole('dialog', { name: '退回修改：“蝙蝠”' });
  await sendBack.getByRole('button', { name: '确定' }).click();
  await expect(sendBack.getByRole('alert')).toContainText('请写明原因');
  await sendBack.getByRole('textbox', { name: '需要修改什么（必填）' }).fill('请补充含义的出处');
  await sendBack.getByRole('button', { name: '确定' }).click();
  await expect(detail.locator('.status-tag')).toHaveText('草稿');
  await expect(detail).toContainText('审核人要求修改：请补充含义的出处');
  await expect(detail.getByRole('list', { name: '修改历史' }).getByRole('listitem').first()).toContainText('退回修改');

  // the withdrawn motif is gone from the cooperative library
  await bar.getByRole('button', { name: '退出策展模式' }).click();
  await page.getByRole('searchbox', { name: '搜索纹样' }).fill('蝙蝠');
  await expect(page.getByText('没有找到符合条件的纹样')).toBeVisible();
  await page.getByRole('searchbox', { name: '搜索纹样' }).fill('剪纸花');
  await expect(page.getByText('没有找到符合条件的纹样')).toBeVisible();

  // nothing went wrong behind the scenes: no error banner, and the only console errors
  // are Chromium's notes on the refusals provoked above
  await expect(page.locator('.error-banner')).toHaveCount(0);
  expect(consoleErrors.filter((e) => !REFUSAL_LOG.test(e))).toEqual([]);
});

test('motif packs: export all published as a .jxpack download and preview it back', async ({ page, studio, consoleErrors }) => {
  await openLibrary(page, studio);
  await page.getByRole('button', { name: '策展模式' }).click();
  const setup = page.getByRole('dialog', { name: '设置第一位策展人' });
  await setup.getByRole('textbox', { name: '名字' }).fill('阿花');
  await setup.getByLabel('口令（至少 8 个字）').fill('银花绣线一二三四');
  await setup.getByLabel('再输入一次口令').fill('银花绣线一二三四');
  await setup.getByRole('button', { name: '创建并进入' }).click();
  // every control on the curator page has an accessible name (label element or aria-label)
  await grid(page).getByRole('button').first().click();
  await expect(page.getByRole('complementary', { name: '纹样详情' }).getByRole('heading', { level: 2 })).toBeVisible();
  await expect.poll(() => unnamedControls(page)).toEqual([]);
  await grid(page).getByRole('checkbox').first().check();
  await page.getByRole('region', { name: '策展模式' }).getByRole('button', { name: '纹样包' }).click();
  await expect(page.getByRole('button', { name: '导出选中的纹样（1 个）' })).toBeEnabled();
  await expect.poll(() => unnamedControls(page)).toEqual([]);
  const packs = page.getByRole('dialog', { name: '纹样包' });
  const [download] = await Promise.all([page.waitForEvent('download'), packs.getByRole('button', { name: '导出全部已发布纹样' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.jxpack$/);
  const file = await download.path();
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  await expect(packs.getByRole('status')).toContainText('已导出');
  await packs.getByLabel(/选择要导入的纹样包/).setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/zip', buffer: bytes });
  const plan = packs.getByRole('region', { name: '导入计划' });
  await expect(plan).toContainText('没有变化');
  // every motif a cooperative can see travels in the pack except community-only ones (a pack
  // leaves the community), and re-importing it changes nothing
  const planned = await plan.locator('.pack-plan > li').allTextContents();
  for (const r of VISIBLE) expect(planned.some((row) => row.includes(r.names.zh)), r.slug).toBe(r.usageLabel !== 'community-only');
  await expect(plan.locator('.pack-plan > li:not(.plan-unchanged)')).toHaveCount(0);

  // only the ticked motif goes into a "selected" pack; applying an unchanged pack is harmless
  const [one] = await Promise.all([page.waitForEvent('download'), packs.getByRole('button', { name: '导出选中的纹样（1 个）' }).click()]);
  await packs.getByLabel(/选择要导入的纹样包/).setInputFiles({ name: 'one.jxpack', mimeType: 'application/zip', buffer: fs.readFileSync(await one.path()) });
  await expect(plan.locator('.pack-plan > li')).toHaveCount(1);
  await packs.getByRole('button', { name: '确认导入' }).click();
  await expect(packs.getByRole('status')).toHaveText('纹样包已导入。');
  expect(consoleErrors).toEqual([]);
});

test('the grid stays small with 10,000 motifs and loads rows while scrolling', async ({ page, studio, consoleErrors }) => {
  // clone one starter motif 10,000 times straight into the studio database (the server keeps running)
  await openStudio(page, studio);
  const db = new Database(path.join(studio.dataDir, 'studio.sqlite'));
  db.pragma('busy_timeout = 5000');
  const columns = (db.prepare('PRAGMA table_info(motifs)').all() as { name: string }[]).map((c) => c.name).filter((c) => c !== 'rowid');
  const value = (c: string) =>
    ({
      id: "printf('00000000-0000-4000-8000-%012d', n.i)",
      slug: "'bulk-' || n.i",
      name_text: "name_text || ' bulk ' || n.i",
      search_text: "search_text || ' bulk' || n.i",
      record: "json_set(record, '$.id', printf('00000000-0000-4000-8000-%012d', n.i), '$.slug', 'bulk-' || n.i, '$.names.en', 'Bulk motif ' || n.i)",
    })[c] ?? c;
  db.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)
    INSERT INTO motifs (${columns.join(', ')}) SELECT ${columns.map(value).join(', ')} FROM motifs, n WHERE motifs.slug = 'sun'`);
  db.exec(`INSERT INTO motif_files (motif_id, name, role, sha256)
    SELECT m.id, f.name, f.role, f.sha256 FROM motifs m JOIN motif_files f ON f.motif_id = (SELECT id FROM motifs WHERE slug = 'sun') WHERE m.slug LIKE 'bulk-%' AND f.role = 'thumbnail'`);
  db.close();

  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '纹样库', exact: true }).click();
  // the server stops counting at a ceiling; the page says "more than" and grows as it scrolls
  await expect(count(page)).toHaveText(/^超过 2,000 个纹样/);
  const cells = grid(page).getByRole('listitem');
  await expect(cells.first()).toBeVisible();
  expect(await cells.count()).toBeLessThan(80);
  const scroller = page.locator('.vgrid');
  const shownCount = async () => Number((await count(page).textContent())!.replace(/[^0-9]/g, ''));
  let before = await shownCount();
  for (let i = 0; i < 3; i++) {
    await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(shownCount).toBeGreaterThan(before);
    before = await shownCount();
  }
  expect(before).toBeGreaterThan(2000);
  await expect(grid(page).getByText('加载中…')).toHaveCount(0);
  expect(await cells.count()).toBeLessThan(80);
  await expect.poll(async () => grid(page).locator('img').count()).toBeGreaterThan(0);
  // the cards on screen are the rows at the scroll position, not the first ones
  const firstOnScreen = await cells.first().evaluate((el) => parseFloat((el as HTMLElement).style.top));
  expect(firstOnScreen).toBeGreaterThan(100_000);

  await page.getByRole('searchbox', { name: '搜索纹样' }).fill('bulk9876');
  await expect(count(page)).toHaveText('共 1 个纹样');
  await expect(grid(page).getByText('Bulk motif 9876')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
