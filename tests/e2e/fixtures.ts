import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface StudioServer {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  /** the server's process id (benchmarks read its CPU time) */
  pid: () => number;
  /** stop and start the server on the same data directory (a "restart" of the studio) */
  restart(): Promise<void>;
}

const CLI = path.resolve('dist-electron', 'cli.mjs');

async function launch(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  // STUDIO_NODE_ARGS: extra node flags for the server, e.g. "--cpu-prof --cpu-prof-dir=DIR" to profile it in a benchmark
  const nodeArgs = process.env.STUDIO_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, CLI, 'serve', '--data', dataDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('serve did not print its address: ' + out)), 15_000);
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /^Jinxiu Studio: (http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]+)$/m.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr!.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${out}`)));
  });
  return { child, url };
}

/** Each test gets its own studio: a real server on a fresh data directory. */
export const test = base.extend<{ studio: StudioServer; consoleErrors: string[] }>({
  studio: async ({}, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jinxiu-e2e-'));
    let running = await launch(dataDir);
    const server: StudioServer = {
      url: running.url,
      origin: new URL(running.url).origin,
      token: running.url.split('token=')[1],
      dataDir,
      pid: () => running.child.pid!,
      async restart() {
        running.child.kill('SIGTERM');
        await new Promise((r) => running.child.once('exit', r));
        running = await launch(dataDir);
        server.url = running.url;
        server.origin = new URL(running.url).origin;
        server.token = running.url.split('token=')[1];
      },
    };
    await use(server);
    // wait for the server to exit: work still under way (a thumbnail being cached) would write
    // into the folder while it is removed (ENOTEMPTY)
    const exited = running.child.exitCode !== null ? Promise.resolve() : new Promise((r) => running.child.once('exit', r));
    running.child.kill('SIGTERM');
    await exited;
    fs.rmSync(dataDir, { recursive: true, force: true, maxRetries: 5 });
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
  },
});

export { expect };

export async function openStudio(page: Page, studio: StudioServer): Promise<void> {
  await page.goto(studio.url);
  await expect(page.getByRole('navigation', { name: /主导航|Main navigation/ })).toBeVisible();
}

/** Calls the studio API from inside the page, exactly as the renderer does (token from the launch address). */
export async function apiCall(page: Page, studio: StudioServer, name: string, input: unknown): Promise<any> {
  return page.evaluate(
    async ({ name, input, token }) => {
      const response = await fetch(`/api/${encodeURIComponent(name)}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(input) });
      return response.json();
    },
    { name, input, token: studio.token },
  );
}

/**
 * Opens a design in the composer and switches to the print preview (no guides), waiting until
 * the canvas has a viewport and the fonts are in. The studio may reopen the design last worked
 * on, so it goes back to the design list first when needed.
 */
export async function openPrintPreview(page: Page, designName: string): Promise<void> {
  await page.reload();
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '设计', exact: true }).click();
  const back = page.getByRole('button', { name: '← 返回设计列表' });
  const open = page.getByRole('button', { name: `打开“${designName}”` });
  await expect(open.or(back).first()).toBeVisible({ timeout: 30_000 });
  if (await back.isVisible()) await back.click();
  await open.click();
  await expect(page.locator('canvas.upper-canvas')).toHaveAttribute('data-viewport', /,/, { timeout: 60_000 });
  await page.evaluate(() => document.fonts.ready);
  await page.getByRole('button', { name: '预览印刷效果（隐藏刀线和辅助线）' }).click();
}
