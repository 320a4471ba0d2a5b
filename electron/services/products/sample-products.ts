import fs from 'node:fs';
import path from 'node:path';
import { productDraftSchema } from '../../../model/api/products';
import type { Database } from '../db/database';
import type { ProductService } from './product-service';

export const SAMPLES_LOADED_KEY = 'products.samplesLoaded';

export interface SampleReport {
  loaded: string[];
  invalid: string[];
}

/**
 * On first start, loads assets/samples/products/*.json (marked as samples) so a new user can
 * try labels, reminders and story cards at once. Runs once per data directory: a sample the
 * user deleted or edited is never brought back or overwritten.
 */
export function loadSampleProducts(db: Database, service: ProductService, samplesDir: string): SampleReport {
  const report: SampleReport = { loaded: [], invalid: [] };
  if (db.prepare('SELECT 1 FROM settings WHERE key = ?').get(SAMPLES_LOADED_KEY)) return report;
  const files = fs.existsSync(samplesDir) ? fs.readdirSync(samplesDir).filter((f) => f.endsWith('.json')).sort() : [];
  for (const name of files) {
    try {
      const file = productDraftSchema.parse(JSON.parse(fs.readFileSync(path.join(samplesDir, name), 'utf8')));
      service.save(file, undefined, { sample: true });
      report.loaded.push(file.product.id);
    } catch {
      report.invalid.push(name);
    }
  }
  db.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)').run(SAMPLES_LOADED_KEY, JSON.stringify(true));
  return report;
}
