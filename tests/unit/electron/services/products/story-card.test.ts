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
    // nothing a curator did not mark public is printed for customers: the motif is named, its
    // meaning (an internal note with its caveats) is not
    expect(texts('front')).toContain(bird.names.zh);
    expect(texts('front')).not.toContain(bird.meaning.zh.text);
    // the GI and the certificate are bound to the product as fields (each carries its claim kind)
    expect(texts('front')).toContain('{{gi.approvalNo}}');
    expect(texts('front')).toContain('{{organic.certificateNo}}');
    expect(texts('back')).toContain('{{gi.nameEn}}');
    expect(texts('back')).toContain('{{organic.certificateNo}}');
    // words for the product's kind: tea is grown by tea growers
    expect(texts('front')).toContain('茶农');
    expect(texts('back')).toContain('tea growers');
    expect(texts('front')).not.toContain('每一件产品都出自合作社成员之手');
    expect(texts('back')).toContain(sample.cooperative.name.en);
    expect(texts('back')).not.toContain(bird.meaning.en.text);

    // the first motif is the hero on both sides; every motif the gate lets on is named and
    // credited in the text; the non-commercial one stays off the card entirely
    const placed = design.elements.filter((e: any) => e.kind === 'motif');
    expect(placed.map((e: any) => [e.page, e.motifId])).toEqual([['front', bird.id], ['back', bird.id]]);
    expect(texts('front')).toContain(bat.names.zh);
    expect(texts('back')).toContain(bat.names.en);
    expect(texts('front') + texts('back')).not.toContain(battlements.names.zh);
    expect(texts('back')).not.toContain(battlements.names.en);
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
    expect(all).not.toContain('{{organic.certificateNo}}');
    expect(all).toContain('{{gi.name}}');
  });

  it('prints a motif\'s public text only when a curator marked it public; internal caveats never', async () => {
    const frog = motif('frog'); // meaning: "仅见于一篇博客，未核实"
    const spiral = motif('spiral-whirl'); // meaning: "Western retail texts"
    const file = readSample('leishan-yinqiu-tea');
    file.product.id = 'prod-caveats';
    await call(t.dispatch, 'products.save', { file });
    const row = t.studio.motifs.get(bat.id)!;
    // public text is curated content: the changed record is published again (here as a release of
    // the new content, as the starter library is; in use, by two trusted approvals)
    const withPublic = { ...row.record, publicText: { zh: '蝙蝠：福气的谐音。', en: 'Bat: a homophone of good fortune.' } };
    t.studio.trust.recordRelease(withPublic, 'test');
    t.studio.motifs.update(withPublic);
    expect(t.studio.motifs.get(bat.id)!.record.status).toBe('published');
    const design = await call(t.dispatch, 'designs.create', { name: 'caveats', template: { kind: 'story-card', params: { size: 'a6', orientation: 'portrait', cornerRadiusMm: 0 } }, productId: 'prod-caveats' });
    const place = (id: string, m: any) => ({ id, kind: 'motif', name: m.names.zh, page: 'front', transform: { x: 10, y: 10, width: 20, height: 20, rotation: 0 }, opacity: 1, locked: false, hidden: false, motifId: m.id, colourMap: {} });
    design.elements = [place('b', bat), place('f', frog), place('s', spiral)];
    await call(t.dispatch, 'designs.save', { design, reason: 'explicit' });
    const made = await call(t.dispatch, 'products.storyCard', { productId: 'prod-caveats' });
    const all = (await call(t.dispatch, 'designs.get', { id: made.designId })).design.elements.filter((e: any) => e.kind === 'text').map((e: any) => e.text).join('\n');
    expect(all).toContain('蝙蝠：福气的谐音。');
    expect(all).toContain('Bat: a homophone of good fortune.');
    for (const hidden of [frog.meaning.zh.text, frog.meaning.en.text, spiral.meaning.en.text, spiral.meaning.zh.text, '未核实', 'Western retail', 'unverified', frog.meaning.zh.source]) expect(all).not.toContain(hidden);
    t.studio.trust.recordRelease(row.record, 'test');
    t.studio.motifs.update(row.record);
    await call(t.dispatch, 'designs.delete', { id: design.id });
  });

  it('asks the same confirmation as the composer for a culturally sensitive motif, and honours "leave out"', async () => {
    const sensitive = motif('wan-lattice'); // culturally sensitive
    const file = readSample('leishan-yinqiu-tea');
    file.product.id = 'prod-sensitive';
    await call(t.dispatch, 'products.save', { file });
    const design = await call(t.dispatch, 'designs.create', { name: 'sensitive', template: { kind: 'story-card', params: { size: 'a6', orientation: 'portrait', cornerRadiusMm: 0 } }, productId: 'prod-sensitive' });
    design.elements = [{ id: 'w', kind: 'motif', name: sensitive.names.zh, page: 'front', transform: { x: 10, y: 10, width: 20, height: 20, rotation: 0 }, opacity: 1, locked: false, hidden: false, motifId: sensitive.id, colourMap: {} }];
    await call(t.dispatch, 'designs.save', { design, reason: 'explicit' });
    const before = (await call(t.dispatch, 'designs.list', {})).length;

    const asked = await t.dispatch('products.storyCard', { productId: 'prod-sensitive' });
    expect(asked.ok).toBe(false);
    if (asked.ok) return;
    expect(asked.error.code).toBe('story-card.needs-confirmation');
    expect((asked.error.details as any).motifs).toEqual([expect.objectContaining({ id: sensitive.id, reason: expect.objectContaining({ zh: expect.any(String), en: expect.any(String) }) })]);
    expect((await call(t.dispatch, 'designs.list', {})).length).toBe(before); // no half-made card

    const left = await call(t.dispatch, 'products.storyCard', { productId: 'prod-sensitive', leaveOut: [sensitive.id] });
    const leftIds = (await call(t.dispatch, 'designs.get', { id: left.designId })).design.elements.filter((e: any) => e.kind === 'motif').map((e: any) => e.motifId);
    expect(leftIds).not.toContain(sensitive.id);

    const confirmed = await call(t.dispatch, 'products.storyCard', { productId: 'prod-sensitive', confirmed: [sensitive.id] });
    const card = (await call(t.dispatch, 'designs.get', { id: confirmed.designId })).design;
    expect(card.elements.filter((e: any) => e.kind === 'motif').map((e: any) => e.motifId)).toContain(sensitive.id);
    // its credit line is on the card, as the label requires
    expect(card.elements.find((e: any) => e.id === card.credits.blockId).text).toContain(sensitive.creditLine.zh);
    await call(t.dispatch, 'designs.delete', { id: design.id });
  });
});
