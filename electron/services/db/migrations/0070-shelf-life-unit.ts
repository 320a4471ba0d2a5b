import type { Migration } from './types';

/**
 * Shelf life is stored with the unit the cooperative entered (days, months, years) and printed
 * as entered. Stored products had `shelfLifeDays`: the number was typed in days, so it becomes
 * { value, unit: 'days' } — "360" keeps printing as 360 days, no longer as "12个月" with an expiry
 * five days late. Frozen: does not import model code that may change later.
 */
export const migration0070: Migration = {
  version: 70,
  name: 'shelf life with its unit',
  up(db) {
    const rows = db.prepare('SELECT id, document FROM products').all() as { id: string; document: string }[];
    const write = db.prepare('UPDATE products SET document = ? WHERE id = ?');
    for (const row of rows) {
      let doc: unknown;
      try {
        doc = JSON.parse(row.document);
      } catch {
        continue; // a damaged document is reported by the product service, not fixed here
      }
      if (typeof doc !== 'object' || doc === null || Array.isArray(doc) || !('shelfLifeDays' in doc)) continue;
      const { shelfLifeDays, ...rest } = doc as Record<string, unknown>;
      const next = typeof shelfLifeDays === 'number' && rest.shelfLife === undefined ? { ...rest, shelfLife: { value: shelfLifeDays, unit: 'days' } } : rest;
      write.run(JSON.stringify(next), row.id);
    }
  },
};
