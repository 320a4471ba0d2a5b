import { describe, expect, it } from 'vitest';
import type { MotifRecord } from '../../../../model/motif/schema';
import { motifEntry } from '../../../../renderer/editor/resources';

const record = { id: 'm' } as unknown as MotifRecord;

describe('motifEntry (a motif as the composer keeps it)', () => {
  it("reads the artwork's own colours (lower case) and its proportions from the artwork", () => {
    const e = motifEntry(record, '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100"><path d="M0 0H200V100Z" fill="#B0302A"/><circle cx="50" cy="50" r="20" fill="#1f2a5a"/></svg>');
    expect([...e.colours].sort()).toEqual(['#1f2a5a', '#b0302a']);
    expect(e.aspect).toBe(2);
    expect(e.svg).toContain('viewBox');
  });

  it('unreadable or raster-only artwork has no colours and a square shape', () => {
    for (const svg of ['<svg', undefined]) {
      const e = motifEntry(record, svg);
      expect(e.colours).toEqual([]);
      expect(e.aspect).toBe(1);
    }
  });
});
