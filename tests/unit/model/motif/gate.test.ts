import { describe, expect, it } from 'vitest';
import { RELEASE_DESTINATIONS, mayRelease, type ReleaseDestination } from '../../../../model/motif/gate';
import { USAGE_LABELS, USAGE_LABEL_IDS } from '../../../../model/motif/labels';
import { consentVerifiedWithEvidence, presentUsage } from '../../../../model/motif/notices';
import type { MotifRecord } from '../../../../model/motif/schema';
import { validRecord } from './helpers';

const OUTPUTS: ReleaseDestination[] = ['pdf', 'n-up', 'proof', 'shop-pictures', 'story-card', 'design-file', 'composer-placement', 'paste'];
const ownWork = (status: MotifRecord['status'], cooperativeId = 'coop-a'): MotifRecord =>
  validRecord({ status, ownWork: { cooperativeId, cooperativeName: '甲合作社', maker: '阿花', makerConsent: { date: '2026-01-05', statement: '同意本社使用我的设计' } }, ...(status === 'withdrawn' ? { withdrawnReason: 'maker asked' } : {}) });

describe('mayRelease: the one output gate', () => {
  it('secret/sacred artwork never leaves for a cooperative, nor into any output for anyone', () => {
    const sacred = validRecord({ usageLabel: 'secret-sacred' });
    for (const d of RELEASE_DESTINATIONS) {
      expect(mayRelease(sacred, d, { caller: 'cooperative', confirmed: true }).allowed, d).toBe(false);
      const curator = mayRelease(sacred, d, { caller: 'curator', confirmed: true });
      // an unlocked curator sees it inside the studio; no product output, pack or file for anyone
      expect(curator.allowed, d).toBe(['library-thumbnail', 'library-detail', 'library-artwork', 'composer-open'].includes(d));
    }
  });

  it('every refusal carries a translated reason naming the motif', () => {
    for (const label of USAGE_LABEL_IDS) {
      for (const status of ['draft', 'in-review', 'published', 'withdrawn'] as const) {
        const r = validRecord({ usageLabel: label, status, ...(status === 'withdrawn' ? { withdrawnReason: 'x' } : {}) });
        for (const d of RELEASE_DESTINATIONS) {
          const decision = mayRelease(r, d, { caller: 'cooperative', commercial: true });
          expect(decision.destination).toBe(d);
          if (!decision.allowed) {
            expect(decision.reason?.zh, `${label}/${status}/${d}`).toBeTruthy();
            expect(decision.reason?.en, `${label}/${status}/${d}`).toBeTruthy();
          }
        }
      }
    }
  });

  it('outputs follow the label for cooperative and curator alike; community-only never on a commercial product', () => {
    const co = validRecord({ usageLabel: 'community-only' });
    for (const d of OUTPUTS) {
      for (const caller of ['cooperative', 'curator'] as const) {
        expect(mayRelease(co, d, { caller, commercial: true, confirmed: true }).allowed, `${d}/${caller}`).toBe(false);
      }
    }
    const sensitive = validRecord({ usageLabel: 'culturally-sensitive' });
    expect(mayRelease(sensitive, 'story-card', { caller: 'cooperative' })).toMatchObject({ allowed: false, needsConfirmation: true });
    expect(mayRelease(sensitive, 'story-card', { caller: 'cooperative', confirmed: true }).allowed).toBe(true);
    expect(mayRelease(sensitive, 'paste', { caller: 'cooperative' }).needsConfirmation).toBe(true);
  });

  it('drafts reach only an unlocked curator, and never an output; only a curator hands them on in a pack (they arrive as drafts)', () => {
    const draft = validRecord({ status: 'draft' });
    expect(mayRelease(draft, 'library-thumbnail', { caller: 'cooperative' }).allowed).toBe(false);
    expect(mayRelease(draft, 'library-thumbnail', { caller: 'curator' }).allowed).toBe(true);
    for (const d of OUTPUTS as ReleaseDestination[]) expect(mayRelease(draft, d, { caller: 'curator', confirmed: true }).allowed, d).toBe(false);
    expect(mayRelease(draft, 'pack', { caller: 'cooperative' }).allowed).toBe(false);
    expect(mayRelease(draft, 'pack', { caller: 'curator' }).allowed).toBe(true);
  });

  it('packs: secret/sacred never, community-only only by a curator, published for anyone', () => {
    expect(mayRelease(validRecord({ usageLabel: 'secret-sacred', creditLine: { zh: '署名', en: 'credit' } }), 'pack', { caller: 'curator' }).allowed).toBe(false);
    const community = validRecord({ usageLabel: 'community-only', creditLine: { zh: '署名', en: 'credit' } });
    expect(mayRelease(community, 'pack', { caller: 'cooperative' }).allowed).toBe(false);
    expect(mayRelease(community, 'pack', { caller: 'curator' }).allowed).toBe(true);
    expect(mayRelease(validRecord({}), 'pack', { caller: 'cooperative' }).allowed).toBe(true);
  });

  it('a withdrawn motif still opens in a design (with the reason), but goes nowhere else', () => {
    const gone = validRecord({ status: 'withdrawn', withdrawnReason: 'the community asked' });
    const open = mayRelease(gone, 'composer-open', { caller: 'cooperative' });
    expect(open.allowed).toBe(true);
    expect(open.caution?.en).toContain('the community asked');
    for (const d of [...OUTPUTS, 'pack', 'library-thumbnail'] as ReleaseDestination[]) expect(mayRelease(gone, d, { caller: 'cooperative', confirmed: true }).allowed, d).toBe(false);
  });

  it('the credit line comes with every allowed release that needs one', () => {
    const r = validRecord({ usageLabel: 'attribution' });
    expect(mayRelease(r, 'shop-pictures', { caller: 'cooperative', productKind: 'craft' }).creditLine).toEqual(r.creditLine);
  });
});

describe("a cooperative's own artwork", () => {
  it('is usable in its own cooperative\'s designs without curation, credited to its maker as its own work', () => {
    const own = ownWork('draft');
    for (const d of OUTPUTS) {
      const ok = mayRelease(own, d, { caller: 'cooperative', cooperativeId: 'coop-a', productKind: 'food' });
      expect(ok.allowed, d).toBe(true);
      expect(ok.creditLine?.zh).toBe('图案：阿花原创设计（甲合作社自有作品）');
      expect(mayRelease(own, d, { caller: 'cooperative', cooperativeId: 'coop-b' }).allowed, d).toBe(false);
      // in the composer before the design is linked to a product: placed with a caution, the export checks
      const unlinked = mayRelease(own, d, { caller: 'cooperative' });
      if (d === 'composer-placement' || d === 'paste') expect(unlinked.caution?.zh, d).toContain('导出时设计必须关联');
      else expect(unlinked.allowed, d).toBe(false);
    }
  });

  it('does not go into a pack (the shared library) until it is published through review; withdrawn goes nowhere', () => {
    expect(mayRelease(ownWork('draft'), 'pack', { caller: 'curator' }).allowed).toBe(false);
    expect(mayRelease(ownWork('in-review'), 'pack', { caller: 'curator' }).allowed).toBe(false);
    expect(mayRelease(ownWork('published'), 'pack', { caller: 'curator' }).allowed).toBe(true);
    expect(mayRelease(ownWork('withdrawn'), 'pdf', { caller: 'cooperative', cooperativeId: 'coop-a' }).allowed).toBe(false);
  });

  it('reads as the cooperative\'s own work, not as a traditional motif', () => {
    const p = presentUsage(ownWork('draft'));
    expect(p.kind).toBe('own-work');
    expect(p.badge).toEqual({ zh: '本社原创', en: 'Our own artwork' });
    expect(p.explanation.zh).toContain('不是传统纹样');
  });
});

describe('notices, not borrowed labels', () => {
  it('an unverified record shows notices and the studio\'s guidance, never "the community agrees"', () => {
    for (const label of USAGE_LABEL_IDS) {
      const r = validRecord({ usageLabel: label, consent: { scope: [], status: 'not-verified' } });
      const p = presentUsage(r);
      expect(p.kind).toBe('notice');
      expect(p.notices.map((n) => n.id)).toEqual(['attribution-incomplete', 'open-to-collaborate']);
      expect(p.placedBy.en).toBe('Jinxiu Studio (not the community)');
      expect(p.explanation.zh).toContain('锦绣工坊的使用建议（社区尚未确认）');
      expect(p.explanation.en).toContain('not confirmed by the community');
      for (const text of [p.explanation.zh, p.badge.zh, ...p.notices.map((n) => n.explanation.zh)]) expect(text).not.toMatch(/社区同意/);
      for (const text of [p.explanation.en, p.badge.en]) expect(text).not.toMatch(/community agrees/i);
    }
  });

  it('"verified" without evidence is still a notice; verified with who and evidence reads as the community\'s label', () => {
    const claimed = validRecord({ consent: { scope: [], status: 'verified', givenBy: 'Village committee' } });
    expect(consentVerifiedWithEvidence(claimed)).toBe(false);
    expect(presentUsage(claimed).kind).toBe('notice');
    expect(presentUsage(claimed).notices.map((n) => n.id)).toEqual(['open-to-collaborate']);
    const verified = validRecord({ usageLabel: 'open-commercial' });
    const p = presentUsage(verified);
    expect(p.kind).toBe('label');
    expect(p.explanation).toEqual(USAGE_LABELS['open-commercial'].explanation);
    expect(p.placedBy.zh).toBe('社区：Village committee');
    expect(p.notices).toEqual([]);
  });
});
