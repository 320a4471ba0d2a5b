/**
 * What a motif pack may do to one record here, decided from signatures verified against the
 * LOCAL trust list (model/trust/motif-verdict.ts). A pack is data, never authority: its
 * claimed status, label, reviewers and trust files count for nothing by themselves.
 *
 * The record that would be written is the pack's content with the signatures of both
 * copies (local and the pack's), so a local withdrawal or restriction can never be
 * dropped by a copy that lacks it. Its status and label are the verdict on that merge.
 * Then, against the record here:
 *  - a change that loosens (a label made less restrictive, or published where it was not)
 *    needs two trusted people over the pack's content: two approvals (status) or two
 *    approvals or label statements naming the new label (label);
 *  - a change that restricts (stricter label, or no longer published) needs at least one
 *    trusted signature that the pack brought;
 *  - a record kept secret/sacred here is never changed by a pack: such records never leave
 *    a studio, so no pack can hold a legitimate newer copy;
 *  - a record edited here since its last upstream version is a conflict, as before.
 * A change that is not allowed leaves the local record untouched ('refused', with why).
 */
import type { Localized } from '../localized';
import type { MotifVerdict } from '../trust/motif-verdict';
import { labelRestricts } from '../trust/label-order';
import { USAGE_LABELS, type UsageLabelId } from './labels';
import type { MotifRecord, MotifStatus } from './schema';

export type PackAction = 'new' | 'update' | 'unchanged' | 'conflict' | 'refused';

/** One change the import makes (or would make) to a record, for the dry run and the audit. */
export interface PackChange {
  field: 'label' | 'status' | 'artwork';
  /** null for a record new here */
  from: string | null;
  to: string;
}

export interface LocalCopy {
  record: MotifRecord;
  verdict: MotifVerdict;
  /** the version last taken from upstream (starter library or a pack); null when made here */
  upstreamVersion: number | null;
}

export interface MergeDecision {
  action: PackAction;
  reason?: Localized;
  changes: PackChange[];
}

const STATUS_NAME: Record<MotifStatus, Localized> = {
  draft: { zh: '草稿', en: 'draft' },
  'in-review': { zh: '审核中', en: 'in review' },
  published: { zh: '已发布', en: 'published' },
  withdrawn: { zh: '已撤回', en: 'withdrawn' },
};

/** `merged` is the pack's record with both copies' signatures; `verdict` is the local verdict on it. */
export function decideMerge(local: LocalCopy | undefined, merged: MotifRecord, verdict: MotifVerdict, slugTaken: boolean): MergeDecision {
  const changes = listChanges(local, merged, verdict);
  if (!local) {
    if (slugTaken) return { action: 'conflict', changes: [], reason: { zh: `本地已有同名标识“${merged.slug}”的另一个纹样。`, en: `Another local motif already uses the slug "${merged.slug}".` } };
    return { action: 'new', changes };
  }
  const here = local.record;
  if (local.verdict.usageLabel === 'secret-sacred' || here.usageLabel === 'secret-sacred') {
    return {
      action: 'refused',
      changes: [],
      reason: {
        zh: `“${here.names.zh}”在这里标为秘密/神圣：这类纹样从不离开工坊，纹样包不能改动它。本地记录保持不变。`,
        en: `"${here.names.en}" is secret/sacred here: such motifs never leave a studio, so no pack may change it. The local record was kept.`,
      },
    };
  }
  if (local.upstreamVersion !== null && merged.version <= local.upstreamVersion) return { action: 'unchanged', changes: [] };
  if (local.upstreamVersion === null || here.version !== local.upstreamVersion) {
    return {
      action: 'conflict',
      changes: [],
      reason: {
        zh: `本地修改过这个纹样（第 ${here.version} 版），包里是第 ${merged.version} 版；为免覆盖本地修改，没有导入。`,
        en: `This motif was edited here (version ${here.version}); the pack has version ${merged.version}. It was not imported so local changes are not overwritten.`,
      },
    };
  }

  const brought = new Set((here.signatures ?? []).map((s) => s.signature));
  const newTrusted = verdict.checks.filter((c) => !c.problem && !brought.has(c.signature.signature));
  const people = (accept: (action: string, label?: UsageLabelId) => boolean) =>
    new Set(verdict.checks.filter((c) => !c.problem && c.currentContent && accept(c.signature.statement.action, c.signature.statement.target.label)).map((c) => c.identity)).size;

  const fromLabel = local.verdict.usageLabel;
  const toLabel = verdict.usageLabel;
  if (!labelRestricts(fromLabel, toLabel)) {
    const backers = people((action, label) => (action === 'approve' || action === 'label') && label === toLabel);
    if (backers < 2) return refuse(here, loosenLabel(fromLabel, toLabel, backers), changes);
  }
  const wasPublished = local.verdict.status === 'published';
  if (verdict.status === 'published' && !wasPublished && !(verdict.publishedBy === 'signatures' && verdict.approvals.length >= 2)) {
    return refuse(here, loosenStatus(local.verdict.status, backersText(verdict.approvals.length)), changes);
  }
  const restricts = (wasPublished && verdict.status !== 'published') || (fromLabel !== toLabel && labelRestricts(fromLabel, toLabel));
  if (restricts && newTrusted.length === 0) {
    return refuse(
      here,
      {
        zh: `包里的版本会把它从“${STATUS_NAME[local.verdict.status].zh}／${USAGE_LABELS[fromLabel].name.zh}”改为“${STATUS_NAME[verdict.status].zh}／${USAGE_LABELS[toLabel].name.zh}”，但没有带来任何本工坊信任的签名。`,
        en: `The pack's version would change it from ${STATUS_NAME[local.verdict.status].en} / "${USAGE_LABELS[fromLabel].name.en}" to ${STATUS_NAME[verdict.status].en} / "${USAGE_LABELS[toLabel].name.en}" without a single signature this studio trusts.`,
      },
      changes,
    );
  }
  return { action: 'update', changes };
}

function refuse(here: MotifRecord, why: Localized, changes: PackChange[]): MergeDecision {
  return {
    action: 'refused',
    changes,
    reason: {
      zh: `${why.zh}本地的“${here.names.zh}”保持不变。`,
      en: `${why.en} The local "${here.names.en}" was kept as it is.`,
    },
  };
}

function backersText(n: number): Localized {
  return { zh: `只有 ${n} 位`, en: `only ${n}` };
}

function loosenLabel(from: UsageLabelId, to: UsageLabelId, backers: number): Localized {
  return {
    zh: `包里的版本会把使用标签从“${USAGE_LABELS[from].name.zh}”放宽为“${USAGE_LABELS[to].name.zh}”；放宽需要两位本工坊信任的人签名，包里${backersText(backers).zh}。`,
    en: `The pack's version would loosen the usage label from "${USAGE_LABELS[from].name.en}" to "${USAGE_LABELS[to].name.en}"; loosening needs signatures of two people this studio trusts, and the pack has ${backersText(backers).en}.`,
  };
}

function loosenStatus(from: MotifStatus, backers: Localized): Localized {
  return {
    zh: `包里的版本会把它从“${STATUS_NAME[from].zh}”变成“已发布”；发布需要两位本工坊信任的人批准当前内容，包里${backers.zh}。`,
    en: `The pack's version would make it published (it is ${STATUS_NAME[from].en} here); publishing needs approvals of the current content by two people this studio trusts, and the pack has ${backers.en}.`,
  };
}

/** Every change of label, status and artwork between the local copy (if any) and the merge. */
export function listChanges(local: LocalCopy | undefined, merged: MotifRecord, verdict: MotifVerdict): PackChange[] {
  const changes: PackChange[] = [];
  const fromLabel = local ? local.verdict.usageLabel : null;
  if (fromLabel !== verdict.usageLabel) changes.push({ field: 'label', from: fromLabel, to: verdict.usageLabel });
  const fromStatus = local ? local.verdict.status : null;
  if (fromStatus !== verdict.status) changes.push({ field: 'status', from: fromStatus, to: verdict.status });
  const fromArt = local ? artworkSummary(local.record) : null;
  const toArt = artworkSummary(merged);
  if (fromArt !== toArt) changes.push({ field: 'artwork', from: fromArt, to: toArt });
  return changes;
}

/** "name sha256-prefix" per master file, sorted: enough for a person to see which file changed. */
export function artworkSummary(record: MotifRecord): string {
  return [record.artwork.vector, ...record.artwork.rasters]
    .filter((n): n is string => !!n)
    .sort()
    .map((n) => `${n} ${(record.artwork.sha256[n] ?? '').slice(0, 12)}`)
    .join(', ');
}
