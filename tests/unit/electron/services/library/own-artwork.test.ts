import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, makeStudio, type TestStudio } from '../../../../helpers/studio';

const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><path d="M10 90 L50 10 L90 90 Z" fill="#b0302a"/><circle cx="50" cy="62" r="14" fill="#1f2a5a"/></svg>';
const CREDIT = { zh: '图案：杨阿花原创设计（台江刺绣合作社自有作品）', en: "Design: original work by 杨阿花 (台江刺绣合作社's own artwork)" };

describe("a cooperative's own artwork", () => {
  let t: TestStudio;
  let id: string;
  beforeAll(async () => {
    t = await makeStudio();
    const result = await call(t.dispatch, 'library.addOwnArtwork', {
      file: { name: 'coop-logo.svg', base64: Buffer.from(LOGO).toString('base64') },
      names: { zh: '合作社标志', en: 'Cooperative logo' },
      cooperativeId: 'coop-taijiang-sample',
      cooperativeName: '台江刺绣合作社',
      maker: '杨阿花',
      makerConsent: { date: '2026-03-01', statement: '我同意合作社在自己的产品和包装上使用这个设计。' },
    });
    expect(result.status).toBe('imported');
    id = result.id;
  });
  afterAll(() => t.cleanup());

  async function designFor(productId: string) {
    const design = await call(t.dispatch, 'designs.create', { name: 'own', template: { kind: 'story-card', params: { size: 'a6', orientation: 'portrait', cornerRadiusMm: 0 } }, productId });
    design.elements = [
      { id: 'logo', kind: 'motif', name: 'logo', page: 'front', panelId: 'card-front', transform: { x: 30, y: 20, width: 40, height: 40, rotation: 0 }, opacity: 1, locked: false, hidden: false, motifId: id, colourMap: {} },
      { id: 'credits', kind: 'text', name: 'credits', page: 'front', panelId: 'card-front', transform: { x: 8, y: 100, width: 89, height: 30, rotation: 0 }, opacity: 1, locked: false, hidden: false, text: CREDIT.zh, fontId: 'lxgw-wenkai-regular', sizePt: 7, lineHeight: 1.3, align: 'start', direction: 'horizontal', colour: { cmyk: { c: 0, m: 0, y: 0, k: 100 } }, role: 'credit-block' },
    ];
    design.credits = { blockId: 'credits', lines: [{ motifId: id, text: CREDIT }] };
    await call(t.dispatch, 'designs.save', { design, reason: 'explicit' });
    return design.id as string;
  }

  it('is added by a cooperative member without curator mode, as its own work with its maker and consent, not as a traditional motif', async () => {
    expect((await call(t.dispatch, 'curator.status', {})).active).toBeNull();
    const detail = await call(t.dispatch, 'library.get', { id });
    expect(detail.record.status).toBe('draft');
    expect(detail.record.ownWork).toMatchObject({ cooperativeId: 'coop-taijiang-sample', maker: '杨阿花', makerConsent: { date: '2026-03-01' } });
    expect(detail.rules.usage.kind).toBe('own-work');
    expect(detail.rules.usage.badge.zh).toBe('本社原创');
    expect(detail.rules.credit).toEqual(CREDIT);
    expect(detail.audit[0]).toMatchObject({ action: 'import', actor: 'cooperative' });
  });

  it('is listed as the cooperative\'s own, never in the shared library listing until it is reviewed', async () => {
    const own = await call(t.dispatch, 'library.search', { view: 'own' });
    expect(own.items.map((i: any) => i.id)).toEqual([id]);
    expect(own.items[0].usage.kind).toBe('own-work');
    const shared = await call(t.dispatch, 'library.search', { view: 'cooperative', limit: 500 });
    expect(shared.items.map((i: any) => i.id)).not.toContain(id);
    const thumbs = await call(t.dispatch, 'library.thumbnails', { ids: [id] });
    expect(thumbs[id]).toMatch(/^data:image\/png;base64,/);
  });

  it("prints in its own cooperative's design, credited to its maker; refused in another cooperative's design", async () => {
    const ours = await designFor('prod-taijiang-pouch-bird');
    const pdf = await call(t.dispatch, 'export.pdf', { designId: ours });
    const file = path.join(t.dataDir, 'own.pdf');
    fs.writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
    // poppler reads the credit line back from the PDF
    const text = execFileSync('pdftotext', [file, '-']).toString('utf8').replace(/\s+/g, '');
    expect(text).toContain(CREDIT.zh);
    expect((await t.dispatch('export.images', { designId: ours })).ok).toBe(true);

    const theirs = await designFor('prod-leishan-yinqiu-100g');
    for (const name of ['export.pdf', 'export.proof', 'export.images'] as const) {
      const refused = await t.dispatch(name, { designId: theirs, ...(name === 'export.proof' ? { page: 0 } : {}) });
      expect(refused.ok, name).toBe(false);
      if (refused.ok) continue;
      expect(refused.error.code).toBe('export.blocked');
      const report = (refused.error.details as any).report;
      expect(report.errors.map((e: any) => e.code)).toContain('motif.own-work-elsewhere');
    }
  });
});
