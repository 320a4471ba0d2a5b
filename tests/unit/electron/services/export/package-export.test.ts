/**
 * GB 7718 items over a whole package, through the real studio: the exporter loads the other
 * pieces of a design's package (same product, same package name) from the design library, so a
 * front label and a back label pass together, and an item missing from the package refuses the
 * PDF of every piece.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Design, TextElement } from '../../../../../model/design/schema';
import { call, makeStudio, type TestStudio } from '../../../../helpers/studio';

let t: TestStudio;
const FRONT_ONLY = ['bg', 'star-top', 'star-bottom', 'butterfly', 'title', 'facts', 'credits', 'net-content', 'barcode'];

async function piece(name: string, piece: 'front-label' | 'back-label', keep: (e: Design['elements'][number]) => boolean): Promise<Design> {
  const sample = await call(t.dispatch, 'designs.createFromSample', { sample: 'jar-label-sour-soup' });
  const design: Design = { ...sample, name, package: { name: '500 g 瓶装', piece }, elements: sample.elements.filter(keep) };
  if (piece === 'back-label') design.credits = { blockId: null, lines: [] };
  await call(t.dispatch, 'designs.save', { design, reason: 'explicit' });
  return design;
}

let front: Design;
let back: Design;
beforeAll(async () => {
  t = await makeStudio();
  front = await piece('正标', 'front-label', (e) => FRONT_ONLY.includes(e.id));
  back = await piece('背标', 'back-label', (e) => !FRONT_ONLY.includes(e.id) || e.id === 'bg');
}, 60_000);
afterAll(() => t?.cleanup());

const missing = async (id: string) => (await call(t.dispatch, 'export.preflight', { designId: id })).errors.filter((e: { code: string }) => e.code === 'label.missing-item');

describe('a package checked as a whole', () => {
  it('front and back label of one package each pass, though neither carries every item alone', async () => {
    expect(await missing(front.id)).toEqual([]);
    expect(await missing(back.id)).toEqual([]);
    const r = await call(t.dispatch, 'export.pdf', { designId: front.id, cropMarks: false, dielineName: 'CutContour' });
    expect(r.fileName).toMatch(/\.pdf$/);
  });

  it('an item missing from the package refuses the PDF of every piece, naming the piece and the item', async () => {
    const facts = back.elements.find((e) => e.id === 'label-facts') as TextElement;
    const noStorage = { ...back, elements: back.elements.map((e) => (e.id === 'label-facts' ? { ...facts, text: facts.text.replace('贮存条件：{{product.storage}}', '') } : e)) };
    await call(t.dispatch, 'designs.save', { design: noStorage, reason: 'explicit' });
    for (const id of [front.id, back.id]) {
      const found = await missing(id);
      expect(found).toHaveLength(1);
      expect(found[0].message.zh).toContain('贮存条件');
      expect(found[0].message.zh).toContain('正标“正标”');
      expect(found[0].action).toEqual({ kind: 'insert-placeholder', placeholder: 'product.storage' });
      await expect(call(t.dispatch, 'export.pdf', { designId: id, cropMarks: false, dielineName: 'CutContour' })).rejects.toMatchObject({ code: 'export.blocked' });
    }
  });

  it('a deleted piece no longer counts', async () => {
    await call(t.dispatch, 'designs.save', { design: back, reason: 'explicit' });
    expect(await missing(front.id)).toEqual([]);
    await call(t.dispatch, 'designs.delete', { id: back.id });
    expect((await missing(front.id)).length).toBeGreaterThan(3);
  });
});
