import { motifSignatureSchema, type MotifSignature } from './statements';

/**
 * The union of signature lists, each signature once (by its value), malformed ones dropped,
 * in time order. Signatures are facts that happened: a record's list only ever grows, so a
 * copy of the record that lacks one (an older pack, an edit) can never undo a withdrawal.
 */
export function mergeSignatures(...lists: (readonly MotifSignature[] | undefined)[]): MotifSignature[] {
  const seen = new Map<string, MotifSignature>();
  for (const list of lists) {
    for (const s of list ?? []) {
      if (seen.has(s.signature) || !motifSignatureSchema.safeParse(s).success) continue;
      seen.set(s.signature, s);
    }
  }
  return [...seen.values()].sort((a, b) => (a.statement.at < b.statement.at ? -1 : a.statement.at > b.statement.at ? 1 : 0));
}
