import { describe, expect, it } from 'vitest';
import {
  USAGE_LABELS,
  USAGE_LABEL_IDS,
  consentExpired,
  mayExport,
  mayPlaceOnProduct,
  mayShowToCooperative,
  requiredCreditLine,
  type UsageLabelId,
} from '../../../../model/motif/labels';
import type { MotifRecord } from '../../../../model/motif/schema';
import { validRecord } from './helpers';

const NOW = '2026-01-15T12:00:00Z';
/** A published record with the given label and no consent limits, so only the label rule speaks. */
function withLabel(usageLabel: UsageLabelId, extra: Partial<MotifRecord> = {}): MotifRecord {
  const r = validRecord({ usageLabel });
  return { ...r, consent: { ...r.consent, scope: [], expires: undefined }, ...extra };
}

describe('usage labels as data', () => {
  it('has all six labels, each with a TK label and a plain explanation in both languages', () => {
    expect(Object.keys(USAGE_LABELS).sort()).toEqual([...USAGE_LABEL_IDS].sort());
    const tk = { attribution: 'TK A', 'non-commercial': 'TK NC', 'community-only': 'TK CO', 'culturally-sensitive': 'TK CS', 'secret-sacred': 'TK SS' } as Record<string, string>;
    for (const id of USAGE_LABEL_IDS) {
      const l = USAGE_LABELS[id];
      expect(l.id).toBe(id);
      expect(l.tk.name).toMatch(/^TK /);
      if (tk[id]) expect(l.tk.code).toBe(tk[id]);
      expect(l.explanation.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(l.explanation.en.length).toBeGreaterThan(20);
    }
  });
});

describe('mayPlaceOnProduct by label', () => {
  // expected: [commercial, non-commercial unconfirmed, non-commercial confirmed]
  const table: [UsageLabelId, boolean, boolean, boolean][] = [
    ['open-commercial', true, true, true],
    ['attribution', true, true, true],
    ['non-commercial', false, true, true],
    ['community-only', false, false, true],
    ['culturally-sensitive', false, false, true],
    ['secret-sacred', false, false, false],
  ];
  it.each(table)('%s: commercial=%s, non-commercial=%s, confirmed=%s', (label, commercial, plain, confirmed) => {
    const r = withLabel(label);
    expect(mayPlaceOnProduct(r, { commercial: true, productKind: 'craft', now: NOW }).allowed).toBe(commercial);
    expect(mayPlaceOnProduct(r, { commercial: false, productKind: 'craft', now: NOW }).allowed).toBe(plain);
    expect(mayPlaceOnProduct(r, { commercial: false, productKind: 'craft', confirmed: true, now: NOW }).allowed).toBe(confirmed);
  });

  it('a commercial refusal explains itself and points to labels that would work', () => {
    const d = mayPlaceOnProduct(withLabel('non-commercial'), { commercial: true, now: NOW });
    expect(d.allowed).toBe(false);
    expect(d.reason?.zh).toContain('测试蝴蝶');
    expect(d.reason?.en).toMatch(/Non-commercial only.*open or attribution/);
  });

  it('culturally sensitive: asks for confirmation, then allows with a caution (also commercially)', () => {
    const r = withLabel('culturally-sensitive');
    const first = mayPlaceOnProduct(r, { commercial: true, now: NOW });
    expect(first).toMatchObject({ allowed: false, needsConfirmation: true });
    const second = mayPlaceOnProduct(r, { commercial: true, confirmed: true, now: NOW });
    expect(second.allowed).toBe(true);
    expect(second.caution?.en).toMatch(/great care/);
  });

  it('community-only stays off commercial products even when confirmed', () => {
    const d = mayPlaceOnProduct(withLabel('community-only'), { commercial: true, confirmed: true, now: NOW });
    expect(d.allowed).toBe(false);
    expect(d.needsConfirmation).toBeUndefined();
  });

  it('secret/sacred is never placed, confirmed or not', () => {
    const d = mayPlaceOnProduct(withLabel('secret-sacred'), { commercial: false, confirmed: true, now: NOW });
    expect(d.allowed).toBe(false);
    expect(d.reason).toEqual(USAGE_LABELS['secret-sacred'].explanation);
  });

  it('ritual motifs: never on food or tea, elsewhere only after confirmation', () => {
    const r = withLabel('open-commercial', { ritual: true });
    for (const productKind of ['food', 'tea']) {
      const d = mayPlaceOnProduct(r, { commercial: true, confirmed: true, productKind, now: NOW });
      expect(d.allowed).toBe(false);
      expect(d.reason?.en).toMatch(/food or tea/);
    }
    expect(mayPlaceOnProduct(r, { commercial: true, productKind: 'craft', now: NOW }).needsConfirmation).toBe(true);
    expect(mayPlaceOnProduct(r, { commercial: true, productKind: 'craft', confirmed: true, now: NOW }).allowed).toBe(true);
  });

  it('an unverified consent is a caution, not a block', () => {
    const r = withLabel('attribution');
    const d = mayPlaceOnProduct({ ...r, consent: { scope: [], status: 'not-verified' } }, { commercial: true, now: NOW });
    expect(d.allowed).toBe(true);
    expect(d.caution?.en).toMatch(/not verified/);
    expect(mayPlaceOnProduct(r, { commercial: true, now: NOW }).caution).toBeUndefined();
  });
});

describe('consent expiry and scope', () => {
  const base = validRecord(); // scope ['craft','silver'], expires 2030-12-31
  it('a date-only expiry covers that whole day (UTC) and no more', () => {
    expect(consentExpired(base, '2030-12-31T23:59:59Z')).toBe(false);
    expect(consentExpired(base, '2031-01-01T00:00:00Z')).toBe(true);
    expect(consentExpired(base, new Date(Date.UTC(2031, 0, 1, 0, 0, 1)))).toBe(true);
    expect(consentExpired({ ...base, consent: { ...base.consent, expires: undefined } }, '2100-01-01T00:00:00Z')).toBe(false);
  });

  it('expired consent makes the motif unplaceable and says when and what to do', () => {
    const d = mayPlaceOnProduct(base, { commercial: true, productKind: 'craft', now: '2031-02-01T00:00:00Z' });
    expect(d.allowed).toBe(false);
    expect(d.reason?.en).toContain('2030-12-31');
    expect(d.reason?.en).toMatch(/Renew/);
    expect(d.reason?.zh).toContain('到期');
  });

  it('scope limits product kinds; "*" means any; no product kind given means no scope check', () => {
    expect(mayPlaceOnProduct(base, { commercial: true, productKind: 'silver', now: NOW }).allowed).toBe(true);
    const tea = mayPlaceOnProduct(base, { commercial: true, productKind: 'tea', now: NOW });
    expect(tea.allowed).toBe(false);
    expect(tea.reason?.en).toMatch(/only for: craft, silver/);
    const any = { ...base, consent: { ...base.consent, scope: ['*'] } };
    expect(mayPlaceOnProduct(any, { commercial: true, productKind: 'tea', now: NOW }).allowed).toBe(true);
    expect(mayPlaceOnProduct(base, { commercial: true, now: NOW }).allowed).toBe(true);
  });
});

describe('mayShowToCooperative', () => {
  it('shows published motifs; sensitive and ritual ones with a caution', () => {
    expect(mayShowToCooperative(withLabel('open-commercial'))).toEqual({ allowed: true });
    expect(mayShowToCooperative(withLabel('culturally-sensitive')).caution).toBeDefined();
    const ritual = mayShowToCooperative(withLabel('community-only', { ritual: true }));
    expect(ritual.allowed).toBe(true);
    expect(ritual.caution?.en).toMatch(/ritual/);
  });
  it('never shows secret/sacred, drafts, records in review or withdrawn ones', () => {
    expect(mayShowToCooperative(withLabel('secret-sacred')).allowed).toBe(false);
    for (const status of ['draft', 'in-review', 'withdrawn'] as const) {
      const d = mayShowToCooperative(withLabel('open-commercial', { status, withdrawnReason: 'x' }));
      expect(d.allowed).toBe(false);
      expect(d.reason?.en).toContain(status);
    }
  });
});

describe('requiredCreditLine', () => {
  it('returns the credit line exactly when the label needs attribution', () => {
    const line = { zh: '图案：某社区', en: 'Motif: a community' };
    const needs: Record<UsageLabelId, boolean> = {
      'open-commercial': false,
      attribution: true,
      'non-commercial': true,
      'community-only': true,
      'culturally-sensitive': true,
      'secret-sacred': false,
    };
    for (const id of USAGE_LABEL_IDS) {
      expect(requiredCreditLine(withLabel(id, { creditLine: line }))).toEqual(needs[id] ? line : undefined);
    }
  });
});

describe('mayExport', () => {
  it('refuses withdrawn motifs with the reason, and unpublished ones', () => {
    const w = mayExport(withLabel('attribution', { status: 'withdrawn', withdrawnReason: 'community asked' }));
    expect(w.allowed).toBe(false);
    expect(w.reason?.en).toContain('community asked');
    expect(w.reason?.zh).toContain('community asked');
    expect(mayExport(withLabel('attribution', { status: 'draft' })).allowed).toBe(false);
    expect(mayExport(withLabel('attribution', { status: 'in-review' })).allowed).toBe(false);
    expect(mayExport(withLabel('attribution')).allowed).toBe(true);
    expect(mayExport(withLabel('secret-sacred')).allowed).toBe(false);
  });
  it('placement on a product also fails for a withdrawn motif', () => {
    const d = mayPlaceOnProduct(withLabel('open-commercial', { status: 'withdrawn', withdrawnReason: 'r' }), { commercial: false, now: NOW });
    expect(d.allowed).toBe(false);
  });
});
