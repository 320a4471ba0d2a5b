import { spawnSync, type ChildProcess } from 'node:child_process';
import { HubClient } from '../../electron/services/sync/hub-client';
import { PASSWORD, submissionOf } from '../helpers/hub';
import { serveHub } from '../helpers/hub-process';
import { noisyJpeg } from '../helpers/images';
import { startPostgres, type TestPostgres } from '../helpers/postgres';
import { makeStudio } from '../helpers/studio';
import { CLI } from '../unit/electron/crash/cli-process';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

/**
 * Partners curate in the browser: the built `jinxiu hub serve` (a real process on a real
 * throw-away PostgreSQL) serves the studio's renderer in hub mode. Accounts come from
 * `jinxiu hub user add`; a cooperative's motif arrives the way a studio pushes it; everything
 * after that happens in Chromium, and the result is read back from the studios' sync feed.
 */
let pg: TestPostgres;
let hub: { url: string; child: ChildProcess };
let motif: { id: string; zh: string };

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  pg = await startPostgres();
  const db = pg.createDatabase('hub_ui');
  for (const [name, role] of [['steward', 'steward'], ['anthro-a', 'curator'], ['museum-b', 'curator'], ['coop-a', 'cooperative']]) {
    const r = spawnSync(process.execPath, [CLI, 'hub', 'user', 'add', '--db', db, '--name', name, '--role', role], { input: PASSWORD + '\n', encoding: 'utf8', env: { ...process.env, JINXIU_LANG: 'en' } });
    if (r.status !== 0) throw new Error(`hub user add ${name}: ${r.stderr}`);
  }
  const served = await serveHub(['--db', db, '--port', '0']);
  hub = { url: served.url, child: served.child };
  const source = await makeStudio({ starterLibrary: false });
  try {
    const id = (await source.studio.imports.importOne('锦鸡.jpg', await noisyJpeg(200, 160, 5), 'coop'))!.id!;
    const submission = submissionOf(source.studio, id);
    motif = { id, zh: submission.record.names.zh };
    const coop = new HubClient(hub.url);
    await coop.login('coop-a', PASSWORD);
    expect(await coop.submit(submission)).toBe('accepted');
  } finally {
    source.cleanup();
  }
});

test.afterAll(async () => {
  if (hub?.child && hub.child.exitCode === null) {
    const exited = new Promise((r) => hub.child.once('exit', r));
    hub.child.kill('SIGTERM');
    await exited;
  }
  pg?.stop();
});

async function logIn(page: Page, name: string, password = PASSWORD) {
  const form = page.getByRole('region', { name: '登录中心' });
  await form.getByLabel('账户名').fill(name);
  await form.getByLabel('口令', { exact: true }).fill(password);
  await form.getByRole('button', { name: '登录', exact: true }).click();
}

async function logOut(page: Page) {
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('region', { name: '登录中心' })).toBeVisible();
}

const expectedConsole = (errors: string[]) => errors.filter((e) => !/401|429|Failed to load resource/.test(e));

test('a wrong password and too many tries are refused in the chosen language; the steward adds an account and issues the trust file', async ({ page, consoleErrors }) => {
  await page.goto(hub.url);
  await expect(page.getByRole('heading', { name: '登录中心' })).toBeVisible();
  await expect(page.getByText('锦绣省级策展中心')).toBeVisible();

  await logIn(page, 'steward', 'not the password');
  await expect(page.getByRole('alert')).toHaveText('账户名或口令不对。请检查后再试；连续输错多次会被暂时锁定。');
  await page.getByRole('group', { name: '界面语言' }).getByRole('button', { name: 'English' }).click();
  const form = page.getByRole('region', { name: 'Log in to the hub' });
  // the same refusal, now in English (the hub sends both halves; the page picks one)
  await form.getByRole('button', { name: 'Log in', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(/^Wrong account name or password\./);
  // the login rate limit (five failures per name within 15 minutes), translated as well
  await form.getByLabel('Account name').fill('guesser');
  for (let i = 0; i < 5; i++) {
    await form.getByLabel('Password').fill(`wrong guess ${i}`);
    await form.getByRole('button', { name: 'Log in', exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText(/^Wrong account name or password\./);
  }
  await form.getByRole('button', { name: 'Log in', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(/^Too many failed logins\. Try again in 15 minutes/);
  await page.getByRole('group', { name: 'Interface language' }).getByRole('button', { name: '中文' }).click();
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(/^登录失败的次数太多。请 15 分钟后再试/);

  await logIn(page, 'steward');
  await expect(page.getByText('steward（中心管理员）')).toBeVisible();
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByRole('button')).toHaveText(['⚿账户与信任', '✿全部纹样']);

  const add = page.getByRole('region', { name: '添加账户' });
  await add.getByLabel('新账户名').fill('coop-b');
  await add.getByLabel('角色').selectOption('cooperative');
  await add.getByLabel(/初始口令/).fill('another long password');
  await add.getByRole('button', { name: '添加账户' }).click();
  await expect(add.getByRole('status')).toHaveText('已添加合作社“coop-b”。');
  expect((await new HubClient(hub.url).login('coop-b', 'another long password')).role).toBe('cooperative');

  const trust = page.getByRole('region', { name: '信任文件' });
  await trust.getByRole('button', { name: '签发信任文件' }).click();
  await expect(trust.getByRole('status')).toHaveText('信任文件已签发。');
  await logOut(page);
  expect(expectedConsole(consoleErrors)).toEqual([]);
});

test('two curators review and publish a submission in the browser; the studios feed has it published; an ended session shows the login', async ({ page, consoleErrors }, testInfo) => {
  test.setTimeout(90_000);
  await page.goto(hub.url);
  await logIn(page, 'anthro-a');
  await expect(page.getByText('anthro-a（策展人）')).toBeVisible();
  await expect(page.getByRole('heading', { name: '待审核' })).toBeVisible();
  await page.getByRole('list', { name: '纹样列表' }).getByRole('button', { name: `${motif.zh}，草稿` }).click();

  const detail = page.getByRole('complementary', { name: motif.zh });
  await expect(detail.getByRole('heading', { name: '来源' })).toBeVisible();
  await expect(detail.getByRole('list', { name: '审核记录' })).toContainText('coop-a');
  await expect(detail.getByRole('list', { name: '审核记录' })).toContainText('提交到中心');
  await expect(detail.getByRole('img', { name: '图稿' })).toBeVisible();

  const actions = detail.getByRole('region', { name: '审核操作' });
  await actions.getByRole('button', { name: '签名送审' }).click();
  await expect(actions.getByRole('status')).toContainText('现在的状态：审核中');
  await actions.getByLabel('批准或更改的标签').selectOption('attribution');
  await actions.getByRole('button', { name: '签名批准发布' }).click();
  // one curator's approval does not publish
  await expect(actions.getByRole('status')).toContainText('现在的状态：审核中');
  await expect(detail.getByRole('list', { name: '签名' }).getByRole('listitem')).toHaveCount(2);

  // the session ends under the page (cookie gone): the next call shows the login again
  await page.context().clearCookies();
  await page.getByRole('button', { name: '刷新' }).click();
  await expect(page.getByRole('region', { name: '登录中心' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('登录已过期或已在别处退出，请重新登录。');

  await logIn(page, 'museum-b');
  await expect(page.getByText('museum-b（策展人）')).toBeVisible();
  await page.getByRole('button', { name: `${motif.zh}，审核中` }).click();
  const second = page.getByRole('region', { name: '审核操作' });
  await second.getByLabel('批准或更改的标签').selectOption('attribution');
  await second.getByRole('button', { name: '签名批准发布' }).click();
  await expect(second.getByRole('status')).toContainText('现在的状态：已发布，标签：');
  await expect(page.getByRole('complementary', { name: motif.zh }).getByRole('list', { name: '审核记录' })).toContainText('museum-b');
  await testInfo.attach('hub-curator-published', { body: await page.screenshot(), contentType: 'image/png' });

  // what every studio will pull: the record, published, with both approvals
  const studioSide = new HubClient(hub.url);
  await studioSide.login('coop-a', PASSWORD);
  const feed = await studioSide.changes(0);
  const record = feed.records.find((r) => r.id === motif.id);
  expect(record?.status).toBe('published');
  expect(record?.usageLabel).toBe('attribution');
  expect(record?.signatures?.filter((s) => s.statement.action === 'approve').map((s) => s.statement.signer).sort()).toEqual(['anthro-a', 'museum-b']);
  await logOut(page);
  expect(expectedConsole(consoleErrors)).toEqual([]);
});

test('a cooperative sees published motifs and its own submissions, without review actions or the audit trail', async ({ page, consoleErrors }) => {
  await page.goto(hub.url);
  await logIn(page, 'coop-a');
  await expect(page.getByText('coop-a（合作社）')).toBeVisible();
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByRole('button')).toHaveText(['✿已发布纹样', '✎我的提交']);
  await page.getByRole('button', { name: `${motif.zh}，已发布` }).click();
  const detail = page.getByRole('complementary', { name: motif.zh });
  await expect(detail.getByRole('heading', { name: '来源' })).toBeVisible();
  await expect(detail.getByRole('list', { name: '签名' })).toContainText('museum-b');
  await expect(detail.getByRole('region', { name: '审核操作' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /签名/ })).toHaveCount(0);
  await expect(detail.getByRole('list', { name: '审核记录' })).toHaveCount(0);

  await nav.getByRole('button', { name: '我的提交' }).click();
  await expect(page.getByRole('list', { name: '纹样列表' }).getByRole('button')).toHaveCount(1);
  await expect(page.getByRole('button', { name: `${motif.zh}，已发布` })).toBeVisible();
  // the hub itself refuses a signature from this session (the UI only hides what the server forbids)
  const refused = await page.evaluate(async (id) => {
    const session = await (await fetch('/api/session')).json();
    const r = await fetch(`/api/records/${id}/sign`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'x-csrf-token': session.csrf }, body: JSON.stringify({ action: 'withdraw', target: { reason: 'x' } }) });
    return [r.status, (await r.json()).error.code];
  }, motif.id);
  expect(refused).toEqual([403, 'hub.forbidden']);
  await logOut(page);
  expect(expectedConsole(consoleErrors)).toEqual([]);
});

test('a curator withdraws the published motif with a reason in English; the feed carries the withdrawal; every control has a name', async ({ page, consoleErrors }) => {
  await page.goto(hub.url);
  await page.getByRole('group', { name: '界面语言' }).getByRole('button', { name: 'English' }).click();
  const form = page.getByRole('region', { name: 'Log in to the hub' });
  await form.getByLabel('Account name').fill('anthro-a');
  await form.getByLabel('Password').fill(PASSWORD);
  await form.getByRole('button', { name: 'Log in', exact: true }).click();
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: 'All motifs' }).click();
  await page.getByRole('button', { name: /, Published$/ }).click();
  const actions = page.getByRole('region', { name: 'Review actions' });
  const withdraw = actions.getByRole('button', { name: 'Sign: withdraw' });
  // a withdrawal needs a reason: the button waits for one
  await expect(withdraw).toBeDisabled();
  await actions.getByLabel(/^Reason/).fill('The community asked to keep this pattern private');
  await withdraw.click();
  await expect(actions.getByRole('status')).toContainText('Status now: Withdrawn');
  await expect(page.getByRole('list', { name: 'Audit trail' })).toContainText('signed: withdraw');

  // no control without an accessible name on the hub's pages (inputs and selects sit in their labels)
  const unnamed = await page.locator('button, input, select').evaluateAll((controls) =>
    controls.filter((c) => !(c.getAttribute('aria-label') || c.closest('label')?.textContent?.trim() || (c.tagName === 'BUTTON' && c.textContent?.trim()))).length,
  );
  expect(unnamed).toBe(0);

  const studioSide = new HubClient(hub.url);
  await studioSide.login('coop-a', PASSWORD);
  const record = (await studioSide.changes(0)).records.find((r) => r.id === motif.id);
  expect(record?.status).toBe('withdrawn');
  expect(record?.withdrawnReason).toBe('The community asked to keep this pattern private');
  expect(expectedConsole(consoleErrors)).toEqual([]);
});
