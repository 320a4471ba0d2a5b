import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { Page, TestInfo } from '@playwright/test';
import { brandPrintColours } from '../../electron/services/export/studio-sources';
import { prepareDesign } from '../../electron/services/export/prepare-design';
import type { ExportSources } from '../../electron/services/export/export-sources';
import { FontService } from '../../electron/services/fonts/font-service';
import type { BrandKit } from '../../model/brand/schema';
import { elementBounds, elementMatrix } from '../../model/design/geometry';
import { createDesign } from '../../model/design/new-design';
import type { Design, Element } from '../../model/design/schema';
import type { MotifRecord } from '../../model/motif/schema';
import { ProductFileSchema } from '../../model/product/schema';
import type { Matrix, SceneNode, TextRun } from '../../model/scene';
import { getTemplate, generateTemplate, templateKinds } from '../../model/templates';
import { advanceMm } from '../../model/text';
import { NO_LINE_END, NO_LINE_START } from '../../model/text/kinsoku';
import { isLoneCharacter } from '../../model/text/last-line';
import { compareRegion, dieMask, grey } from './region-compare';
import { apiCall, expect, openPrintPreview, openStudio, test, type StudioServer } from './fixtures';

/**
 * One layout, two painters, for every sample and every template: the canvas must paint the
 * very lines the export lays out, and each element must look the same on screen and on paper.
 *
 * - Lines: the composer's paint probe (localStorage "jinxiu.paintProbe") reports where each
 *   text run's baseline was actually painted, read back from the canvas context; the export
 *   side is prepareDesign (the exporter's own scene builder with fontkit metrics) run here on
 *   the same design, product, motifs and brand kit. Every run must start and end within
 *   0.1 mm of the export's.
 * - Pictures: the exported PDF rendered by poppler and the canvas (print preview, no guides)
 *   compared per element over the element's box: Pearson correlation of grey levels (blind to
 *   the different CMYK-to-screen conversions, sharp to shifts and missing parts), with the
 *   die lines left out on both sides (region-compare.ts says why).
 *
 * Figures are printed as "[canvas-paper]" lines and attached to the report.
 */
test.use({ viewport: { width: 2000, height: 1400 } });
test.setTimeout(900_000);

const LINE_TOLERANCE_MM = 0.1;
const MIN_CORRELATION = 0.8;
/** grey levels (0-255) two plain fills may differ by: the canvas's and poppler's CMYK-to-screen conversions */
const MAX_FLAT_GREY_DIFF = 20;
const PX_PER_MM = 2;
const root = path.resolve('.');
const fonts = new FontService({ bundledDir: path.join(root, 'assets/fonts') });

interface Probe {
  page: string;
  runs: { elementId?: string; text: string; x0: number; y0: number; x1: number; y1: number }[];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function compose(a: Matrix, b: Matrix): Matrix {
  return [a[0] * b[0] + a[2] * b[1], a[1] * b[0] + a[3] * b[1], a[0] * b[2] + a[2] * b[3], a[1] * b[2] + a[3] * b[3], a[0] * b[4] + a[2] * b[5] + a[4], a[1] * b[4] + a[3] * b[5] + a[5]];
}

/** The export's runs of one page, as baselines in page mm (end = start + the run's fontkit advance). */
function exportRuns(nodes: SceneNode[], m: Matrix = [1, 0, 0, 1, 0, 0], elementId?: string, out: Probe['runs'] = []): Probe['runs'] {
  for (const n of nodes) {
    const id = n.elementId ?? elementId;
    if (n.type === 'group') exportRuns(n.children, n.transform ? compose(m, n.transform) : m, id, out);
    if (n.type !== 'text') continue;
    const metrics = fonts.layoutMetrics(n.fontId);
    for (const r of n.runs as TextRun[]) {
      if (!r.text) continue;
      const [x0, y0] = apply(m, r.x, r.y);
      const [x1, y1] = apply(m, r.x + advanceMm(metrics, r.text, n.sizePt), r.y);
      out.push({ elementId: id, text: r.text, x0, y0, x1, y1 });
    }
  }
  return out;
}

/** The exporter's sources, filled from the studio's API exactly as the desktop reads them. */
async function exportSide(page: Page, studio: StudioServer, design: Design) {
  const ids = [...new Set(design.elements.flatMap((e) => (e.kind === 'motif' || e.kind === 'pattern' ? [e.motifId] : [])))];
  const motifs: Record<string, { record: MotifRecord; svg?: string }> = ids.length ? (await apiCall(page, studio, 'library.forDesign', { ids })).value : {};
  const kits: BrandKit[] = (await apiCall(page, studio, 'brand.list', {})).value;
  const product = design.productId ? ProductFileSchema.parse((await apiCall(page, studio, 'products.get', { id: design.productId })).value.file) : undefined;
  const sources: ExportSources = {
    fonts,
    iccPath: path.join(root, 'assets/icc/FOGRA39L_tac300.icc'),
    now: () => new Date(),
    loadDesign: () => design,
    motif: (id) => motifs[id],
    brandColours: (kitId) => brandPrintColours(kits.find((k) => k.id === kitId) ?? kits[0]),
    product: () => product,
    loadImage: () => {
      throw new Error('no photos in these designs');
    },
  };
  return prepareDesign(design, sources);
}

async function probe(page: Page): Promise<Probe | undefined> {
  const raw = await page.locator('canvas.upper-canvas').getAttribute('data-painted-runs');
  return raw ? (JSON.parse(raw) as Probe) : undefined;
}

/** Waits until the canvas has painted this page with every run the export has (fonts and metrics loaded). */
async function paintedRuns(page: Page, pageName: string, expected: number): Promise<Probe['runs']> {
  await expect
    .poll(async () => {
      const p = await probe(page);
      return p && p.page === pageName ? p.runs.length : -1;
    }, { timeout: 60_000 })
    .toBe(expected);
  // one more frame, so what is compared is a settled render
  await page.waitForTimeout(300);
  return (await probe(page))!.runs;
}

interface PageFigures {
  page: string;
  worstLineMm: number;
  runs: number;
  /** per element: correlation, and mean ink (0 white - 255 black) over its box on the canvas and on paper */
  elements: { id: string; correlation: number | 'flat'; ink: { canvas: number; paper: number } }[];
  /** the runs the canvas painted (the same texts as the export's, checked above) */
  painted: Probe['runs'];
}

/** Lines and per-element pictures of every page of a design. */
async function compare(page: Page, studio: StudioServer, design: Design, label: string, testInfo: TestInfo): Promise<PageFigures[]> {
  const prepared = await exportSide(page, studio, design);
  const template = prepared.template;
  await openPrintPreview(page, design.name);

  const exported = await apiCall(page, studio, 'export.pdf', { designId: design.id, cropMarks: false, dielineName: 'Dieline', force: false });
  expect(exported.ok, JSON.stringify(exported.error ?? '')).toBe(true);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'canvas-paper-'));
  const pdf = path.join(dir, 'design.pdf');
  fs.writeFileSync(pdf, Buffer.from(exported.value.base64, 'base64'));

  const figures: PageFigures[] = [];
  for (const [index, scenePage] of prepared.scene.pages.entries()) {
    if (design.pages.length > 1) {
      const name = scenePage.name === 'front' ? '正面' : scenePage.name === 'back' ? '背面' : scenePage.name;
      await page.getByRole('group', { name: '页面' }).getByRole('button', { name, exact: true }).click();
    }
    // lines: every run the export lays out, painted at the same baseline from start to end
    const want = exportRuns(scenePage.nodes);
    const got = await paintedRuns(page, scenePage.name, want.length);
    let worst = 0;
    for (const id of new Set(want.map((r) => r.elementId))) {
      const a = want.filter((r) => r.elementId === id);
      const b = got.filter((r) => r.elementId === id);
      expect(b.map((r) => r.text), `${label} ${id}: the canvas paints the export's runs`).toEqual(a.map((r) => r.text));
      a.forEach((r, i) => {
        const q = b[i];
        worst = Math.max(worst, Math.hypot(q.x0 - r.x0, q.y0 - r.y0), Math.hypot(q.x1 - r.x1, q.y1 - r.y1));
      });
    }
    expect(worst, `${label} ${scenePage.name}: worst painted line offset (mm)`).toBeLessThanOrEqual(LINE_TOLERANCE_MM);

    // pictures: the canvas over the trim box vs poppler's page without its bleed
    const canvas = page.locator('canvas.upper-canvas');
    const [zoom, panX, panY] = (await canvas.getAttribute('data-viewport'))!.split(',').map(Number);
    const box = (await canvas.boundingBox())!;
    const screen = await page.screenshot({ clip: { x: box.x + panX, y: box.y + panY, width: template.width * zoom, height: template.height * zoom } });
    const dpi = 200;
    execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(index + 1), '-l', String(index + 1), '-png', '-singlefile', pdf, path.join(dir, `p${index}`)]);
    const pxPerMm = dpi / 25.4;
    const bleed = Math.round(template.bleedMm * pxPerMm);
    const paper = await sharp(fs.readFileSync(path.join(dir, `p${index}.png`)))
      .extract({ left: bleed, top: bleed, width: Math.round(template.width * pxPerMm), height: Math.round(template.height * pxPerMm) })
      .png()
      .toBuffer();
    if (process.env.CANVAS_PAPER_DUMP) { fs.mkdirSync(process.env.CANVAS_PAPER_DUMP, { recursive: true }); fs.writeFileSync(path.join(process.env.CANVAS_PAPER_DUMP, `${label}-${scenePage.name}-canvas.png`), screen); fs.writeFileSync(path.join(process.env.CANVAS_PAPER_DUMP, `${label}-${scenePage.name}-pdf.png`), paper); }
    await testInfo.attach(`${label}-${scenePage.name}-canvas`, { body: screen, contentType: 'image/png' });
    await testInfo.attach(`${label}-${scenePage.name}-pdf`, { body: paper, contentType: 'image/png' });
    const scale = PX_PER_MM;
    const w = Math.round(template.width * scale);
    const h = Math.round(template.height * scale);
    const a = await grey(screen, w, h);
    const b = await grey(paper, w, h);
    const elements: PageFigures['elements'] = [];
    // the die is on the paper only (its own plate; the preview shows no guides): left out on both sides
    const mask = dieMask(scenePage.dieline, w, h, scale);
    for (const el of design.elements as Element[]) {
      if (el.page !== scenePage.name || el.hidden) continue;
      const r = elementBounds(el.transform);
      const x0 = Math.max(0, Math.floor((r.x - 1) * scale));
      const y0 = Math.max(0, Math.floor((r.y - 1) * scale));
      const x1 = Math.min(w, Math.ceil((r.x + r.width + 1) * scale));
      const y1 = Math.min(h, Math.ceil((r.y + r.height + 1) * scale));
      if (x1 - x0 < 4 || y1 - y0 < 4) continue;
      const { correlation: c, ink } = compareRegion(a, b, w, { x: x0, y: y0, w: x1 - x0, h: y1 - y0 }, mask);
      if (c === 'flat') {
        // nothing to correlate: the plain fills must then at least be the same grey
        elements.push({ id: el.id, correlation: 'flat', ink });
        expect.soft(Math.abs(ink.canvas - ink.paper), `${label} ${scenePage.name} ${el.id}: flat, canvas vs PDF grey`).toBeLessThan(MAX_FLAT_GREY_DIFF);
        continue;
      }
      elements.push({ id: el.id, correlation: Number(c.toFixed(4)), ink });
      expect.soft(c, `${label} ${scenePage.name} ${el.id}: canvas vs PDF correlation`).toBeGreaterThan(MIN_CORRELATION);
    }
    figures.push({ page: scenePage.name, worstLineMm: Number(worst.toFixed(4)), runs: want.length, elements, painted: got });
  }
  fs.rmSync(dir, { recursive: true, force: true });
  const line = `[canvas-paper] ${label}: ${figures
    .map((f) => `${f.page} runs=${f.runs} worstLine=${f.worstLineMm}mm ${f.elements.map((e) => `${e.id}=${e.correlation}`).join(' ')}`)
    .join(' | ')}`;
  console.log(line);
  testInfo.annotations.push({ type: 'canvas-paper', description: line });
  return figures;
}

/** A design of this template with text on its printable panels: horizontal, justified, vertical. */
function templateDesign(kind: string): Design {
  const entry = getTemplate(kind);
  const t = generateTemplate(kind, entry.defaults);
  const pages = [...new Set(t.panels.map((p) => p.page))];
  const design = createDesign({ name: `文字测试 ${kind}`, template: { kind, params: entry.defaults as Record<string, number | string | boolean> }, pages });
  const els: Element[] = [];
  const printable = t.panels.filter((p) => p.printable);
  printable.slice(0, 3).forEach((panel, i) => {
    const b = panel.bounds;
    const inset = Math.min(4, b.width / 8, b.height / 8);
    const base = { page: panel.page, panelId: panel.id, opacity: 1, locked: false, hidden: false, fontId: 'lxgw-wenkai-regular', lineHeight: 1.4, colour: { cmyk: { c: 0, m: 0, y: 0, k: 100 } } };
    const vertical = i === 1 && b.height > 30;
    els.push({
      ...base,
      id: `t-${panel.id}`,
      name: `文字 ${panel.id}`,
      kind: 'text',
      // no GI name or other claim: the designs are linked to no product, and a claim would block the export
      text: vertical ? '苗家手作，银球好茶。12月采摘' : '这款茶产自雷公山下，由苗族茶农手工揉制成球。Hand-rolled by Miao tea growers, Leishan County.',
      sizePt: vertical ? 10 : Math.max(6, Math.min(9, b.width / 8)),
      align: i === 2 ? 'justify' : 'start',
      direction: vertical ? 'vertical' : 'horizontal',
      role: 'body',
      transform: { x: b.x + inset, y: b.y + inset, width: Math.max(6, b.width - 2 * inset), height: Math.max(6, b.height - 2 * inset), rotation: 0 },
    } as unknown as Element);
  });
  return { ...design, elements: els };
}

test('every sample: the canvas paints the export\'s lines and each element matches the PDF', async ({ page, studio }, testInfo) => {
  await page.addInitScript(() => localStorage.setItem('jinxiu.paintProbe', '1'));
  await openStudio(page, studio);
  await apiCall(page, studio, 'settings.update', { guidedPathDone: true });
  const samples: { sample: string }[] = (await apiCall(page, studio, 'designs.samples', {})).value;
  expect(samples.length).toBeGreaterThanOrEqual(3);
  for (const { sample } of samples) {
    const design: Design = (await apiCall(page, studio, 'designs.createFromSample', { sample })).value;
    await compare(page, studio, design, sample, testInfo);
  }
});

test('every template with text: the canvas paints the export\'s lines and each element matches the PDF', async ({ page, studio }, testInfo) => {
  await page.addInitScript(() => localStorage.setItem('jinxiu.paintProbe', '1'));
  await openStudio(page, studio);
  await apiCall(page, studio, 'settings.update', { guidedPathDone: true });
  expect(templateKinds.length).toBeGreaterThan(3);
  for (const kind of templateKinds) {
    const draft = templateDesign(kind);
    const created: Design = (await apiCall(page, studio, 'designs.create', { name: draft.name, template: draft.template })).value;
    const design: Design = { ...created, pages: draft.pages, elements: draft.elements };
    const saved = await apiCall(page, studio, 'designs.save', { design, reason: 'explicit' });
    expect(saved.ok, JSON.stringify(saved.error ?? '')).toBe(true);
    await compare(page, studio, design, kind, testInfo);
  }
});

/**
 * The Noto serif and sans faces (regular and bold) and LXGW WenKai Regular on one panel, with
 * text the Chinese rules bite on. (LXGW WenKai Light is left out only to spare the composer
 * loading another 19 MB font; its lines are the same layout code, tested in the unit tests.)
 */
const FACES = ['lxgw-wenkai-regular', 'noto-serif-sc-bold', 'noto-serif-sc-regular', 'noto-sans-sc-regular', 'noto-sans-sc-bold'];

function facesDesign(): Design {
  const kind = 'rigid-lid-base';
  const entry = getTemplate(kind);
  const t = generateTemplate(kind, entry.defaults);
  const panel = t.panels.find((p) => p.printable && p.bounds.width >= 150 && p.bounds.height >= 100)!;
  const design = createDesign({ name: '字体与排版规则', template: { kind, params: entry.defaults as Record<string, number | string | boolean> }, pages: ['front'] });
  const els: Element[] = FACES.map((id) => fonts.info(id)).map((font, i) => ({
    id: `face-${font.id}`,
    name: font.name.zh,
    kind: 'text',
    page: panel.page,
    panelId: panel.id,
    opacity: 1,
    locked: false,
    hidden: false,
    fontId: font.id,
    // 9 pt: 22 characters fill the 70 mm box exactly, so greedy filling would leave "球。" alone;
    // the second paragraph puts brackets and a full stop at the breaks
    text: '银球茶产自雷山县，由当地苗族茶农手工揉制成球。\n「苗绣」里的蝴蝶妈妈（妹榜妹留）是万物之母，《苗族古歌》这样唱道。',
    sizePt: 9,
    lineHeight: 1.4,
    align: i % 3 === 2 ? 'justify' : 'start',
    direction: 'horizontal',
    role: 'body',
    colour: { cmyk: { c: 0, m: 0, y: 0, k: 100 } },
    transform: { x: panel.bounds.x + 4 + (i % 2) * 76, y: panel.bounds.y + 4 + Math.floor(i / 2) * 34, width: 70, height: 30, rotation: 0 },
  }) as unknown as Element);
  return { ...design, elements: els };
}

test('the Noto faces: the canvas paints the export\'s lines under the Chinese rules, and bold is bold on both', async ({ page, studio }, testInfo) => {
  await page.addInitScript(() => localStorage.setItem('jinxiu.paintProbe', '1'));
  await openStudio(page, studio);
  await apiCall(page, studio, 'settings.update', { guidedPathDone: true });
  const ids = FACES;
  const draft = facesDesign();
  const created: Design = (await apiCall(page, studio, 'designs.create', { name: draft.name, template: draft.template })).value;
  const design: Design = { ...created, pages: draft.pages, elements: draft.elements };
  const saved = await apiCall(page, studio, 'designs.save', { design, reason: 'explicit' });
  expect(saved.ok, JSON.stringify(saved.error ?? '')).toBe(true);
  const [figures] = await compare(page, studio, design, 'faces', testInfo);

  for (const id of ids) {
    // the painted lines (one run per line, or per character on justified lines: regrouped by baseline)
    const runs = figures.painted.filter((r) => r.elementId === `face-${id}`);
    const lines = [...new Set(runs.map((r) => r.y0.toFixed(3)))].map((y) => runs.filter((r) => r.y0.toFixed(3) === y).map((r) => r.text).join(''));
    expect(lines.length, id).toBeGreaterThanOrEqual(4);
    lines.forEach((l, i) => {
      const chars = Array.from(l);
      if (i > 0) expect(NO_LINE_START.has(chars[0]), `${id}: "${l}"`).toBe(false);
      expect(NO_LINE_END.has(chars[chars.length - 1]), `${id}: "${l}"`).toBe(false);
      expect(isLoneCharacter(chars), `${id}: "${l}" alone`).toBe(false);
    });
    expect(lines.some((l) => l.endsWith('成球。') && l.length === 3), `${id}: ${JSON.stringify(lines)}`).toBe(true);
  }

  // bold is a real heavier face on the canvas and on paper (same text, same breaks: compare ink)
  const ink = (id: string) => figures.elements.find((e) => e.id === `face-${id}`)!.ink;
  const line = ids.map((id) => `${id} canvas=${ink(id).canvas.toFixed(1)} paper=${ink(id).paper.toFixed(1)}`).join(' ');
  console.log(`[canvas-paper] faces ink: ${line}`);
  testInfo.annotations.push({ type: 'faces-ink', description: line });
  for (const [bold, regular] of [['noto-sans-sc-bold', 'noto-sans-sc-regular'], ['noto-serif-sc-bold', 'noto-serif-sc-regular']]) {
    expect(ink(bold).canvas, `${bold} on the canvas`).toBeGreaterThan(1.25 * ink(regular).canvas);
    expect(ink(bold).paper, `${bold} on paper`).toBeGreaterThan(1.25 * ink(regular).paper);
  }
});
