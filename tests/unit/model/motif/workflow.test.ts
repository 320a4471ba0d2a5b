import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StudioError } from '../../../../model/localized';
import { parseMotifRecord, type MotifRecord, type MotifStatus } from '../../../../model/motif/schema';
import {
  approve,
  editDraft,
  relabel,
  requestChanges,
  resubmit,
  submitForReview,
  withdraw,
  type Actor,
  type TransitionResult,
} from '../../../../model/motif/workflow';
import { alice, carol, dave, validRecord, visitor } from './helpers';

const T0 = '2026-03-01T08:00:00.000Z';
const T1 = '2026-03-02T09:30:00.000Z';

function draft(): MotifRecord {
  const r = validRecord({ status: 'draft', version: 1, review: {} });
  return r;
}

// publication itself is the verdict over signatures (tests/unit/model/trust); here a
// published record is what that verdict would store once two people approved
const published = (r: MotifRecord): MotifRecord => ({ ...r, status: 'published' });

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(StudioError);
    return (e as StudioError).code;
  }
  return 'no-error';
}

describe('legal path', () => {
  it('draft -> in-review -> (approved) published -> withdrawn -> in-review, each step audited and versioned', () => {
    const s1 = submitForReview(draft(), alice, T0);
    expect(s1.record.status).toBe('in-review');
    expect(s1.record.review).toEqual({ submittedBy: 'alice', submittedAt: T0 });
    expect(s1.record.version).toBe(2);
    expect(s1.record.updatedAt).toBe(T0);
    expect(s1.audit).toEqual({ action: 'submit', actor: 'alice', at: T0, before: { status: 'draft', version: 1 }, after: { status: 'in-review', version: 2 } });

    const s2 = approve(s1.record, dave, T1);
    // an approval is recorded; it does not publish by itself
    expect(s2.record.status).toBe('in-review');
    expect(s2.record.review).toMatchObject({ submittedBy: 'alice', approvedBy: 'dave', approvedAt: T1 });
    expect(s2.audit.before.status).toBe('in-review');
    expect(() => parseMotifRecord(published(s2.record))).not.toThrow();

    const s3 = withdraw(published(s2.record), dave, T1, '  community asked to stop outside use ');
    expect(s3.record).toMatchObject({ status: 'withdrawn', withdrawnReason: 'community asked to stop outside use', version: 4 });
    expect(s3.audit.note).toBe('community asked to stop outside use');
    expect(() => parseMotifRecord(s3.record)).not.toThrow();

    const s4 = resubmit(s3.record, carol, T1, 'consent renewed');
    expect(s4.record.status).toBe('in-review');
    expect(s4.record.review).toEqual({ submittedBy: 'carol', submittedAt: T1 });

    const s5 = approve(s4.record, dave, T1);
    expect(s5.record.status).toBe('in-review');
    expect(s5.record.version).toBe(6);
  });

  it('changes requested send the record back to draft with the note; the next approval clears it', () => {
    const s1 = submitForReview(draft(), alice, T0);
    const s2 = requestChanges(s1.record, dave, T1, 'add the village name');
    expect(s2.record.status).toBe('draft');
    expect(s2.record.review.changesRequested).toBe('add the village name');
    const s3 = editDraft(s2.record, alice, T1, { keywords: ['butterfly', 'village'] });
    expect(s3.record.keywords).toEqual(['butterfly', 'village']);
    const s5 = approve(submitForReview(s3.record, alice, T1).record, dave, T1);
    expect(s5.record.review.changesRequested).toBeUndefined();
  });

  it('does not mutate its input', () => {
    const r = draft();
    const frozen = JSON.stringify(r);
    submitForReview(r, alice, T0);
    expect(JSON.stringify(r)).toBe(frozen);
  });
});

describe('illegal transitions', () => {
  const actions: Record<string, (r: MotifRecord) => TransitionResult> = {
    submit: (r) => submitForReview(r, alice, T0),
    'request-changes': (r) => requestChanges(r, dave, T0, 'x'),
    approve: (r) => approve({ ...r, review: { submittedBy: 'alice' } }, dave, T0),
    withdraw: (r) => withdraw(r, dave, T0, 'reason'),
    resubmit: (r) => resubmit(r, alice, T0),
    edit: (r) => editDraft(r, alice, T0, { keywords: ['x'] }),
  };
  const legalFrom: Record<string, MotifStatus> = {
    submit: 'draft',
    'request-changes': 'in-review',
    approve: 'in-review',
    withdraw: 'published',
    resubmit: 'withdrawn',
    edit: 'draft',
  };
  const statuses: MotifStatus[] = ['draft', 'in-review', 'published', 'withdrawn'];
  const grid = Object.keys(actions).flatMap((a) => statuses.map((s) => [a, s] as const));

  it.each(grid)('%s from %s', (action, status) => {
    const r = { ...draft(), status, withdrawnReason: status === 'withdrawn' ? 'r' : undefined };
    const code = codeOf(() => actions[action](r));
    expect(code).toBe(legalFrom[action] === status ? 'no-error' : 'motif.workflow.illegal');
  });

  it('names the current status and the action in the message', () => {
    try {
      withdraw(draft(), dave, T0, 'x');
      expect.unreachable();
    } catch (e) {
      const err = e as StudioError;
      expect(err.localized.en).toMatch(/is draft, so you cannot withdraw; .* only possible when it is published/);
      expect(err.localized.zh).toContain('草稿');
    }
  });
});

describe('two-person rule and roles', () => {
  it('approving never publishes by name: who counts as a second person is decided by keys (model/trust)', () => {
    const s1 = submitForReview(draft(), carol, T0);
    // the submitter may sign an approval too; it is one person's approval in the verdict
    expect(approve(s1.record, carol, T1).record.status).toBe('in-review');
    expect(approve(s1.record, dave, T1).record.status).toBe('in-review');
  });
  it('only curators approve, request changes, withdraw and relabel', () => {
    const inReview = submitForReview(draft(), carol, T0).record;
    expect(codeOf(() => approve(inReview, alice, T1))).toBe('motif.workflow.role');
    expect(codeOf(() => requestChanges(inReview, alice, T1, 'x'))).toBe('motif.workflow.role');
    const live = published(approve(inReview, dave, T1).record);
    expect(codeOf(() => withdraw(live, alice, T1, 'x'))).toBe('motif.workflow.role');
    expect(codeOf(() => relabel(live, alice, T1, 'community-only'))).toBe('motif.workflow.role');
    expect(codeOf(() => submitForReview(draft(), visitor, T1))).toBe('motif.workflow.role');
  });
  it('relabel asks for a label on a published record and needs a credit line where the label does', () => {
    const live = published(draft());
    const out = relabel(live, dave, T1, 'community-only');
    expect(out.record.usageLabel).toBe('community-only');
    expect(out.audit).toMatchObject({ action: 'relabel', note: 'attribution → community-only' });
    expect(codeOf(() => relabel(draft(), dave, T1, 'community-only'))).toBe('motif.workflow.illegal');
    const noCredit = { ...live, usageLabel: 'open-commercial' as const };
    delete noCredit.creditLine;
    expect(codeOf(() => relabel(noCredit, dave, T1, 'attribution'))).toBe('motif.workflow.credit-required');
  });
  it('withdrawal needs a reason, changes requested need a note', () => {
    const live = published(approve(submitForReview(draft(), alice, T0).record, dave, T1).record);
    expect(codeOf(() => withdraw(live, dave, T1, '   '))).toBe('motif.workflow.reason-required');
    const inReview = submitForReview(draft(), alice, T0).record;
    expect(codeOf(() => requestChanges(inReview, dave, T1, ''))).toBe('motif.workflow.note-required');
  });
  it('an edit that leaves the record incomplete is refused, naming the field', () => {
    const r = { ...draft(), usageLabel: 'open-commercial' as const, creditLine: undefined };
    delete r.creditLine;
    expect(codeOf(() => editDraft(r, alice, T0, { usageLabel: 'attribution' }))).toBe('motif.invalid');
    expect(() => editDraft(r, alice, T0, { usageLabel: 'attribution' })).toThrowError(/creditLine/);
  });
  it('rejects a time that is not a time', () => {
    expect(codeOf(() => submitForReview(draft(), alice, 'yesterday'))).toBe('motif.workflow.bad-time');
  });
  it('an edit cannot change identity or workflow state', () => {
    const sneaky = { id: '00000000-0000-4000-8000-000000000000', status: 'published', review: { approvedBy: 'alice' }, summary: { zh: '新', en: 'new' } };
    const out = editDraft(draft(), alice, T0, sneaky as never).record;
    expect(out.id).toBe(draft().id);
    expect(out.status).toBe('draft');
    expect(out.review).toEqual({});
    expect(out.summary.en).toBe('new');
  });
});

describe('any sequence of actions', () => {
  const people: Actor[] = [alice, carol, dave, visitor];
  const step = fc.record({
    action: fc.constantFrom('submit', 'request-changes', 'approve', 'withdraw', 'resubmit', 'edit'),
    who: fc.integer({ min: 0, max: people.length - 1 }),
  });

  it('keeps the record schema-valid, versions strictly rising, and never publishes: only signatures do', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let r = draft();
        for (const { action, who } of steps) {
          const actor = people[who];
          const before = r.version;
          try {
            const out = {
              submit: () => submitForReview(r, actor, T0),
              'request-changes': () => requestChanges(r, actor, T0, 'fix'),
              approve: () => approve(r, actor, T0),
              withdraw: () => withdraw(r, actor, T0, 'why'),
              resubmit: () => resubmit(r, actor, T0),
              edit: () => editDraft(r, actor, T0, { keywords: ['k'] }),
            }[action]();
            expect(out.record.version).toBe(before + 1);
            expect(out.audit.actor).toBe(actor.id);
            r = out.record;
          } catch (e) {
            expect(e).toBeInstanceOf(StudioError);
            expect(r.version).toBe(before);
          }
          parseMotifRecord(r);
          expect(r.status).not.toBe('published');
        }
      }),
      { numRuns: 300 },
    );
  });
});
