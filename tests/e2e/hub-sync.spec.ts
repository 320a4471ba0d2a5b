import { startHub, type RunningHub } from '../../electron/hub/server';
import { addAccounts, loggedIn, PASSWORD, publishOnHub, submissionOf } from '../helpers/hub';
import { startPostgres, type TestPostgres } from '../helpers/postgres';
import { makeStudio } from '../helpers/studio';
import { noisyJpeg } from '../helpers/images';
import { expect, openStudio, test } from './fixtures';

/** Settings → 与中心同步: the button runs the real sync against a real hub on a real PostgreSQL. */
let pg: TestPostgres;
let hub: RunningHub;
let stewardFp: string;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  pg = await startPostgres();
  hub = await startHub({ db: pg.createDatabase('hub_e2e'), name: '黔东南中心' });
  await addAccounts(hub, [['steward', 'steward'], ['anthro-a', 'curator'], ['museum-b', 'curator'], ['coop-a', 'cooperative'], ['coop-b', 'cooperative']]);
  await (await loggedIn(hub, 'steward')).json('POST', 'api/trust/issue', {});
  stewardFp = (await hub.accounts.list()).find((a) => a.name === 'steward')!.keyFingerprint!;
  const source = await makeStudio({ starterLibrary: false });
  try {
    const id = (await source.studio.imports.importOne('hub-bird.jpg', await noisyJpeg(200, 160, 3), 'coop'))!.id!;
    await (await loggedIn(hub, 'coop-a')).submit(submissionOf(source.studio, id));
    await publishOnHub([await loggedIn(hub, 'anthro-a'), await loggedIn(hub, 'museum-b')], id, 'open-commercial');
  } finally {
    source.cleanup();
  }
});

test.afterAll(async () => {
  await hub?.close();
  pg?.stop();
});

test('Settings → 与中心同步: a wrong password is refused in plain words; the right one brings the published motif', async ({ page, studio, consoleErrors }) => {
  test.setTimeout(120_000);
  await openStudio(page, studio);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '设置', exact: true }).click();
  const section = page.getByRole('region', { name: '省级中心' });
  await section.getByLabel('中心地址').fill(hub.url);
  await section.getByLabel('中心账户').fill('coop-b');
  await section.getByLabel('中心口令').fill('not the password');
  await section.getByRole('button', { name: '与中心同步' }).click();
  await expect(page.getByRole('alert')).toContainText('没有接受账户“coop-b”的口令');

  await section.getByLabel('中心口令').fill(PASSWORD);
  await section.getByLabel(/中心管理员指纹/).fill(stewardFp);
  await section.getByRole('button', { name: '与中心同步' }).click();
  await expect(section.getByRole('status')).toContainText('同步完成：新增 1', { timeout: 60_000 });
  expect(consoleErrors.filter((e) => !/401|Failed to load resource/.test(e))).toEqual([]);
});
