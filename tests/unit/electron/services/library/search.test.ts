import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, makeStudio, type TestStudio } from '../../../../helpers/studio';

describe('library search over the starter library', () => {
  let t: TestStudio;
  beforeAll(async () => {
    t = await makeStudio();
  });
  afterAll(() => t.cleanup());

  it('installs the shipped starter library on first start', () => {
    expect(t.studio.starter.installed).toBeGreaterThanOrEqual(36);
    expect(t.studio.starter.invalid).toEqual([]);
  });

  it('finds motifs with one- and two-character Chinese queries', async () => {
    const butterfly = await call(t.dispatch, 'library.search', { query: '蝴蝶' });
    expect(butterfly.total).toBeGreaterThan(0);
    expect(butterfly.items.some((m: any) => m.names.zh.includes('蝴蝶'))).toBe(true);
    const miao = await call(t.dispatch, 'library.search', { query: '苗' });
    expect(miao.total).toBeGreaterThan(5);
    const fish = await call(t.dispatch, 'library.search', { query: '鱼' });
    expect(fish.items.some((m: any) => m.names.zh.includes('鱼'))).toBe(true);
  });

  it('finds by English words and by longer Chinese phrases (trigram index)', async () => {
    const english = await call(t.dispatch, 'library.search', { query: 'butterfly' });
    expect(english.total).toBeGreaterThan(0);
    const phrase = await call(t.dispatch, 'library.search', { query: '蝴蝶妈妈' });
    expect(phrase.items[0].names.zh).toContain('蝴蝶妈妈');
  });

  it('never raises an FTS syntax error, whatever is typed', async () => {
    for (const query of ['"', '蝴蝶"', 'AND', 'OR (', 'NEAR(a b)', '*', 'title:x', '-', '^', '"unbalanced', "'; DROP TABLE motifs; --", '%', '_', '\\', 'a"b"c AND NOT']) {
      const result = await t.dispatch('library.search', { query });
      expect(result.ok, `query ${query}`).toBe(true);
    }
    const pct = await call(t.dispatch, 'library.search', { query: '%' });
    expect(pct.total).toBe(0);
  });

  it('filters by craft, label and technique', async () => {
    const silver = await call(t.dispatch, 'library.search', { query: '', craft: 'silver', limit: 200 });
    expect(silver.total).toBeGreaterThanOrEqual(12);
    expect(silver.items.every((m: any) => m.craft === 'silver')).toBe(true);
    const facets = await call(t.dispatch, 'library.facets');
    const technique = facets.techniques[0];
    const byTechnique = await call(t.dispatch, 'library.search', { query: '', technique, limit: 200, view: 'curator' });
    expect(byTechnique.items.every((m: any) => m.techniques.includes(technique))).toBe(true);
  });

  it('never shows secret/sacred motifs to cooperatives', async () => {
    const all = await call(t.dispatch, 'library.search', { query: '', limit: 500 });
    expect(all.items.some((m: any) => m.usageLabel === 'secret-sacred')).toBe(false);
  });
});

describe('search normalises what people type', () => {
  it('finds a name typed with full-width brackets', async () => {
    const t = await makeStudio();
    try {
      const named = (await call(t.dispatch, 'library.search', { query: '', limit: 500 })).items.find((m: any) => /（/.test(m.names.zh));
      expect(named, 'a starter motif with full-width brackets in its name').toBeDefined();
      const found = await call(t.dispatch, 'library.search', { query: named.names.zh });
      expect(found.items[0].id).toBe(named.id);
    } finally {
      t.cleanup();
    }
  });
});

describe('search totals', () => {
  it('say when the server stopped counting', async () => {
    const t = await makeStudio();
    try {
      const small = await call(t.dispatch, 'library.search', { query: '蝴蝶' });
      expect(small.capped).toBe(false);
      expect(small.total).toBeLessThan(2000);
    } finally {
      t.cleanup();
    }
  });
});
