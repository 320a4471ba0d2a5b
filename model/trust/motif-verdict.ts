/**
 * A motif's status and usage label, computed from the signatures that travel with it, the
 * trust list and (for the shipped starter library) the release entry. This is the only place
 * that decides "published": the status stored with a record is a copy of this verdict,
 * rewritten on every write (electron/services/library/motif-repo.ts), never taken from a call,
 * a pack or a file.
 *
 * Only signatures that verify, are about this record, are made by a trusted key and are not
 * dated more than a day ahead count. Over them, in time order:
 *  - the last withdrawal (any content) ends any publication before it;
 *  - published: two approvals over the *current* content hash, naming the same label, by two
 *    different people (trust-list.ts), both after the last withdrawal; or the record is the
 *    studio's release of this very content and was never withdrawn;
 *  - the label starts as the one the approvals (or the release) named; afterwards a change
 *    that restricts it needs one signature, a change that loosens it two different people
 *    (label-order.ts). Label changes count over the current content, except a restriction to
 *    secret/sacred, which counts over any content (like a withdrawal): what a community
 *    keeps secret is the motif, not one version of its drawing, and a studio holding an older
 *    copy must stop using it too;
 *  - otherwise in-review when the last submission of the current content is newer than the
 *    last request for changes; withdrawn while nothing was submitted since the withdrawal;
 *    draft else.
 */
import type { UsageLabelId } from '../motif/labels';
import type { MotifRecord, MotifStatus } from '../motif/schema';
import { motifContentText } from './content';
import type { TrustCrypto } from './crypto-port';
import { labelRestricts } from './label-order';
import { motifSignatureSchema, signedText, type MotifSignature, type MotifStatement } from './statements';
import type { TrustList } from './trust-list';

/** The studio's own release of a starter record (see electron/services/library/starter-library.ts). */
export interface ReleaseEntry {
  contentHash: string;
  label: UsageLabelId;
  edition: string;
}

export type SignatureProblem = 'malformed' | 'other-record' | 'key-mismatch' | 'bad-signature' | 'future' | 'untrusted';

export interface SignatureCheck {
  signature: MotifSignature;
  /** set when the signature does not count at all */
  problem?: SignatureProblem;
  /** the signer's person, for trusted keys */
  identity?: string;
  /** true when it was made over the record's current content */
  currentContent: boolean;
}

export interface MotifVerdict {
  contentHash: string;
  status: MotifStatus;
  usageLabel: UsageLabelId;
  withdrawnReason?: string;
  /** why it is published: two people's approvals, or the studio's release; null when it is not */
  publishedBy: 'signatures' | 'release' | null;
  /** distinct people whose approvals of the current content count now, with the label they named */
  approvals: { identity: string; key: string; signer: string; at: string; label?: UsageLabelId }[];
  /** a loosening label change that has one of the two signatures it needs */
  pendingLabel?: { label: UsageLabelId; identities: string[] };
  checks: SignatureCheck[];
}

export interface VerdictContext {
  trust: TrustList;
  crypto: TrustCrypto;
  now: Date;
  release?: ReleaseEntry | null;
}

/** Signatures dated further ahead than this are refused (a clock may be off by hours, not days). */
const FUTURE_SLACK_MS = 24 * 3600 * 1000;

export function motifContentHash(record: MotifRecord, crypto: TrustCrypto): string {
  return crypto.sha256Hex(motifContentText(record));
}

export function checkSignature(record: MotifRecord, contentHash: string, signature: MotifSignature, ctx: VerdictContext): SignatureCheck {
  const parsed = motifSignatureSchema.safeParse(signature);
  if (!parsed.success) return { signature, problem: 'malformed', currentContent: false };
  const s = parsed.data.statement;
  const currentContent = s.contentHash === contentHash;
  const fail = (problem: SignatureProblem): SignatureCheck => ({ signature, problem, currentContent });
  if (s.recordId !== record.id) return fail('other-record');
  if (ctx.crypto.fingerprint(signature.publicKey) !== s.key) return fail('key-mismatch');
  if (!ctx.crypto.verify(signature.publicKey, signedText(s), signature.signature)) return fail('bad-signature');
  if (Date.parse(s.at) > ctx.now.getTime() + FUTURE_SLACK_MS) return fail('future');
  const identity = ctx.trust.identityOf(s.key);
  if (!identity) return fail('untrusted');
  return { signature, identity, currentContent };
}

export function computeMotifVerdict(record: MotifRecord, ctx: VerdictContext): MotifVerdict {
  const contentHash = motifContentHash(record, ctx.crypto);
  const checks = (record.signatures ?? []).map((s) => checkSignature(record, contentHash, s, ctx));
  type Event = MotifStatement & { identity: string };
  const events: Event[] = checks
    .filter((c) => !c.problem)
    .map((c) => ({ ...c.signature.statement, identity: c.identity! }))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  const withdrawals = events.filter((e) => e.action === 'withdraw');
  const lastWithdrawal = withdrawals[withdrawals.length - 1];
  const live = lastWithdrawal ? events.filter((e) => e.at > lastWithdrawal.at) : events;
  const current = live.filter((e) => e.contentHash === contentHash);

  // publication: the first label that two different people approved
  const approvers = new Map<UsageLabelId, Map<string, Event>>();
  let quorum: { at: string; label: UsageLabelId } | null = null;
  for (const e of current) {
    if (e.action !== 'approve' || !e.target.label) continue;
    const people = approvers.get(e.target.label) ?? new Map<string, Event>();
    if (!people.has(e.identity)) people.set(e.identity, e);
    approvers.set(e.target.label, people);
    if (!quorum && people.size >= 2) quorum = { at: e.at, label: e.target.label };
  }
  const released = !!ctx.release && ctx.release.contentHash === contentHash && !lastWithdrawal;
  const approvalList = (label?: UsageLabelId) =>
    [...(label ? approvers.get(label)?.values() ?? [] : [...approvers.values()].flatMap((m) => [...m.values()]))].map((e) => ({
      identity: e.identity,
      key: e.key,
      signer: e.signer,
      at: e.at,
      label: e.target.label,
    }));

  if (quorum || released) {
    let label: UsageLabelId = quorum ? quorum.label : ctx.release!.label;
    const since = quorum ? quorum.at : '';
    let pending = new Map<UsageLabelId, Set<string>>();
    const labelEvents = live.filter((e) => e.contentHash === contentHash || e.target.label === 'secret-sacred');
    for (const e of labelEvents) {
      if (e.action !== 'label' || !e.target.label || e.at <= since) continue;
      if (labelRestricts(label, e.target.label)) {
        label = e.target.label;
        pending = new Map();
        continue;
      }
      const people = pending.get(e.target.label) ?? new Set<string>();
      people.add(e.identity);
      pending.set(e.target.label, people);
      if (people.size >= 2) {
        label = e.target.label;
        pending = new Map();
      }
    }
    const [pendingLabel] = [...pending.entries()].map(([l, people]) => ({ label: l, identities: [...people] }));
    return {
      contentHash,
      status: 'published',
      usageLabel: label,
      publishedBy: quorum ? 'signatures' : 'release',
      approvals: approvalList(quorum?.label),
      pendingLabel,
      checks,
    };
  }

  const last = (action: MotifStatement['action'], list: Event[]) => list.filter((e) => e.action === action).pop();
  const submitted = last('submit', current);
  const changes = last('request-changes', live);
  const base = { contentHash, usageLabel: record.usageLabel, publishedBy: null, approvals: approvalList(), checks };
  if (submitted && (!changes || submitted.at > changes.at)) return { ...base, status: 'in-review' };
  if (lastWithdrawal && !live.some((e) => e.action === 'submit')) {
    return { ...base, status: 'withdrawn', withdrawnReason: lastWithdrawal.target.reason ?? 'withdrawn' };
  }
  return { ...base, status: 'draft' };
}

/** The record as the rest of the studio must see it: status, label and withdrawal reason from the verdict. */
export function applyVerdict(record: MotifRecord, verdict: MotifVerdict): MotifRecord {
  const out: MotifRecord = { ...record, status: verdict.status, usageLabel: verdict.usageLabel };
  if (verdict.withdrawnReason) out.withdrawnReason = verdict.withdrawnReason;
  else delete out.withdrawnReason;
  return out;
}
