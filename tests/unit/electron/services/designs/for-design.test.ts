import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, makeStudio, type TestStudio } from '../../../../helpers/studio';

const idOf = (slug: string) => JSON.parse(readFileSync(join(process.cwd(), 'motifs', slug, 'motif.json'), 'utf8')).id as string;
const SECRET = idOf('wotuo-spiral');
const BUTTERFLY = idOf('butterfly-mother');
const MEANDER = idOf('meander');

describe('library.forDesign', () => {
  let t: TestStudio;
  beforeAll(async () => {
    t = await makeStudio();
  });
  afterAll(() => t.cleanup());

  it('the fixture really is secret/sacred (else this test proves nothing)', () => {
    expect(JSON.parse(readFileSync(join(process.cwd(), 'motifs', 'wotuo-spiral', 'motif.json'), 'utf8')).usageLabel).toBe('secret-sacred');
  });

  it('returns record and vector artwork per id; unknown ids are left out', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const out = await call(t.dispatch, 'library.forDesign', { ids: [BUTTERFLY, MEANDER, unknown] });
    expect(Object.keys(out).sort()).toEqual([BUTTERFLY, MEANDER].sort());
    expect(out[BUTTERFLY].record.id).toBe(BUTTERFLY);
    expect(out[BUTTERFLY].svg).toContain('<svg');
    const shipped = readFileSync(join(process.cwd(), 'motifs', 'butterfly-mother', 'motif.json'), 'utf8');
    expect(out[BUTTERFLY].record.names).toEqual(JSON.parse(shipped).names);
  });

  it('hides secret/sacred motifs from a cooperative, shows them to an unlocked curator only', async () => {
    const plain = await call(t.dispatch, 'library.forDesign', { ids: [SECRET, MEANDER] });
    expect(Object.keys(plain)).toEqual([MEANDER]);
    await call(t.dispatch, 'curator.setup', { name: 'Ana', passphrase: 'a long passphrase' });
    const curator = await call(t.dispatch, 'library.forDesign', { ids: [SECRET] });
    expect(curator[SECRET].record.usageLabel).toBe('secret-sacred');
    await call(t.dispatch, 'curator.lock');
    expect(await call(t.dispatch, 'library.forDesign', { ids: [SECRET] })).toEqual({});
  });

  it('still returns a withdrawn motif, so a design that places it opens and can explain', async () => {
    const design = await call(t.dispatch, 'designs.create', { name: 'uses meander', template: { kind: 'sticker', params: {} } });
    await call(t.dispatch, 'designs.save', {
      design: {
        ...design,
        elements: [{ id: 'm', kind: 'motif', name: 'm', page: 'front', transform: { x: 0, y: 0, width: 10, height: 10, rotation: 0 }, opacity: 1, locked: false, hidden: false, motifId: MEANDER, colourMap: {} }],
      },
    });
    await call(t.dispatch, 'curator.unlock', { name: 'Ana', passphrase: 'a long passphrase' });
    const detail = await call(t.dispatch, 'library.transition', { id: MEANDER, action: 'withdraw', note: '社区要求撤回' });
    expect(detail.record.status).toBe('withdrawn');
    // the curator sees which designs must change
    expect(detail.whereUsed.map((w: any) => w.designId)).toContain(design.id);
    await call(t.dispatch, 'curator.lock');
    const out = await call(t.dispatch, 'library.forDesign', { ids: [MEANDER] });
    expect(out[MEANDER].record.status).toBe('withdrawn');
    expect((await call(t.dispatch, 'designs.usingMotif', { motifId: MEANDER })).map((d: any) => d.id)).toEqual([design.id]);
  });
});
