/**
 * The one output gate: "may this motif's artwork go to this destination, for this caller?"
 *
 * Every service that turns motif artwork into bytes that leave the studio or reach someone
 * who is not an unlocked curator asks `mayRelease` and nothing else decides: the library's
 * thumbnails, detail and artwork calls, the composer (placing, opening a design, pasting from
 * another design), the export outputs (PDF, n-up, proof, shop pictures), the story card,
 * motif packs and design files. The answers reuse the label rules of ./labels.ts, so every
 * path gives the same reasons in the same words.
 *
 * Stable API (other services and helpers call it; keep it backwards compatible):
 *   mayRelease(record, destination, context) -> ReleaseDecision
 *   - record: the motif record as stored (MotifRecord)
 *   - destination: one of RELEASE_DESTINATIONS
 *   - context.caller: 'cooperative' (anyone without curator mode, the HTTP token, the CLI)
 *     or 'curator' (an unlocked curator). Curators see everything inside the studio (library
 *     views, opening a design); bytes that leave the studio obey the same rules for everyone.
 *   - context.productKind / commercial / confirmed / now: as in PlacementContext.
 *   - context.cooperativeId: the cooperative whose design or product the bytes are for (a
 *     cooperative's own artwork is released only into that cooperative's designs).
 *   A refusal has `allowed: false` and a translated `reason`; `needsConfirmation: true` means
 *   "ask the user, then call again with confirmed: true". `creditLine` is the line that must be
 *   printed wherever the artwork goes.
 */
import type { Localized } from '../localized';
import { mayExport, mayPlaceOnProduct, mayShowToCooperative, requiredCreditLine, USAGE_LABELS, type Decision, type PlacementContext } from './labels';
import type { MotifRecord } from './schema';

export const RELEASE_DESTINATIONS = [
  /** the library grid's thumbnail */
  'library-thumbnail',
  /** the library's detail view: record, provenance, rules */
  'library-detail',
  /** the artwork itself (SVG master or raster preview) shown in the library */
  'library-artwork',
  /** placing the motif on a design in the composer */
  'composer-placement',
  /** showing a motif already placed in an open design (so the design can explain a withdrawal) */
  'composer-open',
  /** clipboard paste into another design */
  'paste',
  'pdf',
  'n-up',
  'proof',
  'shop-pictures',
  'story-card',
  /** a motif pack (shared with other studios) */
  'pack',
  /** a design file carried out of the studio (.jxdesign bundle) */
  'design-file',
] as const;
export type ReleaseDestination = (typeof RELEASE_DESTINATIONS)[number];

export type ReleaseCaller = 'cooperative' | 'curator';

export interface ReleaseContext extends Partial<PlacementContext> {
  caller: ReleaseCaller;
  /** the cooperative whose design / product the artwork goes into (own artwork only goes there) */
  cooperativeId?: string;
}

export interface ReleaseDecision extends Decision {
  destination: ReleaseDestination;
  /** printed wherever the artwork goes, when the rule requires it */
  creditLine?: Localized;
}

/** Views inside the studio: an unlocked curator sees every record, a cooperative what it may see. */
const VIEWS: readonly ReleaseDestination[] = ['library-thumbnail', 'library-detail', 'library-artwork', 'composer-open'];
/** Printed or handed out with a product: the label's product rules apply, for every caller. */
const PRODUCT_OUTPUTS: readonly ReleaseDestination[] = ['composer-placement', 'paste', 'pdf', 'n-up', 'proof', 'shop-pictures', 'story-card', 'design-file'];

export function mayRelease(record: MotifRecord, destination: ReleaseDestination, context: ReleaseContext): ReleaseDecision {
  const decision = record.ownWork ? ownWorkRule(record, destination, context) : traditionalRule(record, destination, context);
  const credit = decision.allowed ? requiredCreditLine(record) : undefined;
  return { ...decision, destination, ...(credit ? { creditLine: credit } : {}) };
}

function traditionalRule(record: MotifRecord, destination: ReleaseDestination, context: ReleaseContext): Decision {
  if (VIEWS.includes(destination)) {
    if (context.caller === 'curator') return { allowed: true };
    if (destination === 'composer-open' && record.status === 'withdrawn' && record.usageLabel !== 'secret-sacred') {
      // the design still opens and explains why the motif must go; it cannot be exported (pdf etc. refuse)
      return { allowed: true, caution: mayExport(record).reason };
    }
    return mayShowToCooperative(record);
  }
  if (destination === 'pack') return packRule(record, context);
  if (PRODUCT_OUTPUTS.includes(destination)) {
    return mayPlaceOnProduct(record, {
      productKind: context.productKind,
      commercial: context.commercial ?? true,
      // composer, paste and story card ask the user; exports judge a design whose motifs were
      // confirmed when placed, so their callers pass confirmed: true
      confirmed: context.confirmed ?? false,
      now: context.now,
    });
  }
  return refuse(record);
}

/**
 * A motif pack leaves the studio, but the receiving studio verifies every signature itself, so a
 * draft arrives as a draft and a withdrawal travels to wherever the motif was copied: an unlocked
 * curator may therefore hand on any record but a secret/sacred one (which never leaves). Anyone
 * else shares only what a cooperative may already use: published, and not community-only (that
 * label keeps a motif within its community, and a pack leaves it).
 */
function packRule(record: MotifRecord, context: ReleaseContext): Decision {
  if (record.usageLabel === 'secret-sacred') {
    return {
      allowed: false,
      reason: {
        zh: `“${record.names.zh}”标为秘密/神圣，不能放进纹样包带出本中心。`,
        en: `"${record.names.en}" is labelled secret/sacred and cannot leave this centre in a motif pack.`,
      },
    };
  }
  if (context.caller === 'curator') return { allowed: true };
  const exportable = mayExport(record);
  if (!exportable.allowed) return exportable;
  if (record.usageLabel === 'community-only') {
    return {
      allowed: false,
      reason: {
        zh: `“${record.names.zh}”标为“${USAGE_LABELS['community-only'].name.zh}”，纹样包会带出社区，所以不放进去。`,
        en: `"${record.names.en}" is labelled "${USAGE_LABELS['community-only'].name.en}"; a pack leaves the community, so it is not included.`,
      },
    };
  }
  return { allowed: true };
}

/**
 * A cooperative's own artwork: usable in its own cooperative's designs without curation
 * (never when withdrawn); outside that cooperative and in packs only once published through review.
 */
function ownWorkRule(record: MotifRecord, destination: ReleaseDestination, context: ReleaseContext): Decision {
  const own = record.ownWork!;
  if (record.status === 'published') return traditionalRule(record, destination, context);
  if (VIEWS.includes(destination) && context.caller === 'curator') return { allowed: true };
  if (record.status === 'withdrawn') {
    // like a withdrawn motif: a design placing it still opens and explains; nothing else
    return destination === 'composer-open' ? { allowed: true, caution: mayExport(record).reason } : mayExport(record);
  }
  if (destination === 'pack') {
    return {
      allowed: false,
      reason: {
        zh: `“${record.names.zh}”是${own.cooperativeName}自己的作品，还没有经过审核进入共享纹样库，不能放进纹样包。`,
        en: `"${record.names.en}" is ${own.cooperativeName}'s own artwork and has not joined the shared library through review, so it cannot go into a pack.`,
      },
    };
  }
  if (VIEWS.includes(destination)) return { allowed: true };
  if (context.cooperativeId === undefined && (destination === 'composer-placement' || destination === 'paste')) {
    // inside the composer, before the design is linked to a product: the export checks the cooperative
    return {
      allowed: true,
      caution: {
        zh: `“${record.names.zh}”是${own.cooperativeName}自己的作品：导出时设计必须关联${own.cooperativeName}的产品。`,
        en: `"${record.names.en}" is ${own.cooperativeName}'s own artwork: to export, the design must be linked to a product of ${own.cooperativeName}.`,
      },
    };
  }
  if (context.cooperativeId !== own.cooperativeId) {
    return {
      allowed: false,
      reason: {
        zh: `“${record.names.zh}”是${own.cooperativeName}自己的作品，只能用在${own.cooperativeName}的设计里。请先在设计里关联本社的产品或品牌。`,
        en: `"${record.names.en}" is ${own.cooperativeName}'s own artwork and may only be used in ${own.cooperativeName}'s designs. Link the design to this cooperative's product or brand kit first.`,
      },
    };
  }
  return { allowed: true };
}

function refuse(record: MotifRecord): Decision {
  return {
    allowed: false,
    reason: { zh: `“${record.names.zh}”不能用在这里。`, en: `"${record.names.en}" may not be used here.` },
  };
}

/** The bytes of a library view may go to this caller (thumbnail, detail, artwork). */
export function mayView(record: MotifRecord, destination: 'library-thumbnail' | 'library-detail' | 'library-artwork' | 'composer-open', caller: ReleaseCaller): boolean {
  return mayRelease(record, destination, { caller }).allowed;
}
