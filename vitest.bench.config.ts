import { defineConfig } from 'vitest/config';

// Benchmarks: measure and report, never assert timings (a loaded CI machine must not fail them).
export default defineConfig({
  test: {
    include: ['tests/bench/**/*.bench.ts'],
    environment: 'node',
    testTimeout: 600_000,
    hookTimeout: 600_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
