/**
 * The story card's claims are the product's: its GI and certificate lines are product fields
 * that carry their claim kind, so the export's one claim check (model/preflight/rules/claims.ts)
 * refuses a card whose GI is not authorised or whose certificate lapses by the print date, and
 * passes it when both are in order. Its English side is English (pdftotext of the real PDF).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bleedSides } from '../../../../helpers/bleed-plates';
import { pdffonts, pdfinfo, pdftotext, qpdfCheck } from '../../../../helpers/pdf-tools';
import { call, makeStudio, type TestStudio } from '../../../../helpers/studio';
import { makeTempDir } from '../../../../helpers/temp-dir';
import { readSample } from './fixtures';

const NOW = new Date(2026, 10, 28, 12, 0, 0);
const PRINT_DATE = '2027-02-01';
const HAN = /\p{Script=Han}/u;

let t: TestStudio;
const tmp = makeTempDir();

async function cardFor(file: any): Promise<any> {
  await call(t.dispatch, 'products.save', { file });
  const made = await call(t.dispatch, 'products.storyCard', { productId: file.product.id });
  return (await call(t.dispatch, 'designs.get', { id: made.designId })).design;
}

async function exportPdf(designId: string, name: string): Promise<string> {
  const out = await call(t.dispatch, 'export.pdf', { designId, printDate: PRINT_DATE, cropMarks: false });
  const file = join(tmp.dir, `${name}.pdf`);
  writeFileSync(file, Buffer.from(out.base64, 'base64'));
  return file;
}

beforeAll(async () => {
  t = await makeStudio({ now: () => NOW });
  // the jar label sample is the sour soup's design: its motifs go on the soup's card
  const jar = t.studio.designs.createFromSample('jar-label-sour-soup');
  expect(jar.productId).toBe('prod-kaili-hongsuantang-500g');
});
afterAll(() => {
  t.cleanup();
  tmp.cleanup();
});

describe('story card claims are structured and checked like any design', () => {
  it('refuses the export of a card for a product without GI authorisation whose organic certificate lapses by the print date, naming each claim', async () => {
    const file = readSample('leishan-yinqiu-tea');
    file.product.id = 'prod-unbacked';
    delete file.product.gi.authorisation;
    file.product.certifications[0].validFrom = '2026-01-01';
    file.product.certifications[0].validTo = '2026-12-31'; // valid today, lapsed on 2027-02-01
    const card = await cardFor(file);

    const result = await t.dispatch('export.pdf', { designId: card.id, printDate: PRINT_DATE });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('export.blocked');
    const errors = (result.error.details as any).report.errors as any[];
    const gi = errors.filter((e) => e.code === 'gi.not-authorised');
    const cert = errors.filter((e) => e.code === 'cert.expired');
    // both sides carry both claims, and each finding names what is claimed
    expect(new Set(gi.map((e) => e.where.page))).toEqual(new Set(['front', 'back']));
    expect(new Set(cert.map((e) => e.where.page))).toEqual(new Set(['front', 'back']));
    for (const e of gi) expect(e.message.en).toContain('雷山银球茶');
    for (const e of cert) expect(e.message.en).toMatch(/organic/i);
    for (const e of cert) expect(e.message.en).toContain('099OP2600001');
  });

  it('the claim is bound to the product, not to the words: rewording the lines on the card does not hide it', async () => {
    const file = readSample('leishan-yinqiu-tea');
    file.product.id = 'prod-reworded';
    delete file.product.gi.authorisation;
    file.product.certifications[0].validFrom = '2026-01-01';
    file.product.certifications[0].validTo = '2026-12-31';
    const card = await cardFor(file);
    // a user rewrites the claim lines in words that claim nothing, keeping the bound fields
    const claims = card.elements.filter((e: any) => e.kind === 'text' && /story-(front|back)-claims/.test(e.id));
    expect(claims).toHaveLength(2);
    for (const e of claims) {
      expect(e.text).toContain('{{organic.certificateNo}}');
      e.text = 'No. {{gi.approvalNo}}\nNo. {{organic.certificateNo}}';
    }
    await call(t.dispatch, 'designs.save', { design: card, reason: 'explicit' });
    const report = await call(t.dispatch, 'export.preflight', { designId: card.id, printDate: PRINT_DATE });
    const codes = report.errors.filter((e: any) => claims.some((c: any) => c.id === e.where.elementId)).map((e: any) => e.code);
    expect(codes).toContain('gi.not-authorised');
    expect(codes).toContain('cert.expired');
  });

  it('passes when the GI is authorised and the certificate is valid at the print date', async () => {
    const file = readSample('leishan-yinqiu-tea');
    file.product.id = 'prod-backed';
    const card = await cardFor(file);
    const report = await call(t.dispatch, 'export.preflight', { designId: card.id, printDate: PRINT_DATE });
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    const pdf = await exportPdf(card.id, 'backed');
    expect(pdftotext(pdf)).toContain('099OP2600001');
  });
});

describe('the English side is English', () => {
  it('exports the sour soup card: no Chinese on the back except the bracketed GI name, the full cooperative name, Kaili in pinyin', async () => {
    const file = readSample('kaili-red-sour-soup');
    const made = await call(t.dispatch, 'products.storyCard', { productId: file.product.id });
    const report = await call(t.dispatch, 'export.preflight', { designId: made.designId, printDate: PRINT_DATE });
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    const pdf = await exportPdf(made.designId, 'kaili');
    const pages = pdftotext(pdf).split('\f');
    const back = pages[1];
    const flat = back.replace(/\s+/g, ' ');
    // the only Chinese allowed on the English side is a GI name in brackets after its translation
    expect(flat).toContain('Kaili Red Sour Soup (凯里红酸汤)');
    const rest = flat.replace(/Kaili Red Sour Soup \(凯里红酸汤\)/g, '');
    expect(rest.match(new RegExp(HAN, 'gu')) ?? []).toEqual([]);
    // nothing truncated: the long name wraps and is printed whole
    expect(flat).toContain(file.cooperative.name.en);
    expect(flat).toContain('Kaili, Guizhou');
    expect(flat).toContain('announcement No. 998');
    expect(flat).toContain(file.product.certifications[0].certificateNo);
    // the front is Chinese and names the same claims
    expect(pages[0].replace(/\s+/g, '')).toContain(file.cooperative.name.zh.replace(/\s+/g, ''));

    // the designed card is print-ready: valid PDF/X-4, fonts embedded and subset, and the hero
    // band's ink runs into the bleed wherever it reaches the trim (both sides)
    expect(qpdfCheck(pdf)).toContain('No syntax or stream encoding errors found');
    expect(pdfinfo(pdf)['PDF subtype']).toBe('PDF/X-4');
    for (const f of pdffonts(pdf)) expect([f.emb, f.sub], f.name).toEqual(['yes', 'yes']);
    const sides = await bleedSides(pdf);
    const inked = sides.filter((s) => s.inner > 0);
    expect(inked.map((s) => `${s.page} ${s.side}`)).toEqual(expect.arrayContaining(['1 top', '2 top', '1 left', '2 right']));
    for (const s of inked) expect(s.short / s.inner, `page ${s.page} ${s.side}`).toBeLessThanOrEqual(0.02);
  });

  it('a very long cooperative name wraps on both sides, whole, and the words fit the product kind (embroidery)', async () => {
    const file = readSample('taijiang-embroidery-pouch');
    file.product.id = 'prod-long-name';
    file.cooperative.id = 'coop-long-name';
    file.product.cooperativeId = 'coop-long-name';
    file.cooperative.name = {
      zh: '黔东南苗族侗族自治州台江县施洞镇偏寨村苗族妇女刺绣与银饰手工艺农民专业合作社（示例）',
      en: "Pianzhai Village Miao Women's Embroidery and Silver Handicraft Farmers' Professional Cooperative of Shidong Town, Taijiang (sample)",
    };
    await call(t.dispatch, 'cooperatives.save', { cooperative: file.cooperative });
    const card = await cardFor(file);
    const texts = (page: string) => card.elements.filter((e: any) => e.kind === 'text' && e.page === page).map((e: any) => e.text).join('\n');
    expect(texts('front')).toContain('绣娘');
    expect(texts('back')).toContain('embroiderers');
    const report = await call(t.dispatch, 'export.preflight', { designId: card.id, printDate: PRINT_DATE });
    expect(report.warnings.filter((w: any) => w.code === 'scene.text-overflow')).toEqual([]);
    const pages = pdftotext(await exportPdf(card.id, 'long')).split('\f');
    expect(pages[1].replace(/\s+/g, ' ')).toContain(file.cooperative.name.en);
    expect(pages[0].replace(/\s+/g, '')).toContain(file.cooperative.name.zh);
  });

  it('a name with no English form is not printed in Chinese: the card is refused with the field named and what to do', async () => {
    const file = readSample('kaili-red-sour-soup');
    file.product.id = 'prod-no-english';
    file.product.origin.county = '望谟县'; // not in the studio's table
    file.product.gi.name = '望谟板栗'; // nor this GI
    const card = await cardFor(file);
    const report = await call(t.dispatch, 'export.preflight', { designId: card.id, printDate: PRINT_DATE });
    const unfilled = report.errors.filter((e: any) => e.code === 'text.unfilled-placeholder');
    expect(unfilled.every((e: any) => e.where.page === 'back')).toBe(true);
    const said = unfilled.map((e: any) => e.message.en).join(' ');
    expect(said).toContain('{{product.originEn}}');
    expect(said).toContain('{{gi.nameEn}}');
    expect(unfilled.map((e: any) => e.fix.en).join(' ')).toMatch(/no English form/);
    const scene = await call(t.dispatch, 'export.preflight', { designId: card.id });
    expect(scene.errors.some((e: any) => e.code === 'text.unfilled-placeholder')).toBe(true);
  });
});
