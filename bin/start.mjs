#!/usr/bin/env node
// `npm start`: the desktop window where Electron's binary is installed, browser mode otherwise.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    // the electron package exports the binary's path, and throws when the binary was never downloaded
    const binary = require('electron');
    return typeof binary === 'string' ? binary : null;
  } catch {
    return null;
  }
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
