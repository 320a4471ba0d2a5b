/**
 * How a motif's usage rule is presented: as the community's Label, or as the studio's Notice.
 *
 * Local Contexts separates Labels (placed by a community, in its own words) from Notices
 * (placed by institutions and researchers: "Attribution Incomplete", "Open to Collaborate";
 * placeholders until the community's Labels replace them). A usage label in a record only
 * reads as the community's word when consent is verified *with evidence* (who gave it and the
 * evidence file). Otherwise the screen shows the notices and the studio's own guidance, in
 * words that say it is the studio speaking, never "the community agrees".
 *
 * The rules of use (model/motif/gate.ts) do not change with the presentation: an unverified
 * record is governed by the same label id, which is then the studio's guidance.
 */
import type { Localized } from '../localized';
import { USAGE_LABELS, type UsageLabelId } from './labels';
import type { MotifRecord } from './schema';

export const NOTICE_IDS = ['attribution-incomplete', 'open-to-collaborate'] as const;
export type NoticeId = (typeof NOTICE_IDS)[number];

export const NOTICES: Record<NoticeId, { name: Localized; explanation: Localized }> = {
  'attribution-incomplete': {
    name: { zh: '署名不完整', en: 'Attribution Incomplete' },
    explanation: {
      zh: '这个图案的来源社区、持有人或同意人还没有完整、确认的记录。这是锦绣工坊放置的提示，不是社区的决定。',
      en: 'The community, holders or consent-giver of this motif are not fully and reliably recorded. Jinxiu Studio placed this notice; it is not a decision of the community.',
    },
  },
  'open-to-collaborate': {
    name: { zh: '欢迎合作', en: 'Open to Collaborate' },
    explanation: {
      zh: '锦绣工坊愿意与来源社区合作，补全记录，并由社区自己决定这个图案怎么用。',
      en: 'Jinxiu Studio commits to working with the source community to complete this record and to let the community decide how the motif is used.',
    },
  },
};

/** The studio's own guidance per rule, worded as the studio's, for records without verified consent. */
const STUDIO_GUIDANCE: Record<UsageLabelId, Localized> = {
  'open-commercial': {
    zh: '锦绣工坊的使用建议（社区尚未确认）：可以用在出售的商品上，请注明图案来源。',
    en: "Jinxiu Studio's guidance (not confirmed by the community): may be used on products for sale; please credit the source.",
  },
  attribution: {
    zh: '锦绣工坊的使用建议（社区尚未确认）：可以使用，但每件用到它的商品上都要印出署名。',
    en: "Jinxiu Studio's guidance (not confirmed by the community): may be used, but every product that uses it must print the credit line.",
  },
  'non-commercial': {
    zh: '锦绣工坊的使用建议（社区尚未确认）：只用于学习、教学、展示等不出售的用途。',
    en: "Jinxiu Studio's guidance (not confirmed by the community): only for study, teaching, display and other uses that are not sold.",
  },
  'community-only': {
    zh: '锦绣工坊的使用建议（社区尚未确认）：只在社区内部使用，不用在对外出售的商品上。',
    en: "Jinxiu Studio's guidance (not confirmed by the community): keep it within the community; not on products sold outside.",
  },
  'culturally-sensitive': {
    zh: '锦绣工坊的使用建议（社区尚未确认）：需要特别慎重；放到设计上之前，请确认已和社区商量过用法。',
    en: "Jinxiu Studio's guidance (not confirmed by the community): handle with great care; before placing it, confirm its use was agreed with the community.",
  },
  'secret-sacred': {
    zh: '锦绣工坊的使用建议（社区尚未确认）：这个图案可能承载神圣或不外传的知识，工坊不展示、也不用于任何设计。',
    en: "Jinxiu Studio's guidance (not confirmed by the community): this motif may carry sacred or restricted knowledge; the studio neither shows it nor uses it in any design.",
  },
};

export interface UsagePresentation {
  /** label: the community's word (verified consent with evidence); notice: the studio's; own-work: the cooperative's own artwork */
  kind: 'label' | 'notice' | 'own-work';
  /** badge text for cards and lists */
  badge: Localized;
  /** who placed what is shown */
  placedBy: Localized;
  /** label: the community's rule in plain words; notice / own work: the studio's guidance */
  explanation: Localized;
  notices: { id: NoticeId; name: Localized; explanation: Localized }[];
}

/** Consent counts as the community's word only when it is verified, names who gave it, and has its evidence file. */
export function consentVerifiedWithEvidence(record: MotifRecord): boolean {
  const c = record.consent;
  return c.status === 'verified' && !!c.givenBy && !!c.evidenceFile;
}

export function presentUsage(record: MotifRecord): UsagePresentation {
  const label = USAGE_LABELS[record.usageLabel];
  if (record.ownWork) {
    const own = record.ownWork;
    return {
      kind: 'own-work',
      badge: { zh: '本社原创', en: 'Our own artwork' },
      placedBy: { zh: `${own.cooperativeName}（作者：${own.maker}）`, en: `${own.cooperativeName} (maker: ${own.maker})` },
      explanation: {
        zh: `这是${own.cooperativeName}自己的作品（作者：${own.maker}，作者已同意使用），不是传统纹样。可用于本社的设计，印出时署作者名；经过审核后才会进入共享纹样库。`,
        en: `This is ${own.cooperativeName}'s own artwork (maker: ${own.maker}, who agreed to its use), not a traditional motif. It may be used in the cooperative's own designs with the maker credited; it joins the shared library only after review.`,
      },
      notices: [],
    };
  }
  if (consentVerifiedWithEvidence(record)) {
    return {
      kind: 'label',
      badge: label.name,
      placedBy: { zh: `社区：${record.consent.givenBy}`, en: `Community: ${record.consent.givenBy}` },
      explanation: label.explanation,
      notices: [],
    };
  }
  const notices: NoticeId[] = [];
  const namedHolder = record.origin.holders.length > 0 && !!record.consent.givenBy;
  if (!namedHolder) notices.push('attribution-incomplete');
  notices.push('open-to-collaborate');
  return {
    kind: 'notice',
    badge: { zh: `工坊建议：${label.name.zh}`, en: `Studio guidance: ${label.name.en}` },
    placedBy: { zh: '锦绣工坊（不是社区）', en: 'Jinxiu Studio (not the community)' },
    explanation: STUDIO_GUIDANCE[record.usageLabel],
    notices: notices.map((id) => ({ id, ...NOTICES[id] })),
  };
}
