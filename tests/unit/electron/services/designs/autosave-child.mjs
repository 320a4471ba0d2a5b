// Child process for the crash test: loads the real TypeScript services through vite's SSR
// loader (no build step), then autosaves a design as fast as it can, printing each commit.
// The parent SIGKILLs it mid-stream, like a power cut.
import { createServer } from 'vite';

const [dataFile, designId, motifIds] = process.argv.slice(2);
const server = await createServer({
  root: process.cwd(),
  configFile: false,
  logLevel: 'silent',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
});
const { openDatabase } = await server.ssrLoadModule('/electron/services/db/database.ts');
const { DesignsService } = await server.ssrLoadModule('/electron/services/designs/designs-service.ts');
const db = openDatabase(dataFile);
const designs = new DesignsService(db, () => new Date(), { samplesDir: '/nonexistent' });
const motifs = motifIds.split(',');
let design = designs.get(designId).design;
for (let i = 1; ; i++) {
  const element = {
    id: `e${i}`, kind: 'motif', name: `m${i}`, page: 'front', transform: { x: i % 50, y: 5, width: 10, height: 10, rotation: 0 },
    opacity: 1, locked: false, hidden: false, motifId: motifs[i % motifs.length], colourMap: {},
  };
  // a big-ish document each time, so a kill lands inside a write often
  const elements = [...design.elements.slice(-200), element];
  design = { ...design, name: `autosave ${i}`, elements };
  const { updatedAt } = designs.save(design);
  design = { ...design, updatedAt };
  process.stdout.write(`saved ${i}\n`);
}
