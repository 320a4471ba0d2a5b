import { describe, expect, it } from 'vitest';
import { backupsToKeep } from '../../../../../electron/services/backup/retention';

const at = (iso: string) => ({ name: iso, at: new Date(iso) });

describe('backup retention', () => {
  it('keeps the 3 newest even on one day, plus the newest of earlier days', () => {
    const list = ['2026-11-28T09:00:00Z', '2026-11-28T10:00:00Z', '2026-11-28T11:00:00Z', '2026-11-28T12:00:00Z', '2026-11-27T08:00:00Z', '2026-11-27T20:00:00Z'].map(at);
    expect([...backupsToKeep(list)].sort()).toEqual(['2026-11-27T20:00:00Z', '2026-11-28T10:00:00Z', '2026-11-28T11:00:00Z', '2026-11-28T12:00:00Z']);
  });

  it('after 7 days, keeps one per week for 4 weeks and drops the rest', () => {
    // one backup every day at noon, 1 Sep to 30 Nov 2026 (30 Nov is a Monday)
    const list = [];
    for (let d = new Date('2026-09-01T12:00:00Z'); d <= new Date('2026-11-30T12:00:00Z'); d = new Date(d.getTime() + 86_400_000)) list.push(at(d.toISOString()));
    const kept = [...backupsToKeep(list)].map((n) => n.slice(0, 10)).sort();
    expect(kept).toEqual(['2026-11-01', '2026-11-08', '2026-11-15', '2026-11-22', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30']);
  });

  it('keeps everything while there are few backups', () => {
    const list = ['2026-01-05T00:00:00Z', '2026-03-01T00:00:00Z', '2026-06-01T00:00:00Z'].map(at);
    expect(backupsToKeep(list).size).toBe(3);
  });
});
