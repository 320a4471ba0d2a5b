/**
 * The words of a brand-story card, per language: who made it (the brand kit's story), what
 * the motifs mean, where it comes from (GI) and which certificates back it. Only
 * certificates valid today are named: printing a lapsed certificate is not allowed.
 */
import type { Localized } from '../../../model/localized';
import type { MotifRecord } from '../../../model/motif/schema';
import { daysBetween, parseIsoDate } from '../../../model/product/validators/dates';

type Side = 'zh' | 'en';

export interface StoryFacts {
  cooperative: { name?: { zh?: string; en?: string }; address?: string };
  product: {
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
const CERT_NAMES: Record<string, Localized> = {
  organic: { zh: '有机产品认证', en: 'Organic certification' },
  'green-food': { zh: '绿色食品', en: 'Green Food certification' },
};

export function titleOf(f: StoryFacts, side: Side): string {
  const n = f.cooperative.name;
  return (side === 'en' ? n?.en || n?.zh : n?.zh) ?? '';
}

export function productLine(f: StoryFacts, side: Side): string {
  const n = f.product.name;
  return (side === 'en' ? n?.en || n?.zh : n?.zh) ?? '';
}

export function storyOf(f: StoryFacts, side: Side): string {
  const told = f.story?.[side]?.trim();
  if (told) return told;
  const coop = titleOf(f, side);
  const county = f.product.origin?.county ?? '';
  return side === 'zh'
    ? `${coop}的手艺人来自贵州${county}。每一件产品都出自合作社成员之手，纹样承载着世代相传的故事。`
    : `The makers of ${coop} live in ${county ? `${county}, ` : ''}Guizhou. Every piece is made by hand by the cooperative's members, and its motifs carry stories handed down for generations.`;
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

/** GI and currently valid certificates, one line each. */
export function originLines(f: StoryFacts, side: Side): string {
  const lines: string[] = [];
  const gi = f.product.gi;
  if (gi?.name && gi.system) {
    const kind = GI_NAMES[gi.system]?.[side] ?? '';
    lines.push(side === 'zh' ? `${kind}：${gi.name}（${gi.approvalNo ?? ''}）${gi.protectedArea ? `，保护范围：${gi.protectedArea}` : ''}` : `${kind}: ${gi.name} (${gi.approvalNo ?? ''})`);
  } else if (f.product.origin?.county) {
    lines.push(side === 'zh' ? `产地：贵州省${f.product.origin.county}` : `Origin: ${f.product.origin.county}, Guizhou`);
  }
  for (const c of f.product.certifications ?? []) {
    if (!c.validTo || !parseIsoDate(c.validTo) || daysBetween(f.today, c.validTo) < 0) continue;
    const name = CERT_NAMES[c.kind ?? '']?.[side] ?? c.name ?? '';
    lines.push(side === 'zh' ? `${name} 证书编号 ${c.certificateNo ?? ''}${c.body ? `（${c.body}）` : ''}` : `${name}, certificate no. ${c.certificateNo ?? ''}`);
  }
  return lines.join('\n');
}
