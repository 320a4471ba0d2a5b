/**
 * Which usage-label changes restrict and which loosen. Restricting needs one trusted
 * signature (safety first: anyone trusted may pull a motif back); loosening needs two
 * trusted people, like publishing.
 *
 * The labels form a partial order, not a line: non-commercial and culturally-sensitive are
 * incomparable (one forbids sale, the other allows sale but asks for confirmation on every
 * use), so moving between them loosens something and needs two signatures.
 *
 *   open-commercial < attribution < { non-commercial, culturally-sensitive } < community-only < secret-sacred
 */
import type { UsageLabelId } from '../motif/labels';

const LEVEL: Record<UsageLabelId, number> = {
  'open-commercial': 0,
  attribution: 1,
  'non-commercial': 2,
  'culturally-sensitive': 2,
  'community-only': 3,
  'secret-sacred': 4,
};

/** true when `next` allows nothing that `current` forbids (the same label counts as restricting) */
export function labelRestricts(current: UsageLabelId, next: UsageLabelId): boolean {
  return next === current || LEVEL[next] > LEVEL[current];
}
