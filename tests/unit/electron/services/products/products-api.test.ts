import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStudio } from '../../../../../electron/services/studio';
import { call, makeStudio, type TestStudio } from '../../../../helpers/studio';
import { readSample, shiftIso } from './fixtures';

// a fixed clock (local noon) makes "today" 2026-11-28 whatever the machine's zone
const NOW = new Date(2026, 10, 28, 12, 0, 0);
const TODAY = '2026-11-28';

describe('products through the API, on a real SQLite file', () => {
  let t: TestStudio;
  beforeAll(async () => {
    t = await makeStudio({ starterLibrary: false, now: () => NOW });
  });
  afterAll(() => t.cleanup());

  it('loads the six shipped samples on first start, marked as samples, with their cooperatives', async () => {
    const list = await call(t.dispatch, 'products.list');
    expect(list.map((p: any) => p.id).sort()).toEqual([
      'prod-kaili-hongsuantang-500g',
      'prod-leishan-honey-250g',
      'prod-leishan-silver-earrings',
      'prod-leishan-yinqiu-100g',
      'prod-taijiang-batik-scarf',
      'prod-taijiang-pouch-bird',
    ]);
    expect(list.every((p: any) => p.sample)).toBe(true);
    const tea = list.find((p: any) => p.id === 'prod-leishan-yinqiu-100g');
    expect(tea.cooperativeName.zh).toBe(readSample('leishan-yinqiu-tea').cooperative.name.zh);
    const coops = await call(t.dispatch, 'cooperatives.list');
    // two sample files share a cooperative each (tea and honey; pouch and batik scarf)
    const counts = Object.fromEntries(coops.map((c: any) => [c.cooperative.id, c.productCount]));
    expect(counts).toEqual({ 'coop-kaili-sample': 1, 'coop-leishan-sample': 2, 'coop-leishan-silver-sample': 1, 'coop-taijiang-sample': 2 });
  });

  it('does not bring samples back on the next start once the user deleted one; the row is kept', async () => {
    const own = await makeStudio({ starterLibrary: false, now: () => NOW });
    try {
      await call(own.dispatch, 'products.delete', { id: 'prod-taijiang-pouch-bird' });
      own.studio.close();
      const reopened = await openStudio({ dataDir: own.dataDir, runtime: 'cli', starterLibrary: false, now: () => NOW });
      try {
        expect(reopened.products.list().map((p) => p.id)).not.toContain('prod-taijiang-pouch-bird');
        expect(reopened.productSamples.loaded).toEqual([]);
        const row = reopened.db.prepare("SELECT deleted_at FROM products WHERE id = 'prod-taijiang-pouch-bird'").get() as { deleted_at: string };
        expect(row.deleted_at).toBe(NOW.toISOString());
      } finally {
        reopened.close();
      }
    } finally {
      own.cleanup();
    }
  });

  it('saves a draft with mistakes, keeps every field, and returns the findings in plain words', async () => {
    const file = readSample('leishan-yinqiu-tea');
    file.product.id = 'prod-draft';
    file.product.productionLicence = 'SC1145226340001'; // one digit short
    file.product.certifications[0].validTo = shiftIso(TODAY, -1); // lapsed yesterday
    file.product.certifications[0].validFrom = shiftIso(TODAY, -300);
    const saved = await call(t.dispatch, 'products.save', { file });
    const fields = saved.findings.errors.map((e: any) => e.field);
    expect(fields).toContain('product.productionLicence');
    expect(fields).toContain('product.certifications.0.validTo');
    const sc = saved.findings.errors.find((e: any) => e.field === 'product.productionLicence');
    expect(sc.message.zh).toMatch(/SC/);
    expect(sc.message.en.length).toBeGreaterThan(20);

    const got = await call(t.dispatch, 'products.get', { id: 'prod-draft' });
    expect(got.file.product.productionLicence).toBe('SC1145226340001');
    expect(got.file.cooperative.uscc).toBe(file.cooperative.uscc);
    expect(got.sample).toBe(false);
    expect(got.findings.errors.map((e: any) => e.field)).toEqual(fields);

    // fixing both mistakes makes them go
    file.product.productionLicence = 'SC11452263400010';
    file.product.certifications[0].validTo = shiftIso(TODAY, 200);
    const fixed = await call(t.dispatch, 'products.save', { file });
    expect(fixed.findings.errors).toEqual([]);
  });

  it('a half-filled form (no name yet) is still saved', async () => {
    const file = { cooperative: readSample('kaili-red-sour-soup').cooperative, product: { id: 'prod-half', cooperativeId: 'coop-kaili-sample' } };
    file.cooperative.id = 'coop-kaili-sample';
    const saved = await call(t.dispatch, 'products.save', { file });
    expect(saved.findings.errors.length).toBeGreaterThan(0);
    expect((await call(t.dispatch, 'products.list')).map((p: any) => p.id)).toContain('prod-half');
  });

  it('validates with today from the server clock and checks the print date', async () => {
    const file = readSample('leishan-yinqiu-tea'); // organic certificate valid 2026-11-15 .. 2027-11-14
    const now = await call(t.dispatch, 'products.validate', { cooperative: file.cooperative, product: file.product });
    expect(now.errors).toEqual([]);
    const late = await call(t.dispatch, 'products.validate', { cooperative: file.cooperative, product: file.product, printDate: '2027-11-15' });
    expect(late.errors.map((e: any) => e.code)).toContain('cert.expired-at-print');
  });

  it('lists reminders for certificates expired or due within 30 days, soonest first', async () => {
    const base = readSample('leishan-yinqiu-tea');
    const cases: [string, number][] = [
      ['prod-r-expired', -3],
      ['prod-r-today', 0],
      ['prod-r-30', 30],
      ['prod-r-31', 31],
    ];
    for (const [id, offset] of cases) {
      const file = structuredClone(base);
      file.product.id = id;
      file.product.certifications[0].validFrom = shiftIso(TODAY, offset - 300);
      file.product.certifications[0].validTo = shiftIso(TODAY, offset);
      await call(t.dispatch, 'products.save', { file });
    }
    const { today, items } = await call(t.dispatch, 'products.reminders', {});
    expect(today).toBe(TODAY);
    const mine = items.filter((r: any) => r.productId.startsWith('prod-r-'));
    expect(mine.map((r: any) => [r.productId, r.daysLeft, r.status])).toEqual([
      ['prod-r-expired', -3, 'expired'],
      ['prod-r-today', 0, 'expiring'],
      ['prod-r-30', 30, 'expiring'],
    ]);
    expect(mine[0].message.zh).toContain('已在');
    expect(mine[0].message.en).toContain('expired');
    // a deleted product no longer reminds
    await call(t.dispatch, 'products.delete', { id: 'prod-r-expired' });
    const after = await call(t.dispatch, 'products.reminders', {});
    expect(after.items.map((r: any) => r.productId)).not.toContain('prod-r-expired');
  });

  it('lists the GB 7718 label items per edition and pack size', async () => {
    const tea2025 = await call(t.dispatch, 'products.labelItems', { productId: 'prod-leishan-yinqiu-100g' });
    expect(tea2025.edition).toBe('GB7718-2025');
    const keys = tea2025.items.map((i: any) => i.key);
    expect(keys).toContain('dates');
    expect(keys).not.toContain('nutrition'); // 2025: tea is exempt
    expect(keys).not.toContain('ingredients'); // a single ingredient needs no list
    const tea2011 = await call(t.dispatch, 'products.labelItems', { productId: 'prod-leishan-yinqiu-100g', edition: 'GB7718-2011' });
    expect(tea2011.items.map((i: any) => i.key)).toEqual(expect.arrayContaining(['productionDate', 'shelfLife', 'nutrition']));
    const small = await call(t.dispatch, 'products.labelItems', { productId: 'prod-leishan-yinqiu-100g', edition: 'GB7718-2011', largestSurfaceCm2: 8 });
    expect(small.items.map((i: any) => i.key)).not.toContain('storage');
    const pouch = await call(t.dispatch, 'products.labelItems', { productId: 'prod-draft' });
    expect(pouch.items.every((i: any) => i.label.zh && i.label.en)).toBe(true);
  });

  it('makes the GS1 Digital Link with GTIN-14 and batch', async () => {
    const { url } = await call(t.dispatch, 'products.digitalLink', { productId: 'prod-leishan-yinqiu-100g' });
    expect(url).toBe('https://id.gs1.org/01/06990000000015/10/LS2026A');
    const plain = await call(t.dispatch, 'products.digitalLink', { productId: 'prod-leishan-yinqiu-100g', withBatch: false });
    expect(plain.url).toBe('https://id.gs1.org/01/06990000000015');
    const none = await t.dispatch('products.digitalLink', { productId: 'prod-kaili-hongsuantang-500g' });
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.error.code).toBe('digital-link.no-domain');
  });

  it('records certificate evidence files against the file register', async () => {
    const sha = t.studio.store.put(Buffer.from('%PDF-1.4 scan'));
    t.studio.db.prepare('INSERT OR IGNORE INTO files (sha256, size, media_type, created_at) VALUES (?, ?, ?, ?)').run(sha, 13, 'application/pdf', NOW.toISOString());
    const file = readSample('leishan-yinqiu-tea');
    file.product.id = 'prod-evidence';
    file.product.certifications[0].evidenceFile = sha;
    file.product.certifications.push({ ...file.product.certifications[0], evidenceFile: 'f'.repeat(64) });
    const saved = await call(t.dispatch, 'products.save', { file });
    expect(saved.findings.warnings.map((w: any) => w.field)).toContain('product.certifications.1.evidenceFile');
    const got = await call(t.dispatch, 'products.get', { id: 'prod-evidence' });
    expect(got.files).toEqual([{ sha256: sha, role: 'evidence' }]);
    // the foreign key holds: the database refuses a reference to an unregistered file
    expect(() => t.studio.db.prepare("INSERT INTO product_files (product_id, sha256, role) VALUES ('prod-evidence', ?, 'evidence')").run('e'.repeat(64))).toThrow(/FOREIGN KEY/);
  });

  it('checks a cooperative on save', async () => {
    const coop = readSample('kaili-red-sour-soup').cooperative;
    const bad = await call(t.dispatch, 'cooperatives.save', { cooperative: { ...coop, uscc: coop.uscc.slice(0, 17) + (coop.uscc[17] === '0' ? '1' : '0') } });
    expect(bad.findings.errors.map((e: any) => e.field)).toEqual(['cooperative.uscc']);
  });
});
