#!/usr/bin/env node
// `npm start`: the desktop window where Electron's binary is installed (or can still be
// fetched), browser mode otherwise — said in one line, without the fetch's stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function electronBinary() {
  let packageDir;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  if (!existsSync(join(packageDir, 'path.txt'))) {
    process.stdout.write('Preparing the desktop window: fetching Electron once (this needs the internet)...\n');
  }
  // the electron package fetches its binary on first use; do that in a child so its
  // progress and errors stay out of the user's terminal
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: root,
    encoding: 'utf8',
    timeout: 10 * 60_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const binary = probe.status === 0 ? probe.stdout.trim().split('\n').pop() : '';
  return binary && existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const extra = process.argv.slice(2);
if (binary) {
  const child = spawn(binary, [root, ...extra], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  process.stdout.write(
    'Electron is not installed on this machine (its binary could not be downloaded), so Jinxiu Studio starts in browser mode: open the address below in Chromium, Chrome or Edge.\n',
  );
  const child = spawn(process.execPath, [join(root, 'bin', 'jinxiu.mjs'), 'serve', ...extra], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}
