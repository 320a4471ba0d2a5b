import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mayExport } from '../../../../../model/motif/labels';
import type { MotifRecord } from '../../../../../model/motif/schema';
import { call, makeStudio, type TestStudio } from '../../../../helpers/studio';
import { b64, sourceAndReceiver, trustPartner, withManifest, type Partner } from './pack-fixtures';

/**
 * Import verifies every signature a pack carries against the LOCAL trust list: a record is
 * published here only with approvals of its current content by two people this studio
 * trusts, whatever the pack claims. Real keys, real signatures, real zip bytes, a real
 * SQLite studio on both sides.
 */

describe('pack import counts only signatures this studio trusts', () => {
  let source: TestStudio;
  let receiver: TestStudio;
  let pack: Uint8Array;
  let id: string;
  let a: Partner;
  let b: Partner;
  let stranger: Partner;

  beforeAll(async () => {
    ({ source, receiver, id, pack, a, b, stranger } = await sourceAndReceiver());
  }, 60_000);
  afterAll(() => {
    source.cleanup();
    receiver.cleanup();
  });

  /** the pack with its one record changed, then re-signed by `sign` over the changed record */
  const packOf = (change: (r: MotifRecord) => void, sign: (r: MotifRecord) => MotifRecord['signatures'] = () => []) =>
    withManifest(pack, (m) => {
      const r = m.motifs[0];
      change(r);
      r.signatures = sign(r);
    });
  const claimPublished = (r: MotifRecord) => {
    r.status = 'published';
    r.usageLabel = 'open-commercial';
    r.review = { submittedBy: 'Village elder Wu', submittedAt: '2026-11-20T09:00:00Z', approvedBy: 'Provincial ICH office', approvedAt: '2026-11-20T09:00:00Z' };
  };
  const previewStatus = async (bytes: Uint8Array) => {
    const plan = await call(receiver.dispatch, 'packs.preview', { base64: b64(bytes) });
    return plan.items[0].changes.find((c: any) => c.field === 'status')?.to;
  };
  const twoApprovals = (r: MotifRecord) => [a.sign(r, 'approve', { label: 'open-commercial' }), b.sign(r, 'approve', { label: 'open-commercial' })];

  it('two approvals of the current content by two trusted people publish it (the control: the checks below can pass)', async () => {
    expect(await previewStatus(packOf(claimPublished, twoApprovals))).toBe('published');
  });

  it('an unsigned record that says "published" with invented reviewers arrives as a draft, is not placeable, and keeps no approver', async () => {
    const bytes = packOf(claimPublished);
    expect(await previewStatus(bytes)).toBe('draft');
    // applied in a studio of its own, so the other cases here still see a new record
    const other = await makeStudio({ starterLibrary: false });
    try {
      trustPartner(other, a);
      trustPartner(other, b);
      await call(other.dispatch, 'curator.setup', { name: 'Receiver', passphrase: 'receiver passphrase' });
      const plan = await call(other.dispatch, 'packs.apply', { base64: b64(bytes) });
      expect(plan.items[0].action).toBe('new');
      const row = other.studio.motifs.get(id)!;
      expect(row.record.status).toBe('draft');
      expect(row.record.review.approvedBy).toBeUndefined();
      await call(other.dispatch, 'curator.lock');
      // a cooperative does not find it in the library, and a design using it cannot be exported
      const found = await call(other.dispatch, 'library.search', { query: '', limit: 100 });
      expect(found.items.map((m: any) => m.id)).not.toContain(id);
      expect(mayExport(row.record).allowed).toBe(false);
    } finally {
      other.cleanup();
    }
  });

  it('a forged signature does not count: bytes altered, or a trusted fingerprint claimed with another key', async () => {
    const altered = packOf(claimPublished, (r) => {
      const [sa, sb] = twoApprovals(r);
      const flipped = sb.signature.startsWith('A') ? `B${sb.signature.slice(1)}` : `A${sb.signature.slice(1)}`;
      return [sa, { ...sb, signature: flipped }];
    });
    expect(await previewStatus(altered)).toBe('draft');
    const impostor = packOf(claimPublished, (r) => {
      const real = a.sign(r, 'approve', { label: 'open-commercial' });
      const fake = stranger.sign(r, 'approve', { label: 'open-commercial' });
      // the statement names Bo's trusted key, but Zed's key signed it
      return [real, { ...fake, statement: { ...fake.statement, key: b.curator.fingerprint, signer: 'Bo' } }];
    });
    expect(await previewStatus(impostor)).toBe('draft');
  });

  it('approvals by keys this studio does not trust do not count, and the plan names the untrusted signer', async () => {
    const bytes = packOf(claimPublished, (r) => [a.sign(r, 'approve', { label: 'open-commercial' }), stranger.sign(r, 'approve', { label: 'open-commercial' })]);
    const plan = await call(receiver.dispatch, 'packs.preview', { base64: b64(bytes) });
    expect(plan.items[0].changes.find((c: any) => c.field === 'status')?.to).toBe('draft');
    expect(plan.signers).toEqual(
      expect.arrayContaining([
        { fingerprint: stranger.curator.fingerprint, name: 'Zed', trustedHere: false },
        { fingerprint: a.curator.fingerprint, name: 'Ana', trustedHere: true },
      ]),
    );
  });

  it('a trust file inside a pack is data, never trust: the stranger stays untrusted', async () => {
    const bytes = withManifest(packOf(claimPublished, (r) => [a.sign(r, 'approve', { label: 'open-commercial' }), stranger.sign(r, 'approve', { label: 'open-commercial' })]), (m) => {
      m.trustFiles = [stranger.trustFile];
    });
    const plan = await call(receiver.dispatch, 'packs.preview', { base64: b64(bytes) });
    expect(plan.trustFiles).toEqual([{ studio: 'Nobody we know', steward: stranger.steward.fingerprint, trustedHere: false }]);
    expect(plan.items[0].changes.find((c: any) => c.field === 'status')?.to).toBe('draft');
    expect(receiver.studio.trust.trustList().isTrusted(stranger.curator.fingerprint)).toBe(false);
  });

  it('approvals signed over older content do not cover the content the pack brings', async () => {
    const bytes = packOf(
      (r) => {
        claimPublished(r);
      },
      (r) => {
        const old = twoApprovals(r);
        r.keywords = [...r.keywords, 'added after the approvals'];
        return old;
      },
    );
    expect(await previewStatus(bytes)).toBe('draft');
  });

  it('two approvals by one person (two keys of one studio) do not publish', async () => {
    // the curator's and the steward's keys come from one trust file: one person
    const bytes = packOf(claimPublished, (r) => [a.sign(r, 'approve', { label: 'open-commercial' }), a.sign(r, 'approve', { label: 'open-commercial' }, { by: 'steward' })]);
    expect(await previewStatus(bytes)).toBe('draft');
  });
});
