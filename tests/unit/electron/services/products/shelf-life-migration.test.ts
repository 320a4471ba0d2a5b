/**
 * Migration 0070 on a real SQLite file: products stored with `shelfLifeDays` keep the number and
 * get the unit it was entered in (days), so "360" prints as 360天 with the expiry 360 days on.
 */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion } from '../../../../../electron/services/db/database';
import { migrations } from '../../../../../electron/services/db/migrations';
import { fillPlaceholders } from '../../../../../model/product/placeholders';
import { ProductFileSchema } from '../../../../../model/product/schema';
import { validateProductFile } from '../../../../../model/product/validate';
import { makeTempDir } from '../../../../helpers/temp-dir';
import { loadSample } from '../../../model/product/samples';

describe('migration 0070: shelf life with its unit', () => {
  let tmp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (tmp = makeTempDir()));
  afterEach(() => tmp.cleanup());

  it('turns stored shelfLifeDays into { value, unit: "days" } and leaves other products alone', () => {
    const file = path.join(tmp.dir, 'studio.sqlite');
    const before = migrations.filter((m) => m.version < 70);
    const old = openDatabase(file, { migrations: before });
    const soup = loadSample('kaili-red-sour-soup.json');
    const { shelfLife: _s, ...legacy } = soup.product;
    old.prepare('INSERT INTO cooperatives (id, updated_at, document) VALUES (?, ?, ?)').run(soup.cooperative.id, 'x', JSON.stringify(soup.cooperative));
    const put = old.prepare('INSERT INTO products (id, cooperative_id, updated_at, document) VALUES (?, ?, ?, ?)');
    put.run('old', soup.cooperative.id, 'x', JSON.stringify({ ...legacy, id: 'old', shelfLifeDays: 360 }));
    put.run('new', soup.cooperative.id, 'x', JSON.stringify({ ...soup.product, id: 'new' }));
    put.run('none', soup.cooperative.id, 'x', JSON.stringify({ ...legacy, id: 'none' }));
    old.close();

    const db = openDatabase(file, { migrations: migrations.filter((m) => m.version <= 70) });
    expect(schemaVersion(db)).toBe(70);
    const doc = (id: string) => JSON.parse((db.prepare('SELECT document FROM products WHERE id = ?').get(id) as { document: string }).document);
    expect(doc('old').shelfLife).toEqual({ value: 360, unit: 'days' });
    expect('shelfLifeDays' in doc('old')).toBe(false);
    expect(doc('new').shelfLife).toEqual({ value: 12, unit: 'months' });
    expect(doc('none').shelfLife).toBeUndefined();
    const migrated = ProductFileSchema.parse({ cooperative: soup.cooperative, product: doc('old') });
    expect(fillPlaceholders('{{product.shelfLife}} {{product.expiryDate}}', { ...migrated, run: { productionDate: '2026-11-28' } })).toBe('360天 2027年11月22日');
    db.close();
  });

  it('product files from before the unit (CLI, imports) are read as days', () => {
    const soup = loadSample('kaili-red-sour-soup.json');
    const { shelfLife: _s, ...legacy } = soup.product;
    const r = validateProductFile({ ...soup, product: { ...legacy, shelfLifeDays: 540 } }, { today: '2026-11-28' });
    expect(r.errors).toEqual([]);
  });
});
