/**
 * The review workflow of a motif record, as pure transitions: which action is legal from
 * which status, who may ask for it, what it needs (a reason, a note), and the audit entry.
 *
 *   draft --submit--> in-review --(two approvals)--> published --withdraw(reason)--> withdrawn
 *     ^                  |                              |  relabel                    |
 *     +--requestChanges--+  <---------------------- resubmit -------------------------+
 *
 * What a transition does NOT decide is whether a record is published, or which label is in
 * force: each signed action is a signature, and the verdict over all signatures
 * (model/trust/motif-verdict.ts) decides, with two approvals by two different *trusted
 * people* (keys, not names: one person with two accounts on one PC is one person). So
 * `approve` records an approval and leaves the status as it is, and `relabel` asks for a
 * label that takes effect with one signature when it restricts and two people when it
 * loosens. The library service writes the verdict's status over whatever is returned here.
 *
 * Every transition bumps `version`, sets `updatedAt`, and returns an audit entry for the
 * append-only change log; illegal transitions throw StudioError and change nothing.
 */
import { StudioError, type Localized } from '../localized';
import { USAGE_LABELS, labelNeedsCredit, type UsageLabelId } from './labels';
import { parseMotifRecord, type MotifRecord, type MotifStatus } from './schema';

export type MotifRole = 'contributor' | 'curator';

export interface Actor {
  /** stable account id; compared for the two-person rule */
  id: string;
  roles: readonly MotifRole[];
}

export type WorkflowAction = 'submit' | 'request-changes' | 'approve' | 'withdraw' | 'resubmit' | 'edit' | 'relabel';

export interface AuditEntry {
  action: WorkflowAction;
  actor: string;
  at: string;
  before: { status: MotifStatus; version: number };
  after: { status: MotifStatus; version: number };
  note?: string;
}

export interface TransitionResult {
  record: MotifRecord;
  audit: AuditEntry;
}

const STATUS_NAME: Record<MotifStatus, Localized> = {
  draft: { zh: '草稿', en: 'draft' },
  'in-review': { zh: '审核中', en: 'in review' },
  published: { zh: '已发布', en: 'published' },
  withdrawn: { zh: '已撤回', en: 'withdrawn' },
};

const ACTION_NAME: Record<WorkflowAction, Localized> = {
  submit: { zh: '提交审核', en: 'submit for review' },
  'request-changes': { zh: '退回修改', en: 'request changes' },
  approve: { zh: '批准发布', en: 'approve and publish' },
  withdraw: { zh: '撤回', en: 'withdraw' },
  resubmit: { zh: '重新提交审核', en: 'resubmit for review' },
  edit: { zh: '编辑', en: 'edit' },
  relabel: { zh: '更改使用标签', en: 'change the usage label' },
};

/** Which statuses each action may start from. */
const FROM: Record<WorkflowAction, readonly MotifStatus[]> = {
  submit: ['draft'],
  'request-changes': ['in-review'],
  approve: ['in-review'],
  withdraw: ['published'],
  resubmit: ['withdrawn'],
  edit: ['draft'],
  relabel: ['published'],
};

function iso(now: Date | string): string {
  const d = now instanceof Date ? now : new Date(now);
  if (Number.isNaN(d.getTime())) {
    throw new StudioError('motif.workflow.bad-time', {
      zh: '操作时间无效，请使用 ISO 时间，例如 2024-05-01T08:30:00Z。',
      en: 'The time of the action is not valid; use an ISO time such as 2024-05-01T08:30:00Z.',
    });
  }
  return d.toISOString();
}

function checkFrom(record: MotifRecord, action: WorkflowAction): void {
  if (FROM[action].includes(record.status)) return;
  const allowed = FROM[action].map((s) => STATUS_NAME[s]);
  throw new StudioError(
    'motif.workflow.illegal',
    {
      zh: `“${record.names.zh}”当前是“${STATUS_NAME[record.status].zh}”状态，不能${ACTION_NAME[action].zh}；只有“${allowed.map((a) => a.zh).join('”或“')}”状态才可以。`,
      en: `"${record.names.en}" is ${STATUS_NAME[record.status].en}, so you cannot ${ACTION_NAME[action].en}; that is only possible when it is ${allowed.map((a) => a.en).join(' or ')}.`,
    },
    { from: record.status, action },
  );
}

function requireRole(actor: Actor, role: MotifRole, action: WorkflowAction): void {
  if (actor.roles.includes(role)) return;
  const zhRole = role === 'curator' ? '审核人（curator）' : '贡献者（contributor）';
  throw new StudioError('motif.workflow.role', {
    zh: `只有${zhRole}才能${ACTION_NAME[action].zh}。请让有该角色的人来操作。`,
    en: `Only a ${role} can ${ACTION_NAME[action].en}. Ask someone with that role to do it.`,
  });
}

function requireText(value: string | undefined, code: string, message: Localized): string {
  const v = value?.trim();
  if (!v) throw new StudioError(code, message);
  return v;
}

function commit(
  record: MotifRecord,
  next: MotifRecord,
  action: WorkflowAction,
  actor: Actor,
  at: string,
  note?: string,
): TransitionResult {
  const out: MotifRecord = { ...next, version: record.version + 1, updatedAt: at };
  const audit: AuditEntry = {
    action,
    actor: actor.id,
    at,
    before: { status: record.status, version: record.version },
    after: { status: out.status, version: out.version },
  };
  if (note) audit.note = note;
  return { record: out, audit };
}

/** draft -> in-review. A contributor or a curator may submit. */
export function submitForReview(record: MotifRecord, actor: Actor, now: Date | string): TransitionResult {
  checkFrom(record, 'submit');
  if (!actor.roles.includes('contributor')) requireRole(actor, 'curator', 'submit');
  const at = iso(now);
  const next: MotifRecord = { ...record, status: 'in-review', review: { submittedBy: actor.id, submittedAt: at } };
  return commit(record, next, 'submit', actor, at);
}

/** in-review -> draft, with what to change. */
export function requestChanges(record: MotifRecord, actor: Actor, now: Date | string, note: string): TransitionResult {
  checkFrom(record, 'request-changes');
  requireRole(actor, 'curator', 'request-changes');
  const why = requireText(note, 'motif.workflow.note-required', {
    zh: '退回修改时请写明需要改什么。',
    en: 'Say what needs to change when sending a motif back.',
  });
  const at = iso(now);
  const next: MotifRecord = { ...record, status: 'draft', review: { ...record.review, changesRequested: why } };
  return commit(record, next, 'request-changes', actor, at, why);
}

/**
 * An approval of a record in review. It does not publish by itself: the record is published
 * once approvals by two different trusted people over the same content are among its
 * signatures (model/trust/motif-verdict.ts); until then it stays in review.
 */
export function approve(record: MotifRecord, actor: Actor, now: Date | string): TransitionResult {
  checkFrom(record, 'approve');
  requireRole(actor, 'curator', 'approve');
  const at = iso(now);
  const { changesRequested: _dropped, ...review } = record.review;
  return commit(record, { ...record, review: { ...review, approvedBy: actor.id, approvedAt: at } }, 'approve', actor, at);
}

/**
 * Asks for another usage label on a published record. A label that restricts takes effect
 * with this one signature; one that loosens waits for a second trusted person (the verdict
 * decides; the label returned here is the one asked for).
 */
export function relabel(record: MotifRecord, actor: Actor, now: Date | string, label: UsageLabelId): TransitionResult {
  checkFrom(record, 'relabel');
  requireRole(actor, 'curator', 'relabel');
  if (!(label in USAGE_LABELS)) {
    throw new StudioError('motif.workflow.bad-label', { zh: `没有“${label}”这个使用标签。`, en: `There is no usage label "${label}".` });
  }
  if (labelNeedsCredit(label) && !record.creditLine) {
    throw new StudioError('motif.workflow.credit-required', {
      zh: `“${USAGE_LABELS[label].name.zh}”标签要求署名，但这个纹样还没有署名。请先撤回它，补上署名后重新提交审核。`,
      en: `The label "${USAGE_LABELS[label].name.en}" requires a credit line and this motif has none. Withdraw it, add the credit line, and submit it for review again.`,
    });
  }
  const at = iso(now);
  return commit(record, { ...record, usageLabel: label }, 'relabel', actor, at, `${record.usageLabel} → ${label}`);
}

/** published -> withdrawn. The record is kept (never deleted) so designs that used it can be listed. */
export function withdraw(record: MotifRecord, actor: Actor, now: Date | string, reason: string): TransitionResult {
  checkFrom(record, 'withdraw');
  requireRole(actor, 'curator', 'withdraw');
  const why = requireText(reason, 'motif.workflow.reason-required', {
    zh: '撤回图案时必须写明原因，例如“社区要求停止对外使用”。',
    en: 'Give a reason when withdrawing a motif, e.g. "the community asked to stop outside use".',
  });
  const at = iso(now);
  return commit(record, { ...record, status: 'withdrawn', withdrawnReason: why }, 'withdraw', actor, at, why);
}

/** withdrawn -> in-review: the only way back to published is another review. */
export function resubmit(record: MotifRecord, actor: Actor, now: Date | string, note?: string): TransitionResult {
  checkFrom(record, 'resubmit');
  if (!actor.roles.includes('contributor')) requireRole(actor, 'curator', 'resubmit');
  const at = iso(now);
  const next: MotifRecord = {
    ...record,
    status: 'in-review',
    review: { submittedBy: actor.id, submittedAt: at },
  };
  return commit(record, next, 'resubmit', actor, at, note?.trim() || undefined);
}

/** Fields an edit may not touch: identity, workflow state and bookkeeping. */
export type MotifEdit = Partial<Omit<MotifRecord, 'id' | 'slug' | 'version' | 'updatedAt' | 'status' | 'review' | 'withdrawnReason' | 'signatures'>>;

/** Content edits happen in draft only, so published text never changes without review.
 * Throws StudioError 'motif.invalid' (naming the field) when the edited record would be incomplete. */
export function editDraft(record: MotifRecord, actor: Actor, now: Date | string, changes: MotifEdit): TransitionResult {
  checkFrom(record, 'edit');
  if (!actor.roles.includes('contributor')) requireRole(actor, 'curator', 'edit');
  const at = iso(now);
  // signatures are added only by signing (library service) or by merging a pack's, never by an edit;
  // ownWork is set only when a cooperative adds its own artwork: an edit cannot turn a traditional motif into "own work"
  const forbidden = ['id', 'slug', 'version', 'updatedAt', 'status', 'review', 'withdrawnReason', 'signatures', 'ownWork'];
  const clean = Object.fromEntries(Object.entries(changes).filter(([k]) => !forbidden.includes(k)));
  // an edit must leave a complete record (e.g. switching to an attribution label needs a credit line)
  // null clears an optional field (JSON cannot carry undefined)
  const merged: Record<string, unknown> = { ...record, ...clean };
  for (const [k, v] of Object.entries(clean)) if (v === null) delete merged[k];
  const next = parseMotifRecord(merged);
  return commit(record, next, 'edit', actor, at);
}
