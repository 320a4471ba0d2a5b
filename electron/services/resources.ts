import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder that holds the shipped `assets/` and `motifs/`: the repository root in
 * development and tests, `resources/` beside app.asar in an installed desktop app.
 */
export function resourceRoot(env: NodeJS.ProcessEnv = process.env): string {
  if (env.JINXIU_RESOURCES) return path.resolve(env.JINXIU_RESOURCES);
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    if (fs.existsSync(path.join(dir, 'assets')) && fs.existsSync(path.join(dir, 'motifs'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error('cannot find the assets/ and motifs/ folders (set JINXIU_RESOURCES)');
}
