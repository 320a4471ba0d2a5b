import type { MotifRecord } from '../../../../model/motif/schema';
import type { Actor } from '../../../../model/motif/workflow';

/** A complete, valid published record written out by hand (not produced by the code under test). */
export function validRecordJson(): Record<string, unknown> {
  return {
    id: '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b',
    slug: 'test-butterfly',
    version: 3,
    updatedAt: '2025-04-02T10:00:00Z',
    names: { zh: '测试蝴蝶', en: 'Test butterfly', miao: 'Mais Bangx' },
    craft: 'embroidery',
    techniques: ['破线绣'],
    iconography: ['蝴蝶 butterfly'],
    keywords: ['butterfly'],
    summary: { zh: '一只蝴蝶。', en: 'A butterfly.' },
    origin: {
      community: '苗族 Miao',
      branch: '施洞 Shidong',
      county: '台江县 Taijiang',
      locationSensitive: true,
      holders: [
        { name: 'A village embroidery group', kind: 'collective' },
        { name: 'Some Person', kind: 'person', role: 'embroiderer', heritageLevel: { level: 'provincial', verified: true, source: 'list 2019' } },
      ],
      documenter: 'A partner',
      dateRecorded: '2024-05-01',
    },
    meaning: { zh: { text: '祖先。', source: 'interview' }, en: { text: 'Ancestors.', source: 'interview' } },
    custodyEvents: [{ kind: 'recorded', by: 'A partner', date: '2024-05-01', place: 'Taijiang' }],
    consent: {
      givenBy: 'Village committee',
      role: 'committee',
      date: '2024-05-01',
      scope: ['craft', 'silver'],
      evidenceFile: 'consent-2024.pdf',
      expires: '2030-12-31',
      status: 'verified',
    },
    usageLabel: 'attribution',
    creditLine: { zh: '图案：施洞社区', en: 'Motif: Shidong community' },
    ritual: false,
    artwork: {
      vector: 'artwork.svg',
      rasters: ['scan.png'],
      sha256: { 'artwork.svg': 'a'.repeat(64), 'scan.png': 'b'.repeat(64) },
      minPrintMm: 15,
      palette: ['#C0392B', '#2E7D4F'],
    },
    status: 'published',
    review: { submittedBy: 'alice', submittedAt: '2025-04-01T09:00:00Z', approvedBy: 'bob', approvedAt: '2025-04-02T10:00:00Z' },
    sources: [{ title: 'Field notes', url: 'https://example.org/notes' }],
  };
}

export function validRecord(overrides: Partial<MotifRecord> = {}): MotifRecord {
  return { ...(validRecordJson() as unknown as MotifRecord), ...overrides };
}

export const alice: Actor = { id: 'alice', roles: ['contributor'] };
export const carol: Actor = { id: 'carol', roles: ['contributor', 'curator'] };
export const dave: Actor = { id: 'dave', roles: ['curator'] };
export const visitor: Actor = { id: 'visitor', roles: [] };
