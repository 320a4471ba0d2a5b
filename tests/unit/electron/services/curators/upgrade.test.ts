import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassphrase } from '../../../../../electron/services/curators/passphrase';
import { call, makeStudio, type TestStudio } from '../../../../helpers/studio';

/** Curators made before signed curation have a passphrase but no key: they get one on first unlock. */
describe('curators from before signed curation', () => {
  let t: TestStudio;
  const legacy = (name: string, passphrase: string) => {
    const { salt, hash } = hashPassphrase(passphrase);
    t.studio.db.prepare('INSERT INTO curators (id, name, salt, hash, created_at, created_by) VALUES (?, ?, ?, ?, ?, NULL)').run(crypto.randomUUID(), name, salt, hash, new Date().toISOString());
  };
  beforeAll(async () => {
    t = await makeStudio({ starterLibrary: false });
    legacy('Old A', 'old a passphrase');
    legacy('Old B', 'old b passphrase');
  });
  afterAll(() => t.cleanup());

  it('the first to unlock makes the studio key; a later one is enrolled when the key holder next unlocks', async () => {
    const a = await call(t.dispatch, 'curator.unlock', { name: 'Old A', passphrase: 'old a passphrase' });
    expect(a).toMatchObject({ holdsStudioKey: true });
    await call(t.dispatch, 'curator.lock');
    const b = await call(t.dispatch, 'curator.unlock', { name: 'Old B', passphrase: 'old b passphrase' });
    expect(b.holdsStudioKey).toBe(false);
    const keyOf = async (name: string) => (await call(t.dispatch, 'trust.overview')).keys.find((k: any) => k.holder === name);
    expect(await keyOf('Old B')).toMatchObject({ trusted: false });
    const [draft] = await call(t.dispatch, 'library.import', { files: [{ name: 'x.svg', base64: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><rect width="4" height="4" fill="#123456"/></svg>').toString('base64') }] });
    const refused = await t.dispatch('library.transition', { id: draft.id, action: 'submit' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('trust.key-untrusted');
    await call(t.dispatch, 'curator.lock');
    await call(t.dispatch, 'curator.unlock', { name: 'Old A', passphrase: 'old a passphrase' });
    expect(await keyOf('Old B')).toMatchObject({ trusted: true, local: true });
  });
});
