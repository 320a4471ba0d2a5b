/**
 * Colour-managed previews: a chart of the brand colours (the default brand kit's palette and the
 * spot inks at their alternates) exported as PDF/X-4 and rendered by Ghostscript through the
 * PDF's own OutputIntent (-dUsePDFX3Profile) must match the proof PNG patch by patch within
 * ΔE 6 (CIE76), and the function the canvas paints with (printColorToCss) must give the same
 * colours. The naive formula the previews used before misses indigo by far more (checked here,
 * so the test can fail).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultBrandKit } from '../../../../../electron/services/brand/default-kit';
import { exportServiceFor, type ExportService } from '../../../../../electron/services/export';
import { cmykToRgb, hexToRgb, printColorToCss } from '../../../../../model/color';
import { DEFAULT_SPOT_ALTERNATES } from '../../../../../model/design/scene/colour';
import type { ColourRef, Design, Element } from '../../../../../model/design/schema';
import type { PrintColor } from '../../../../../model/scene';
import { deltaE76, type Rgb3 } from '../../../../helpers/delta-e';
import { makeStudio, type TestStudio } from '../../../../helpers/studio';

const DPI = 72;
const PATCH = 22;
let t: TestStudio;
let service: ExportService;
const tmp = mkdtempSync(join(tmpdir(), 'jinxiu-colour-'));

interface Patch {
  label: string;
  ref: ColourRef;
  print: PrintColor;
  x: number;
  y: number;
}

/** Every colour of the default kit, by brand name, plus the spot inks as the scene resolves them. */
function chartPatches(): Patch[] {
  const kit = defaultBrandKit('2026-01-01T00:00:00Z');
  const list: Omit<Patch, 'x' | 'y'>[] = kit.palette.map((p) => ({
    label: p.name,
    ref: { brand: p.name },
    print: p.spot ? { kind: 'spot', name: p.spot, tint: 1, alternate: p.cmyk } : { kind: 'cmyk', ...p.cmyk },
  }));
  for (const [name, alternate] of Object.entries(DEFAULT_SPOT_ALTERNATES)) {
    for (const tint of [1, 0.5]) {
      list.push({ label: `${name} ${tint * 100}%`, ref: { spot: { name, tint, alternate } }, print: { kind: 'spot', name, tint, alternate } });
    }
  }
  return list.map((p, i) => ({ ...p, x: 6 + (i % 4) * (PATCH + 2), y: 8 + Math.floor(i / 4) * (PATCH + 4) }));
}

interface PhotoPatch {
  label: string;
  rgb: Rgb3;
  assetId: string;
  x: number;
  y: number;
}

function chartDesign(base: Design, patches: Patch[], photos: PhotoPatch[] = []): Design {
  const page = base.pages[0].name;
  const photoElements: Element[] = photos.map((p, i) => ({
    id: `photo-${i}`,
    kind: 'image',
    name: p.label,
    page,
    assetId: p.assetId,
    pixelWidth: 400,
    pixelHeight: 400,
    transform: { x: p.x, y: p.y, width: PATCH, height: PATCH, rotation: 0 },
    opacity: 1,
    locked: false,
    hidden: false,
  }));
  const elements: Element[] = patches.map((p, i) => ({
    id: `patch-${i}`,
    kind: 'shape',
    name: p.label,
    page,
    shape: 'rect',
    fill: p.ref,
    transform: { x: p.x, y: p.y, width: PATCH, height: PATCH, rotation: 0 },
    opacity: 1,
    locked: false,
    hidden: false,
  }));
  return { ...base, name: 'colour chart', productId: undefined, elements: [...elements, ...photoElements], credits: { blockId: null, lines: [] } };
}

/** Mean colour of the patch's middle (a 10 mm square), in a PNG of the BleedBox. */
async function patchColour(png: Buffer | string, p: { x: number; y: number }, bleedMm: number): Promise<Rgb3> {
  const px = (mm: number) => Math.round(((mm + bleedMm) / 25.4) * DPI);
  const size = px(10) - px(0);
  const left = px(p.x + PATCH / 2 - 5);
  const top = px(p.y + PATCH / 2 - 5);
  const { data } = await sharp(png).removeAlpha().extract({ left, top, width: size, height: size }).raw().toBuffer({ resolveWithObject: true });
  const sum = [0, 0, 0];
  for (let i = 0; i < data.length; i += 3) for (let c = 0; c < 3; c++) sum[c] += data[i + c];
  const n = data.length / 3;
  return [sum[0] / n, sum[1] / n, sum[2] / n];
}

beforeAll(async () => {
  t = await makeStudio({ now: () => new Date('2026-11-28T10:00:00Z') });
  service = exportServiceFor(t.studio);
}, 60_000);
afterAll(() => {
  t?.cleanup();
  rmSync(tmp, { recursive: true, force: true });
});

describe('colour-managed previews', () => {
  it('proof, canvas colour and Ghostscript through the OutputIntent agree within ΔE 6 on every brand colour', async () => {
    const patches = chartPatches();
    // photos of screen colours the inks cannot make: the proof must show what prints, not the file
    const photos: PhotoPatch[] = [];
    for (const [i, [label, rgb]] of ([['sRGB blue', [0, 0, 255]], ['sRGB green', [0, 200, 0]]] as [string, Rgb3][]).entries()) {
      const png = await sharp({ create: { width: 400, height: 400, channels: 3, background: { r: rgb[0], g: rgb[1], b: rgb[2] } } }).png().toBuffer();
      const { assetId } = await t.studio.assets.upload(`${label}.png`, png, 'photo');
      photos.push({ label, rgb, assetId, x: 6 + i * (PATCH + 2), y: 8 + 3 * (PATCH + 4) });
    }
    const design = chartDesign(t.studio.designs.createFromSample('story-card-a6'), patches, photos);
    const report = service.preflight(design);
    expect(report.errors).toEqual([]);
    const { bytes } = await service.pdf(design, { cropMarks: false, dielineName: 'Dieline', force: false });
    const pdf = join(tmp, 'chart.pdf');
    writeFileSync(pdf, bytes);
    const gsPng = join(tmp, 'chart-gs.png');
    const gs = spawnSync('gs', ['-q', '-dBATCH', '-dNOPAUSE', '-dSAFER', '-sDEVICE=png16m', '-dUsePDFX3Profile', `-r${DPI}`, '-dFirstPage=1', '-dLastPage=1', `-sOutputFile=${gsPng}`, pdf], { encoding: 'utf8' });
    expect(gs.status, gs.stderr).toBe(0);
    const proof = await service.proof(design, 0, false, DPI);
    const bleed = service.prepare(design).scene.pages[0].bleedMm;

    const rows: string[] = [];
    for (const p of patches) {
      const paper = await patchColour(gsPng, p, bleed);
      const shown = await patchColour(proof, p, bleed);
      const canvas = hexToRgb(printColorToCss(p.print));
      const canvasRgb: Rgb3 = [canvas.r, canvas.g, canvas.b];
      const cmyk = p.print.kind === 'cmyk' ? p.print : { ...p.print.alternate };
      const tint = p.print.kind === 'spot' ? p.print.tint : 1;
      const n = cmykToRgb({ c: cmyk.c * tint, m: cmyk.m * tint, y: cmyk.y * tint, k: cmyk.k * tint });
      const naive: Rgb3 = [n.r, n.g, n.b];
      const dProof = deltaE76(shown, paper);
      const dCanvas = deltaE76(canvasRgb, paper);
      rows.push(`${p.label}\tgs ${paper.map(Math.round)}\tproof ${shown.map(Math.round)} ΔE ${dProof.toFixed(1)}\tcanvas ${canvasRgb} ΔE ${dCanvas.toFixed(1)}\tnaive ${naive} ΔE ${deltaE76(naive, paper).toFixed(1)}`);
      expect(dProof, `${p.label}: proof ${shown.map(Math.round)} vs Ghostscript ${paper.map(Math.round)}`).toBeLessThan(6);
      expect(dCanvas, `${p.label}: canvas ${canvasRgb} vs Ghostscript ${paper.map(Math.round)}`).toBeLessThan(6);
    }
    for (const p of photos) {
      const paper = await patchColour(gsPng, p, bleed);
      const shown = await patchColour(proof, p, bleed);
      const d = deltaE76(shown, paper);
      rows.push(`${p.label} photo\tgs ${paper.map(Math.round)}\tproof ${shown.map(Math.round)} ΔE ${d.toFixed(1)}\tfile ${p.rgb} ΔE ${deltaE76(p.rgb, paper).toFixed(1)}`);
      expect(d, `${p.label}: proof ${shown.map(Math.round)} vs Ghostscript ${paper.map(Math.round)}`).toBeLessThan(6);
    }
    console.log(rows.join('\n'));
    // the naive formula (what previews used before) is far off on indigo: the comparison has teeth
    const indigo = patches.find((p) => p.label === '靛蓝')!;
    const n = cmykToRgb({ c: 100, m: 75, y: 10, k: 35 });
    expect(deltaE76([n.r, n.g, n.b], await patchColour(gsPng, indigo, bleed))).toBeGreaterThan(6);
  }, 60_000);
});
