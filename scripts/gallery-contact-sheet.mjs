// Contact sheet of the gallery of finished designs (assets/samples/designs/gallery): each
// design's thumbnail painted by the studio's own ThumbnailService from the design document
// (scene -> proof renderer, never a screenshot), labelled with its name, file and template.
//
//   node scripts/gallery-contact-sheet.mjs [out.png] [--cell 260] [--columns 5]
//
// Writes docs/gallery.png by default. The services are TypeScript: vite (already a dev
// dependency) loads them for Node, the way vitest does. The studio it opens lives in a
// temporary data folder (the starter motif library and sample products are seeded there) and
// is removed afterwards.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const OUT = args.find((a, i) => !a.startsWith('--') && !['--cell', '--columns'].includes(args[i - 1])) ?? join(ROOT, 'docs', 'gallery.png');

const vite = await createServer({ root: ROOT, configFile: false, logLevel: 'error', appType: 'custom', server: { middlewareMode: true, hmr: false } });
const dataDir = mkdtempSync(join(tmpdir(), 'jinxiu-gallery-sheet-'));
let studio;
try {
  const { openStudio } = await vite.ssrLoadModule('/electron/services/studio.ts');
  const { exportServiceFor } = await vite.ssrLoadModule('/electron/services/export/index.ts');
  const { gallerySheet } = await vite.ssrLoadModule('/electron/services/thumbnails/gallery-sheet.ts');
  studio = await openStudio({ dataDir, runtime: 'cli' });
  const sheet = await gallerySheet(studio.designs, exportServiceFor(studio), {
    cell: option('--cell', 260),
    columns: option('--columns', 5),
    fontsDir: join(ROOT, 'assets', 'fonts'),
  });
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, sheet.png);
  console.log(`wrote ${OUT}: ${sheet.entries.length} gallery designs, ${sheet.width} x ${sheet.height} px`);
} finally {
  studio?.close();
  await vite.close();
  rmSync(dataDir, { recursive: true, force: true });
}
