import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { mayRelease } from '../../../../../model/motif/gate';
import type { PackManifest } from '../../../../../model/motif/pack-manifest';
import { call, type TestStudio } from '../../../../helpers/studio';
import { b64, localRecord, sourceAndReceiver, withManifest, type Partner } from './pack-fixtures';

/**
 * A motif made secret/sacred after it was shared: packs carry the restriction (the id and the
 * signed statements, never the content), and a studio holding an earlier copy stops using it.
 * The hub's sync feed uses the same manifest field (tests/unit/hub/hub-sync.test.ts).
 */
const DRUM = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="#1f3a5f"/></svg>';

describe('secret/sacred restrictions travel in packs', () => {
  let source: TestStudio;
  let receiver: TestStudio;
  let id: string;
  let pack: Uint8Array;
  let a: Partner;
  let b: Partner;
  let stranger: Partner;

  beforeAll(async () => {
    ({ source, receiver, id, pack, a, b, stranger } = await sourceAndReceiver());
    // the receiver holds the motif, published open-commercial by two trusted people
    const published = withManifest(pack, (m) => {
      const r = m.motifs[0];
      r.signatures = [a.sign(r, 'approve', { label: 'open-commercial' }), b.sign(r, 'approve', { label: 'open-commercial' })];
    });
    await receiver.studio.packs.apply(published, 'test');
    expect(receiver.studio.motifs.get(id)!.record).toMatchObject({ status: 'published', usageLabel: 'open-commercial' });
  }, 60_000);
  afterAll(() => {
    source.cleanup();
    receiver.cleanup();
  });

  /** a pack carrying no record, only restrictions for the record the receiver holds */
  const restrictionPack = (signatures: (r: ReturnType<typeof localRecord>) => NonNullable<PackManifest['restrictions']>[number]['signatures']) =>
    withManifest(pack, (m, files) => {
      for (const f of m.files) delete files[f.path];
      m.motifs = [];
      m.files = [];
      m.restrictions = [{ recordId: id, signatures: signatures(localRecord(receiver, id)) }];
    });
  const preview = async (bytes: Uint8Array) => (await call(receiver.dispatch, 'packs.preview', { base64: b64(bytes) })).items;

  it('an untrusted key restricts nothing', async () => {
    expect(await preview(restrictionPack((r) => [stranger.sign(r, 'label', { label: 'secret-sacred' })]))).toEqual([]);
    expect(receiver.studio.motifs.get(id)!.record.usageLabel).toBe('open-commercial');
  });

  it('one trusted signature makes the held copy secret/sacred: the dry run says so, the import applies it, and it can no longer be used', async () => {
    const bytes = restrictionPack((r) => [a.sign(r, 'label', { label: 'secret-sacred', reason: 'the elders asked' }, { at: '2026-11-22T10:00:00.000Z' })]);
    const items = await preview(bytes);
    expect(items.map((i: any) => [i.id, i.action, i.changes])).toEqual([[id, 'update', [{ field: 'label', from: 'open-commercial', to: 'secret-sacred' }]]]);
    const held = receiver.studio.motifs.get(id)!;
    await receiver.studio.packs.apply(bytes, 'test');
    const after = receiver.studio.motifs.get(id)!;
    const record = after.record;
    expect(record.usageLabel).toBe('secret-sacred');
    // the copy's content and where it came from stay as they were; only signatures joined
    expect([after.upstreamVersion, record.version, record.names]).toEqual([held.upstreamVersion, held.record.version, held.record.names]);
    for (const destination of ['pdf', 'proof', 'shop-pictures', 'composer-placement'] as const) {
      expect([destination, mayRelease(record, destination, { caller: 'cooperative', confirmed: true, commercial: false, productKind: 'packaging' }).allowed]).toEqual([destination, false]);
    }
    expect(receiver.studio.motifs.audit(id)[0]).toMatchObject({ action: 'pack-restriction' });
  });

  it('two trusted people loosening it by a restriction does nothing: loosening travels only with the record', async () => {
    const bytes = restrictionPack((r) => [
      a.sign(r, 'label', { label: 'open-commercial' }, { at: '2026-11-23T10:00:00.000Z' }),
      b.sign(r, 'label', { label: 'open-commercial' }, { at: '2026-11-23T11:00:00.000Z' }),
    ]);
    expect(await preview(bytes)).toEqual([]);
    await receiver.studio.packs.apply(bytes, 'test');
    expect(receiver.studio.motifs.get(id)!.record.usageLabel).toBe('secret-sacred');
  });

  it('the receiver passes the restriction on in every pack it sends, without the record', async () => {
    const drum = (await receiver.studio.imports.importOne('drum.svg', Buffer.from(DRUM), 'test')).id!;
    const { bytes } = receiver.studio.packs.export([drum], { name: 'receiver centre', curator: true });
    const manifest = JSON.parse(new TextDecoder().decode(unzipSync(bytes)['manifest.json'])) as PackManifest;
    expect(manifest.motifs.map((m) => m.id)).toEqual([drum]);
    expect(manifest.files.some((f) => f.path.includes(id))).toBe(false);
    expect(manifest.restrictions?.map((r) => [r.recordId, r.signatures.map((s) => s.statement.target.label)])).toEqual([[id, ['secret-sacred']]]);
  });

  it('a pack that carries a record and also restricts it is refused whole', async () => {
    const contradictory = withManifest(pack, (m) => {
      m.restrictions = [{ recordId: id, signatures: [a.sign(m.motifs[0], 'label', { label: 'secret-sacred' })] }];
    });
    const result = await receiver.dispatch('packs.preview', { base64: b64(contradictory) });
    expect(result).toMatchObject({ ok: false, error: { code: 'pack.refused' } });
  });
});
