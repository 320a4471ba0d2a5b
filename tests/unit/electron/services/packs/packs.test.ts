import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, makeStudio, type TestStudio } from '../../../../helpers/studio';
import { listZip } from '../../../../../electron/services/packs/zip-reader';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const fromB64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

function motifCount(t: TestStudio): number {
  return (t.studio.db.prepare('SELECT count(*) AS n FROM motifs').get() as { n: number }).n;
}

/** Rebuilds a pack with some entries replaced or added (tests craft hostile packs this way). */
function rezip(pack: Uint8Array, change: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(pack);
  change(files);
  return zipSync(files);
}

describe('motif packs', () => {
  let source: TestStudio;
  let target: TestStudio;
  let pack: Uint8Array;
  let ids: string[];

  beforeAll(async () => {
    source = await makeStudio();
    target = await makeStudio({ starterLibrary: false });
    await call(target.dispatch, 'curator.setup', { name: 'Receiver', passphrase: 'receiver passphrase' });
    const some = await call(source.dispatch, 'library.search', { query: '', craft: 'batik', limit: 5 });
    ids = some.items.map((m: any) => m.id);
    const exported = await call(source.dispatch, 'packs.export', { ids });
    pack = fromB64(exported.base64);
  });
  afterAll(() => {
    source.cleanup();
    target.cleanup();
  });

  it('exports a zip with manifest.json and each motif artwork', () => {
    const names = listZip(pack).map((e) => e.name);
    expect(names).toContain('manifest.json');
    expect(names.filter((n) => n.startsWith('motifs/')).length).toBeGreaterThanOrEqual(ids.length);
  });

  it('refuses a pack with a traversal name and changes nothing', async () => {
    for (const name of ['../evil.svg', '/etc/evil', 'motifs/../../x', 'C:\\windows\\x', 'motifs/00000000-0000-0000-0000-000000000000/../x']) {
      const hostile = rezip(pack, (f) => (f[name] = new TextEncoder().encode('x')));
      const result = await target.dispatch('packs.preview', { base64: b64(hostile) });
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('pack.refused');
    }
    expect(motifCount(target)).toBe(0);
  });

  it('refuses a tampered file (checksum) and a truncated pack, changing nothing', async () => {
    const tampered = rezip(pack, (f) => {
      const name = Object.keys(f).find((n) => n.endsWith('.svg'))!;
      f[name] = new TextEncoder().encode(new TextDecoder().decode(f[name]).replace('fill="', 'fill="#000000" data-x="'));
    });
    const a = await target.dispatch('packs.apply', { base64: b64(tampered) });
    expect(a.ok).toBe(false);
    if (!a.ok) expect(a.error.message.en).toMatch(/checksum/);
    const truncated = pack.subarray(0, Math.floor(pack.length * 0.6));
    const b = await target.dispatch('packs.apply', { base64: b64(truncated) });
    expect(b.ok).toBe(false);
    if (!b.ok) expect(b.error.code).toBe('pack.corrupt');
    expect(motifCount(target)).toBe(0);
  });

  it('refuses oversize entries (zip bomb) before inflating them', async () => {
    const bomb = rezip(pack, (f) => (f[`motifs/${ids[0]}/huge.svg`] = new Uint8Array(100 * 1024 * 1024)));
    const result = await target.dispatch('packs.preview', { base64: b64(bomb) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message.en).toMatch(/too large|zip bomb/);
  });

  it('previews, then imports in one transaction', async () => {
    const plan = await call(target.dispatch, 'packs.preview', { base64: b64(pack) });
    expect(plan.items.map((i: any) => i.action)).toEqual(ids.map(() => 'new'));
    const applied = await call(target.dispatch, 'packs.apply', { base64: b64(pack) });
    expect(applied.items.every((i: any) => i.action === 'new')).toBe(true);
    expect(motifCount(target)).toBe(ids.length);
    const detail = await call(target.dispatch, 'library.get', { id: ids[0] });
    expect(detail.audit[0].action).toBe('pack-import');
    expect(detail.files.some((f: any) => f.role === 'thumbnail')).toBe(true);
    const again = await call(target.dispatch, 'packs.preview', { base64: b64(pack) });
    expect(again.items.every((i: any) => i.action === 'unchanged')).toBe(true);
  });

  it('never silently overwrites a record edited locally: it is a conflict', async () => {
    // the receiving centre edits motif 0 (a pack's records arrive unpublished here: no trusted approvals, so a draft to edit)
    const id = ids[0];
    const local = target.studio.motifs.get(id)!.record;
    expect(local.status).toBe('draft');
    await call(target.dispatch, 'library.update', { id, expectedVersion: local.version, changes: { keywords: [...local.keywords, 'local'] } });
    // the source centre publishes a newer version of the same motif
    const srcRow = source.studio.motifs.get(id)!;
    source.studio.motifs.update({ ...srcRow.record, version: srcRow.record.version + 5, keywords: [...srcRow.record.keywords, 'newer'] });
    // its new content carries no approvals yet, so only a curator may pack it (it travels as a draft)
    const newer = source.studio.packs.export([id, ids[1]], { name: 'source', curator: true }).bytes;
    const plan = await call(target.dispatch, 'packs.apply', { base64: b64(newer) });
    const item = plan.items.find((i: any) => i.id === id);
    expect(item.action).toBe('conflict');
    expect(item.reason.zh).toContain('本地修改');
    expect(target.studio.motifs.get(id)!.record.keywords).toContain('local');
  });
});

describe('secret/sacred motifs stay home', () => {
  it('are left out of "all published" and refused when named', async () => {
    const t = await makeStudio();
    try {
      const secret = t.studio.db.prepare("SELECT id FROM motifs WHERE usage_label = 'secret-sacred' LIMIT 1").get() as { id: string } | undefined;
      expect(secret).toBeDefined();
      const all = await call(t.dispatch, 'packs.export', {});
      const names = listZip(fromB64(all.base64)).map((e) => e.name);
      expect(names.some((n) => n.includes(secret!.id))).toBe(false);
      const named = await t.dispatch('packs.export', { ids: [secret!.id] });
      expect(named.ok).toBe(false);
      if (!named.ok) expect(named.error.code).toBe('pack.secret-sacred');
    } finally {
      t.cleanup();
    }
  });
});
