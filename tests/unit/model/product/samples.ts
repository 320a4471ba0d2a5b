import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const SAMPLE_DIR = join(import.meta.dirname, '../../../../assets/samples/products');

export function sampleFiles(): string[] {
  return readdirSync(SAMPLE_DIR).filter((f) => f.endsWith('.json')).sort();
}

export function loadSample(name: string): any {
  return JSON.parse(readFileSync(join(SAMPLE_DIR, name), 'utf8'));
}
