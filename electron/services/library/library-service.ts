import { studioError } from '../../../model/localized';
import type { MotifDetail, MotifSummary, MotifTrust, SearchInput } from '../../../model/api/library';
import { searchInputSchema } from '../../../model/api/library';
import { mayRelease, type ReleaseCaller } from '../../../model/motif/gate';
import { mayShowToCooperative, requiredCreditLine } from '../../../model/motif/labels';
import { presentUsage } from '../../../model/motif/notices';
import { motifRecordSchema, type MotifRecord } from '../../../model/motif/schema';
import type { UsageLabelId } from '../../../model/motif/labels';
import { approve, editDraft, relabel, requestChanges, resubmit, submitForReview, withdraw, type Actor, type TransitionResult } from '../../../model/motif/workflow';
import type { SignedAction, MotifStatement } from '../../../model/trust/statements';
import type { Signer, TrustService } from '../curators/trust-service';
import type { Database } from '../db/database';
import type { FileStore } from '../files/file-store';
import type { MotifRepo, MotifRow } from './motif-repo';

export type WhereUsed = (motifId: string) => { designId: string; name: string; updatedAt: string }[];

export type TransitionAction = 'submit' | 'request-changes' | 'approve' | 'withdraw' | 'resubmit' | 'relabel';

/** Each review action is signed as one of the statement actions (resubmit is a new submission). */
const SIGNED: Record<TransitionAction, SignedAction> = {
  submit: 'submit',
  resubmit: 'submit',
  'request-changes': 'request-changes',
  approve: 'approve',
  withdraw: 'withdraw',
  relabel: 'label',
};

/** Reading and curating the motif library. */
export class LibraryService {
  private whereUsed: WhereUsed = () => [];

  constructor(
    private readonly db: Database,
    private readonly repo: MotifRepo,
    private readonly store: FileStore,
    private readonly now: () => Date,
    private readonly trust: TrustService,
  ) {}

  /** the designs service plugs in here once it exists (it owns the design tables) */
  setWhereUsed(provider: WhereUsed): void {
    this.whereUsed = provider;
  }

  search(input: SearchInput, curatorActive: boolean): { total: number; capped: boolean; items: MotifSummary[] } {
    const q = searchInputSchema.parse(input);
    const curatorView = q.view === 'curator' && curatorActive;
    // own: the cooperative's own artwork not yet in the shared library (unreviewed drafts, few by nature)
    const ownView = q.view === 'own';
    const { total, capped, rows } = this.repo.search({
      query: q.query,
      craft: q.craft,
      technique: q.technique,
      region: q.region,
      label: q.label,
      statuses: curatorView ? (q.status ? [q.status] : undefined) : ownView ? ['draft', 'in-review'] : ['published'],
      limit: ownView ? 500 : q.limit,
      offset: ownView ? 0 : q.offset,
    });
    // the gate decides what reaches the screen (secret/sacred never reaches a cooperative's)
    const caller: ReleaseCaller = curatorView ? 'curator' : 'cooperative';
    const visible = rows.filter((r) => (!ownView || !!r.record.ownWork) && mayRelease(r.record, 'library-detail', { caller }).allowed);
    if (ownView) return { total: visible.length, capped: false, items: visible.slice(q.offset, q.offset + q.limit).map((r) => this.summary(r.record)) };
    return { total: total - (rows.length - visible.length), capped, items: visible.map((r) => this.summary(r.record)) };
  }

  summary(record: MotifRecord): MotifSummary {
    return {
      id: record.id,
      slug: record.slug,
      names: record.names,
      craft: record.craft,
      techniques: record.techniques,
      region: [record.origin.community, record.origin.branch, record.origin.county].filter(Boolean).join(' / '),
      status: record.status,
      usageLabel: record.usageLabel,
      summary: record.summary,
      version: record.version,
      updatedAt: record.updatedAt,
      placeable: mayRelease(record, 'composer-placement', { caller: 'cooperative', commercial: true, now: this.now() }),
      usage: { kind: presentUsage(record).kind, badge: presentUsage(record).badge },
    };
  }

  /** The record, if the gate lets this destination's bytes reach this caller; otherwise "not found". */
  visible(id: string, curatorActive: boolean, destination: 'library-detail' | 'library-artwork' | 'library-thumbnail' = 'library-detail'): MotifRow {
    const row = this.require(id);
    if (!mayRelease(row.record, destination, { caller: callerOf(curatorActive) }).allowed) throw notFound(id);
    return row;
  }

  detail(id: string, curatorActive = true): MotifDetail {
    const row = this.visible(id, curatorActive);
    const record = row.record;
    const usage = presentUsage(record);
    return {
      record,
      source: row.source,
      files: this.repo.files(id),
      audit: this.repo.audit(id),
      whereUsed: this.whereUsed(id),
      rules: {
        show: mayShowToCooperative(record),
        place: mayRelease(record, 'composer-placement', { caller: callerOf(curatorActive), commercial: true, now: this.now() }),
        credit: requiredCreditLine(record),
        label: { name: usage.badge, explanation: usage.explanation },
        usage,
      },
      trust: this.trustView(record),
    };
  }

  /** How the status was decided, for the audit trail: every signature with what it counts for. */
  trustView(record: MotifRecord): MotifTrust {
    const verdict = this.trust.verdict(record);
    const local = this.trust.trustList().localIdentity;
    const release = this.trust.release(record.id);
    return {
      contentHash: verdict.contentHash,
      publishedBy: verdict.publishedBy,
      release: release ? { edition: release.edition, current: release.contentHash === verdict.contentHash } : null,
      approvingPeople: new Set(verdict.approvals.map((a) => a.identity)).size,
      pendingLabel: verdict.pendingLabel ? { label: verdict.pendingLabel.label, people: verdict.pendingLabel.identities.length } : undefined,
      signatures: verdict.checks.map((c) => {
        const s = c.signature.statement;
        return {
          action: s?.action ?? '?',
          signer: s?.signer ?? '?',
          key: s?.key ?? '',
          at: s?.at ?? '',
          label: s?.target?.label,
          reason: s?.target?.reason,
          person: c.identity,
          local: !!c.identity && c.identity === local,
          currentContent: c.currentContent,
          problem: c.problem,
        };
      }),
    };
  }

  get(id: string): MotifRow {
    return this.require(id);
  }

  edit(id: string, expectedVersion: number, changes: Record<string, unknown>, actor: Actor): MotifDetail {
    return this.apply(id, actor, (record) => {
      if (record.version !== expectedVersion) {
        throw studioError(
          'motif.stale',
          `“${record.names.zh}”刚被别人改过（现在是第 ${record.version} 版）。请重新打开后再改，以免覆盖别人的修改。`,
          `"${record.names.en}" was changed by someone else (now version ${record.version}). Reopen it before editing so no one's changes are overwritten.`,
        );
      }
      const result = editDraft(record, actor, this.now(), changes);
      const checked = motifRecordSchema.safeParse(result.record);
      if (!checked.success) {
        const issue = checked.error.issues[0];
        const field = issue.path.join('.');
        throw studioError('motif.invalid', `“${field}”填写不对：${issue.message}`, `"${field}" is not valid: ${issue.message}`, checked.error.issues);
      }
      return { ...result, record: checked.data };
    });
  }

  /**
   * One review action, signed by the acting curator's key over the record's current content.
   * The workflow checks that the action is legal; the signature is added to the record; the
   * stored status and label are then what all the signatures decide (MotifRepo.update).
   */
  transition(id: string, action: TransitionAction, note: string | undefined, actor: Actor, signer: Signer, label?: UsageLabelId): MotifDetail {
    return this.apply(id, actor, (record) => {
      const now = this.now();
      let target: MotifStatement['target'] = {};
      let result: TransitionResult;
      switch (action) {
        case 'submit':
          result = submitForReview(record, actor, now);
          break;
        case 'request-changes':
          result = requestChanges(record, actor, now, note ?? '');
          break;
        case 'approve':
          result = approve(record, actor, now);
          target = { label: record.usageLabel };
          break;
        case 'withdraw':
          result = withdraw(record, actor, now, note ?? '');
          target = { reason: result.record.withdrawnReason };
          break;
        case 'resubmit':
          result = resubmit(record, actor, now, note);
          break;
        case 'relabel':
          if (!label) throw studioError('motif.workflow.label-required', '请选择新的使用标签。', 'Choose the new usage label.');
          result = relabel(record, actor, now, label);
          target = { label };
          break;
      }
      const signature = this.trust.signMotif(signer, record, SIGNED[action], target);
      const signatures = this.trust.mergeSignatures(record.signatures, [signature]);
      const note2 = [result.audit.note, `signed ${signature.statement.key.slice(0, 16)}`].filter(Boolean).join(' · ');
      return { record: { ...result.record, signatures }, audit: { ...result.audit, note: note2 } };
    });
  }

  /** Thumbnails the gate lets this caller have; the others are simply absent. */
  thumbnails(ids: string[], curatorActive: boolean): Record<string, string> {
    const out: Record<string, string> = {};
    for (const id of ids) {
      const row = this.repo.get(id);
      if (!row || !mayRelease(row.record, 'library-thumbnail', { caller: callerOf(curatorActive) }).allowed) continue;
      const sha = this.repo.thumbnailSha(id);
      if (sha && this.store.has(sha)) out[id] = `data:image/png;base64,${this.store.read(sha).toString('base64')}`;
    }
    return out;
  }

  /** The artwork for a library view, after the gate. */
  artworkFor(id: string, curatorActive: boolean): { svg?: string; preview?: string } {
    this.visible(id, curatorActive, 'library-artwork');
    return this.artwork(id);
  }

  /**
   * Artwork bytes without asking the gate: only for services that ask the gate themselves
   * for their own destination (export preflight, composer-open, packs).
   */
  artwork(id: string): { svg?: string; preview?: string } {
    const files = this.repo.files(id);
    const vector = files.find((f) => f.role === 'vector');
    if (vector) return { svg: this.store.read(vector.sha256).toString('utf8') };
    const preview = files.find((f) => f.role === 'preview');
    if (preview) return { preview: `data:image/jpeg;base64,${this.store.read(preview.sha256).toString('base64')}` };
    return {};
  }

  private apply(id: string, actor: Actor, change: (record: MotifRecord) => TransitionResult): MotifDetail {
    this.db.transaction(() => {
      const row = this.require(id);
      const { record, audit } = change(row.record);
      // the audit records the status the signatures decided, not the one the action asked for
      const stored = this.repo.update(record);
      const after = { status: stored.status, version: stored.version };
      this.repo.appendAudit(id, { action: audit.action, actor: audit.actor, at: audit.at, note: audit.note, before: audit.before, after });
    })();
    return this.detail(id);
  }

  private require(id: string): MotifRow {
    const row = this.repo.get(id);
    if (!row) throw notFound(id);
    return row;
  }
}

function callerOf(curatorActive: boolean): ReleaseCaller {
  return curatorActive ? 'curator' : 'cooperative';
}

function notFound(id: string) {
  return studioError('motif.not-found', `找不到这个纹样（${id}）。它可能已被删除或你没有查看权限。`, `Motif not found (${id}). It may have been removed, or you may not be allowed to see it.`);
}
