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

  it('one person cannot publish alone: a second local account approving the submission leaves it in review', async () => {
    await call(t.dispatch, 'library.transition', { id, action: 'submit' });
    const own = await call(t.dispatch, 'library.transition', { id, action: 'approve' });
    expect(own.record.status).toBe('in-review');
    await call(t.dispatch, 'curator.lock');
    await call(t.dispatch, 'curator.unlock', { name: '李梅', passphrase: 'second passphrase' });
    const second = await call(t.dispatch, 'library.transition', { id, action: 'approve' });
    // two accounts made on this PC trace back to the same studio key: one person
    expect(second.record.status).toBe('in-review');
    expect(second.trust.approvingPeople).toBe(1);
    expect(second.trust.signatures.map((s: any) => [s.action, s.local, s.problem])).toEqual([
      ['submit', true, undefined],
      ['approve', true, undefined],
      ['approve', true, undefined],
    ]);
    expect(second.audit.map((a: any) => [a.action, a.after.status]).slice(0, 2)).toEqual([
      ['approve', 'in-review'],
      ['approve', 'in-review'],
    ]);
  });

  it("publishes once a partner whose trust file was imported (fingerprint confirmed) approves too, and records who and when", async () => {
    const partner = await makeStudio({ starterLibrary: false });
    try {
      await call(partner.dispatch, 'curator.setup', { name: 'Partner Wu', passphrase: 'partner passphrase' });
      const exported = await call(partner.dispatch, 'trust.exportFile', { studio: '黔东南博物馆 Partner museum' });
      await call(t.dispatch, 'trust.importFile', { text: exported.text, fingerprint: exported.fingerprint.toUpperCase().replace(/(.{4})/g, '$1 ') });
      // the partner signs an approval of our record's content (packs carry such signatures between studios)
      const ours = t.studio.motifs.get(id)!.record;
      const approval = partner.studio.trust.signMotif(partner.studio.curators.requireSigner().key, ours, 'approve', { label: ours.usageLabel });
      t.studio.motifs.update({ ...ours, signatures: t.studio.trust.mergeSignatures(ours.signatures, [approval]) });
      const published = await call(t.dispatch, 'library.get', { id });
      expect(published.record.status).toBe('published');
      expect(published.trust).toMatchObject({ publishedBy: 'signatures', approvingPeople: 2 });
      expect(published.record.review).toMatchObject({ submittedBy: 'Anna', approvedBy: '李梅' });
      const partnerSig = published.trust.signatures.find((s: any) => s.signer === 'Partner Wu');
      expect(partnerSig).toMatchObject({ action: 'approve', local: false, currentContent: true });
    } finally {
      partner.cleanup();
    }
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

  it('keeps each curator key sealed: no private key in clear, and the seal names its scrypt parameters', () => {
    const rows = t.studio.db.prepare("SELECT sealed FROM curator_keys WHERE role = 'curator'").all() as { sealed: string }[];
    expect(rows).toHaveLength(2);
    for (const r of rows) {
      const seal = JSON.parse(r.sealed);
      expect(seal).toMatchObject({ v: 1, kdf: 'scrypt', logN: 15, r: 8, p: 1, cipher: 'aes-256-gcm' });
      expect(r.sealed).not.toMatch(/BEGIN|PRIVATE/);
    }
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
