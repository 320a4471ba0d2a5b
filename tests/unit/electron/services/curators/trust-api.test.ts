import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPair, sign } from '../../../../../electron/services/curators/keys';
import { signedText } from '../../../../../model/trust/statements';
import { call, makeStudio, type TestStudio } from '../../../../helpers/studio';

const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20"><circle cx="10" cy="10" r="8" fill="#2e7d4f"/></svg>';

async function refused(t: TestStudio, name: string, input: unknown) {
  const r = await t.dispatch(name, input);
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error('accepted');
  // every refusal is translated: Chinese first, English complete
  expect(r.error.message.zh).toMatch(/[\u4e00-\u9fff]/);
  expect(r.error.message.en.length).toBeGreaterThan(20);
  return r.error;
}

describe('trust through the API: every forgery and shortcut is refused with a translated reason', () => {
  let t: TestStudio;
  let p: TestStudio;
  let q: TestStudio;
  let id: string;
  let pFile: { text: string; fingerprint: string };
  beforeAll(async () => {
    [t, p, q] = await Promise.all([makeStudio({ starterLibrary: false }), makeStudio({ starterLibrary: false }), makeStudio({ starterLibrary: false })]);
    await call(t.dispatch, 'curator.setup', { name: 'Anna', passphrase: 'first passphrase' });
    await call(p.dispatch, 'curator.setup', { name: 'Partner P', passphrase: 'partner passphrase' });
    await call(q.dispatch, 'curator.setup', { name: 'Partner Q', passphrase: 'partner passphrase' });
    pFile = await call(p.dispatch, 'trust.exportFile', { studio: 'Studio P' });
    const [imported] = await call(t.dispatch, 'library.import', { files: [{ name: 'circle.svg', base64: Buffer.from(svg).toString('base64') }] });
    id = imported.id;
    await call(t.dispatch, 'library.transition', { id, action: 'submit' });
    await call(t.dispatch, 'library.transition', { id, action: 'approve' });
  });
  afterAll(() => {
    t.cleanup();
    p.cleanup();
    q.cleanup();
  });

  it('refuses a tampered trust file, one that is not a trust file, a wrong fingerprint, and our own file', async () => {
    const doc = JSON.parse(pFile.text);
    doc.body.keys.push({ ...doc.body.keys[0], name: 'Added later' });
    expect((await refused(t, 'trust.inspectFile', { text: JSON.stringify(doc) })).code).toBe('trust.file-signature');
    expect((await refused(t, 'trust.importFile', { text: JSON.stringify(doc), fingerprint: pFile.fingerprint })).code).toBe('trust.file-signature');
    expect((await refused(t, 'trust.inspectFile', { text: '{"hello": 1}' })).code).toBe('trust.file-invalid');
    const wrong = await refused(t, 'trust.importFile', { text: pFile.text, fingerprint: pFile.fingerprint.replace(/^./, (c) => (c === '0' ? '1' : '0')) });
    expect(wrong.code).toBe('trust.fingerprint-mismatch');
    const own = await call(t.dispatch, 'trust.exportFile', { studio: 'Us' });
    expect((await refused(t, 'trust.importFile', { text: own.text, fingerprint: own.fingerprint })).code).toBe('trust.own-file');
    expect((await call(t.dispatch, 'trust.overview')).trustFiles).toHaveLength(0);
  });

  it('refuses trust work outside curator mode', async () => {
    await call(t.dispatch, 'curator.lock');
    expect((await refused(t, 'trust.importFile', { text: pFile.text, fingerprint: pFile.fingerprint })).code).toBe('curator.locked');
    expect((await refused(t, 'library.transition', { id, action: 'approve' })).code).toBe('curator.locked');
    await call(t.dispatch, 'curator.unlock', { name: 'Anna', passphrase: 'first passphrase' });
  });

  it('a forged signature and a signature over old content do not count, and the detail says why', async () => {
    const preview = await call(t.dispatch, 'trust.inspectFile', { text: pFile.text });
    expect(preview.steward.fingerprint).toBe(pFile.fingerprint);
    await call(t.dispatch, 'trust.importFile', { text: pFile.text, fingerprint: preview.steward.display });

    const record = t.studio.motifs.get(id)!.record;
    const pSigner = p.studio.curators.requireSigner().key;
    // forged: a real partner approval whose label was changed after signing
    const real = p.studio.trust.signMotif(pSigner, record, 'approve', { label: 'attribution' });
    const forged = { ...real, statement: { ...real.statement, target: { label: record.usageLabel } } };
    // old content: a partner approval of the record as it was before an edit
    const before = { ...record, names: { zh: '旧名', en: 'Old name' } };
    const old = p.studio.trust.signMotif(pSigner, before, 'approve', { label: record.usageLabel });
    t.studio.motifs.update({ ...record, signatures: t.studio.trust.mergeSignatures(record.signatures, [forged, old]) });
    const detail = await call(t.dispatch, 'library.get', { id });
    expect(detail.record.status).toBe('in-review');
    expect(detail.trust.approvingPeople).toBe(1);
    const partnerSigs = detail.trust.signatures.filter((s: any) => s.signer === 'Partner P');
    expect(partnerSigs.map((s: any) => [s.problem ?? 'counts', s.currentContent])).toEqual(
      expect.arrayContaining([
        ['bad-signature', true],
        ['counts', false],
      ]),
    );

    // the genuine approval of the current content publishes
    const genuine = p.studio.trust.signMotif(pSigner, record, 'approve', { label: record.usageLabel });
    const now = t.studio.motifs.get(id)!.record;
    expect(t.studio.motifs.update({ ...now, signatures: t.studio.trust.mergeSignatures(now.signatures, [genuine]) }).status).toBe('published');
  });

  it('a key vouched for by one trusted person stays untrusted; a second, different person makes it trusted', async () => {
    const researcher = generateKeyPair();
    const fp = researcher.fingerprint;
    const once = await call(t.dispatch, 'trust.vouch', { publicKey: researcher.publicKey, name: 'Visiting researcher', fingerprint: fp });
    expect(once.keys.find((k: any) => k.fingerprint === fp)).toMatchObject({ trusted: false, role: 'outside' });
    // a second local account is the same person
    await call(t.dispatch, 'curator.add', { name: 'Anna 2', passphrase: 'second passphrase' });
    await call(t.dispatch, 'curator.lock');
    await call(t.dispatch, 'curator.unlock', { name: 'Anna 2', passphrase: 'second passphrase' });
    const again = await call(t.dispatch, 'trust.vouch', { publicKey: researcher.publicKey, name: 'Visiting researcher', fingerprint: fp });
    expect(again.keys.find((k: any) => k.fingerprint === fp).trusted).toBe(false);
    expect((await refused(t, 'trust.vouch', { publicKey: researcher.publicKey, name: 'x', fingerprint: 'abcd' })).code).toBe('trust.fingerprint-mismatch');

    // partner P vouches too, in its own studio, and sends a fresh trust file carrying the vouch
    p.studio.trust.vouch(p.studio.curators.requireSigner().key, { publicKey: researcher.publicKey, name: 'Visiting researcher' }, fp, 'Partner P');
    const fresh = await call(p.dispatch, 'trust.exportFile', { studio: 'Studio P' });
    const after = await call(t.dispatch, 'trust.importFile', { text: fresh.text, fingerprint: fresh.fingerprint });
    const key = after.keys.find((k: any) => k.fingerprint === fp);
    expect(key).toMatchObject({ trusted: true, reason: 'vouched', person: fp });
    expect(key.certifiedBy.map((c: any) => c.relation)).toEqual(['vouch', 'vouch']);
    expect(after.trustFiles.map((f: any) => f.active)).toEqual([false, true]);
    expect(after.audit.map((a: any) => a.action)).toEqual(expect.arrayContaining(['trust-file-imported', 'key-vouched', 'key-enrolled', 'steward-created']));
  });

  it('a signature by a key this studio does not trust cannot be made here, and one that arrives does not count', async () => {
    const stranger = generateKeyPair();
    const signer = { ...stranger, name: 'Stranger' };
    const record = t.studio.motifs.get(id)!.record;
    expect(() => t.studio.trust.signMotif(signer, record, 'withdraw', { reason: 'x' })).toThrowError(/not trusted/);
    const statement = { type: 'jinxiu.motif/1' as const, action: 'withdraw' as const, recordId: id, contentHash: t.studio.trust.contentHash(record), target: { reason: 'hostile' }, at: new Date().toISOString(), key: stranger.fingerprint, signer: 'Stranger' };
    const sig = { statement, publicKey: stranger.publicKey, signature: sign(stranger.privateKey, signedText(statement)) };
    const stored = t.studio.motifs.update({ ...record, signatures: t.studio.trust.mergeSignatures(record.signatures, [sig]) });
    expect(stored.status).toBe('published');
  });
});
