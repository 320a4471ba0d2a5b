import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';

// The composer benchmark: a real browser on the built app. Measures and reports; never asserts timings.
export default defineConfig({
  testDir: '.',
  testMatch: 'composer-render.spec.ts',
  timeout: 300_000,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
  },
});
