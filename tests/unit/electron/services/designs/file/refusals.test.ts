/**
 * Every way a design file is refused, on the way out (the gate) and on the way in (the checks
 * packs get): each with a translated StudioError that says what to do, and nothing written.
 */
import { readdirSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDesignFile, importDesignFile, planDesignFile } from '../../../../../../electron/services/designs/file';
import { StudioError } from '../../../../../../model/localized';
import { rawZip } from '../../../../../helpers/raw-zip';
import { call } from '../../../../../helpers/studio';
import { richDesign, studioAt, type Studio } from './design-file-fixtures';

const BATTLEMENTS = '7b32c105-9b97-427d-8dcc-8e40528e5cd5'; // non-commercial

let a: Studio;
let b: Studio;
let fixture: Awaited<ReturnType<typeof richDesign>>;
let good: Uint8Array;

beforeAll(async () => {
  a = await studioAt();
  b = await studioAt({ sampleProducts: false });
  fixture = await richDesign(a);
  good = exportDesignFile(a.studio, fixture.designId, { name: 'test' }).bytes;
}, 120_000);
afterAll(() => {
  a?.cleanup();
  b?.cleanup();
});

/** Everything an import could write: rows of every table it touches, and the files in the store. */
function state(s: Studio) {
  const count = (table: string) => (s.studio.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const tables = ['designs', 'motifs', 'files', 'assets', 'brand_kits', 'products', 'cooperatives', 'motif_audit'].map((t) => [t, count(t)]);
  return { ...Object.fromEntries(tables), store: readdirSync(s.studio.paths.files, { recursive: true }).length };
}

async function refusedImport(bytes: Uint8Array): Promise<StudioError> {
  const before = state(b);
  let caught: unknown;
  try {
    await importDesignFile(b.studio, bytes, 'test');
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(StudioError);
  const error = caught as StudioError;
  // translated both ways, and says nothing was changed
  expect(error.localized.zh).toMatch(/[\u4e00-\u9fff]/);
  expect(error.localized.en).toMatch(/[a-z]/);
  expect(state(b)).toEqual(before);
  return error;
}

function rezip(change: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(good);
  change(files);
  return zipSync(files);
}

function withManifest(change: (m: any) => void): Uint8Array {
  return rezip((files) => {
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    change(manifest);
    files['manifest.json'] = new TextEncoder().encode(JSON.stringify(manifest));
  });
}

describe('a design file is not written when a label forbids a motif to leave', () => {
  async function designPlacing(motifId: string) {
    const design = await call(a.dispatch, 'designs.createFromSample', { sample: 'jar-label-sour-soup' });
    design.elements.push({ id: 'x', kind: 'motif', name: '这个纹样', page: 'front', panelId: 'label', opacity: 1, locked: false, hidden: true, motifId, colourMap: {}, transform: { x: 100, y: 10, width: 10, height: 10, rotation: 0 } });
    await call(a.dispatch, 'designs.save', { design, reason: 'explicit' });
    return design.id as string;
  }

  it('non-commercial on a product for sale: refused through the gate, naming the motif (even hidden, its bytes would leave)', async () => {
    const id = await designPlacing(BATTLEMENTS);
    const result = await a.dispatch('designs.exportFile', { id });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('design-file.forbidden');
      expect(result.error.message.zh).toContain('城垛纹');
      expect(result.error.message.en).toContain('Battlements');
      expect(result.error.message.en).toMatch(/not written/);
    }
  });

  it('secret/sacred: never leaves in a design file', async () => {
    const wotuo = a.studio.motifs.search({ query: '', limit: 1000, offset: 0 }).rows.find((r) => r.record.usageLabel === 'secret-sacred')!.id;
    const id = await designPlacing(wotuo);
    expect(() => exportDesignFile(a.studio, id, { name: 'test' })).toThrow(expect.objectContaining({ code: 'design-file.forbidden' }));
  });

  it("the cooperative's own artwork does not leave in another cooperative's design", async () => {
    const design = await call(a.dispatch, 'designs.createFromSample', { sample: 'tuck-end-tea-box' });
    design.elements.push({ id: 'x', kind: 'motif', name: 'logo', page: design.pages[0].name, opacity: 1, locked: false, hidden: false, motifId: fixture.ownMotifId, colourMap: {}, transform: { x: 10, y: 10, width: 10, height: 10, rotation: 0 } });
    await call(a.dispatch, 'designs.save', { design, reason: 'explicit' });
    expect(() => exportDesignFile(a.studio, design.id, { name: 'test' })).toThrow(expect.objectContaining({ code: 'design-file.forbidden' }));
  });
});

describe('a design file is refused on the way in, with nothing written', () => {
  it('a photo changed after export (checksum)', async () => {
    const tampered = rezip((files) => {
      const photo = files[`files/${fixture.photoId}`];
      photo[photo.length - 10] ^= 0xff;
    });
    const error = await refusedImport(tampered);
    expect(error.code).toBe('design-file.refused');
    expect(error.localized.en).toMatch(/checksum mismatch for files\//);
    expect(error.localized.en).toMatch(/Nothing was changed/);
  });

  it('motif artwork changed after export (checksum of the motif part, as for packs)', async () => {
    const tampered = rezip((files) => {
      const name = Object.keys(files).find((n) => n.startsWith(`motifs/${fixture.ownMotifId}/`))!;
      files[name] = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><rect width="9" height="9"/></svg>');
    });
    expect((await refusedImport(tampered)).localized.en).toMatch(/checksum mismatch for motifs\//);
  });

  it('an entry that climbs out of the folder (path traversal), or an absolute path', async () => {
    const entries = Object.entries(unzipSync(good)).map(([name, data]) => ({ name, data }));
    for (const evil of ['../../evil.txt', 'files/../../evil', '/etc/evil']) {
      const error = await refusedImport(rawZip([...entries, { name: evil, data: new TextEncoder().encode('x') }]));
      expect(error.code).toBe('design-file.refused');
      expect(error.localized.en).toMatch(/entry name not allowed/);
    }
  });

  it('an oversize entry and a zip bomb are refused before inflating', async () => {
    const zeros = new Uint8Array(100 * 1024 * 1024);
    const bomb = rezip((files) => (files['files/' + 'a'.repeat(64)] = zeros));
    expect((await refusedImport(bomb)).localized.en).toMatch(/too large|zip bomb/);
    const ratio = rezip((files) => (files['files/' + 'b'.repeat(64)] = new Uint8Array(20 * 1024 * 1024)));
    expect((await refusedImport(ratio)).localized.en).toMatch(/zip bomb/);
  });

  it('a damaged (truncated) archive, and bytes that are no zip at all', async () => {
    expect((await refusedImport(good.subarray(0, Math.floor(good.length * 0.7)))).code).toBe('design-file.corrupt');
    expect((await refusedImport(new TextEncoder().encode('PK\u0003\u0004 not really a zip'))).code).toBe('design-file.corrupt');
  });

  it('a newer format version says to update; an unknown one is refused; a motif pack is pointed to the library', async () => {
    const newer = await refusedImport(withManifest((m) => (m.formatVersion = 99)));
    expect(newer.code).toBe('design-file.newer');
    expect(newer.localized.en).toMatch(/Update Jinxiu Studio/);
    expect((await refusedImport(withManifest((m) => (m.formatVersion = 0)))).code).toBe('design-file.refused');
    expect((await refusedImport(withManifest((m) => (m.format = 'jinxiu-motif-pack')))).code).toBe('design-file.is-pack');
    expect((await refusedImport(withManifest((m) => (m.format = 'something-else')))).localized.en).toMatch(/not a Jinxiu Studio design file/);
  });

  it('a secret/sacred record in the file: the whole file is refused, as a pack would be', async () => {
    const error = await refusedImport(withManifest((m) => (m.motifs[0].usageLabel = 'secret-sacred')));
    expect(error.code).toBe('design-file.secret-sacred');
  });

  it('a manifest that lies about a file name, or lists a file twice', async () => {
    expect((await refusedImport(withManifest((m) => (m.assets[0].path = `files/${'c'.repeat(64)}`)))).localized.en).toMatch(/not named by its checksum/);
    expect((await refusedImport(withManifest((m) => m.assets.push(m.assets[0])))).localized.en).toMatch(/appears twice/);
  });

  it('the untouched file still opens (the refusals above are about the changes, not the file)', async () => {
    expect(planDesignFile(b.studio, good).result.design.action).toBe('new');
  });
});
