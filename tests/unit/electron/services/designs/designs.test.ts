import { readFileSync } from 'node:fs';
import { ALL_SAMPLES, sampleFile } from '../../../../helpers/shipped-samples';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, makeStudio, type TestStudio } from '../../../../helpers/studio';
import { noisyJpeg } from '../../../../helpers/images';

const FIXTURES = join(process.cwd(), 'tests', 'fixtures', 'designs');
/** a starter motif that needs a credit line (butterfly-mother) and one more */
const BUTTERFLY = JSON.parse(readFileSync(join(process.cwd(), 'motifs', 'butterfly-mother', 'motif.json'), 'utf8')).id as string;
const MEANDER = JSON.parse(readFileSync(join(process.cwd(), 'motifs', 'meander', 'motif.json'), 'utf8')).id as string;

function motifElement(id: string, motifId: string) {
  return {
    id,
    kind: 'motif',
    name: 'motif',
    page: 'front',
    transform: { x: 10, y: 10, width: 30, height: 30, rotation: 0 },
    opacity: 1,
    locked: false,
    hidden: false,
    motifId,
    colourMap: {},
  };
}

async function fails(t: TestStudio, name: string, input: unknown): Promise<{ code: string; message: { zh: string; en: string } }> {
  const r = await t.dispatch(name, input);
  expect(r.ok, `${name} should fail`).toBe(false);
  if (r.ok) throw new Error('unreachable');
  return r.error;
}

/** writes a document the way an older Jinxiu would have stored it */
function insertRaw(t: TestStudio, id: string, document: string) {
  t.studio.db
    .prepare("INSERT INTO designs (id, name, template_kind, document, created_at, updated_at) VALUES (?, 'old', 'tuck-end', ?, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')")
    .run(id, document);
}

describe('designs through the API', () => {
  let t: TestStudio;
  let clock = Date.parse('2026-03-01T08:00:00.000Z');
  beforeAll(async () => {
    t = await makeStudio({ now: () => new Date(clock) });
  });
  afterAll(() => t.cleanup());
  const tick = (ms = 1000) => (clock += ms);

  it('creates from a template with its pages and the default brand kit, and lists it', async () => {
    const d = await call(t.dispatch, 'designs.create', { name: '雷山银球茶', template: { kind: 'story-card', params: {} } });
    expect(d.schemaVersion).toBe(4);
    expect(d.pages.map((p: any) => p.name)).toEqual(['front', 'back']);
    const kits = await call(t.dispatch, 'brand.list');
    expect(d.brandKitId).toBe(kits[0].id);
    const list = await call(t.dispatch, 'designs.list');
    expect(list.find((s: any) => s.id === d.id)).toMatchObject({ name: '雷山银球茶', templateKind: 'story-card', elementCount: 0 });
  });

  it('refuses bad template params with the template message, and stores nothing', async () => {
    const before = (await call(t.dispatch, 'designs.list')).length;
    const error = await fails(t, 'designs.create', { name: 'x', template: { kind: 'tuck-end', params: { heightMm: -5 } } });
    expect(error.code).toBe('template.params.invalid');
    expect(error.message.zh).toMatch(/[\u4e00-\u9fff]/);
    const unknown = await fails(t, 'designs.create', { name: 'x', template: { kind: 'no-such-box', params: {} } });
    expect(unknown.code).toBe('template.unknown-kind');
    expect((await call(t.dispatch, 'designs.list')).length).toBe(before);
  });

  it('saves and reads back the same document, with a newer updatedAt', async () => {
    const d = await call(t.dispatch, 'designs.create', { name: 'round trip', template: { kind: 'tuck-end', params: {} } });
    tick();
    const edited = { ...d, elements: [motifElement('m1', BUTTERFLY)] };
    const saved = await call(t.dispatch, 'designs.save', { design: edited, reason: 'explicit' });
    expect(Date.parse(saved.updatedAt)).toBe(clock);
    const { design, repairs } = await call(t.dispatch, 'designs.get', { id: d.id });
    expect(repairs).toEqual([]);
    expect(design).toEqual({ ...edited, updatedAt: saved.updatedAt });
  });

  it('autosave of an unchanged document writes nothing', async () => {
    const d = await call(t.dispatch, 'designs.create', { name: 'idle', template: { kind: 'sticker', params: {} } });
    const totalChanges = () => (t.studio.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
    const before = totalChanges();
    tick();
    // the renderer may send a stale updatedAt: that alone is no change
    const again = await call(t.dispatch, 'designs.save', { design: { ...d, updatedAt: '2000-01-01T00:00:00.000Z' } });
    expect(again.updatedAt).toBe(d.updatedAt);
    expect(totalChanges()).toBe(before);
    tick();
    const renamed = await call(t.dispatch, 'designs.save', { design: { ...d, name: 'idle 2' } });
    expect(renamed.updatedAt > d.updatedAt).toBe(true);
    expect(totalChanges()).toBeGreaterThan(before);
  });

  it('refuses an invalid document without touching the stored one', async () => {
    const d = await call(t.dispatch, 'designs.create', { name: 'guarded', template: { kind: 'sticker', params: {} } });
    const bad = await fails(t, 'designs.save', { design: { ...d, pages: [] } });
    expect(bad.code).toBe('api.invalid-input');
    const stillThere = await call(t.dispatch, 'designs.get', { id: d.id });
    expect(stillThere.design.pages.length).toBe(1);
    const missing = await fails(t, 'designs.save', { design: { ...d, id: 'never-created' } });
    expect(missing.code).toBe('design.not-found');
  });

  it('keeps where-used in step with every save (library detail and usingMotif)', async () => {
    const d = await call(t.dispatch, 'designs.create', { name: 'where used', template: { kind: 'tuck-end', params: {} } });
    tick();
    await call(t.dispatch, 'designs.save', { design: { ...d, elements: [motifElement('a', BUTTERFLY), motifElement('b', MEANDER), motifElement('c', BUTTERFLY)] } });
    const users = await call(t.dispatch, 'designs.usingMotif', { motifId: MEANDER });
    expect(users.map((u: any) => u.id)).toContain(d.id);
    const detail = await call(t.dispatch, 'library.get', { id: MEANDER });
    expect(detail.whereUsed.map((w: any) => w.designId)).toContain(d.id);
    tick();
    await call(t.dispatch, 'designs.save', { design: { ...d, elements: [motifElement('a', BUTTERFLY)] } });
    expect((await call(t.dispatch, 'designs.usingMotif', { motifId: MEANDER })).map((u: any) => u.id)).not.toContain(d.id);
    expect((await call(t.dispatch, 'designs.usingMotif', { motifId: BUTTERFLY })).map((u: any) => u.id)).toContain(d.id);
  });

  it('records placed photos in design_assets', async () => {
    const photo = await noisyJpeg(64, 48, 3);
    const up = await call(t.dispatch, 'assets.upload', { name: 'tea.jpg', base64: photo.toString('base64'), purpose: 'photo' });
    const d = await call(t.dispatch, 'designs.create', { name: 'with photo', template: { kind: 'sticker', params: {} } });
    const image = {
      id: 'img', kind: 'image', name: 'photo', page: 'front', transform: { x: 0, y: 0, width: 20, height: 15, rotation: 0 },
      opacity: 1, locked: false, hidden: false, assetId: up.assetId, pixelWidth: up.pixelWidth, pixelHeight: up.pixelHeight,
    };
    tick();
    await call(t.dispatch, 'designs.save', { design: { ...d, elements: [image] } });
    const rows = t.studio.db.prepare('SELECT sha256 FROM design_assets WHERE design_id = ?').all(d.id);
    expect(rows).toEqual([{ sha256: up.assetId }]);
  });

  it('renames and duplicates', async () => {
    const d = await call(t.dispatch, 'designs.create', { name: 'first name', template: { kind: 'sticker', params: {} } });
    tick();
    const renamed = await call(t.dispatch, 'designs.rename', { id: d.id, name: '新名字' });
    expect(renamed.name).toBe('新名字');
    expect((await call(t.dispatch, 'designs.get', { id: d.id })).design.name).toBe('新名字');
    const copy = await call(t.dispatch, 'designs.duplicate', { id: d.id });
    expect(copy.id).not.toBe(d.id);
    expect(copy.name).toContain('新名字');
    expect((await call(t.dispatch, 'designs.get', { id: copy.id })).design.template).toEqual(d.template);
  });

  it('snapshots and restores, keeping the state before the restore as a snapshot too', async () => {
    const d = await call(t.dispatch, 'designs.create', { name: 'versions', template: { kind: 'tuck-end', params: {} } });
    tick();
    await call(t.dispatch, 'designs.save', { design: { ...d, elements: [motifElement('a', BUTTERFLY)] } });
    const snap = await call(t.dispatch, 'designs.snapshot', { id: d.id, name: '给合作社看的版本' });
    tick();
    await call(t.dispatch, 'designs.save', { design: { ...d, name: 'versions (changed)', elements: [motifElement('a', MEANDER), motifElement('b', MEANDER)] } });
    tick();
    const restored = await call(t.dispatch, 'designs.restoreSnapshot', { id: d.id, snapshotId: snap.id });
    expect(restored.elements.map((e: any) => e.motifId)).toEqual([BUTTERFLY]);
    expect(restored.name).toBe('versions');
    expect((await call(t.dispatch, 'designs.get', { id: d.id })).design).toEqual(restored);
    // where-used follows the restore
    expect((await call(t.dispatch, 'designs.usingMotif', { motifId: MEANDER })).map((u: any) => u.id)).not.toContain(d.id);
    const snaps = await call(t.dispatch, 'designs.snapshots', { id: d.id });
    expect(snaps.length).toBe(2);
    const before = snaps.find((s: any) => s.id !== snap.id);
    const undo = await call(t.dispatch, 'designs.restoreSnapshot', { id: d.id, snapshotId: before.id });
    expect(undo.elements.length).toBe(2);
    const wrong = await fails(t, 'designs.restoreSnapshot', { id: d.id, snapshotId: 999999 });
    expect(wrong.code).toBe('design.snapshot-not-found');
  });

  it('deletes softly: gone from the list and from where-used, kept in the database, no more edits', async () => {
    const d = await call(t.dispatch, 'designs.create', { name: 'to the bin', template: { kind: 'tuck-end', params: {} } });
    tick();
    await call(t.dispatch, 'designs.save', { design: { ...d, elements: [motifElement('a', MEANDER)] } });
    expect(await call(t.dispatch, 'designs.delete', { id: d.id })).toEqual({ deleted: true });
    expect(await call(t.dispatch, 'designs.delete', { id: d.id })).toEqual({ deleted: false });
    expect((await call(t.dispatch, 'designs.list')).map((s: any) => s.id)).not.toContain(d.id);
    expect((await call(t.dispatch, 'designs.usingMotif', { motifId: MEANDER })).map((u: any) => u.id)).not.toContain(d.id);
    const row = t.studio.db.prepare('SELECT deleted_at AS deletedAt, document FROM designs WHERE id = ?').get(d.id) as { deletedAt: string; document: string };
    expect(row.deletedAt).toBe(new Date(clock).toISOString());
    expect(JSON.parse(row.document).elements.length).toBe(1);
    const edit = await fails(t, 'designs.save', { design: d });
    expect(edit.code).toBe('design.deleted');
    expect((await fails(t, 'designs.delete', { id: 'nope' })).code).toBe('design.not-found');
  });

  it('lists deleted designs in the bin and restores one exactly as it was', async () => {
    const d = await call(t.dispatch, 'designs.create', { name: 'back from the bin', template: { kind: 'label-rect', params: {} } });
    tick();
    await call(t.dispatch, 'designs.save', { design: { ...d, elements: [motifElement('m', MEANDER)] } });
    await call(t.dispatch, 'designs.delete', { id: d.id });
    const bin = await call(t.dispatch, 'designs.bin');
    expect(bin.map((b: any) => b.id)).toContain(d.id);
    expect(bin.find((b: any) => b.id === d.id).deletedAt).toMatch(/^\d{4}-/);
    const restored = await call(t.dispatch, 'designs.restore', { id: d.id });
    expect(restored).toMatchObject({ id: d.id, name: 'back from the bin', elementCount: 1 });
    expect((await call(t.dispatch, 'designs.bin')).map((b: any) => b.id)).not.toContain(d.id);
    expect((await call(t.dispatch, 'designs.usingMotif', { motifId: MEANDER })).map((u: any) => u.id)).toContain(d.id);
    expect((await call(t.dispatch, 'designs.get', { id: d.id })).design.elements).toHaveLength(1);
    expect((await fails(t, 'designs.restore', { id: 'nope' })).code).toBe('design.not-found');
  });

  it('opens designs stored by older versions (migrated, repairs listed) and refuses newer ones', async () => {
    for (const v of ['v1', 'v2']) {
      const text = readFileSync(join(FIXTURES, `design-${v}.json`), 'utf8');
      const id = JSON.parse(text).id as string;
      insertRaw(t, id, text);
      const { design } = await call(t.dispatch, 'designs.get', { id });
      expect(design.schemaVersion).toBe(4);
      expect(design.id).toBe(id);
      // saving writes it in the current format
      tick();
      await call(t.dispatch, 'designs.save', { design: { ...design, name: `${design.name}!` } });
      const stored = JSON.parse((t.studio.db.prepare('SELECT document FROM designs WHERE id = ?').get(id) as { document: string }).document);
      expect(stored.schemaVersion).toBe(4);
    }
    const damaged = readFileSync(join(FIXTURES, 'design-v3-damaged.json'), 'utf8');
    insertRaw(t, 'd-damaged', damaged);
    const opened = await call(t.dispatch, 'designs.get', { id: 'd-damaged' });
    expect(opened.repairs.length).toBeGreaterThan(0);
    expect(opened.repairs[0].message.zh).toMatch(/[\u4e00-\u9fff]/);
    insertRaw(t, 'd-future', readFileSync(join(FIXTURES, 'design-v99-future.json'), 'utf8'));
    expect((await fails(t, 'designs.get', { id: 'd-future' })).code).toBe('design-too-new');
  });

  it('every shipped sample opens cleanly and is copied with a new id and an existing brand kit', async () => {
    const samples = await call(t.dispatch, 'designs.samples');
    // the top-level samples, then the gallery (`gallery/<name>`), every one enumerated from disk
    expect(samples.map((s: any) => s.sample)).toEqual(ALL_SAMPLES);
    expect(ALL_SAMPLES.filter((s) => s.startsWith('gallery/')).length).toBeGreaterThan(0);
    const kitIds = (await call(t.dispatch, 'brand.list')).map((k: any) => k.id);
    for (const s of samples) {
      const shipped = JSON.parse(readFileSync(sampleFile(s.sample), 'utf8'));
      expect(s.name).toBe(shipped.name);
      const copy = await call(t.dispatch, 'designs.createFromSample', { sample: s.sample });
      expect(copy.id).not.toBe(shipped.id);
      expect(kitIds).toContain(copy.brandKitId);
      expect(copy.elements.length).toBe(shipped.elements.length);
      const opened = await call(t.dispatch, 'designs.get', { id: copy.id });
      expect(opened.repairs).toEqual([]);
      // the samples place starter motifs: where-used knows about the copy
      const motifId = copy.elements.find((e: any) => e.motifId)?.motifId;
      if (motifId) expect((await call(t.dispatch, 'designs.usingMotif', { motifId })).map((u: any) => u.id)).toContain(copy.id);
    }
    expect((await fails(t, 'designs.createFromSample', { sample: 'no-such-sample' })).code).toBe('design.sample-not-found');
    expect((await fails(t, 'designs.createFromSample', { sample: '../etc' })).code).toBe('api.invalid-input');
    // a gallery id names a file in the gallery folder and nothing else
    expect((await fails(t, 'designs.createFromSample', { sample: 'gallery/no-such-design' })).code).toBe('design.sample-not-found');
    for (const sample of ['gallery/../etc', 'gallery/../../package', 'other/x', 'gallery/', 'gallery/a/b']) {
      expect((await fails(t, 'designs.createFromSample', { sample })).code, sample).toBe('api.invalid-input');
    }
  });

  it('lists newest first', async () => {
    const a = await call(t.dispatch, 'designs.create', { name: 'older', template: { kind: 'sticker', params: {} } });
    tick();
    const b = await call(t.dispatch, 'designs.create', { name: 'newer', template: { kind: 'sticker', params: {} } });
    const ids = (await call(t.dispatch, 'designs.list')).map((s: any) => s.id);
    expect(ids.indexOf(b.id)).toBeLessThan(ids.indexOf(a.id));
    tick();
    await call(t.dispatch, 'designs.rename', { id: a.id, name: 'older, touched' });
    expect((await call(t.dispatch, 'designs.list'))[0].id).toBe(a.id);
  });
});
