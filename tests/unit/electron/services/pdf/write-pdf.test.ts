import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FontService } from '../../../../../electron/services/fonts/font-service';
import { writePdf, type WritePdfOptions } from '../../../../../electron/services/pdf/write-pdf';
import { StudioError } from '../../../../../model/localized';
import type { Scene } from '../../../../../model/scene';
import {
  gsPdfInfo,
  mutoolTrace,
  pdfBoxes,
  pdffonts,
  pdfimagesList,
  pdfinfo,
  pdfinfoMeta,
  pdftotext,
  plateMax,
  qpdfCheck,
  qpdfJson,
  renderPng,
  tacMax,
  tiffsep,
} from '../../../../helpers/pdf-tools';
import { SAMPLE_ICC, labelScene, makeLogo, makePhoto, sampleWriteOptions } from './sample-scene';

const root = resolve(__dirname, '../../../../..');
const iccPath = SAMPLE_ICC;
const tmp = mkdtempSync(join(tmpdir(), 'jinxiu-pdf-'));
const BLEED_PT = (3 / 25.4) * 72; // 8.504 pt
const SLUG_PT = (10 / 25.4) * 72;
const close = (a: number, b: number, eps = 0.02) => expect(Math.abs(a - b)).toBeLessThan(eps);

let options: WritePdfOptions;
let fontService: FontService;
let withMarks: string;
let withoutMarks: string;
let bytesWithMarks: Buffer;

beforeAll(async () => {
  const photo = await makePhoto();
  const logo = await makeLogo();
  fontService = new FontService({ bundledDir: join(root, 'assets/fonts') });
  options = sampleWriteOptions({ fonts: fontService, photo, logo }, '苗绣礼盒 Miao embroidery box');
  bytesWithMarks = await writePdf(labelScene(), options);
  withMarks = join(tmp, 'marks.pdf');
  writeFileSync(withMarks, bytesWithMarks);
  withoutMarks = join(tmp, 'nomarks.pdf');
  writeFileSync(withoutMarks, await writePdf(labelScene(), { ...options, cropMarks: false }));
}, 60_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('writePdf: document level (PDF/X-4)', () => {
  it('is structurally valid, unencrypted PDF 1.6 with subtype PDF/X-4', () => {
    expect(qpdfCheck(withMarks)).toMatch(/No syntax or stream encoding errors found/);
    const info = pdfinfo(withMarks);
    expect(info['PDF version']).toBe('1.6');
    expect(info['PDF subtype']).toBe('PDF/X-4');
    expect(info['Encrypted']).toBe('no');
    expect(info['Title']).toBe('苗绣礼盒 Miao embroidery box');
    expect(info['CreationDate']).toMatch(/2026/);
    expect(info['ModDate']).toMatch(/2026/);
  });

  it('carries XMP with pdfxid and xmpMM ids, /Trapped and a trailer /ID', () => {
    const meta = pdfinfoMeta(withMarks).replace(/\n/g, '');
    expect(meta).toMatch(/<pdfxid:GTS_PDFXVersion>PDF\/X-4<\/pdfxid:GTS_PDFXVersion>/);
    expect(meta).toMatch(/<xmpMM:DocumentID>uuid:[0-9a-f-]{36}<\/xmpMM:DocumentID>/);
    expect(meta).toMatch(/<xmpMM:VersionID>1<\/xmpMM:VersionID>/);
    expect(meta).toMatch(/<xmpMM:RenditionClass>default</);
    expect(meta).toMatch(/苗绣礼盒 Miao embroidery box/);
    expect(gsPdfInfo(withMarks)).toMatch(/^Trapped: False/m);
    const json = qpdfJson(withMarks).qpdf[1] as Record<string, { value?: Record<string, unknown> }>;
    const id = json.trailer.value!['/ID'] as string[];
    expect(id).toHaveLength(2);
  });

  it('has a GTS_PDFX OutputIntent embedding exactly the bundled 4-channel profile', () => {
    const objs = qpdfJson(withMarks).qpdf[1] as Record<string, { value?: Record<string, unknown>; stream?: { dict: Record<string, unknown>; data?: string } }>;
    const root = objs[`obj:${objs.trailer.value!['/Root']}`].value!;
    const intents = root['/OutputIntents'] as string[];
    expect(intents).toHaveLength(1);
    const intent = objs[`obj:${intents[0]}`].value!;
    expect(intent['/S']).toBe('/GTS_PDFX');
    expect(intent['/OutputConditionIdentifier']).toBe('u:FOGRA39');
    const profile = objs[`obj:${intent['/DestOutputProfile']}`].stream!;
    expect(profile.dict['/N']).toBe(4);
    expect(Buffer.from(profile.data!, 'base64').equals(readFileSync(iccPath))).toBe(true);
  });

  it('contains no RGB: no DeviceRGB names, no rg/RG operators, no 3-channel profiles, nothing painted in RGB', () => {
    const objs = qpdfJson(withMarks).qpdf[1];
    const text = JSON.stringify(objs);
    expect(text).not.toMatch(/"\/(DeviceRGB|CalRGB)"/);
    for (const o of Object.values(objs)) {
      if (o.stream?.dict['/N'] === 3) throw new Error('3-channel ICC stream found');
      const subtype = o.stream?.dict['/Subtype'];
      if (o.stream?.data && subtype !== '/Image' && subtype !== '/XML' && !o.stream.dict['/N'] && !o.stream.dict['/Length1']) {
        const ops = Buffer.from(o.stream.data, 'base64').toString('latin1');
        expect(ops).not.toMatch(/(^|\s)(rg|RG)(\s|$)/);
      }
    }
    expect(mutoolTrace(withMarks)).not.toMatch(/colorspace="(DeviceRGB|ICCBased\(RGB|CalRGB)/);
  });

  it('is deterministic for the same scene and options', async () => {
    expect((await writePdf(labelScene(), options)).equals(bytesWithMarks)).toBe(true);
  });
});

describe('writePdf: page boxes and marks', () => {
  it('TrimBox is the label, BleedBox 3 mm larger on each side, MediaBox adds a slug with marks', () => {
    const b = pdfBoxes(withMarks);
    close(b.TrimBox[2] - b.TrimBox[0], (90 / 25.4) * 72);
    close(b.TrimBox[3] - b.TrimBox[1], (120 / 25.4) * 72);
    for (const i of [0, 1]) {
      close(b.TrimBox[i] - b.BleedBox[i], BLEED_PT);
      close(b.BleedBox[i + 2] - b.TrimBox[i + 2], BLEED_PT);
      close(b.BleedBox[i] - b.MediaBox[i], SLUG_PT);
      close(b.MediaBox[i + 2] - b.BleedBox[i + 2], SLUG_PT);
    }
  });

  it('without marks the MediaBox is the BleedBox', () => {
    const b = pdfBoxes(withoutMarks);
    b.MediaBox.forEach((v, i) => close(v, b.BleedBox[i]));
    close(b.TrimBox[0] - b.BleedBox[0], BLEED_PT);
  });

  it('prints registration marks (400 %) only outside the BleedBox; inside it TAC stays <= 300 %', () => {
    const media = tiffsep(withMarks, { dpi: 150 });
    expect(tacMax(media)).toBe(400);
    const bleed = tiffsep(withMarks, { dpi: 150, useBleedBox: true });
    expect(tacMax(bleed)).toBeLessThanOrEqual(300);
    const none = tiffsep(withoutMarks, { dpi: 150 });
    expect(tacMax(none)).toBeLessThanOrEqual(300);
    for (const s of [media, bleed, none]) rmSync(s.dir, { recursive: true, force: true });
  });

  it('replaces characters the slug font lacks instead of failing the export', async () => {
    const file = join(tmp, 'emoji-title.pdf');
    writeFileSync(file, await writePdf(labelScene(), { ...options, title: '蝴蝶\u{1F98B}礼盒' }));
    expect(pdftotext(file)).toMatch(/蝴蝶\?礼盒 · front/);
  });

  it('writes the design name, page and date in the slug', () => {
    const text = pdftotext(withMarks);
    expect(text).toMatch(/苗绣礼盒 Miao embroidery box · front · 1\/1 · 2026-11-28 15:00 UTC/);
    expect(pdftotext(withoutMarks)).not.toMatch(/1\/1 ·/);
  });
});

describe('writePdf: colour, text, images, dieline', () => {
  it('lists the spot colours and makes a plate for each', () => {
    const gs = gsPdfInfo(withMarks);
    expect(gs).toMatch(/Page Spot colors:.*'Silver'/s);
    expect(gs).toMatch(/'Dieline'/);
    const seps = tiffsep(withoutMarks, { dpi: 100, useBleedBox: true });
    expect(seps.plates).toEqual(expect.arrayContaining(['Cyan', 'Magenta', 'Yellow', 'Black', 'Silver', 'Dieline']));
    expect(plateMax(seps.plate('Silver'))).toBe(100);
    expect(plateMax(seps.plate('Dieline'))).toBeGreaterThan(50);
    rmSync(seps.dir, { recursive: true, force: true });
  });

  it('strokes the dieline only, always overprinting, inside the optional content group "Dieline"', () => {
    const trace = mutoolTrace(withMarks);
    const dielineOps = trace.split('\n').filter((l) => l.includes('Separation(DeviceCMYK,Dieline)'));
    expect(dielineOps.length).toBe(2); // cut contour + fold line
    for (const l of dielineOps) {
      expect(l).toMatch(/op="1"/);
      expect(l).toMatch(/<stroke_path/);
    }
    expect(trace).toMatch(/<layer name="Dieline"\/>/);
    const objs = qpdfJson(withMarks).qpdf[1] as Record<string, { value?: Record<string, unknown> }>;
    const root = objs[`obj:${objs.trailer.value!['/Root']}`].value!;
    const ocp = root['/OCProperties'] as { '/OCGs': string[] };
    expect(objs[`obj:${ocp['/OCGs'][0]}`].value!['/Name']).toBe('u:Dieline');
  });

  it('names the die ink CutContour when asked (cutting plotters)', async () => {
    const file = join(tmp, 'cutcontour.pdf');
    writeFileSync(file, await writePdf(labelScene(), { ...options, dielineName: 'CutContour' }));
    const lines = mutoolTrace(file).split('\n').filter((l) => l.includes('Separation(DeviceCMYK,CutContour)'));
    expect(lines.length).toBe(2);
    expect(gsPdfInfo(file)).toMatch(/'CutContour'/);
  });

  it('embeds both fonts as tagged subsets whose text extracts as the original Chinese', () => {
    const fonts = pdffonts(withMarks);
    expect(fonts).toHaveLength(2);
    for (const f of fonts) {
      expect(f.emb).toBe('yes');
      expect(f.sub).toBe('yes');
      expect(f.name).toMatch(/^[A-Z]{6}\+LXGWWenKai-(Regular|Light)$/);
      expect(f.type).not.toMatch(/Type 3/);
    }
    const text = pdftotext(withMarks);
    expect(text).toMatch(/锦绣工坊 苗族刺绣/);
    expect(text).toMatch(/Jinxiu Studio/);
    // the PDF is small because only the used glyphs travel: the fonts are 15-19 MB each
    expect(readFileSync(withMarks).length).toBeLessThan(1_000_000);
  });

  it('advances glyphs exactly as the layout metrics say (no re-shaping: "15:00" keeps its colon)', async () => {
    const text = '时间 15:00 Jinxiu·苗';
    const scene: Scene = { title: 't', pages: [{ ...labelScene().pages[0], nodes: [
      { type: 'text', fontId: 'lxgw-wenkai-regular', sizePt: 20, color: { kind: 'cmyk', c: 0, m: 0, y: 0, k: 100 }, runs: [{ text, x: 5, y: 20 }] },
    ], dieline: undefined }] };
    const file = join(tmp, 'advances.pdf');
    writeFileSync(file, await writePdf(scene, { ...options, cropMarks: false }));
    const glyphs = [...mutoolTrace(file).matchAll(/<g unicode="(.)" glyph="\d+" x="([\d.]+)"/g)].map((m) => ({ ch: m[1], x: +m[2] }));
    expect(glyphs.map((g) => g.ch).join('')).toBe(text);
    const metrics = fontService.metrics('lxgw-wenkai-regular', text);
    const mmPerUnit = ((20 * 25.4) / 72) / metrics.unitsPerEm;
    for (let i = 1; i < glyphs.length; i++) {
      const expected = metrics.advances[glyphs[i - 1].ch.codePointAt(0)!] * mmPerUnit;
      expect(Math.abs(glyphs[i].x - glyphs[i - 1].x - expected)).toBeLessThan(0.01);
    }
  });

  it('draws the vertical run one glyph under the other, in the Silver ink', () => {
    const trace = mutoolTrace(withMarks);
    const span = /<fill_text colorspace="Separation\(DeviceCMYK,Silver\)"[\s\S]*?<\/fill_text>/.exec(trace)![0];
    const glyphs = [...span.matchAll(/<g unicode="(.)" glyph="\d+" x="([\d.]+)" y="([\d.]+)"/g)].map((m) => ({ ch: m[1], x: +m[2], y: +m[3] }));
    expect(glyphs.map((g) => g.ch).join('')).toBe('银饰蝴蝶');
    expect(new Set(glyphs.map((g) => g.x)).size).toBe(1);
    for (let i = 1; i < glyphs.length; i++) expect(glyphs[i].y).toBeGreaterThan(glyphs[i - 1].y);
  });

  it('converts images to CMYK JPEG, downsampled to about 450 ppi, with a gray soft mask for alpha', () => {
    const imgs = pdfimagesList(withMarks);
    const photo = imgs.find((i) => i.type === 'image' && i.width > 1000)!;
    expect(photo.color).toBe('cmyk');
    expect(photo.enc).toBe('jpeg');
    expect(photo.width).toBeLessThan(3000);
    expect(photo.xppi).toBeGreaterThanOrEqual(440);
    expect(photo.xppi).toBeLessThanOrEqual(460);
    expect(photo.yppi).toBeGreaterThanOrEqual(440);
    for (const i of imgs) {
      expect(['cmyk', 'gray']).toContain(i.color);
      expect(i.xppi).toBeGreaterThanOrEqual(300);
    }
    expect(imgs.some((i) => i.type === 'smask' && i.color === 'gray')).toBe(true);
  });

  it('renders what the scene says (poppler raster, sampled with sharp)', async () => {
    const png = renderPng(withoutMarks, 1, 100);
    const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    // scene mm -> pixel: the page starts at the bleed edge, 3 mm left of and above the trim
    const at = (xMm: number, yMm: number) => {
      const px = Math.round(((xMm + 3) / 25.4) * 100);
      const py = Math.round(((yMm + 3) / 25.4) * 100);
      const i = (py * info.width + px) * 3;
      return [data[i], data[i + 1], data[i + 2]];
    };
    const [r1, g1, b1] = at(10, 76); // red ring (M90 Y80)
    expect(r1).toBeGreaterThan(180);
    expect(g1).toBeLessThan(110);
    expect(b1).toBeLessThan(110);
    const hole = at(18, 76); // hole of the even-odd ring shows the beige background
    expect(hole[0]).toBeGreaterThan(200);
    expect(hole[1]).toBeGreaterThan(190);
    const silver = at(45, 80); // Silver spot previews through its K40 alternate: neutral grey
    expect(Math.max(...silver) - Math.min(...silver)).toBeLessThan(20);
    expect(silver[0]).toBeLessThan(200);
    expect(silver[0]).toBeGreaterThan(100);
    const photoTopLeft = at(11, 11); // sRGB (5,5,160): blue dominates after the CMYK round trip
    expect(photoTopLeft[2]).toBeGreaterThan(photoTopLeft[0] + 40);
    const photoTopRight = at(79, 11); // sRGB (250,5,160): magenta-pink
    expect(photoTopRight[0]).toBeGreaterThan(photoTopRight[1] + 80);
    rmSync(dirname(png), { recursive: true, force: true });
  });
});

describe('writePdf: errors the user can act on', () => {
  const expectCode = async (p: Promise<unknown>, code: string) => {
    const e = await p.then(() => undefined, (err: unknown) => err);
    expect(e).toBeInstanceOf(StudioError);
    expect((e as StudioError).code).toBe(code);
    expect((e as StudioError).localized.zh).toMatch(/[\u4e00-\u9fff]/);
  };

  it('refuses text the font cannot draw, naming the characters', async () => {
    const scene: Scene = labelScene();
    scene.pages[0].nodes = [
      { type: 'text', fontId: 'lxgw-wenkai-regular', sizePt: 12, color: { kind: 'cmyk', c: 0, m: 0, y: 0, k: 100 }, runs: [{ text: '苗\u{1F98B}', x: 5, y: 10 }] },
    ];
    await expectCode(writePdf(scene, options), 'pdf.missingGlyphs');
  });

  it('refuses a missing or non-CMYK colour profile, and an empty scene', async () => {
    await expectCode(writePdf(labelScene(), { ...options, iccPath: join(tmp, 'nope.icc') }), 'pdf.iccMissing');
    await expectCode(writePdf(labelScene(), { ...options, iccPath: '/usr/share/color/argyll/ref/sRGB.icm' }), 'pdf.iccMissing');
    await expectCode(writePdf({ title: 'x', pages: [] }, options), 'pdf.noPages');
  });
});
