/**
 * Usage labels as data, and the pure rules that follow from them.
 *
 * The labels follow the spirit of the Local Contexts TK Labels: they say what the holding
 * community generally allows. They are not a legal licence. The same rules are asked in
 * three places (library UI, composer, export preflight), so they live here, once.
 *
 * Decisions taken here (documented because the brief left them open):
 * - culturally-sensitive: shown to cooperatives with a caution; placing it needs an explicit
 *   confirmation from the user (ctx.confirmed), for commercial and non-commercial use alike.
 * - community-only: never on a commercial product; a non-commercial item needs confirmation
 *   that it stays within the community.
 * - secret-sacred: never shown to cooperatives, never placed, never exported.
 * - ritual (record.ritual): never on food or tea packaging; elsewhere it needs confirmation.
 * - consent: an expired consent makes a motif unplaceable; a non-empty consent scope limits
 *   the product kinds; an unverified consent is a caution, not a block (the starter library
 *   is drawn by the studio after published descriptions and has no verified consent yet).
 */
import type { Localized } from '../localized';
import type { MotifRecord } from './schema';

export const USAGE_LABEL_IDS = [
  'open-commercial',
  'attribution',
  'non-commercial',
  'community-only',
  'culturally-sensitive',
  'secret-sacred',
] as const;
export type UsageLabelId = (typeof USAGE_LABEL_IDS)[number];

export interface UsageLabel {
  id: UsageLabelId;
  name: Localized;
  /** plain-words explanation shown next to the motif */
  explanation: Localized;
  /** the Local Contexts TK Label this corresponds to */
  tk: { code: string; name: string };
  /** a credit line must be printed wherever the motif is used */
  needsCredit: boolean;
}

export const USAGE_LABELS: Record<UsageLabelId, UsageLabel> = {
  'open-commercial': {
    id: 'open-commercial',
    name: { zh: '可商用', en: 'Open to commercial use' },
    explanation: {
      zh: '社区同意把这个图案用在出售的商品上。署名不是必须的，但欢迎注明来源。',
      en: 'The community agrees that this motif may be used on products for sale. Credit is welcome but not required.',
    },
    tk: { code: 'TK OC', name: 'TK Open to Commercialization' },
    needsCredit: false,
  },
  attribution: {
    id: 'attribution',
    name: { zh: '须署名', en: 'Attribution required' },
    explanation: {
      zh: '可以使用，但每件用到它的商品上都必须印出署名（社区和绘制者）。',
      en: 'May be used, but every product that uses it must print the credit line (community and who drew it).',
    },
    tk: { code: 'TK A', name: 'TK Attribution' },
    needsCredit: true,
  },
  'non-commercial': {
    id: 'non-commercial',
    name: { zh: '非商用', en: 'Non-commercial only' },
    explanation: {
      zh: '只能用于学习、教学、展示等不出售的用途，不能印在出售的商品上。',
      en: 'Only for study, teaching, display and other uses that are not sold. Not for products for sale.',
    },
    tk: { code: 'TK NC', name: 'TK Non-Commercial' },
    needsCredit: true,
  },
  'community-only': {
    id: 'community-only',
    name: { zh: '仅限社区内使用', en: 'Community use only' },
    explanation: {
      zh: '这个图案通常只在本社区（家族、支系）内流传，不能用在对外出售的商品上。',
      en: 'This motif normally stays within the community (family, branch). It may not be used on products sold outside.',
    },
    tk: { code: 'TK CO', name: 'TK Community Use Only' },
    needsCredit: true,
  },
  'culturally-sensitive': {
    id: 'culturally-sensitive',
    name: { zh: '文化敏感', en: 'Culturally sensitive' },
    explanation: {
      zh: '这个图案需要特别慎重地使用。放到设计上之前，请确认已经和社区商量过用法。',
      en: 'Handle this motif with great care. Before placing it on a design, confirm that its use was agreed with the community.',
    },
    tk: { code: 'TK CS', name: 'TK Culturally Sensitive' },
    needsCredit: true,
  },
  'secret-sacred': {
    id: 'secret-sacred',
    name: { zh: '神圣／不外传', en: 'Secret / sacred' },
    explanation: {
      zh: '这个图案承载神圣或不外传的知识，不在合作社图库中显示，也不能用于任何设计。',
      en: 'This motif carries sacred or restricted knowledge. It is not shown in the cooperative library and may not be used in any design.',
    },
    tk: { code: 'TK SS', name: 'TK Secret / Sacred' },
    needsCredit: false,
  },
};

export function labelNeedsCredit(id: UsageLabelId): boolean {
  return USAGE_LABELS[id].needsCredit;
}

/** Outcome of a rule. `caution` is shown even when allowed; `needsConfirmation` means
 * "allowed once the user confirms" (call again with ctx.confirmed = true). */
export interface Decision {
  allowed: boolean;
  reason?: Localized;
  caution?: Localized;
  needsConfirmation?: boolean;
}

export interface PlacementContext {
  /** product kind as in model/product: 'food' | 'tea' | 'craft' | 'silver' | 'other' | ... */
  productKind?: string;
  commercial: boolean;
  /** the user confirmed the caution (sensitive motif, ritual motif, community-only use) */
  confirmed?: boolean;
  /** the moment to judge consent expiry at (ISO string or Date); defaults to the current time */
  now?: string | Date;
}

/** Product kinds that are eaten or drunk: ritual motifs are kept off them by default. */
export const FOOD_PRODUCT_KINDS: readonly string[] = ['food', 'tea'];

const notVerifiedCaution = (r: MotifRecord): Localized => ({
  zh: `“${r.names.zh}”的社区同意尚未核实，使用时请注明来源，并尽量与社区联系确认。`,
  en: `Community consent for "${r.names.en}" is not verified yet. Credit the source and, where you can, check with the community.`,
});

/** Library UI: may a cooperative member see this motif in the picker? */
export function mayShowToCooperative(record: MotifRecord): Decision {
  if (record.usageLabel === 'secret-sacred') {
    return { allowed: false, reason: USAGE_LABELS['secret-sacred'].explanation };
  }
  if (record.status !== 'published') {
    return {
      allowed: false,
      reason: {
        zh: `“${record.names.zh}”还没有发布（当前状态：${statusZh(record.status)}），审核通过后才会出现在合作社图库中。`,
        en: `"${record.names.en}" is not published (status: ${record.status}); it appears in the cooperative library after review.`,
      },
    };
  }
  if (record.usageLabel === 'culturally-sensitive' || record.ritual) {
    return { allowed: true, caution: sensitiveCaution(record) };
  }
  return { allowed: true };
}

function sensitiveCaution(r: MotifRecord): Localized {
  if (r.ritual) {
    return {
      zh: `“${r.names.zh}”用于仪式场合。请只在社区同意的用途上使用，不要用于食品包装或娱乐性设计。`,
      en: `"${r.names.en}" belongs to ritual occasions. Use it only as the community agreed, and not on food packaging or playful designs.`,
    };
  }
  return USAGE_LABELS['culturally-sensitive'].explanation;
}

function statusZh(s: MotifRecord['status']): string {
  return { draft: '草稿', 'in-review': '审核中', published: '已发布', withdrawn: '已撤回' }[s];
}

function toTime(now: string | Date | undefined): number {
  if (now === undefined) return Date.now();
  return now instanceof Date ? now.getTime() : Date.parse(now);
}

/** consent.expires is a date or datetime; a bare date means "valid through that whole day" (UTC). */
export function consentExpired(record: MotifRecord, now?: string | Date): boolean {
  const expires = record.consent.expires;
  if (!expires) return false;
  const end = /^\d{4}-\d{2}-\d{2}$/.test(expires) ? Date.parse(`${expires}T23:59:59.999Z`) : Date.parse(expires);
  return toTime(now) > end;
}

/** Composer and preflight: may this motif go on this product? */
export function mayPlaceOnProduct(record: MotifRecord, ctx: PlacementContext): Decision {
  const exportable = mayExport(record);
  if (!exportable.allowed) return exportable;

  if (consentExpired(record, ctx.now)) {
    return {
      allowed: false,
      reason: {
        zh: `“${record.names.zh}”的社区同意已于 ${record.consent.expires} 到期，不能再放到商品上。请联系社区续签同意后更新记录。`,
        en: `Community consent for "${record.names.en}" expired on ${record.consent.expires}, so it can no longer be placed. Renew the consent with the community and update the record.`,
      },
    };
  }
  const scope = record.consent.scope;
  if (ctx.productKind && scope.length > 0 && !scope.includes('*') && !scope.includes(ctx.productKind)) {
    return {
      allowed: false,
      reason: {
        zh: `社区只同意把“${record.names.zh}”用于：${scope.join('、')}；不包括“${ctx.productKind}”类商品。`,
        en: `The community agreed to use "${record.names.en}" only for: ${scope.join(', ')}; "${ctx.productKind}" products are not included.`,
      },
    };
  }
  if (record.ritual && ctx.productKind && FOOD_PRODUCT_KINDS.includes(ctx.productKind)) {
    return {
      allowed: false,
      reason: {
        zh: `“${record.names.zh}”是仪式图案，不用于食品或茶叶包装。请换一个图案。`,
        en: `"${record.names.en}" is a ritual motif and is not used on food or tea packaging. Choose another motif.`,
      },
    };
  }

  switch (record.usageLabel) {
    case 'non-commercial':
      if (ctx.commercial) return { allowed: false, reason: commercialRefusal(record, 'non-commercial') };
      break;
    case 'community-only':
      if (ctx.commercial) return { allowed: false, reason: commercialRefusal(record, 'community-only') };
      if (!ctx.confirmed) {
        return confirmFirst({
          zh: `请确认这件物品只在社区内部使用，不对外出售或分发，然后再放置“${record.names.zh}”。`,
          en: `Confirm that this item stays within the community (not sold or handed out) before placing "${record.names.en}".`,
        });
      }
      break;
    case 'culturally-sensitive':
      if (!ctx.confirmed) return confirmFirst(USAGE_LABELS['culturally-sensitive'].explanation);
      break;
    default:
      break;
  }
  if (record.ritual && !ctx.confirmed) return confirmFirst(sensitiveCaution(record));

  const caution =
    record.usageLabel === 'culturally-sensitive' || record.ritual
      ? sensitiveCaution(record)
      : record.consent.status === 'not-verified'
        ? notVerifiedCaution(record)
        : undefined;
  return caution ? { allowed: true, caution } : { allowed: true };
}

function confirmFirst(why: Localized): Decision {
  return { allowed: false, needsConfirmation: true, reason: why };
}

function commercialRefusal(r: MotifRecord, label: 'non-commercial' | 'community-only'): Localized {
  const l = USAGE_LABELS[label];
  return {
    zh: `“${r.names.zh}”标注为“${l.name.zh}”，不能用在出售的商品上。请换一个可商用或须署名的图案。`,
    en: `"${r.names.en}" is labelled "${l.name.en}" and may not be used on products for sale. Choose a motif labelled open or attribution.`,
  };
}

/**
 * Export preflight: the credit line that must appear on the product, if the label requires one.
 * A cooperative's own artwork always credits its maker and says it is the cooperative's own work.
 */
export function requiredCreditLine(record: MotifRecord): Localized | undefined {
  if (record.ownWork) return ownWorkCredit(record);
  return labelNeedsCredit(record.usageLabel) ? record.creditLine : undefined;
}

export function ownWorkCredit(record: MotifRecord): Localized | undefined {
  const own = record.ownWork;
  if (!own) return undefined;
  return {
    zh: `图案：${own.maker}原创设计（${own.cooperativeName}自有作品）`,
    en: `Design: original work by ${own.maker} (${own.cooperativeName}'s own artwork)`,
  };
}

/** Export preflight (and motif packs): withdrawn, unpublished and secret/sacred motifs are refused. */
export function mayExport(record: MotifRecord): Decision {
  if (record.status === 'withdrawn') {
    const why = record.withdrawnReason ? `（原因：${record.withdrawnReason}）` : '';
    const whyEn = record.withdrawnReason ? ` (reason: ${record.withdrawnReason})` : '';
    return {
      allowed: false,
      reason: {
        zh: `“${record.names.zh}”已被撤回${why}，不能再导出。请从设计中移除它或换一个图案。`,
        en: `"${record.names.en}" was withdrawn${whyEn} and can no longer be exported. Remove it from the design or pick another motif.`,
      },
    };
  }
  if (record.status !== 'published') {
    return {
      allowed: false,
      reason: {
        zh: `“${record.names.zh}”还没有通过审核发布（当前状态：${statusZh(record.status)}），不能导出。`,
        en: `"${record.names.en}" has not been published after review (status: ${record.status}), so it cannot be exported.`,
      },
    };
  }
  if (record.usageLabel === 'secret-sacred') {
    return { allowed: false, reason: USAGE_LABELS['secret-sacred'].explanation };
  }
  return { allowed: true };
}
