/**
 * A cooperative's own artwork (its logo, a member's original design): imported like any
 * artwork (sanitized, normalized, thumbnailed), but recorded as the cooperative's own work
 * with its maker and the maker's consent. It stays a draft of the shared library: the gate
 * (model/motif/gate.ts) lets it into that cooperative's designs without curation and keeps it
 * out of the shared listing and of packs until it is published through review.
 */
import type { ImportResult } from '../../../model/api/library';
import { ownWorkCredit } from '../../../model/motif/labels';
import type { MotifRecord, OwnWork } from '../../../model/motif/schema';
import type { ImportService } from './import-service';

export interface OwnArtworkInput {
  name: string;
  bytes: Uint8Array;
  names: { zh: string; en: string };
  ownWork: OwnWork;
  /** who added it (a cooperative member; no curator needed) */
  addedBy: string;
}

export function addOwnArtwork(imports: ImportService, input: OwnArtworkInput): Promise<ImportResult> {
  return imports.importOne(input.name, input.bytes, input.addedBy, (draft): MotifRecord => {
    const withOwn: MotifRecord = { ...draft, ownWork: input.ownWork };
    return {
      ...withOwn,
      names: input.names,
      summary: { zh: `${input.ownWork.cooperativeName}的自有作品，作者：${input.ownWork.maker}。`, en: `${input.ownWork.cooperativeName}'s own artwork by ${input.ownWork.maker}.` },
      origin: { ...draft.origin, community: input.ownWork.cooperativeName, branch: input.ownWork.cooperativeName, holders: [{ name: input.ownWork.maker, kind: 'person', role: 'maker' }] },
      custodyEvents: [{ kind: 'drawn', by: input.ownWork.maker, date: input.ownWork.makerConsent.date, note: `added by ${input.addedBy}` }],
      usageLabel: 'attribution',
      creditLine: ownWorkCredit(withOwn),
    };
  });
}
