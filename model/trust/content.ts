/**
 * The canonical content of a motif record: what curators sign when they submit, approve,
 * withdraw or relabel it.
 *
 * Everything curated is in it: names, craft, provenance, meaning, consent, credit line, the
 * ritual flag, sources, and the artwork block with each file's sha256 (so the signature
 * covers the artwork bytes too: the studio checks the files against those sums wherever
 * artwork enters).
 *
 * Left out, and why:
 * - `signatures`: the signatures cannot sign themselves;
 * - `status`, `withdrawnReason`, `usageLabel`: these are *results* computed from the
 *   signatures (model/trust/motif-verdict.ts); an approval names the label it publishes
 *   under in its statement, and a label change is its own signed statement, so that
 *   restricting a label (one signature) does not void the approvals of the content;
 * - `review`: a human-readable summary of who did what, kept for display only;
 * - `version`, `updatedAt`: bookkeeping that changes on every action, signed or not.
 */
import type { MotifRecord } from '../motif/schema';
import { canonicalize } from './canonical-json';

export const CONTENT_EXCLUDED_FIELDS = ['signatures', 'status', 'withdrawnReason', 'usageLabel', 'review', 'version', 'updatedAt'] as const;

export function motifContent(record: MotifRecord): Record<string, unknown> {
  const content: Record<string, unknown> = { ...record };
  for (const field of CONTENT_EXCLUDED_FIELDS) delete content[field];
  return content;
}

/** The UTF-8 text whose sha256 is a record's content hash. */
export function motifContentText(record: MotifRecord): string {
  return canonicalize(motifContent(record));
}
