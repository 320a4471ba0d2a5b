/**
 * "May this record go into a motif pack made by this exporter?" — the one output gate answers
 * (model/motif/gate.ts, destination 'pack'); this adds only what belongs to packs themselves:
 *
 * - the default pack ("all published", for anyone) holds only what anyone may share (published,
 *   not community-only): a pack leaves the community, so it never sweeps those up unasked, even
 *   when a curator makes it;
 * - a refusal tells a non-curator who can do it instead.
 */
import type { Localized } from '../localized';
import { mayRelease } from './gate';
import type { Decision } from './labels';
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
  const caller = exporter.curator && selection === 'named' ? 'curator' : 'cooperative';
  const decision = mayRelease(record, 'pack', { caller });
  if (decision.allowed) return { allowed: true };
  return { allowed: false, reason: curatorHint(decision.reason!, record, exporter) };
}

/** A refusal tells a non-curator who can do it instead (secret/sacred: nobody can). */
function curatorHint(reason: Localized, record: MotifRecord, exporter: PackExporter): Localized {
  if (exporter.curator || record.usageLabel === 'secret-sacred') return reason;
  return {
    zh: `${reason.zh} 只有策展人才能把未发布或仅限社区的纹样放进纹样包。`,
    en: `${reason.en} Only a curator can put unpublished or community-only motifs in a pack.`,
  };
}
