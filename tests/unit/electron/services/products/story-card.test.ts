import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, makeStudio, type TestStudio } from '../../../../helpers/studio';
import { readSample } from './fixtures';

const NOW = new Date(2026, 10, 28, 12, 0, 0);
const MOTIFS = path.resolve(__dirname, '../../../../../motifs');
const motif = (slug: string) => JSON.parse(fs.readFileSync(path.join(MOTIFS, slug, 'motif.json'), 'utf8'));

describe('products.storyCard', () => {
  let t: TestStudio;
  const bird = motif('bird-pair'); // attribution: needs a printed credit line
  const bat = motif('bat'); // open for commercial use
  const battlements = motif('battlements'); // non-commercial: must stay off the card
  beforeAll(async () => {
    t = await makeStudio({ now: () => NOW });
    const design = await call(t.dispatch, 'designs.create', {
      name: '银球茶罐',
      template: { kind: 'story-card', params: { size: 'a6', orientation: 'portrait', cornerRadiusMm: 0 } },
      productId: 'prod-leishan-yinqiu-100g',
    });
    const place = (id: string, m: any) => ({
      id, kind: 'motif', name: m.names.zh, page: 'front', transform: { x: 10, y: 10, width: 20, height: 20, rotation: 0 },
      opacity: 1, locked: false, hidden: false, motifId: m.id, colourMap: {},
    });
    design.elements = [place('a', bird), place('b', bat), place('c', battlements)];
    // the hand-made document must credit the attribution motif, as the composer would
    design.elements.push({ id: 'credits', kind: 'text', name: 'credits', page: 'front', transform: { x: 5, y: 130, width: 90, height: 10, rotation: 0 }, opacity: 1, locked: false, hidden: false, text: bird.creditLine.zh, fontId: 'lxgw-wenkai-regular', sizePt: 6, lineHeight: 1.3, align: 'start', direction: 'horizontal', colour: { cmyk: { c: 0, m: 0, y: 0, k: 100 } }, role: 'credit-block' });
    design.credits = { blockId: 'credits', lines: [{ motifId: bird.id, text: bird.creditLine }] };
    await call(t.dispatch, 'designs.save', { design, reason: 'explicit' });
  });
  afterAll(() => t.cleanup());

  it('creates an ordinary two-sided design: Chinese front, English back, motifs with meanings and credits, GI and certificates', async () => {
    const made = await call(t.dispatch, 'products.storyCard', { productId: 'prod-leishan-yinqiu-100g' });
    const { design } = await call(t.dispatch, 'designs.get', { id: made.designId });
    expect(design.template.kind).toBe('story-card');
    expect(design.productId).toBe('prod-leishan-yinqiu-100g');
    expect(design.pages.map((p: any) => p.name)).toEqual(['front', 'back']);

    const sample = readSample('leishan-yinqiu-tea');
    const texts = (page: string) => design.elements.filter((e: any) => e.kind === 'text' && e.page === page).map((e: any) => e.text).join('\n');
    expect(texts('front')).toContain(sample.cooperative.name.zh);
    expect(texts('front')).toContain(bird.meaning.zh.text);
    expect(texts('front')).toContain(sample.product.gi.approvalNo);
    expect(texts('front')).toContain(sample.product.certifications[0].certificateNo);
    expect(texts('back')).toContain(sample.cooperative.name.en);
    expect(texts('back')).toContain(bird.meaning.en.text);

    const placed = design.elements.filter((e: any) => e.kind === 'motif').map((e: any) => e.motifId);
    expect(placed.sort()).toEqual([bat.id, bird.id].sort());
    const block = design.elements.find((e: any) => e.id === design.credits.blockId);
    expect(block.text).toContain(bird.creditLine.zh);
    expect(block.hidden).toBe(false);

    // everything sits on the A6 card (105 x 148 mm)
    for (const e of design.elements) {
      expect(e.transform.x).toBeGreaterThanOrEqual(0);
      expect(e.transform.x + e.transform.width).toBeLessThanOrEqual(105);
      expect(e.transform.y + e.transform.height).toBeLessThanOrEqual(148);
    }
  });

  it('lays the card out in free space: no text, motif or code covers another, and the check agrees', async () => {
    const made = await call(t.dispatch, 'products.storyCard', { productId: 'prod-leishan-yinqiu-100g' });
    const { design } = await call(t.dispatch, 'designs.get', { id: made.designId });
    const artwork = design.elements.filter((e: any) => ['text', 'motif', 'image', 'qr', 'barcode'].includes(e.kind));
    for (const [i, a] of artwork.entries()) {
      for (const b of artwork.slice(i + 1)) {
        if (a.page !== b.page) continue;
        const A = a.transform;
        const B = b.transform;
        const apart = A.x + A.width <= B.x || B.x + B.width <= A.x || A.y + A.height <= B.y || B.y + B.height <= A.y;
        expect(apart, `${a.id} and ${b.id} overlap`).toBe(true);
      }
    }
    const report = await call(t.dispatch, 'export.preflight', { designId: made.designId });
    expect(report.warnings.filter((w: any) => w.code === 'text.overlaps-artwork')).toEqual([]);
    expect(report.warnings.filter((w: any) => w.code === 'layout.outside-safe-area')).toEqual([]);
  });

  it('leaves out a certificate that has lapsed', async () => {
    const file = readSample('leishan-yinqiu-tea');
    file.product.id = 'prod-lapsed';
    file.product.certifications[0].validFrom = '2025-01-01';
    file.product.certifications[0].validTo = '2025-12-31';
    await call(t.dispatch, 'products.save', { file });
    const made = await call(t.dispatch, 'products.storyCard', { productId: 'prod-lapsed' });
    const { design } = await call(t.dispatch, 'designs.get', { id: made.designId });
    const all = design.elements.filter((e: any) => e.kind === 'text').map((e: any) => e.text).join('\n');
    expect(all).not.toContain(file.product.certifications[0].certificateNo);
    expect(all).toContain(file.product.gi.name);
  });
});
