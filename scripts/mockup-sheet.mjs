// The 3D shop mockups of a few gallery designs side by side, as `jinxiu images` makes them
// (the folded box in a three-quarter view, the label wrapped on its jar, a flat piece tilted):
//
//   node scripts/mockup-sheet.mjs [out.png] [--cell 420]
//
// Writes docs/mockups.png by default. Runs the built CLI (`npm run build` first) against a
// temporary data folder, so what it shows is exactly what a cooperative gets from the command.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DESIGNS = ['tuck-end-tea-star', 'lid-base-embroidery-pouch', 'jar-label-sour-soup-fish', 'jar-label-honey-leishan', 'pillow-silver-earrings', 'story-card-tea-leishan'];
const COLUMNS = 3;
const args = process.argv.slice(2);
const cellAt = args.indexOf('--cell');
const CELL = cellAt >= 0 ? Number(args[cellAt + 1]) : 420;
const OUT = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--cell') ?? join(ROOT, 'docs', 'mockups.png');

const work = mkdtempSync(join(tmpdir(), 'jinxiu-mockups-'));
try {
  const tiles = [];
  for (const [i, name] of DESIGNS.entries()) {
    const out = join(work, name);
    execFileSync(process.execPath, [join(ROOT, 'bin', 'jinxiu.mjs'), 'images', join(ROOT, 'assets/samples/designs/gallery', `${name}.json`), '--out', out, '--data', join(work, 'data')], { stdio: 'inherit' });
    const input = await sharp(join(out, 'mockup-3d.png')).resize(CELL, CELL, { fit: 'contain', background: '#f3efe6' }).png().toBuffer();
    tiles.push({ input, left: (i % COLUMNS) * CELL, top: Math.floor(i / COLUMNS) * CELL });
  }
  const rows = Math.ceil(DESIGNS.length / COLUMNS);
  mkdirSync(dirname(OUT), { recursive: true });
  await sharp({ create: { width: COLUMNS * CELL, height: rows * CELL, channels: 3, background: '#f3efe6' } }).composite(tiles).png({ compressionLevel: 9 }).toFile(OUT);
  console.log(`wrote ${OUT}: ${DESIGNS.join(', ')}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
