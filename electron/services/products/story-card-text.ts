/**
 * The words of a brand-story card, per side (Chinese front, English back): who made it and
 * where (the brand kit's story, or words for the product's kind), what the motif means, the
 * GI and certificate claims, and the motifs' provenance.
 *
 * Claims are never written out as plain words: the GI and certificate lines are product
 * fields ({{gi.name}}, {{organic.certificateNo}}, …) bound to the linked product, and each such
 * field carries its claim kind (model/product/placeholders.ts), so the preflight checks them
 * against the product's authorisation and certificates at the print date like any design.
 *
 * The English side is English: names the product facts hold only in Chinese (the county, the
 * GI name, the announcement number) are English fields ({{product.originEn}}, {{gi.nameEn}},
 * {{gi.approvalNoEn}}) filled from model/product/english-names; a name with no English form
 * stays an unfilled field, which the check reports, rather than Chinese on the English side.
 */
import type { Localized } from '../../../model/localized';
import type { MotifRecord } from '../../../model/motif/schema';
import type { ProductKind } from '../../../model/product/schema';
import { daysBetween, parseIsoDate } from '../../../model/product/validators/dates';

export type Side = 'zh' | 'en';

export interface StoryFacts {
  cooperative: { name?: { zh?: string; en?: string }; address?: string };
  product: {
    kind?: ProductKind | string;
    name?: { zh?: string; en?: string };
    origin?: { county?: string; village?: string };
    gi?: { system?: string; name?: string; approvalNo?: string; protectedArea?: string };
    certifications?: { kind?: string; name?: string; certificateNo?: string; body?: string; validTo?: string }[];
  };
  story?: Localized;
  motifs: MotifRecord[];
  today: string;
}

const GI_NAMES: Record<string, Localized> = {
  pgi: { zh: '地理标志保护产品', en: 'Protected geographical indication product' },
  'gi-trademark': { zh: '地理标志商标', en: 'Geographical indication trademark' },
  agi: { zh: '农产品地理标志', en: 'Agricultural geographical indication' },
};

/** Certificates the card names, each bound to its own product fields (and so its claim). */
const CERT_LINES: Record<string, { prefix: string; name: Localized }> = {
  organic: { prefix: 'organic', name: { zh: '有机产品认证', en: 'Organic certification' } },
  'green-food': { prefix: 'greenFood', name: { zh: '绿色食品', en: 'Green Food certification' } },
};

export const HEADINGS: Record<'motif' | 'origin' | 'credits', Localized> = {
  motif: { zh: '纹样', en: 'The motif' },
  origin: { zh: '来自哪里', en: 'Where it comes from' },
  credits: { zh: '出处与致谢', en: 'Provenance and credits' },
};

/** The cooperative's name; on the English side a field when it has no English name. */
export function titleOf(f: StoryFacts, side: Side): string {
  const n = f.cooperative.name;
  if (side === 'zh') return n?.zh ?? '';
  return n?.en?.trim() || '{{cooperative.nameEn}}';
}

export function productLine(f: StoryFacts, side: Side): string {
  const n = f.product.name;
  if (side === 'zh') return n?.zh ?? '';
  return n?.en?.trim() || '{{product.nameEn}}';
}

/**
 * Who made it, in words for the product's kind (tea is grown and made by tea growers, not
 * "made by hand by the members"); the brand kit's own story wins when the cooperative wrote one.
 */
export function storyOf(f: StoryFacts, side: Side): string {
  const told = f.story?.[side]?.trim();
  if (told) return told;
  const coop = titleOf(f, side);
  const product = productLine(f, side);
  if (side === 'zh') {
    const where = `贵州${f.product.origin?.county ?? ''}`;
    switch (f.product.kind) {
      case 'tea':
        return `${product}出自${where}的茶山。${coop}的茶农在自家茶园里种茶、采茶，按当地的老办法炒制。`;
      case 'food':
        return `${product}是${where}人家饭桌上的味道。${coop}的成员按当地的老做法备料、发酵、装瓶。`;
      case 'silver':
        return `${coop}的银匠在${where}手工锻打、錾刻每一件银饰，纹样沿用苗家世代佩戴的样子。`;
      case 'craft':
        return `${coop}的绣娘和手艺人在${where}一针一线手工制作，纹样来自苗家世代相传的衣裙。`;
      default:
        return `${product}来自${where}的${coop}。`;
    }
  }
  const where = '{{product.originEn}}, Guizhou';
  switch (f.product.kind) {
    case 'tea':
      return `${product} comes from the tea hills of ${where}. The tea growers of ${coop} grow and pick it in their own gardens and roast it the way it has long been done there.`;
    case 'food':
      return `${product} is a taste of home cooking in ${where}. The members of ${coop} prepare, ferment and bottle it the way it has long been made there.`;
    case 'silver':
      return `The silversmiths of ${coop} in ${where} forge and chase every piece by hand, in the forms Miao families have worn for generations.`;
    case 'craft':
      return `The embroiderers and makers of ${coop} in ${where} make every piece by hand, with motifs from the clothes Miao families have handed down for generations.`;
    default:
      return `${product} comes from ${coop} in ${where}.`;
  }
}

/**
 * Only what a curator marked public (record.publicText) is printed for customers; the meaning
 * and its sources are internal notes (they carry caveats such as "unverified"), so a motif
 * without public text is named, nothing more.
 */
export function motifLines(f: StoryFacts, side: Side): string {
  return f.motifs
    .map((m) => {
      const name = side === 'zh' ? m.names.zh : m.names.en;
      const told = m.publicText?.[side]?.trim();
      return told ? `${name}${side === 'zh' ? '：' : ': '}${told}` : name;
    })
    .join('\n');
}

/**
 * The GI line and one line per certificate valid today, written as product fields: the claim
 * is the product's, and the check sees it whatever the card's words say. A certificate that
 * lapses before the print date is caught by the same check at export.
 */
export function claimLines(f: StoryFacts, side: Side): string {
  const lines: string[] = [];
  const gi = f.product.gi;
  if (gi?.name && gi.system) {
    const kind = GI_NAMES[gi.system]?.[side] ?? GI_NAMES.pgi[side];
    lines.push(
      side === 'zh'
        ? `${kind}：{{gi.name}}（{{gi.approvalNo}}）${gi.protectedArea ? `，保护范围：{{gi.protectedArea}}` : ''}`
        : `${kind}: {{gi.nameEn}}, {{gi.approvalNoEn}}`,
    );
  } else if (f.product.origin?.county) {
    lines.push(side === 'zh' ? `产地：贵州省{{product.origin}}` : `Origin: {{product.originEn}}, Guizhou`);
  }
  for (const c of f.product.certifications ?? []) {
    const def = CERT_LINES[c.kind ?? ''];
    // other certificates (无公害 and the like) are not offered as new claims (DOMAIN §2.3)
    if (!def || !c.validTo || !parseIsoDate(c.validTo) || daysBetween(f.today, c.validTo) < 0) continue;
    lines.push(
      side === 'zh'
        ? `${def.name.zh} 证书编号 {{${def.prefix}.certificateNo}}${c.body ? `（{{${def.prefix}.body}}）` : ''}`
        : `${def.name.en}, certificate no. {{${def.prefix}.certificateNo}}`,
    );
  }
  return lines.join('\n');
}

/**
 * "丹寨苗族社区 Danzhai Miao community" -> zh "丹寨苗族社区", en "Danzhai Miao community": the
 * motif records write provenance in both languages in one string. A string with no Latin part
 * has no English form (en undefined); one with no Chinese is the same on both sides.
 */
export function splitBilingual(s: string): { zh: string; en?: string } {
  const text = s.trim();
  const chars = [...text];
  let last = -1;
  chars.forEach((ch, i) => {
    if (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(ch)) last = i;
  });
  if (last < 0) return { zh: text, en: text };
  const zh = chars.slice(0, last + 1).join('').trim();
  const en = chars.slice(last + 1).join('').trim();
  return { zh, en: /[A-Za-z]/.test(en) ? en : undefined };
}

/**
 * Provenance of each motif on the card: community, tradition holders, who documented it.
 * On the English side a part with no English form is left out, never printed in Chinese.
 */
export function provenanceLines(f: StoryFacts, side: Side): string {
  return f.motifs
    .map((m) => {
      const pick = (s: string | undefined) => (s ? splitBilingual(s)[side] : undefined);
      const community = pick(m.origin.community);
      const holders = m.origin.holders.map((h) => pick(h.name)).filter((h): h is string => !!h);
      const documenter = pick(m.origin.documenter);
      const name = side === 'zh' ? m.names.zh : m.names.en;
      const parts =
        side === 'zh'
          ? [community && `族群：${community}`, holders.length > 0 && `传承：${holders.join('、')}`, documenter && `记录：${documenter}`]
          : [community && `community: ${community}`, holders.length > 0 && `tradition holders: ${holders.join(', ')}`, documenter && `documented by: ${documenter}`];
      const body = parts.filter(Boolean).join(side === 'zh' ? '；' : '; ');
      return side === 'zh' ? `${name}——${body}。` : `${name}: ${body}.`;
    })
    .join('\n');
}
