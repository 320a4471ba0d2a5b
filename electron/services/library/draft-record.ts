import crypto from 'node:crypto';
import type { MotifRecord } from '../../../model/motif/schema';

const TO_COMPLETE = '待补充 (to be completed)';

/**
 * A freshly imported file becomes a draft whose provenance says plainly that it is not
 * yet documented. Drafts are never shown to cooperatives; review fills the gaps.
 */
export function draftRecord(input: {
  fileName: string;
  importedBy: string;
  at: Date;
  vector?: string;
  rasters: string[];
  sha256: Record<string, string>;
  palette: string[];
  slugTaken: (slug: string) => boolean;
}): MotifRecord {
  const title = input.fileName.replace(/\.[^.]+$/, '').trim() || 'motif';
  const day = input.at.toISOString().slice(0, 10);
  return {
    id: crypto.randomUUID(),
    slug: uniqueSlug(title, input.slugTaken),
    version: 1,
    updatedAt: input.at.toISOString(),
    names: { zh: title, en: title },
    craft: 'embroidery',
    techniques: [],
    iconography: [],
    keywords: [],
    summary: { zh: TO_COMPLETE, en: TO_COMPLETE },
    origin: { community: TO_COMPLETE, branch: TO_COMPLETE, locationSensitive: true, holders: [], documenter: input.importedBy },
    meaning: { zh: { text: TO_COMPLETE, source: TO_COMPLETE }, en: { text: TO_COMPLETE, source: TO_COMPLETE } },
    custodyEvents: [{ kind: 'digitised', by: input.importedBy, date: day, note: `imported from file ${input.fileName}` }],
    consent: { scope: [], status: 'not-verified' },
    // the most protective label until a curator records the community's decision
    usageLabel: 'community-only',
    creditLine: { zh: '图案来源待补充', en: 'Credit to be completed' },
    ritual: false,
    artwork: { vector: input.vector, rasters: input.rasters, sha256: input.sha256, minPrintMm: 15, palette: input.palette.length ? input.palette : ['#1f2a5a'] },
    status: 'draft',
    review: {},
    sources: [],
  };
}

function uniqueSlug(title: string, taken: (slug: string) => boolean): string {
  const ascii = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  const base = ascii || `motif-${crypto.randomBytes(3).toString('hex')}`;
  let slug = base;
  for (let n = 2; taken(slug); n++) slug = `${base}-${n}`;
  return slug;
}
