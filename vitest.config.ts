import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // better-sqlite3 and sharp are native: forks isolate them more predictably than threads
    pool: 'forks',
  },
});
