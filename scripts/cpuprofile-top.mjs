#!/usr/bin/env node
/**
 * Summarises a Chromium/V8 .cpuprofile (e.g. from `BENCH_PROFILE=DIR npm run bench:ui`):
 * the functions with the most self time and the most total time, so a profile can be read
 * in a terminal. Usage: node scripts/cpuprofile-top.mjs FILE.cpuprofile [N]
 */
import fs from 'node:fs';

const [file, n = '30'] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/cpuprofile-top.mjs FILE.cpuprofile [N]');
  process.exit(2);
}
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);

// time per sample: the gap to the next sample
const self = new Map();
const { samples, timeDeltas } = profile;
for (let i = 0; i < samples.length; i++) {
  const dt = (timeDeltas[i + 1] ?? 0) / 1000;
  self.set(samples[i], (self.get(samples[i]) ?? 0) + dt);
}
const label = (node) => {
  const f = node.callFrame;
  const where = f.url ? `${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}` : '';
  return `${f.functionName || '(anonymous)'} ${where}`.trim();
};
const selfBy = new Map();
const totalBy = new Map();
for (const [id, ms] of self) {
  const key = label(byId.get(id));
  selfBy.set(key, (selfBy.get(key) ?? 0) + ms);
  // every distinct frame on the stack gets the sample's time once
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const k = label(byId.get(cur));
    if (seen.has(k)) continue;
    seen.add(k);
    totalBy.set(k, (totalBy.get(k) ?? 0) + ms);
  }
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const top = (m) =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(n))
    .map(([k, ms]) => `${ms.toFixed(1).padStart(9)} ms  ${k}`)
    .join('\n');
console.log(`profile ${file}: ${total.toFixed(0)} ms sampled\n\nself time:\n${top(selfBy)}\n\ntotal time:\n${top(totalBy)}`);
