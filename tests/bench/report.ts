import fs from 'node:fs';
import path from 'node:path';

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

export function summarize(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, median: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] };
}

/** Prints a figure and appends it to tests/bench/results/<name>.json for the closing notes. */
export function report(name: string, figures: Record<string, unknown>): void {
  const dir = path.resolve('tests/bench/results');
  fs.mkdirSync(dir, { recursive: true });
  const entry = { name, at: new Date().toISOString(), ...figures };
  fs.writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(entry, null, 2));
  console.log(`[bench] ${name}: ${JSON.stringify(figures)}`);
}
