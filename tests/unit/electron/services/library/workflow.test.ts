import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, makeStudio, type TestStudio } from '../../../../helpers/studio';

const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20"><path d="M2 10 L10 2 L18 10 L10 18 Z" fill="#b3261e"/></svg>';

describe('curation workflow through the API', () => {
  let t: TestStudio;
  let id: string;
  beforeAll(async () => {
    t = await makeStudio({ starterLibrary: false });
    await call(t.dispatch, 'curator.setup', { name: 'Anna', passphrase: 'first passphrase' });
    await call(t.dispatch, 'curator.add', { name: '李梅', passphrase: 'second passphrase' });
    const [result] = await call(t.dispatch, 'library.import', { files: [{ name: 'diamond.svg', base64: Buffer.from(svg).toString('base64') }] });
    id = result.id;
  });
  afterAll(() => t.cleanup());

  it('edits a draft with the expected version and refuses a stale edit', async () => {
    const before = await call(t.dispatch, 'library.get', { id });
    const edited = await call(t.dispatch, 'library.update', {
      id,
      expectedVersion: before.record.version,
      changes: { names: { zh: '菱形纹', en: 'Lozenge' }, usageLabel: 'attribution', creditLine: { zh: '图案：测试社区', en: 'Motif: test community' } },
    });
    expect(edited.record.names.zh).toBe('菱形纹');
    expect(edited.record.version).toBe(before.record.version + 1);
    const stale = await t.dispatch('library.update', { id, expectedVersion: before.record.version, changes: { keywords: ['x'] } });
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.error.code).toBe('motif.stale');
  });

  it('refuses an edit that breaks the record, with the field named', async () => {
    const now = await call(t.dispatch, 'library.get', { id });
    const bad = await t.dispatch('library.update', { id, expectedVersion: now.record.version, changes: { usageLabel: 'no-such-label' } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message.en).toContain('usageLabel');
  });

  it('needs a second curator to publish (two-person rule), and records who and when', async () => {
    await call(t.dispatch, 'library.transition', { id, action: 'submit' });
    const self = await t.dispatch('library.transition', { id, action: 'approve' });
    expect(self.ok).toBe(false);
    await call(t.dispatch, 'curator.lock');
    await call(t.dispatch, 'curator.unlock', { name: '李梅', passphrase: 'second passphrase' });
    const published = await call(t.dispatch, 'library.transition', { id, action: 'approve' });
    expect(published.record.status).toBe('published');
    expect(published.record.review).toMatchObject({ submittedBy: 'Anna', approvedBy: '李梅' });
    expect(published.audit.map((a: any) => a.action).slice(0, 2)).toEqual(['approve', 'submit']);
  });

  it('refuses illegal transitions with a translated message', async () => {
    const again = await t.dispatch('library.transition', { id, action: 'submit' });
    expect(again.ok).toBe(false);
    if (!again.ok) {
      expect(again.error.code).toBe('motif.workflow.illegal');
      expect(again.error.message.zh).toMatch(/已发布/);
    }
  });

  it('withdraws with a reason, keeps the record and its history, and hides it from cooperatives', async () => {
    const noReason = await t.dispatch('library.transition', { id, action: 'withdraw' });
    expect(noReason.ok).toBe(false);
    const withdrawn = await call(t.dispatch, 'library.transition', { id, action: 'withdraw', note: '社区要求撤回' });
    expect(withdrawn.record.status).toBe('withdrawn');
    expect(withdrawn.record.withdrawnReason).toBe('社区要求撤回');
    await call(t.dispatch, 'curator.lock');
    const coop = await call(t.dispatch, 'library.search', { query: '菱形' });
    expect(coop.total).toBe(0);
    const curatorView = await call(t.dispatch, 'library.search', { query: '菱形', view: 'curator' });
    expect(curatorView.total).toBe(0); // curator view needs curator mode
    await call(t.dispatch, 'curator.unlock', { name: 'Anna', passphrase: 'first passphrase' });
    expect((await call(t.dispatch, 'library.search', { query: '菱形', view: 'curator' })).total).toBe(1);
  });

  it('keeps the audit trail append-only in the database itself', () => {
    expect(() => t.studio.db.prepare('UPDATE motif_audit SET actor = ?').run('mallory')).toThrow(/append-only/);
    expect(() => t.studio.db.prepare('DELETE FROM motif_audit').run()).toThrow(/append-only/);
  });

  it('rate-limits wrong passphrases', async () => {
    await call(t.dispatch, 'curator.lock');
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await t.dispatch('curator.unlock', { name: 'Anna', passphrase: 'wrong guess ' + i });
      if (!r.ok) codes.push(r.error.code);
    }
    expect(codes.slice(0, 3)).toEqual(['curator.wrong-passphrase', 'curator.wrong-passphrase', 'curator.wrong-passphrase']);
    expect(codes.slice(3)).toContain('curator.rate-limited');
    const correctButBlocked = await t.dispatch('curator.unlock', { name: 'Anna', passphrase: 'first passphrase' });
    expect(correctButBlocked.ok).toBe(false);
  });

  it('stores passphrases only as salted scrypt hashes', () => {
    const rows = t.studio.db.prepare('SELECT salt, hash FROM curators').all() as { salt: string; hash: string }[];
    expect(rows).toHaveLength(2);
    for (const r of rows) {
      expect(r.hash).toMatch(/^scrypt\$15\$8\$1\$[0-9a-f]{64}$/);
      expect(r.hash).not.toContain('passphrase');
    }
    expect(rows[0].salt).not.toBe(rows[1].salt);
  });
});
