import fs from 'node:fs';
import path from 'node:path';

export const SAMPLES_DIR = path.resolve(__dirname, '../../../../../assets/samples/products');

export function readSample(name: string): any {
  return JSON.parse(fs.readFileSync(path.join(SAMPLES_DIR, `${name}.json`), 'utf8'));
}

/** ISO date `days` after `iso`, computed with the platform's calendar (independent of model/). */
export function shiftIso(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A sample whose certificates run from 10 days before to 300 days after `today`. */
export function sampleValidOn(name: string, today: string): any {
  const file = readSample(name);
  for (const c of file.product.certifications) {
    c.validFrom = shiftIso(today, -10);
    c.validTo = shiftIso(today, 300);
  }
  return file;
}

/** Local calendar date, as the studio takes "today". */
export function localToday(at = new Date()): string {
  return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
}
