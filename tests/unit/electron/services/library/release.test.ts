import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStudio } from '../../../../../electron/services/studio';
import { call, makeStudio, type TestStudio } from '../../../../helpers/studio';

describe('the starter library is the studio release, not anyone\'s review', () => {
  let t: TestStudio;
  let bat: string;
  let other: string;
  beforeAll(async () => {
    t = await makeStudio();
    bat = (t.studio.db.prepare("SELECT id FROM motifs WHERE slug = 'bat'").get() as { id: string }).id;
    other = (t.studio.db.prepare("SELECT id FROM motifs WHERE slug = 'frog'").get() as { id: string }).id;
  });
  afterAll(() => t.cleanup());

  it('publishes every shipped record by the release, names no reviewer, and keeps consent "not verified"', async () => {
    const rows = t.studio.db.prepare('SELECT id, status, record FROM motifs').all() as { id: string; status: string; record: string }[];
    expect(rows.length).toBeGreaterThan(30);
    for (const row of rows) {
      const record = JSON.parse(row.record);
      expect(record.review.approvedBy).toBeUndefined();
      expect(record.consent.status).toBe('not-verified');
      expect(t.studio.trust.verdict(record)).toMatchObject({ status: 'published', publishedBy: 'release', approvals: [] });
      expect(row.status).toBe('published');
    }
    const detail = await call(t.dispatch, 'library.get', { id: bat });
    expect(detail.trust).toMatchObject({ publishedBy: 'release', approvingPeople: 0, signatures: [] });
    expect(detail.trust.release).toMatchObject({ current: true });
    const install = detail.audit.find((a: any) => a.action === 'starter-install');
    expect(install.actor).toBe('jinxiu-studio-release');
    expect(install.note).toMatch(/not reviewed by a community or by two curators; community consent not verified/);
  });

  it('a status or label carried by a call or a pack is never stored: the signatures decide', () => {
    const row = t.studio.motifs.get(bat)!;
    const stored = t.studio.motifs.update({ ...row.record, status: 'withdrawn', withdrawnReason: 'forged', usageLabel: 'non-commercial' });
    expect(stored).toMatchObject({ status: 'published', usageLabel: row.record.usageLabel });
    // content that differs from the release is no longer published by it
    const changed = t.studio.motifs.update({ ...row.record, summary: { zh: '改过', en: 'changed' }, status: 'published' });
    expect(changed.status).toBe('draft');
    t.studio.motifs.update(row.record);
    expect(t.studio.motifs.get(bat)!.record.status).toBe('published');
  });

  it('one curator restricts a release label alone, cannot loosen it alone, and withdraws it alone; a withdrawal survives the next start', async () => {
    await call(t.dispatch, 'curator.setup', { name: 'Anna', passphrase: 'first passphrase' });
    const before = (await call(t.dispatch, 'library.get', { id: other })).record.usageLabel;
    const restricted = await call(t.dispatch, 'library.transition', { id: other, action: 'relabel', label: 'community-only' });
    expect(restricted.record.usageLabel).toBe('community-only');
    const loosen = await call(t.dispatch, 'library.transition', { id: other, action: 'relabel', label: before });
    expect(loosen.record.usageLabel).toBe('community-only');
    expect(loosen.trust.pendingLabel).toEqual({ label: before, people: 1 });

    const withdrawn = await call(t.dispatch, 'library.transition', { id: bat, action: 'withdraw', note: '社区要求停止对外使用' });
    expect(withdrawn.record).toMatchObject({ status: 'withdrawn', withdrawnReason: '社区要求停止对外使用' });
    // a copy without the withdrawal (an older pack, say) cannot drop it: signatures only accumulate
    const current = t.studio.motifs.get(bat)!.record;
    expect(t.studio.motifs.update({ ...current, signatures: [], status: 'published' }).status).toBe('withdrawn');
    expect(t.studio.motifs.get(bat)!.record.signatures).toHaveLength(1);
    const dataDir = t.dataDir;
    t.studio.close(); // the last test: afterAll's cleanup closes it again harmlessly and removes the folder
    const again = await openStudio({ dataDir, runtime: 'cli' });
    try {
      expect(again.motifs.get(bat)!.record.status).toBe('withdrawn');
      expect(again.motifs.get(other)!.record.usageLabel).toBe('community-only');
    } finally {
      again.close();
    }
  });
});
