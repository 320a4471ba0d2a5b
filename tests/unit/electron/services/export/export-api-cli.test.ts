/** The export calls through the real dispatcher, and the `jinxiu export` / `jinxiu images` commands. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../../electron/cli/run';
import { pdfinfo, qpdfCheck } from '../../../../helpers/pdf-tools';
import { call, makeStudio, type TestStudio } from '../../../../helpers/studio';

const ROOT = resolve(__dirname, '../../../../..');
const JAR = join(ROOT, 'assets/samples/designs/jar-label-sour-soup.json');
let t: TestStudio;
let designId: string;
const tmp = mkdtempSync(join(tmpdir(), 'jinxiu-export-cli-'));

beforeAll(async () => {
  t = await makeStudio();
  designId = (await call(t.dispatch, 'designs.createFromSample', { sample: 'jar-label-sour-soup' })).id;
}, 60_000);
afterAll(() => {
  t?.cleanup();
  rmSync(tmp, { recursive: true, force: true });
});

const pngSize = async (dataUrl: string) => {
  expect(dataUrl.startsWith('data:image/png;base64,')).toBe(true);
  const meta = await sharp(Buffer.from(dataUrl.split(',')[1], 'base64')).metadata();
  return [meta.width, meta.height];
};

describe('export API', () => {
  it('export.preflight reports a clean sample, its pages, and offers n-up for a label', async () => {
    const r = await call(t.dispatch, 'export.preflight', { designId });
    expect(r).toMatchObject({ errors: [], ok: true, canForce: false, pages: ['front'], nUpOffered: true, hasDieline: true });
  });

  it('export.pdf returns a PDF/X-4 as base64 with a file name', async () => {
    const r = await call(t.dispatch, 'export.pdf', { designId, cropMarks: false, dielineName: 'CutContour' });
    const file = join(tmp, r.fileName);
    writeFileSync(file, Buffer.from(r.base64, 'base64'));
    expect(r.fileName).toMatch(/\.pdf$/);
    expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors found');
    expect(pdfinfo(file)['PDF subtype']).toBe('PDF/X-4');
  });

  it('export.pdf with n-up puts copies of the label on an A4 sheet', async () => {
    const r = await call(t.dispatch, 'export.pdf', { designId, cropMarks: true, dielineName: 'Dieline', nUp: { sheet: 'A4', gapMm: 4 } });
    const file = join(tmp, 'nup.pdf');
    writeFileSync(file, Buffer.from(r.base64, 'base64'));
    const box = (name: string) => pdfinfo(file, ['-box'])[name].split(/\s+/).map(Number);
    // A4 landscape (297 x 210 mm) is the paper, marks included: the jar label (220 x 50 mm) fits 3 high
    const mm = (pt: number) => (pt * 25.4) / 72;
    const media = box('MediaBox');
    expect(Math.round(mm(media[2] - media[0]))).toBe(297);
    expect(Math.round(mm(media[3] - media[1]))).toBe(210);
    // the block of three labels (and 4 mm gaps) is the TrimBox, inside the paper
    const single = await call(t.dispatch, 'export.pdf', { designId, cropMarks: false, dielineName: 'Dieline' });
    const one = join(tmp, 'one.pdf');
    writeFileSync(one, Buffer.from(single.base64, 'base64'));
    const label = pdfinfo(one, ['-box']).TrimBox.split(/\s+/).map(Number);
    const trim = box('TrimBox');
    expect(mm(trim[2] - trim[0])).toBeCloseTo(mm(label[2] - label[0]), 1);
    expect(mm(trim[3] - trim[1])).toBeCloseTo(3 * mm(label[3] - label[1]) + 2 * 4, 1);
    expect(trim[0]).toBeGreaterThan(media[0]);
    expect(trim[2]).toBeLessThan(media[2]);
  });

  it('export.pdf refuses with the report while errors block, and force does not override an unforceable error', async () => {
    const { design } = await call(t.dispatch, 'designs.get', { id: designId });
    const broken = { ...design, elements: design.elements.map((e: { id: string }) => (e.id === 'title' ? { ...e, text: '凯里红酸汤\u{1F98B}' } : e)) };
    await call(t.dispatch, 'designs.save', { design: broken, reason: 'explicit' });
    const pre = await call(t.dispatch, 'export.preflight', { designId });
    expect(pre.errors.map((e: { code: string }) => e.code)).toContain('text.missing-glyphs');
    for (const force of [false, true]) {
      const result = await t.dispatch('export.pdf', { designId, force });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('export.blocked');
        expect((result.error.details as { report: { errors: unknown[] } }).report.errors.length).toBeGreaterThan(0);
      }
    }
    await call(t.dispatch, 'designs.save', { design, reason: 'explicit' });
  });

  it('uses the linked product\'s facts: food-label items are checked; an unknown product is said plainly', async () => {
    const { design } = await call(t.dispatch, 'designs.get', { id: designId });
    await call(t.dispatch, 'designs.save', { design: { ...design, productId: 'no-such-product' }, reason: 'explicit' });
    const unknown = await call(t.dispatch, 'export.preflight', { designId });
    expect(unknown.warnings.map((w: { code: string }) => w.code)).toContain('scene.product-unavailable');
    // linked to the sample sour soup: the sample label carries every GB 7718 item by placeholder
    await call(t.dispatch, 'designs.save', { design: { ...design, productId: 'prod-kaili-hongsuantang-500g' }, reason: 'explicit' });
    const linked = await call(t.dispatch, 'export.preflight', { designId });
    const codes = linked.warnings.map((w: { code: string }) => w.code);
    expect(codes).not.toContain('scene.product-unavailable');
    expect(codes).not.toContain('label.missing-item');
    // without its label texts the same design lacks them, and preflight says which
    const bare = design.elements.filter((e: { id: string }) => !['label-facts', 'nutrition', 'net-content'].includes(e.id));
    await call(t.dispatch, 'designs.save', { design: { ...design, elements: bare, productId: 'prod-kaili-hongsuantang-500g' }, reason: 'explicit' });
    const missing = await call(t.dispatch, 'export.preflight', { designId });
    // missing GB 7718 items are errors: the label cannot be exported until they are there
    expect(missing.errors.map((w: { code: string }) => w.code)).toContain('label.missing-item');
    expect(missing.errors.every((e: { code: string }) => e.code === 'label.missing-item')).toBe(true);
    expect(missing.ok).toBe(false);
    await call(t.dispatch, 'designs.save', { design, reason: 'explicit' });
  });

  it('a photo whose file is missing is a preflight error, and the proof is refused like the PDF', async () => {
    const { design } = await call(t.dispatch, 'designs.get', { id: designId });
    const photo = { id: 'lost-photo', kind: 'image', name: '丢失的照片', page: 'front', panelId: 'label', transform: { x: 130, y: 12, width: 15, height: 15, rotation: 0 }, opacity: 1, locked: false, hidden: false, assetId: 'f'.repeat(64), pixelWidth: 1000, pixelHeight: 1000 };
    await call(t.dispatch, 'designs.save', { design: { ...design, elements: [...design.elements, photo] }, reason: 'explicit' });
    const pre = await call(t.dispatch, 'export.preflight', { designId });
    expect(pre.errors).toEqual([expect.objectContaining({ code: 'scene.image-missing', where: { page: 'front', panelId: 'label', elementId: 'lost-photo' } })]);
    // one release check for every output: the proof and the shop pictures refuse on the PDF's errors
    for (const [name, input] of [['export.proof', { designId, page: 0, dieline: false }], ['export.images', { designId }], ['export.pdf', { designId }]] as const) {
      const refused = await t.dispatch(name, input);
      expect(refused.ok ? 'ok' : refused.error.code, name).toBe('export.blocked');
    }
    await call(t.dispatch, 'designs.save', { design, reason: 'explicit' });
  });

  it('export.proof and export.images return PNGs of the promised sizes', async () => {
    const proof = await call(t.dispatch, 'export.proof', { designId, page: 0, dieline: true });
    const [w, h] = await pngSize(proof.dataUrl);
    expect([w, h]).toEqual([proof.widthPx, proof.heightPx]);
    const images = await call(t.dispatch, 'export.images', { designId });
    expect(await pngSize(images.main)).toEqual([800, 800]);
    expect((await pngSize(images.detail))[0]).toBe(750);
    expect((await pngSize(images.mockup))[0]).toBeGreaterThan(0);
    expect(await pngSize(images.mockup3d)).toEqual([1200, 1200]);
    const bad = await t.dispatch('export.proof', { designId, page: 3, dieline: false });
    expect(bad.ok ? '' : bad.error.code).toBe('export.no-such-page');
  }, 120_000);
});

describe('jinxiu export / images', () => {
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s), lang: 'en' as const }, out, err };
  };
  const data = join(tmp, 'data');

  it('exports a design JSON file with a proof and prints the report as JSON', async () => {
    const c = io();
    const pdf = join(tmp, 'jar.pdf');
    const png = join(tmp, 'jar.png');
    const code = await runCli(['export', JAR, '--out', pdf, '--data', data, '--proof', png, '--json', '--no-marks'], c.io);
    expect(c.err).toEqual([]);
    expect(code).toBe(0);
    const report = JSON.parse(c.out.join('\n'));
    expect(report).toMatchObject({ errors: [], output: pdf });
    expect(pdfinfo(pdf)['PDF subtype']).toBe('PDF/X-4');
    expect((await sharp(png).metadata()).format).toBe('png');
  }, 60_000);

  it('--n-up A4|A3 writes the copies on a real paper sheet (MediaBox = the paper), and says plainly what is wrong', async () => {
    for (const [sheet, paper] of [['A4', [210, 297]], ['A3', [297, 420]]] as const) {
      const c = io();
      const pdf = join(tmp, `jar-${sheet}.pdf`);
      expect(await runCli(['export', JAR, '--out', pdf, '--data', data, '--n-up', sheet, '--gap', '3'], c.io)).toBe(0);
      expect(c.err).toEqual([]);
      const media = pdfinfo(pdf, ['-box']).MediaBox.split(/\s+/).map(Number);
      const size = [media[2] - media[0], media[3] - media[1]].map((pt) => Math.round((pt * 25.4) / 72)).sort((a, b) => a - b);
      expect(size).toEqual([...paper]);
      expect(qpdfCheck(pdf)).toContain('No syntax or stream encoding errors found');
    }
    const bad = io();
    expect(await runCli(['export', JAR, '--out', join(tmp, 'x.pdf'), '--data', data, '--n-up', 'A5'], bad.io)).not.toBe(0);
    expect(bad.err.join('\n')).toContain('--n-up must be A4 or A3 (got "A5")');
    const zh = io();
    expect(await runCli(['export', JAR, '--out', join(tmp, 'x.pdf'), '--data', data, '--n-up', 'A4', '--gap', 'wide'], { ...zh.io, lang: 'zh' as never })).not.toBe(0);
    expect(zh.err.join('\n')).toContain('--gap 要写 0 到 50 之间的毫米数');
    const gapOnly = io();
    expect(await runCli(['export', JAR, '--out', join(tmp, 'x.pdf'), '--data', data, '--gap', '3'], gapOnly.io)).not.toBe(0);
    expect(gapOnly.err.join('\n')).toContain('--gap only applies');
    expect(existsSync(join(tmp, 'x.pdf'))).toBe(false);
    const help = io();
    expect(await runCli(['export', '--help'], help.io)).toBe(0);
    expect(help.out.join('\n')).toMatch(/--n-up A4\|A3/);
  }, 90_000);

  it('exits 1 and writes nothing when errors block', async () => {
    const design = JSON.parse(readFileSync(JAR, 'utf8'));
    design.elements.find((e: { id: string }) => e.id === 'credits').text = '谢谢';
    const file = join(tmp, 'no-credit.json');
    writeFileSync(file, JSON.stringify(design));
    const c = io();
    const pdf = join(tmp, 'no-credit.pdf');
    expect(await runCli(['export', file, '--out', pdf, '--data', data, '--force'], c.io)).toBe(1);
    expect(existsSync(pdf)).toBe(false);
    expect(c.out.join('\n')).toMatch(/ERROR credit\.missing \[front \/ label \/ credits\]/);
  }, 60_000);

  it('writes the three shop pictures', async () => {
    const c = io();
    const dir = join(tmp, 'pics');
    expect(await runCli(['images', JAR, '--out', dir, '--data', data], c.io)).toBe(0);
    for (const name of ['main', 'detail', 'mockup', 'mockup-3d']) expect(existsSync(join(dir, `${name}.png`))).toBe(true);
  }, 60_000);

  it('refuses shop pictures (and a proof) of a design with the secret/sacred 窝妥 and the community-only 百鸟衣, as the PDF is refused', async () => {
    const motif = (slug: string) => JSON.parse(readFileSync(join(ROOT, 'motifs', slug, 'motif.json'), 'utf8'));
    const design = JSON.parse(readFileSync(JAR, 'utf8'));
    const place = (id: string, m: { id: string; names: { zh: string } }) => ({ id, kind: 'motif', name: m.names.zh, page: 'front', transform: { x: 10, y: 10, width: 20, height: 20, rotation: 0 }, opacity: 1, locked: false, hidden: false, motifId: m.id, colourMap: {} });
    design.elements.push(place('wotuo', motif('wotuo-spiral')), place('birds', motif('hundred-birds')));
    const file = join(tmp, 'sacred.json');
    writeFileSync(file, JSON.stringify(design));
    const dir = join(tmp, 'sacred-pics');
    const c = io();
    expect(await runCli(['images', file, '--out', dir, '--data', data], c.io)).toBe(1);
    for (const name of ['main', 'detail', 'mockup', 'mockup-3d']) expect(existsSync(join(dir, `${name}.png`))).toBe(false);
    const said = c.out.join('\n');
    expect(said).toMatch(/ERROR motif\.not-exportable \[front[^\]]*wotuo\]/);
    expect(said).toMatch(/ERROR motif\.label-forbids \[front[^\]]*birds\]/);
    expect(said).toContain('nothing written');
    // --force cannot override cultural rules
    expect(await runCli(['images', file, '--out', dir, '--data', data, '--force'], io().io)).toBe(1);
    const pdf = join(tmp, 'sacred.pdf');
    const png = join(tmp, 'sacred.png');
    expect(await runCli(['export', file, '--out', pdf, '--proof', png, '--data', data], io().io)).toBe(1);
    expect(existsSync(pdf) || existsSync(png)).toBe(false);
  }, 60_000);
});
