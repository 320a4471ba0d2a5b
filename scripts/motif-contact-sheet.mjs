// Contact sheet of the starter motif library: every motifs/<slug>/artwork.svg rendered on a
// transparent ground over a plain paper tone (so a motif that still carries its own square
// ground shows it), with its Chinese and English name underneath, grouped by craft.
//
//   node scripts/motif-contact-sheet.mjs [out.png] [--cell 180]
//
// Writes docs/motifs.png by default. Uses sharp (librsvg for the art, pango with the bundled
// LXGW WenKai font for the names), so it needs nothing beyond the project's dependencies.
import { readFileSync, readdirSync, statSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const MOTIFS = join(ROOT, 'motifs');
const FONT = join(ROOT, 'assets', 'fonts', 'LXGWWenKai-Regular.ttf');
const args = process.argv.slice(2);
const cellArg = args.indexOf('--cell');
const CELL = cellArg >= 0 ? Number(args[cellArg + 1]) : 180;
const OUT = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--cell') ?? join(ROOT, 'docs', 'motifs.png');

const PAPER = '#F6F2E8';
const INK = '#2A2622';
const COLS = 8;
const PAD = 14;
const LABEL_H = 46;
const CRAFTS = [
  ['embroidery', '刺绣 Embroidery'],
  ['batik', '蜡染 Batik'],
  ['silver', '银饰 Silver (Silver spot ink)'],
];

const records = readdirSync(MOTIFS)
  .filter((n) => !n.startsWith('_') && statSync(join(MOTIFS, n)).isDirectory())
  .map((slug) => ({ slug, record: JSON.parse(readFileSync(join(MOTIFS, slug, 'motif.json'), 'utf8')) }))
  .sort((a, b) => a.slug.localeCompare(b.slug));

/** A line of text as a PNG (pango), width-limited so long names wrap instead of overflowing. */
async function textPng(text, { size, width, weight = '' }) {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return sharp({
    text: {
      text: `<span foreground="${INK}" ${weight}>${escaped}</span>`,
      font: `LXGW WenKai ${size}`,
      fontfile: FONT,
      width,
      align: 'centre',
      rgba: true,
      dpi: 72,
    },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
}

const composites = [];
let y = PAD;
const width = PAD + COLS * (CELL + PAD);
const title = await textPng('锦绣工坊 · 入门纹样库（第二版）  Jinxiu Studio starter motif library, second edition', { size: 22, width: width - 2 * PAD });
composites.push({ input: title.data, left: PAD, top: y });
y += title.info.height + PAD;

for (const [craft, heading] of CRAFTS) {
  const list = records.filter((r) => r.record.craft === craft);
  const h = await textPng(`${heading} · ${list.length}`, { size: 18, width: width - 2 * PAD });
  composites.push({ input: h.data, left: PAD, top: y });
  y += h.info.height + 8;
  for (let i = 0; i < list.length; i++) {
    const { slug, record } = list[i];
    const x = PAD + (i % COLS) * (CELL + PAD);
    const top = y + Math.floor(i / COLS) * (CELL + LABEL_H + PAD);
    const svg = readFileSync(join(MOTIFS, slug, record.artwork.vector));
    const art = await sharp(svg, { density: (72 * CELL) / 200 }).resize(CELL, CELL).png().toBuffer();
    composites.push({ input: art, left: x, top });
    const zh = await textPng(record.names.zh, { size: 13, width: CELL });
    // restricted records are marked on the sheet, so nobody takes them for free-to-use art
    const note = { 'secret-sacred': ' · placeholder, secret/sacred', 'community-only': ' · community only', 'culturally-sensitive': ' · confirm before use' }[record.usageLabel] ?? '';
    const en = await textPng(record.names.en + note, { size: 11, width: CELL });
    composites.push({ input: zh.data, left: x + Math.max(0, Math.floor((CELL - zh.info.width) / 2)), top: top + CELL + 4 });
    composites.push({ input: en.data, left: x + Math.max(0, Math.floor((CELL - en.info.width) / 2)), top: top + CELL + 6 + zh.info.height });
  }
  y += Math.ceil(list.length / COLS) * (CELL + LABEL_H + PAD) + 6;
}

mkdirSync(dirname(OUT), { recursive: true });
await sharp({ create: { width, height: y, channels: 4, background: PAPER } })
  .composite(composites)
  .png({ compressionLevel: 9, palette: true, quality: 90 })
  .toFile(OUT);
console.log(`wrote ${OUT} (${records.length} motifs, ${width} x ${y} px)`);
