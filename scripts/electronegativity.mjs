#!/usr/bin/env node
// Electron security audit (issue 7): runs Doyensec's Electronegativity over the app (sources,
// HTML and the package's Electron version), prints every finding, and exits non-zero on any
// HIGH or MEDIUM finding that is not a manual-review item recorded with its review in
// .electronegativity. Usage: node scripts/electronegativity.mjs   (npm run audit:electron)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jinxiu-electronegativity-')), 'report.csv');
const bin = path.join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');

// the whole app at once: the global checks (navigation limits, permission handler) need main.ts
// and the renderer together; node_modules is skipped by the tool itself
const run = spawnSync(process.execPath, [bin, '-i', root, '-o', out, '-r'], { cwd: root, encoding: 'utf8', timeout: 300_000 });
if (!fs.existsSync(out)) {
  process.stderr.write(`electronegativity did not produce a report (exit ${run.status}):\n${run.stdout}\n${run.stderr}\n`);
  process.exit(2);
}

function parseCsv(text) {
  const rows = [];
  for (const line of text.split(/\r?\n/).slice(1)) {
    if (!line.trim()) continue;
    const cells = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted) {
        if (c === '"' && line[i + 1] === '"') (cell += '"'), i++;
        else if (c === '"') quoted = false;
        else cell += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') cells.push(cell.trim()), (cell = '');
      else cell += c;
    }
    cells.push(cell.trim());
    const [issue, severity, confidence, filename, location, sample, description] = cells;
    rows.push({ issue, severity, confidence, filename, location, sample, description });
  }
  return rows;
}

const findings = parseCsv(fs.readFileSync(out, 'utf8'));
const reviewFile = path.join(root, '.electronegativity');
const reviewed = fs.existsSync(reviewFile) ? JSON.parse(fs.readFileSync(reviewFile, 'utf8')).reviewed ?? [] : [];
const isReviewed = (f) => reviewed.some((r) => r.check === f.issue && path.normalize(r.file) === path.normalize(f.filename));

let failing = 0;
for (const f of findings) {
  const serious = f.severity === 'HIGH' || f.severity === 'MEDIUM';
  const status = !serious ? 'ok (low)' : isReviewed(f) ? 'reviewed' : 'FAIL';
  if (status === 'FAIL') failing++;
  process.stdout.write(`${status.padEnd(9)} ${f.severity.padEnd(6)} ${f.issue}  ${f.filename}:${f.location}  ${f.description}\n`);
}
process.stdout.write(`electronegativity: ${findings.length} findings, ${failing} HIGH/MEDIUM not reviewed\n`);
fs.rmSync(path.dirname(out), { recursive: true, force: true });
process.exit(failing > 0 ? 1 : 0);
