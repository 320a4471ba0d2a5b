import { unzipSync } from 'fflate';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../../electron/cli/run';
import { listZip } from '../../../../../electron/services/packs/zip-reader';
import { mayExport } from '../../../../../model/motif/labels';
import { sanitizeSvg } from '../../../../../model/svg/sanitize';
import { call, makeStudio, type TestStudio } from '../../../../helpers/studio';
import { rawZip } from '../../../../helpers/raw-zip';
import { makeTempDir } from '../../../../helpers/temp-dir';
import { b64, fromB64, handMadePack, localRecord, makePartner, trustPartner, withManifest } from './pack-fixtures';

const idOf = (slug: string) => JSON.parse(fs.readFileSync(path.join(process.cwd(), 'motifs', slug, 'motif.json'), 'utf8')).id as string;
const WOTUO = idOf('wotuo-spiral');
const HUNDRED_BIRDS = idOf('hundred-birds');
const MEANDER = idOf('meander');
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="#224488"/></svg>';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s), lang: 'en' as const }, out, err };
}

const motifCount = (t: TestStudio) => (t.studio.db.prepare('SELECT count(*) AS n FROM motifs').get() as { n: number }).n;
const recordsOf = (t: TestStudio) => t.studio.db.prepare('SELECT id, version, status, usage_label FROM motifs ORDER BY id').all();

describe('what a pack may carry, and who may make one', () => {
  let t: TestStudio;
  let draftId: string;
  const temp = makeTempDir('jinxiu-pack-bounds-');

  beforeAll(async () => {
    t = await makeStudio({ now: () => new Date('2026-12-01T10:00:00Z') });
    draftId = (await t.studio.imports.importOne('circle.svg', Buffer.from(SVG), 'test')).id!;
  }, 60_000);
  afterAll(() => {
    t.cleanup();
    temp.cleanup();
  });

  describe('secret/sacred never leaves', () => {
    it('is refused by name, for a curator too, and nothing is written', async () => {
      for (const curator of [false, true]) {
        expect(() => t.studio.packs.export([MEANDER, WOTUO], { name: 'x', curator })).toThrow(expect.objectContaining({ code: 'pack.secret-sacred' }));
      }
    });

    it('is in no default pack: neither its record nor its artwork is written', async () => {
      for (const curator of [false, true]) {
        const { bytes } = t.studio.packs.export(undefined, { name: 'x', curator });
        const files = unzipSync(bytes);
        expect(Object.keys(files).some((n) => n.includes(WOTUO))).toBe(false);
        expect(new TextDecoder().decode(files['manifest.json'])).not.toContain(WOTUO);
        const secretSvg = t.studio.store.read(t.studio.motifs.files(WOTUO).find((f) => f.role === 'vector')!.sha256);
        expect(Object.values(files).some((f) => Buffer.from(f).equals(secretSvg))).toBe(false);
      }
    });
  });

  describe('secret/sacred never enters', () => {
    it('refuses a pack carrying a secret/sacred record, with a translated reason, changing nothing', async () => {
      const other = await makeStudio({ starterLibrary: false });
      try {
        await call(other.dispatch, 'curator.setup', { name: 'R', passphrase: 'receiver passphrase' });
        const record = localRecord(t, WOTUO);
        const pack = handMadePack(t, [localRecord(t, MEANDER), record]);
        for (const name of ['packs.preview', 'packs.apply']) {
          const result = await other.dispatch(name, { base64: b64(pack) });
          expect(result.ok).toBe(false);
          if (!result.ok) {
            expect(result.error.code).toBe('pack.secret-sacred');
            expect(result.error.message.zh).toContain(record.names.zh);
            expect(result.error.message.en).toMatch(/never passed on in packs/);
          }
        }
        expect(motifCount(other)).toBe(0);
      } finally {
        other.cleanup();
      }
    });
  });

  describe('duplicate entry names', () => {
    let entries: { name: string; data: Uint8Array }[];
    beforeAll(() => {
      const pack = t.studio.packs.export([MEANDER], { name: 'x', curator: false }).bytes;
      entries = Object.entries(unzipSync(pack)).map(([name, data]) => ({ name, data }));
    });

    it('the same entries written by hand make a pack that verifies (control)', async () => {
      const plan = await call(t.dispatch, 'packs.preview', { base64: b64(rawZip(entries)) });
      expect(plan.items.map((i: any) => i.id)).toEqual([MEANDER]);
    });

    it('refuses two manifest.json entries, whichever comes first, and changes nothing', async () => {
      const manifest = entries.find((e) => e.name === 'manifest.json')!;
      const edited = JSON.parse(new TextDecoder().decode(manifest.data));
      edited.motifs[0].usageLabel = 'open-commercial';
      edited.motifs[0].status = 'published';
      edited.motifs[0].version += 7;
      const second = { name: 'manifest.json', data: new TextEncoder().encode(JSON.stringify(edited)) };
      const before = recordsOf(t);
      await call(t.dispatch, 'curator.setup', { name: 'Keeper', passphrase: 'keeper passphrase' });
      for (const list of [
        [...entries, second],
        [second, ...entries],
      ]) {
        for (const name of ['packs.preview', 'packs.apply']) {
          const result = await t.dispatch(name, { base64: b64(rawZip(list)) });
          expect(result.ok).toBe(false);
          if (!result.ok) {
            expect(result.error.code).toBe('pack.corrupt');
            expect(result.error.message.en).toMatch(/appears twice/);
            expect(result.error.message.zh).toContain('纹样包文件已损坏');
          }
        }
      }
      // case-only twins unpack onto one file on Windows: refused too
      const twin = await t.dispatch('packs.preview', { base64: b64(rawZip([...entries, { name: 'MANIFEST.json', data: second.data }])) });
      expect(twin.ok).toBe(false);
      // a local header naming another file than the directory is a second view: refused
      const hidden = entries.map((e) => (e.name === 'manifest.json' ? { ...e, localName: 'manifest.jso_' } : e));
      const mismatch = await t.dispatch('packs.preview', { base64: b64(rawZip(hidden)) });
      expect(mismatch.ok).toBe(false);
      if (!mismatch.ok) expect(mismatch.error.message.en).toMatch(/names another file/);
      expect(recordsOf(t)).toEqual(before);
      await call(t.dispatch, 'curator.lock');
    });
  });

  describe('only what the exporter may share', () => {
    it('a non-curator cannot export a draft (API and CLI); a curator can, and it stays a draft', async () => {
      const locked = await t.dispatch('packs.export', { ids: [draftId] });
      expect(locked.ok).toBe(false);
      if (!locked.ok) {
        expect(locked.error.code).toBe('pack.not-shareable');
        expect(locked.error.message.en).toMatch(/Only a curator/);
      }
      const c = capture();
      const out = path.join(temp.dir, 'draft.jxpack');
      expect(await runCli(['pack', 'export', '--out', out, '--ids', draftId, '--data', t.dataDir], c.io)).not.toBe(0);
      expect(fs.existsSync(out)).toBe(false);

      await call(t.dispatch, 'curator.unlock', { name: 'Keeper', passphrase: 'keeper passphrase' });
      const pack = await call(t.dispatch, 'packs.export', { ids: [draftId] });
      await call(t.dispatch, 'curator.lock');
      const manifest = JSON.parse(new TextDecoder().decode(unzipSync(fromB64(pack.base64))['manifest.json']));
      expect(manifest.motifs[0].status).toBe('draft');
    });

    it('a non-curator cannot export a community-only motif by name', async () => {
      const result = await t.dispatch('packs.export', { ids: [HUNDRED_BIRDS] });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('pack.not-shareable');
    });

    it('the default pack is every published motif a pack may take: no community-only, no secret/sacred, no draft', async () => {
      const all = await call(t.dispatch, 'packs.export', {});
      const ids = listZip(fromB64(all.base64))
        .map((e) => /^motifs\/([^/]+)\//.exec(e.name)?.[1])
        .filter(Boolean);
      const expected = t.studio.motifs
        .search({ query: '', limit: 100_000, offset: 0 })
        .rows.filter((r) => mayExport(r.record).allowed && r.record.usageLabel !== 'community-only')
        .map((r) => r.id)
        .sort();
      expect([...new Set(ids)].sort()).toEqual(expected);
      expect(expected.length).toBeGreaterThan(30);
      expect(ids).not.toContain(HUNDRED_BIRDS);
      expect(ids).not.toContain(draftId);
      // a curator's default pack holds the same: "all published" never sweeps up community-only motifs
      await call(t.dispatch, 'curator.unlock', { name: 'Keeper', passphrase: 'keeper passphrase' });
      const curatorAll = await call(t.dispatch, 'packs.export', {});
      await call(t.dispatch, 'curator.lock');
      expect(curatorAll.count).toBe(all.count);
    });
  });

  describe('the dry run lists every change of label, status and artwork', () => {
    it('per record, through the API and the CLI, and writes nothing', async () => {
      const a = makePartner('Leishan centre', 'Ana');
      trustPartner(t, a);
      // meander: new artwork and a stricter label, submitted for review by a trusted curator
      const changed = localRecord(t, MEANDER);
      changed.version += 1;
      changed.usageLabel = 'non-commercial';
      changed.creditLine = { zh: '图案：苗族社区', en: 'Motif: Miao community' };
      // sanitized already, as the receiving studio will store it, so the signature covers what is stored
      const newSvg = new TextEncoder().encode(sanitizeSvg(SVG.replace('#224488', '#884422')).svg);
      let pack = handMadePack(t, [changed]);
      pack = withManifest(pack, (m, files) => {
        const r = m.motifs[0];
        const vector = r.artwork.vector!;
        const entry = `motifs/${r.id}/${vector}`;
        files[entry] = newSvg;
        const sha = crypto.createHash('sha256').update(newSvg).digest('hex');
        r.artwork.sha256[vector] = sha;
        m.files = m.files.map((f) => (f.path === entry ? { path: entry, sha256: sha, size: newSvg.length } : f));
        r.signatures = [...(r.signatures ?? []), a.sign(r, 'submit', {}, { at: '2026-11-30T08:00:00.000Z' })];
      });
      const before = recordsOf(t);
      const plan = await call(t.dispatch, 'packs.preview', { base64: b64(pack) });
      const item = plan.items[0];
      expect(item.action).toBe('update');
      expect(item.changes.map((c: any) => c.field).sort()).toEqual(['artwork', 'label', 'status']);
      expect(item.changes).toEqual(
        expect.arrayContaining([
          { field: 'label', from: 'open-commercial', to: 'non-commercial' },
          { field: 'status', from: 'published', to: 'in-review' },
        ]),
      );
      const art = item.changes.find((c: any) => c.field === 'artwork');
      expect(art.from).not.toBe(art.to);

      const file = path.join(temp.dir, 'changes.jxpack');
      fs.writeFileSync(file, pack);
      const text = capture();
      expect(await runCli(['pack', 'import', file, '--dry-run', '--data', t.dataDir], text.io)).toBe(0);
      const printed = text.out.join('\n');
      expect(printed).toMatch(/label: open-commercial -> non-commercial/);
      expect(printed).toMatch(/status: published -> in-review/);
      expect(printed).toMatch(/artwork: .+ -> .+/);
      expect(printed).toMatch(/dry run, nothing written/);
      const json = capture();
      expect(await runCli(['pack', 'import', file, '--dry-run', '--json', '--data', t.dataDir], json.io)).toBe(0);
      expect(JSON.parse(json.out.join('')).items[0].changes).toEqual(item.changes);
      expect(recordsOf(t)).toEqual(before);
    });
  });
});
