/**
 * The one decision "may this record go into a motif pack made by this exporter?".
 *
 * Every pack path asks only this function: a pack of named motifs, the default "all
 * published" pack, the API and the CLI. TODO(gate): when model/motif/gate.ts lands,
 * this function must delegate to `mayRelease(record, 'pack', context)` and keep only the
 * pack's own rules (the default pack's selection) on top; until then the rules live here.
 *
 * - secret/sacred never leaves, for anyone, however it is asked for;
 * - a curator may hand on any other record, drafts and withdrawals included: the receiving
 *   studio verifies every signature itself, so a draft arrives as a draft and a withdrawal
 *   travels to where the motif was copied (that is how a withdrawal reaches other centres);
 * - anyone else may share only what a cooperative may already use: published, not
 *   withdrawn, and not community-only (that label keeps a motif within its community);
 * - the default pack ("all published", for anyone) holds only published motifs that are
 *   not community-only: a pack leaves the community, so it never sweeps those up unasked.
 */
import type { Localized } from '../localized';
import { mayExport, USAGE_LABELS, type Decision } from './labels';
import type { MotifRecord } from './schema';

export interface PackExporter {
  /** shown in the pack's manifest and the receiver's audit trail */
  name: string;
  /** an unlocked curator (the UI's curator mode); the CLI and a locked UI are not */
  curator: boolean;
}

/** `named`: the exporter chose these motifs; `all-published`: the default pack. */
export type PackSelection = 'named' | 'all-published';

export function packShareable(record: MotifRecord, exporter: PackExporter, selection: PackSelection): Decision {
  if (record.usageLabel === 'secret-sacred') {
    return {
      allowed: false,
      reason: {
        zh: `“${record.names.zh}”标为秘密/神圣，不能放进纹样包带出本中心。`,
        en: `"${record.names.en}" is labelled secret/sacred and cannot leave this centre in a motif pack.`,
      },
    };
  }
  if (exporter.curator && selection === 'named') return { allowed: true };
  const exportable = mayExport(record);
  if (!exportable.allowed) return { allowed: false, reason: curatorHint(exportable.reason!, exporter) };
  if (record.usageLabel === 'community-only') {
    return {
      allowed: false,
      reason: curatorHint(
        {
          zh: `“${record.names.zh}”标为“${USAGE_LABELS['community-only'].name.zh}”，纹样包会带出社区，所以不放进去。`,
          en: `"${record.names.en}" is labelled "${USAGE_LABELS['community-only'].name.en}"; a pack leaves the community, so it is not included.`,
        },
        exporter,
      ),
    };
  }
  return { allowed: true };
}

/** A refusal tells a non-curator who can do it instead. */
function curatorHint(reason: Localized, exporter: PackExporter): Localized {
  if (exporter.curator) return reason;
  return {
    zh: `${reason.zh} 只有策展人才能把未发布或仅限社区的纹样放进纹样包。`,
    en: `${reason.en} Only a curator can put unpublished or community-only motifs in a pack.`,
  };
}
