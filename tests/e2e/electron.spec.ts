import { _electron as electron, expect, test } from '@playwright/test';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** The installed Electron binary, without triggering the package's download-on-first-use. */
function electronBinary(): string | null {
  try {
    const dir = path.dirname(require.resolve('electron/package.json'));
    const pathFile = path.join(dir, 'path.txt');
    if (!fs.existsSync(pathFile)) return null;
    const binary = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
    return fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();

test.describe('desktop window (Electron)', () => {
  test.skip(!binary, "Electron's binary is not installed on this machine (it cannot be downloaded here); the desktop shell is covered by browser mode and the IPC unit tests");

  test('opens the hardened window with the shell and talks over IPC', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jinxiu-electron-'));
    const app = await electron.launch({ args: ['.'], env: { ...process.env, JINXIU_DATA: dataDir } });
    const window = await app.firstWindow();
    await expect(window.getByRole('button', { name: '纹样库', exact: true })).toBeVisible();
    // sandboxed, context-isolated page: no Node globals, and the bridge exposes exactly one function
    expect(await window.evaluate(() => typeof (globalThis as any).process)).toBe('undefined');
    expect(await window.evaluate(() => Object.keys((window as any).studio ?? {}))).toEqual(['invoke']);
    expect(await window.evaluate(() => typeof (window as any).require)).toBe('undefined');
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
