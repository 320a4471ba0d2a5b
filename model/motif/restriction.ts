import type { PackRestriction } from './pack-manifest';
import type { MotifRecord } from './schema';

/** most a restriction carries (the manifest's limit): the newest count the same as all */
const MAX_SIGNATURES = 20;

/**
 * What a secret/sacred record may still send to studios that hold an earlier copy: its id and
 * the signed statements that restricted it (pack-manifest.ts, packRestrictionSchema), never its
 * content. A record that was secret/sacred from its first approval has no such statement and
 * was never shared, so nothing goes out for it. The hub's sync feed and motif packs both use
 * this one rule.
 */
export function restrictionOf(record: MotifRecord): PackRestriction | null {
  if (record.usageLabel !== 'secret-sacred') return null;
  const signatures = (record.signatures ?? []).filter((s) => s.statement.action === 'label' && s.statement.target.label === 'secret-sacred');
  return signatures.length ? { recordId: record.id, signatures: signatures.slice(-MAX_SIGNATURES) } : null;
}
