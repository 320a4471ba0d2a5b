import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { FontService } from '../../../../../electron/services/fonts/font-service';
import { nUp, nUpLayout } from '../../../../../electron/services/pdf/n-up';
import { writePdf } from '../../../../../electron/services/pdf/write-pdf';
import { StudioError } from '../../../../../model/localized';
import type { ScenePage } from '../../../../../model/scene';
import { mutoolTrace, pdfBoxes, pdfimagesList, qpdfCheck, tacMax, tiffsep } from '../../../../helpers/pdf-tools';
import { LOGO_ID, PHOTO_ID, labelPage, makeLogo, makePhoto, rect } from './sample-scene';

const root = resolve(__dirname, '../../../../..');
const tmp = mkdtempSync(join(tmpdir(), 'jinxiu-nup-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const small: ScenePage = {
  name: 'label',
  widthMm: 50,
  heightMm: 30,
  bleedMm: 3,
  safeMm: 2,
  nodes: [{ type: 'path', d: rect(-3, -3, 56, 36), fill: { kind: 'cmyk', c: 0, m: 20, y: 60, k: 0 } }],
  dieline: { cut: [rect(0, 0, 50, 30)], fold: [] },
};

/** How many items of `size` fit in `room` with `gap` between them, by counting up. */
function fitCount(room: number, size: number, gap: number): number {
  let n = 0;
  while ((n + 1) * size + n * gap <= room + 1e-9) n++;
  return n;
}

describe('nUp', () => {
  it('fits as many labels as the better sheet orientation allows, inside the margins, without overlap', () => {
    const layout = nUpLayout(small, { sheet: 'A4', gapMm: 4, marginMm: 12 });
    const portrait = fitCount(210 - 24, 50, 4) * fitCount(297 - 24, 30, 4);
    const landscape = fitCount(297 - 24, 50, 4) * fitCount(210 - 24, 30, 4);
    expect(layout.origins.length).toBe(Math.max(portrait, landscape));
    expect(layout.cols * layout.rows).toBe(layout.origins.length);
    for (const o of layout.origins) {
      expect(o.x).toBeGreaterThanOrEqual(12 - 1e-9);
      expect(o.y).toBeGreaterThanOrEqual(12 - 1e-9);
      expect(o.x + 50).toBeLessThanOrEqual(layout.sheetWidthMm - 12 + 1e-9);
      expect(o.y + 30).toBeLessThanOrEqual(layout.sheetHeightMm - 12 + 1e-9);
    }
    for (const [i, a] of layout.origins.entries()) {
      for (const b of layout.origins.slice(i + 1)) {
        const apart = a.x + 50 + 4 <= b.x + 1e-9 || b.x + 50 + 4 <= a.x + 1e-9 || a.y + 30 + 4 <= b.y + 1e-9 || b.y + 30 + 4 <= a.y + 1e-9;
        expect(apart).toBe(true);
      }
    }
  });

  it('copies the dieline for every label and adds cut marks in the margin', () => {
    const sheet = nUp(small, { sheet: 'A3', gapMm: 2 });
    const n = nUpLayout(small, { sheet: 'A3', gapMm: 2 }).origins.length;
    expect(sheet.dieline!.cut).toHaveLength(n);
    expect(sheet.nodes.filter((x) => x.type === 'group')).toHaveLength(n);
    expect([sheet.sheet!.widthMm, sheet.sheet!.heightMm].sort()).toEqual([297, 420]);
    // the page's trim is the block of copies, placed inside the paper
    expect(sheet.sheet!.trimX + sheet.widthMm).toBeLessThanOrEqual(sheet.sheet!.widthMm);
    expect(sheet.sheet!.trimY + sheet.heightMm).toBeLessThanOrEqual(sheet.sheet!.heightMm);
  });

  it('says so when the label is bigger than the sheet', () => {
    try {
      nUp({ ...small, widthMm: 300, heightMm: 300 }, { sheet: 'A4', gapMm: 3 });
      throw new Error('expected an error');
    } catch (e) {
      expect(e).toBeInstanceOf(StudioError);
      expect((e as StudioError).code).toBe('pdf.nUpTooLarge');
    }
  });

  it('writes a print-ready A4 sheet: every copy has its overprinting dieline, TAC within limit', async () => {
    const photo = await makePhoto();
    const logo = await makeLogo();
    const sheet = nUp(labelPage(), { sheet: 'A4', gapMm: 6 });
    const copies = sheet.nodes.filter((x) => x.type === 'group').length;
    expect(copies).toBe(4); // 90x120 mm: 2 x 2 on portrait A4
    const file = join(tmp, 'sheet.pdf');
    const pdf = await writePdf(
      { title: 'sheet', pages: [sheet] },
      {
        fonts: new FontService({ bundledDir: join(root, 'assets/fonts') }),
        loadImage: (id) => (id === PHOTO_ID ? photo : id === LOGO_ID ? logo : Buffer.alloc(0)),
        iccPath: join(root, 'assets/icc/FOGRA39L_tac300.icc'),
        cropMarks: false,
        dielineName: 'Dieline',
        title: 'sheet',
        creator: 'test',
        now: new Date('2026-11-28T00:00:00Z'),
      },
    );
    writeFileSync(file, pdf);
    expect(qpdfCheck(file)).toMatch(/No syntax or stream encoding errors found/);
    const b = pdfBoxes(file);
    // the paper is the MediaBox; the copies' block is the TrimBox, 3 mm of bleed around it
    expect(Math.abs(b.MediaBox[2] - (210 / 25.4) * 72)).toBeLessThan(0.02);
    expect(Math.abs(b.MediaBox[3] - (297 / 25.4) * 72)).toBeLessThan(0.02);
    const mm = (pt: number) => (pt * 25.4) / 72;
    expect(mm(b.TrimBox[2] - b.TrimBox[0])).toBeCloseTo(2 * 90 + 6, 2);
    expect(mm(b.TrimBox[3] - b.TrimBox[1])).toBeCloseTo(2 * 120 + 6, 2);
    for (const i of [0, 1]) expect(mm(b.TrimBox[i] - b.BleedBox[i])).toBeCloseTo(3, 2);
    for (const i of [2, 3]) expect(mm(b.BleedBox[i] - b.TrimBox[i])).toBeCloseTo(3, 2);
    const dielineOps = mutoolTrace(file).split('\n').filter((l) => l.includes('Separation(DeviceCMYK,Dieline)'));
    expect(dielineOps).toHaveLength(copies * 2);
    for (const l of dielineOps) expect(l).toMatch(/op="1"/);
    for (const img of pdfimagesList(file)) expect(img.xppi).toBeGreaterThanOrEqual(300);
    const seps = tiffsep(file, { dpi: 72, useBleedBox: true });
    expect(seps.plates).toContain('Silver');
    expect(tacMax(seps)).toBeLessThanOrEqual(300);
    rmSync(seps.dir, { recursive: true, force: true });
  });

  for (const sheetSize of ['A4', 'A3'] as const) {
    it(`${sheetSize} with crop marks: the MediaBox is the paper, marks are inside it and outside the BleedBox, in registration`, async () => {
      const [pw, ph] = sheetSize === 'A4' ? [210, 297] : [297, 420];
      const sheet = nUp(small, { sheet: sheetSize, gapMm: 4 });
      const file = join(tmp, `marks-${sheetSize}.pdf`);
      const pdf = await writePdf(
        { title: 'marks', pages: [sheet] },
        {
          fonts: new FontService({ bundledDir: join(root, 'assets/fonts') }),
          loadImage: () => Buffer.alloc(0),
          iccPath: join(root, 'assets/icc/FOGRA39L_tac300.icc'),
          cropMarks: true,
          dielineName: 'Dieline',
          title: 'marks',
          creator: 'test',
          now: new Date('2026-11-28T00:00:00Z'),
        },
      );
      writeFileSync(file, pdf);
      const b = pdfBoxes(file);
      const mm = (pt: number) => (pt * 25.4) / 72;
      expect([mm(b.MediaBox[2] - b.MediaBox[0]), mm(b.MediaBox[3] - b.MediaBox[1])].map(Math.round).sort((x, y) => x - y)).toEqual([pw, ph]);
      expect(b.BleedBox[0]).toBeGreaterThan(b.MediaBox[0]);
      expect(b.BleedBox[2]).toBeLessThan(b.MediaBox[2]);
      // on the plates, ink outside the BleedBox is only the marks: registration (every plate), present
      const dpi = 72;
      const seps = tiffsep(file, { dpi });
      const plates = await Promise.all(['Cyan', 'Magenta', 'Yellow', 'Black'].map((p) => sharp(seps.plate(p)).greyscale().raw().toBuffer({ resolveWithObject: true })));
      const { width, height } = plates[0].info;
      const px = (pt: number) => (pt / 72) * dpi;
      const [bx0, by0, bx1, by1] = b.BleedBox;
      let marks = 0;
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const inBleed = x >= px(bx0) - 1 && x <= px(bx1) + 1 && y >= px(b.MediaBox[3] - by1) - 1 && y <= px(b.MediaBox[3] - by0) + 1;
          if (inBleed) continue;
          const ink = plates.map((p) => 255 - p.data[y * width + x]);
          if (ink.every((v) => v < 8)) continue;
          marks++;
          expect(Math.min(...ink)).toBeGreaterThan(Math.max(...ink) - 40); // the same on every plate
        }
      }
      expect(marks).toBeGreaterThan(20);
      rmSync(seps.dir, { recursive: true, force: true });
    });
  }
});
