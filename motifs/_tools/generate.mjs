// Writes motifs/<slug>/artwork.svg and motifs/<slug>/motif.json for every catalog entry.
// Run: node motifs/_tools/generate.mjs   (ids already in a motif.json are kept, so ids stay stable;
// the version is bumped when the written record or artwork would change; --initial keeps version 1).
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOG, PLACES } from './catalog.mjs';
import { SOURCES, srcRef } from './sources.mjs';
import { svgDoc } from './svg.mjs';
import { renderCraft } from './render.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DRAWN_ON = '2026-11-28';
/** the second edition of the art (craft renderers, corrected figures) */
const REDRAWN_ON = '2026-12-06';
const STAMP = '2026-11-28T12:00:00Z';
/** --initial: write every record as the first release (version 1), keeping existing ids. */
const INITIAL = process.argv.includes('--initial');

/** Distinct colours in order of first use: each one is a recolourable part. */
function paletteOf(svg) {
  const seen = [];
  for (const m of svg.matchAll(/(?:fill|stroke)="(#[0-9A-Fa-f]{6})"/g)) {
    const c = m[1].toUpperCase();
    if (!seen.includes(c)) seen.push(c);
  }
  return seen;
}

function record(entry, id, svg) {
  const place = PLACES[entry.place];
  const holders = [
    { name: `${place.zh}社区 ${place.en} community`, kind: 'collective', role: 'tradition bearers (not individually identified)' },
    ...(entry.extraHolders ?? []).map((h) => ({
      ...h,
      heritageLevel: h.heritageLevel && { ...h.heritageLevel, source: srcRef(h.heritageLevel.source) },
    })),
  ];
  const sources = [...new Set([...entry.src, 'L1'])].map((k) => ({ title: SOURCES[k].title, url: SOURCES[k].url }));
  if (entry.slug === 'wan-lattice') {
    sources.push({ title: 'Jinxiu Studio design note', note: 'Own note, not from a source: the wan sign is easily misread outside its context; review every use before export.' });
  }
  const r = {
    id,
    slug: entry.slug,
    version: 1,
    updatedAt: STAMP,
    names: { zh: entry.zh, en: entry.en },
    craft: entry.craft,
    techniques: entry.techniques,
    iconography: entry.iconography,
    keywords: entry.keywords,
    summary: { zh: entry.summary[0], en: entry.summary[1] },
    origin: {
      community: '苗族 Miao (Hmong)',
      branch: `${place.zh} ${place.en}`,
      ...(place.county ? { county: place.county } : {}),
      locationSensitive: false,
      holders,
      documenter: 'Jinxiu Studio (reference drawing after published descriptions)',
    },
    meaning: {
      zh: { text: entry.meaning[0], source: srcRef(entry.src[0]) },
      en: { text: entry.meaning[1], source: srcRef(entry.src[0]) },
    },
    custodyEvents: [
      {
        kind: 'drawn',
        by: 'Jinxiu Studio',
        date: DRAWN_ON,
        note: 'Original vector reference drawing made for Jinxiu Studio after published descriptions; not traced from any single artwork and not verified by the community.',
      },
      {
        kind: 'drawn',
        by: 'Jinxiu Studio',
        date: REDRAWN_ON,
        note: entry.redrawn
          ? `Second edition: redrawn by Jinxiu Studio (${entry.redrawn}) and rendered in the craft's own marks on a transparent ground; still a studio reference drawing after published descriptions, not verified by the community.`
          : "Second edition: the same drawing rendered by Jinxiu Studio in the craft's own marks (stitches, wax line and crackle, or repoussé and chasing) on a transparent ground; not verified by the community.",
      },
    ],
    consent: { scope: [], status: 'not-verified' },
    usageLabel: entry.label,
    ...(entry.label === 'secret-sacred'
      ? {}
      : {
          creditLine: {
            zh: `图案：${place.zh}传统纹样；绘制：锦绣工坊`,
            en: `Motif: traditional pattern of the ${place.en}; drawn by Jinxiu Studio`,
          },
        }),
    ritual: entry.ritual === true,
    artwork: {
      vector: 'artwork.svg',
      rasters: [],
      sha256: { 'artwork.svg': createHash('sha256').update(svg, 'utf8').digest('hex') },
      minPrintMm: entry.minPrintMm ?? 15,
      palette: paletteOf(svg),
    },
    // Published by the app release (starter-library.ts records each shipped record's content
    // hash as the release entry); the studio computes the status, this value is not trusted.
    // No reviewer is named: these are studio reference drawings, nobody reviewed them.
    status: 'published',
    review: {},
    sources,
  };
  return r;
}

let written = 0;
for (const entry of CATALOG) {
  const dir = join(ROOT, entry.slug);
  mkdirSync(dir, { recursive: true });
  const jsonPath = join(dir, 'motif.json');
  const old = existsSync(jsonPath) ? JSON.parse(readFileSync(jsonPath, 'utf8')) : undefined;
  const svg = svgDoc(renderCraft(entry.craft, [entry.art()].flat(Infinity).join(''), entry.slug, entry.minPrintMm));
  const next = record(entry, old?.id ?? randomUUID(), svg);
  if (old && !INITIAL) {
    // keep version/updatedAt when nothing changed, bump them when something did
    const same = JSON.stringify({ ...old, version: 1, updatedAt: STAMP }) === JSON.stringify(next);
    next.version = same ? old.version : old.version + 1;
    next.updatedAt = same ? old.updatedAt : new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  }
  writeFileSync(join(dir, 'artwork.svg'), svg);
  writeFileSync(jsonPath, JSON.stringify(next, null, 2) + '\n');
  written++;
}
console.log(`wrote ${written} motifs`);
