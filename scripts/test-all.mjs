#!/usr/bin/env node
// `npm test`: type check, build, unit tests (vitest), UI tests (Playwright in Debian's Chromium),
// then one summary line `N passed, N failed, N skipped` summed over all runners (CI reads it).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const results = { passed: 0, failed: 0, skipped: 0 };
let broken = false;

function run(label, command, args) {
  process.stdout.write(`\n=== ${label}: ${command} ${args.join(' ')}\n`);
  const status = spawnSync(command, args, { stdio: 'inherit', shell: false }).status;
  if (status !== 0) process.stdout.write(`=== ${label} exited with ${status}\n`);
  return status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

fs.mkdirSync('test-results', { recursive: true });
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

if (run('typecheck', npx, ['tsc', '-p', 'tsconfig.json', '--noEmit'])) results.passed += 1;
else results.failed += 1;

if (!run('build', 'npm', ['run', 'build', '--silent'])) broken = true;

run('unit tests', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/vitest.json']);
const vitest = readJson('test-results/vitest.json');
if (vitest) {
  results.passed += vitest.numPassedTests;
  results.failed += vitest.numFailedTests;
  results.skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
  if (vitest.numFailedTestSuites > 0 && vitest.numFailedTests === 0) results.failed += vitest.numFailedTestSuites;
} else broken = true;

if (!broken) {
  run('UI tests', npx, ['playwright', 'test']);
  const pw = readJson('test-results/playwright.json');
  if (pw?.stats) {
    results.passed += pw.stats.expected + (pw.stats.flaky ?? 0);
    results.failed += pw.stats.unexpected;
    results.skipped += pw.stats.skipped;
  } else broken = true;
}

if (broken) results.failed += 1;
process.stdout.write(`\n${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped\n`);
process.exit(results.failed > 0 ? 1 : 0);
