import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FontService } from '../../../../../electron/services/fonts/font-service';
import { writePdf } from '../../../../../electron/services/pdf/write-pdf';
import type { Scene, SceneNode } from '../../../../../model/scene';
import { layoutText } from '../../../../../model/text/layout';
import { pdffonts, pdftotext, qpdfCheck, renderPng } from '../../../../helpers/pdf-tools';

/**
 * Every bundled face goes into the PDF the way LXGW WenKai always has: a tagged TrueType subset
 * (CIDFontType2, embedded, ToUnicode), its text extracting as the original Chinese; and the bold
 * faces really print bolder than their regular weight (poppler's ink, not the font's name).
 */
const root = resolve(__dirname, '../../../../..');
const tmp = mkdtempSync(join(tmpdir(), 'jinxiu-faces-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const fonts = new FontService({ bundledDir: join(root, 'assets/fonts') });
const SAMPLE = '雷山银球茶「苗绣」，手工揉制。';
const ROW_MM = 14;
let file: string;

function faceScene(): Scene {
  const nodes: SceneNode[] = [{ type: 'path', d: [['M', -3, -3], ['L', 123, -3], ['L', 123, 123], ['L', -3, 123], ['Z']], fill: { kind: 'cmyk', c: 0, m: 0, y: 0, k: 0 } }];
  fonts.list().forEach((font, i) => {
    // laid out by the shared layout, as the scene builder does
    const layout = layoutText(SAMPLE, { metrics: fonts.layoutMetrics(font.id), sizePt: 18, lineHeight: 1.2, widthMm: 110 });
    nodes.push({ type: 'text', fontId: font.id, sizePt: 18, color: { kind: 'cmyk', c: 0, m: 0, y: 0, k: 100 }, runs: layout.runs.map((r) => ({ ...r, x: r.x + 5, y: r.y + 5 + i * ROW_MM })) });
  });
  return { title: 'bundled faces', pages: [{ name: 'front', widthMm: 120, heightMm: 120, bleedMm: 3, safeMm: 3, nodes }] };
}

beforeAll(async () => {
  file = join(tmp, 'faces.pdf');
  writeFileSync(
    file,
    await writePdf(faceScene(), {
      fonts,
      loadImage: () => {
        throw new Error('no images');
      },
      iccPath: join(root, 'assets/icc/FOGRA39L_tac300.icc'),
      cropMarks: false,
      dielineName: 'Dieline',
      title: 'bundled faces',
      creator: 'Jinxiu Studio test',
      now: new Date('2026-12-06T15:00:00Z'),
    }),
  );
}, 120_000);

describe('bundled faces in the PDF', () => {
  it('embeds each face once as a tagged TrueType subset with a Unicode map', () => {
    expect(qpdfCheck(file)).toMatch(/No syntax or stream encoding errors found/);
    const rows = pdffonts(file);
    const names = rows.map((r) => r.name.replace(/^[A-Z]{6}\+/, '')).sort();
    expect(names).toEqual(['LXGWWenKai-Light', 'LXGWWenKai-Regular', 'NotoSansCJKsc-Bold', 'NotoSansCJKsc-Regular', 'NotoSerifCJKsc-Bold', 'NotoSerifCJKsc-Regular']);
    for (const r of rows) {
      expect(r.name, r.name).toMatch(/^[A-Z]{6}\+/);
      expect(r.type, r.name).toBe('CID TrueType');
      expect(r.emb, r.name).toBe('yes');
      expect(r.sub, r.name).toBe('yes');
      expect(r.uni, r.name).toBe('yes');
    }
    // only the used glyphs travel: six faces of 2-19 MB each in a PDF of a few hundred KB
    expect(readFileSync(file).length).toBeLessThan(600_000);
  });

  it('extracts every face\'s line as the original text', () => {
    const lines = pdftotext(file).split('\n').map((l) => l.trim()).filter(Boolean);
    expect(lines).toHaveLength(fonts.list().length);
    for (const l of lines) expect(l.replace(/\s/g, '')).toBe(SAMPLE);
  });

  it('prints the bold faces bolder than their regular weight, and the faces differ from each other', async () => {
    const png = renderPng(file, 1, 150);
    // FACES_DUMP=/tmp/faces.pdf keeps the PDF for a look by hand (e.g. an independent print check)
    if (process.env.FACES_DUMP) writeFileSync(process.env.FACES_DUMP, readFileSync(file));
    const { data, info } = await sharp(readFileSync(png)).greyscale().raw().toBuffer({ resolveWithObject: true });
    const pxPerMm = 150 / 25.4;
    // ink per face row: mean darkness over the row's band (page origin is the bleed box, 3 mm out)
    const ink = (row: number) => {
      const y0 = Math.round((3 + 5 + row * ROW_MM) * pxPerMm);
      const y1 = Math.round((3 + 5 + row * ROW_MM + 10) * pxPerMm);
      let sum = 0;
      for (let y = y0; y < y1; y++) for (let x = 0; x < info.width; x++) sum += 255 - data[y * info.width + x];
      return sum / ((y1 - y0) * info.width);
    };
    const ids = fonts.list().map((f) => f.id);
    const by = (id: string) => ink(ids.indexOf(id));
    console.log('[faces] ink', ids.map((id) => `${id}=${by(id).toFixed(1)}`).join(' '));
    for (const id of ids) expect(by(id), id).toBeGreaterThan(2);
    expect(by('noto-sans-sc-bold')).toBeGreaterThan(1.3 * by('noto-sans-sc-regular'));
    expect(by('noto-serif-sc-bold')).toBeGreaterThan(1.3 * by('noto-serif-sc-regular'));
    expect(by('lxgw-wenkai-regular')).toBeGreaterThan(by('lxgw-wenkai-light'));
  });
});
