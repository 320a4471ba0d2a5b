import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../../../../../electron/services/products/local-date';
import { certificateReminders } from '../../../../../electron/services/products/reminders';
import { referencedFiles } from '../../../../../electron/services/products/product-service';
import { shiftIso } from './fixtures';

const src = (certifications: unknown) => ({ productId: 'p', productName: { zh: '银球茶', en: 'Silver Ball Tea' }, cooperativeName: { zh: '合作社' }, certifications });

describe('certificate reminders', () => {
  const today = '2027-02-27';

  it('counts days across a month end and a non-leap February', () => {
    const [r] = certificateReminders([src([{ kind: 'organic', certificateNo: 'X1', validTo: '2027-03-01' }])], today, 30);
    expect(r.daysLeft).toBe(2);
    expect(r.status).toBe('expiring');
    expect(r.message.zh).toContain('还有 2 天');
  });

  it('includes the 30th day, leaves out the 31st, and marks past dates as expired', () => {
    const certs = [30, 31, -1].map((d, i) => ({ kind: 'green-food', certificateNo: `G${i}`, validTo: shiftIso(today, d) }));
    const out = certificateReminders([src(certs)], today, 30);
    expect(out.map((r) => [r.certificateNo, r.daysLeft, r.status])).toEqual([
      ['G2', -1, 'expired'],
      ['G0', 30, 'expiring'],
    ]);
    expect(out[0].certificateIndex).toBe(2);
  });

  it('skips what a half-filled draft cannot say (no date, a wrong date, no list)', () => {
    const certs = [{ kind: 'organic' }, { kind: 'organic', validTo: '2027-02-30' }, null, 'text'];
    expect(certificateReminders([src(certs), src(undefined), src({})], today, 30)).toEqual([]);
  });
});

describe('local "today"', () => {
  it('is the local calendar date, also just before midnight', () => {
    expect(localIsoDate(new Date(2026, 10, 28, 23, 59, 59))).toBe('2026-11-28');
    expect(localIsoDate(new Date(2026, 0, 1, 0, 0, 0))).toBe('2026-01-01');
  });
});

describe('files a product references', () => {
  it('takes certificate scans, photos and the GI mark by hash, and nothing else', () => {
    const a = 'a'.repeat(64);
    const b = 'b'.repeat(64);
    const c = 'c'.repeat(64);
    const out = referencedFiles({ certifications: [{ evidenceFile: a }, { evidenceFile: 'scan.pdf' }], photos: [b, 'not-a-hash'], gi: { markAssetId: c } });
    expect(out).toEqual([
      { sha256: a, role: 'evidence' },
      { sha256: b, role: 'photo' },
      { sha256: c, role: 'gi-mark' },
    ]);
  });
});
