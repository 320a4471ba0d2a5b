import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportServiceFor } from '../../../../../electron/services/export';
import type { MotifRecord } from '../../../../../model/motif/schema';
import { call, makeStudio, type TestStudio } from '../../../../helpers/studio';
import { b64, handMadePack, localRecord, makePartner, trustPartner, type Partner } from './pack-fixtures';

const idOf = (slug: string) => JSON.parse(readFileSync(join(process.cwd(), 'motifs', slug, 'motif.json'), 'utf8')).id as string;
const WOTUO = idOf('wotuo-spiral'); // secret/sacred in the starter library
const HUNDRED_BIRDS = idOf('hundred-birds'); // community-only
const MEANDER = idOf('meander'); // open-commercial

/**
 * A pack never loosens what this studio holds: not a label, not a status, unless two people
 * this studio trusts signed the loosening. Restricting needs one trusted signature. Proven
 * end to end: the export preflight (ExportService) judges the motif after the import.
 */
describe('a pack against the records this studio holds', () => {
  let t: TestStudio;
  let a: Partner;
  let b: Partner;
  const designs: Record<string, string> = {};

  const errorsFor = (designId: string) =>
    exportServiceFor(t.studio)
      .preflight(designId)
      .errors.map((f) => f.code);

  async function designUsing(motifId: string): Promise<string> {
    const design = await call(t.dispatch, 'designs.create', { name: `uses ${motifId.slice(0, 8)}`, template: { kind: 'sticker', params: {} } });
    await call(t.dispatch, 'designs.save', {
      design: {
        ...design,
        elements: [{ id: 'm', kind: 'motif', name: 'm', page: 'front', transform: { x: 5, y: 5, width: 20, height: 20, rotation: 0 }, opacity: 1, locked: false, hidden: false, motifId, colourMap: {} }],
      },
    });
    return design.id;
  }

  const next = (id: string, change: (r: MotifRecord) => void = () => {}) => {
    const r = localRecord(t, id);
    r.version += 1;
    change(r);
    return r;
  };
  const apply = async (records: MotifRecord[]) => (await call(t.dispatch, 'packs.apply', { base64: b64(handMadePack(t, records)) })).items;

  beforeAll(async () => {
    t = await makeStudio();
    a = makePartner('Leishan centre', 'Ana');
    b = makePartner('Taijiang centre', 'Bo');
    trustPartner(t, a);
    trustPartner(t, b);
    await call(t.dispatch, 'curator.setup', { name: 'Receiver', passphrase: 'receiver passphrase' });
    for (const id of [WOTUO, HUNDRED_BIRDS, MEANDER]) designs[id] = await designUsing(id);
  }, 60_000);
  afterAll(() => t.cleanup());

  it('the fixtures are what this file assumes (else it proves nothing)', () => {
    expect(t.studio.motifs.get(WOTUO)!.record.usageLabel).toBe('secret-sacred');
    expect(t.studio.motifs.get(HUNDRED_BIRDS)!.record.usageLabel).toBe('community-only');
    expect(t.studio.motifs.get(MEANDER)!.record.status).toBe('published');
    expect(errorsFor(designs[WOTUO])).toContain('motif.not-exportable');
    expect(errorsFor(designs[HUNDRED_BIRDS])).toContain('motif.label-forbids');
    expect(errorsFor(designs[MEANDER])).not.toContain('motif.label-forbids');
  });

  it('an "update" of 窝妥 to open-commercial and published is refused, even signed by two trusted people; export still refuses it', async () => {
    const loosened = (sign: boolean) =>
      next(WOTUO, (r) => {
        r.usageLabel = 'open-commercial';
        r.status = 'published';
        r.review = { submittedBy: 'x', approvedBy: 'y' };
        r.signatures = sign ? [a.sign(r, 'approve', { label: 'open-commercial' }), b.sign(r, 'approve', { label: 'open-commercial' })] : [];
      });
    for (const signed of [false, true]) {
      const [item] = await apply([loosened(signed)]);
      expect(item.action, `signed: ${signed}`).toBe('refused');
      expect(item.reason.zh).toContain('秘密/神圣');
      const row = t.studio.motifs.get(WOTUO)!;
      expect(row.record.usageLabel).toBe('secret-sacred');
      expect(row.record.version).toBe(localRecord(t, WOTUO).version);
    }
    expect(errorsFor(designs[WOTUO])).toContain('motif.not-exportable');
    // and the cooperative library still hides it
    await call(t.dispatch, 'curator.lock');
    expect(await call(t.dispatch, 'library.forDesign', { ids: [WOTUO] })).toEqual({});
    await call(t.dispatch, 'curator.unlock', { name: 'Receiver', passphrase: 'receiver passphrase' });
  });

  it('a label loosened without signatures is refused (community-only to open-commercial); export still refuses commercial use', async () => {
    const [item] = await apply([
      next(HUNDRED_BIRDS, (r) => {
        r.usageLabel = 'open-commercial';
        r.keywords = [...r.keywords, 'for sale'];
      }),
    ]);
    expect(item.action).toBe('refused');
    expect(item.reason.en).toMatch(/loosen the usage label/);
    expect(item.changes).toEqual(expect.arrayContaining([{ field: 'label', from: 'community-only', to: 'open-commercial' }]));
    expect(t.studio.motifs.get(HUNDRED_BIRDS)!.record.usageLabel).toBe('community-only');
    expect(errorsFor(designs[HUNDRED_BIRDS])).toContain('motif.label-forbids');
  });

  it('the same content claiming a looser label changes nothing: the label comes from the release and signatures, not the claim', async () => {
    await apply([next(HUNDRED_BIRDS, (r) => (r.usageLabel = 'open-commercial'))]);
    expect(t.studio.motifs.get(HUNDRED_BIRDS)!.record.usageLabel).toBe('community-only');
    expect(errorsFor(designs[HUNDRED_BIRDS])).toContain('motif.label-forbids');
  });

  it('one trusted signature cannot loosen; two trusted people can (the dry run shows it, nothing is written)', async () => {
    const one = next(HUNDRED_BIRDS, (r) => {
      r.usageLabel = 'open-commercial';
      r.keywords = [...r.keywords, 'relabelled'];
      r.signatures = [a.sign(r, 'approve', { label: 'open-commercial' })];
    });
    const [refused] = await apply([one]);
    expect(refused.action).toBe('refused');
    expect(t.studio.motifs.get(HUNDRED_BIRDS)!.record.usageLabel).toBe('community-only');

    const two = next(HUNDRED_BIRDS, (r) => {
      r.usageLabel = 'open-commercial';
      r.keywords = [...r.keywords, 'relabelled'];
      r.signatures = [a.sign(r, 'approve', { label: 'open-commercial' }), b.sign(r, 'approve', { label: 'open-commercial' })];
    });
    const plan = await call(t.dispatch, 'packs.preview', { base64: b64(handMadePack(t, [two])) });
    expect(plan.items[0].action).toBe('update');
    expect(plan.items[0].changes).toEqual(expect.arrayContaining([{ field: 'label', from: 'community-only', to: 'open-commercial' }]));
    expect(t.studio.motifs.get(HUNDRED_BIRDS)!.record.usageLabel).toBe('community-only');
  });

  it('a withdrawal travels with one trusted signature; an unsigned "withdrawn" cannot unpublish anything', async () => {
    const unsigned = next(MEANDER, (r) => {
      r.status = 'withdrawn';
      r.withdrawnReason = 'someone said so';
    });
    const [kept] = await apply([unsigned]);
    // the claim is ignored: the status is computed here, so nothing about it changes
    expect(kept.changes).toEqual([]);
    expect(t.studio.motifs.get(MEANDER)!.record.status).toBe('published');
    expect(errorsFor(designs[MEANDER]).filter((c) => c.startsWith('motif.'))).toEqual([]);

    const signed = next(MEANDER, (r) => {
      r.status = 'withdrawn';
      r.withdrawnReason = 'the community asked to stop outside use';
      r.signatures = [a.sign(r, 'withdraw', { reason: 'the community asked to stop outside use' }, { at: '2026-11-30T08:00:00.000Z' })];
    });
    const [withdrawn] = await apply([signed]);
    expect(withdrawn.action).toBe('update');
    expect(withdrawn.changes).toEqual([{ field: 'status', from: 'published', to: 'withdrawn' }]);
    expect(t.studio.motifs.get(MEANDER)!.record.status).toBe('withdrawn');
    expect(errorsFor(designs[MEANDER])).toContain('motif.withdrawn');
  });

  it('a later pack without the withdrawal cannot bring the motif back: signatures of both copies count', async () => {
    const stale = next(MEANDER, (r) => {
      r.status = 'published';
      delete r.withdrawnReason;
      r.signatures = [a.sign(r, 'approve', { label: 'open-commercial' }, { at: '2026-11-29T08:00:00.000Z' }), b.sign(r, 'approve', { label: 'open-commercial' }, { at: '2026-11-29T09:00:00.000Z' })];
    });
    await apply([stale]);
    expect(t.studio.motifs.get(MEANDER)!.record.status).toBe('withdrawn');
    expect(errorsFor(designs[MEANDER])).toContain('motif.withdrawn');
  });

  it('an exported pack carries the trust file of whoever signed, as data: the receiver lists it and trusts nothing from it', async () => {
    const { bytes } = t.studio.packs.export([MEANDER], { name: 'Receiver', curator: true });
    const manifest = JSON.parse(new TextDecoder().decode(unzipSync(bytes)['manifest.json']));
    // Ana's withdrawal and both approvals of the stale copy are kept with the record; no one else signed
    expect(manifest.trustFiles.map((f: any) => f.body.studio).sort()).toEqual(['Leishan centre', 'Taijiang centre']);
    const elsewhere = await makeStudio({ starterLibrary: false });
    try {
      const plan = await call(elsewhere.dispatch, 'packs.preview', { base64: b64(bytes) });
      expect(plan.trustFiles).toEqual(
        expect.arrayContaining([
          { studio: 'Leishan centre', steward: a.steward.fingerprint, trustedHere: false },
          { studio: 'Taijiang centre', steward: b.steward.fingerprint, trustedHere: false },
        ]),
      );
      // no key is trusted there and no release covers it: it would arrive as a draft
      expect(plan.items[0].changes).toEqual(expect.arrayContaining([{ field: 'status', from: null, to: 'draft' }]));
      expect(plan.signers.every((s: any) => !s.trustedHere)).toBe(true);
      expect(elsewhere.studio.trust.trustList().isTrusted(a.curator.fingerprint)).toBe(false);
    } finally {
      elsewhere.cleanup();
    }
  });
});
