#!/usr/bin/env node
// Launcher for the `jinxiu` command: runs the CLI that `npm install` built (npm's prepare step).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist-electron', 'cli.mjs');
if (!existsSync(cli)) {
  process.stderr.write('Jinxiu Studio is not built yet: run "npm run build" in ' + root + '\n');
  process.exit(1);
}
await import(pathToFileURL(cli).href);
