import { _electron as electron, expect, test } from '@playwright/test';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);

function electronBinary(): string | null {
  try {
    const binary = require('electron');
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
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
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const w = BrowserWindow.getAllWindows()[0];
      const p = w.webContents.getLastWebPreferences();
      return { contextIsolation: p?.contextIsolation, sandbox: p?.sandbox, nodeIntegration: p?.nodeIntegration };
    });
    expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(await window.evaluate(() => typeof (window as any).require)).toBe('undefined');
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
