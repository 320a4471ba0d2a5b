import { afterAll, beforeAll, it } from 'vitest';
import { performance } from 'node:perf_hooks';
import type { MotifRecord } from '../../model/motif/schema';
import { makeStudio, type TestStudio } from '../helpers/studio';
import { report, summarize } from './report';

const WORDS_ZH = ['蝴蝶', '鱼', '枫叶', '龙', '鸟', '太阳', '铜鼓', '石榴', '江河', '水牛', '锦鸡', '螺旋', '八角花', '银角', '凤冠'];
const WORDS_EN = ['butterfly', 'fish', 'maple', 'dragon', 'bird', 'sun', 'drum', 'pomegranate', 'river', 'buffalo', 'pheasant', 'spiral', 'star', 'horn', 'crown'];
const CRAFTS = ['embroidery', 'batik', 'silver'];
const COUNTIES = ['台江', '雷山', '丹寨', '黄平', '剑河', '施秉', '凯里', '榕江', '从江', '威宁'];

/** 10,000 generated records shaped like the starter library, spread over crafts, words and counties. */
function generated(template: MotifRecord, i: number): MotifRecord {
  const w = i % WORDS_ZH.length;
  const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
  return {
    ...template,
    id,
    slug: `bench-${i}`,
    craft: CRAFTS[i % 3],
    names: { zh: `${WORDS_ZH[w]}纹 ${i}`, en: `${WORDS_EN[w]} pattern ${i}` },
    keywords: [WORDS_ZH[(i * 7) % WORDS_ZH.length], WORDS_EN[(i * 11) % WORDS_EN.length]],
    summary: { zh: `${COUNTIES[i % COUNTIES.length]}的${WORDS_ZH[w]}纹样，编号 ${i}`, en: `A ${WORDS_EN[w]} motif from ${COUNTIES[i % COUNTIES.length]}, number ${i}` },
    origin: { ...template.origin, county: COUNTIES[i % COUNTIES.length] },
    status: 'published',
  };
}

let t: TestStudio;
beforeAll(async () => {
  t = await makeStudio();
  const template = t.studio.library.search({ query: '', view: 'curator', limit: 1 }, true).items[0];
  const base = t.studio.motifs.get(template.id)!.record;
  const started = performance.now();
  t.studio.db.transaction(() => {
    for (let i = 0; i < 10_000; i++) {
      const record = generated(base, i);
      // published the way the starter library is: as a (generated) release; status is computed on insert
      t.studio.trust.recordRelease(record, 'bench');
      t.studio.motifs.insert(record, 'import', null);
    }
  })();
  report('library-seed-10k', { seconds: +((performance.now() - started) / 1000).toFixed(2) });
});
afterAll(() => {
  if (process.env.BENCH_KEEP) console.log(`[bench] kept data in ${t.dataDir}`);
  else t.cleanup();
});

it('search latency over 10,000 motifs', () => {
  const queries = ['蝴蝶', '鱼', '苗', '龙', 'butterfly', 'dragon pattern', '八角花', '丹寨', 'river 42', '银角纹 9', 'nothing-matches-this', '"AND(', '纹'];
  const samples: number[] = [];
  const perQuery: Record<string, number> = {};
  const byQuery: Record<string, number[]> = {};
  for (let round = 0; round < 20; round++) {
    for (const query of queries) {
      const started = performance.now();
      const result = t.studio.library.search({ query, limit: 60 }, false);
      const ms = performance.now() - started;
      samples.push(ms);
      (byQuery[query] ??= []).push(ms);
      if (round === 0) perQuery[query] = result.total;
    }
  }
  const filtered: number[] = [];
  for (let round = 0; round < 20; round++) {
    const started = performance.now();
    t.studio.library.search({ query: '蝴蝶', craft: 'batik', limit: 60 }, false);
    filtered.push(performance.now() - started);
  }
  const s = summarize(samples);
  const f = summarize(filtered);
  report('library-search', {
    records: 10_000 + t.studio.starter.installed,
    samples: s.n,
    medianMs: +s.median.toFixed(2),
    p95Ms: +s.p95.toFixed(2),
    maxMs: +s.max.toFixed(2),
    filteredMedianMs: +f.median.toFixed(2),
    filteredP95Ms: +f.p95.toFixed(2),
    totals: perQuery,
    medianMsByQuery: Object.fromEntries(Object.entries(byQuery).map(([q, v]) => [q, +summarize(v).median.toFixed(1)])),
  });
});
