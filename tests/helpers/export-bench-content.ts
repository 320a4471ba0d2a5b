/**
 * The export content, built once for both export benchmarks: the tuck-end tea box
 * sample (80 × 40 × 160 mm, a flat of about 330 × 260 mm with bleed and marks) plus 40 motif
 * elements, a 12-copy border pattern, 3 photos of 2400 × 1600 and Chinese text in two weights.
 */
import sharp from 'sharp';
import type { Design, Element } from '../../model/design/schema';
import type { StudioContext } from '../../electron/services/studio';

const OPEN_MOTIFS = ['bat', 'duckweed-flower', 'eight-pointed-star', 'eight-pointed-star-batik', 'fish-pair', 'fish-pendant', 'meander', 'pomegranate', 'silver-butterfly', 'silver-lion', 'sun'];

/** A photo with real detail (noise over a gradient), so JPEG sizes are realistic. */
export async function benchPhoto(seed: number): Promise<Buffer> {
  const w = 2400;
  const h = 1600;
  const raw = Buffer.alloc(w * h * 3);
  let s = seed * 2654435761;
  for (let i = 0; i < raw.length; i += 3) {
    s = (s * 1103515245 + 12345) >>> 0;
    const p = i / 3;
    raw[i] = ((p % w) * 255) / w + (s & 31);
    raw[i + 1] = (Math.floor(p / w) * 255) / h + ((s >> 5) & 31);
    raw[i + 2] = 120 + ((s >> 10) & 63);
  }
  return sharp(raw, { raw: { width: w, height: h, channels: 3 } }).jpeg({ quality: 88 }).toBuffer();
}

const base = (id: string, panelId: string, transform: Element['transform']) => ({ id, name: id, page: 'front', panelId, transform, opacity: 1, locked: false, hidden: false });

/** Builds the benchmark design in `studio` (photos uploaded as assets) and saves it. */
export async function buildExportBenchDesign(studio: StudioContext): Promise<Design> {
  const sample = studio.designs.createFromSample('tuck-end-tea-box');
  const ids = OPEN_MOTIFS.map((slug) => studio.motifs.idBySlug(slug)!);
  const elements: Element[] = [...sample.elements.filter((e) => e.id !== 'butterfly-mother')];
  // 40 motifs in a grid over the front and back panels
  for (let i = 0; i < 40; i++) {
    const panel = i < 20 ? { id: 'front', x: 14 } : { id: 'back', x: 134 };
    const k = i % 20;
    elements.push({ ...base(`m${i}`, panel.id, { x: panel.x + (k % 4) * 19, y: 58 + Math.floor(k / 4) * 16, width: 15, height: 15, rotation: (i * 7) % 30 }), kind: 'motif', motifId: ids[i % ids.length], colourMap: {} });
  }
  // a border of 12 copies: floor((120 + 1) / (9 + 1)) = 12 along the bottom edge
  elements.push({ ...base('border12', 'back', { x: 132, y: 200, width: 120, height: 10, rotation: 0 }), kind: 'pattern', motifId: ids[2], mode: 'border', edge: 'bottom', tileMm: 9, spacingMm: 1, mirror: 'none', clipToPanel: true, colourMap: {} });
  for (let i = 0; i < 3; i++) {
    const up = await studio.assets.upload(`photo-${i}.jpg`, await benchPhoto(i + 1), 'photo');
    elements.push({ ...base(`photo${i}`, 'back', { x: 136 + i * 24, y: 140, width: 22, height: 15, rotation: 0 }), kind: 'image', assetId: up.assetId, pixelWidth: up.pixelWidth, pixelHeight: up.pixelHeight });
  }
  elements.push({
    ...base('light-text', 'side-right', { x: 96, y: 60, width: 32, height: 60, rotation: 0 }),
    kind: 'text', text: '雷山银球茶，生长于雷公山国家级自然保护区，云雾缭绕，茶树与杉木相伴。苗家茶农手工揉捻成球，冲泡时如银球舒展。', fontId: 'lxgw-wenkai-light', sizePt: 9, lineHeight: 1.4, align: 'start', direction: 'horizontal', colour: { cmyk: { c: 0, m: 0, y: 0, k: 0 } },
  });
  const design = { ...sample, elements };
  studio.designs.save(design);
  return design;
}

/**
 * The same content as SVG for librsvg, from the proof serializer: text as glyph outlines from
 * the embedded fonts, photos as JPEG data URLs at 450 dpi, die lines drawn, bleed area.
 */
export async function benchSceneSvg(studio: StudioContext, designId: string): Promise<string> {
  const { exportServiceFor, GlyphOutlines, sceneToSvg } = await import('../../electron/services/export');
  const prepared = exportServiceFor(studio).prepare(designId);
  const glyphs = new GlyphOutlines((id) => studio.fonts.parsed(id));
  const image = async (node: { assetId: string }, w: number, h: number) =>
    `data:image/jpeg;base64,${(await sharp(studio.assets.original(node.assetId)).resize(w, h, { fit: 'fill' }).jpeg({ quality: 92 }).toBuffer()).toString('base64')}`;
  return (await sceneToSvg(prepared.scene.pages[0], { glyphs, image, dpi: 450, dieline: true, area: 'bleed', background: '#ffffff' })).svg;
}
