/**
 * Placeholders a design text may contain, e.g. "净含量：{{product.netContent}}". The designer
 * writes them once; every print run fills them from the product file, and preflight knows
 * which mandatory label items a design carries by looking at which placeholders it uses.
 */
import type { Lang, Localized } from '../localized';
import type { ClaimKind } from './claims';
import { approvalNoEn, giNameEn, placeNameEn } from './english-names';
import type { LabelItemKey } from './food-label';
import type { ProductFile } from './schema';
import { formatLabelDate, parseIsoDate } from './validators/dates';
import { computeExpiryDate, formatShelfLife } from './shelf-life';

export { computeExpiryDate } from './shelf-life';
import { nutritionEdition, nutritionTableText } from './nutrition';

/** Per-print-run facts that do not belong in the product record. */
export interface PrintRunFacts {
  /** ISO date */
  productionDate?: string;
  /** ISO date; computed from productionDate + shelfLife when absent */
  expiryDate?: string;
  /** overrides product.batch */
  batch?: string;
}

export type PlaceholderFacts = ProductFile & { run?: PrintRunFacts };

interface PlaceholderDef {
  label: Localized;
  /** label items this placeholder fulfils when it appears in the design */
  satisfies: LabelItemKey[];
  value: (facts: PlaceholderFacts, lang: Lang) => string | undefined;
  /**
   * the regulated claim printing this field makes (a certificate number says "certified", a GI
   * field says "GI"): the preflight checks it against the product like words it finds in text
   * (model/preflight/rules/claims.ts), so a claim bound to the product is checked whatever the
   * words around it say
   */
  claim?: ClaimKind;
  /** what to do when the field has no value, beyond "fill in the fact" (English forms) */
  whenMissing?: Localized;
}

const NO_ENGLISH: Localized = {
  zh: '工坊的中英名称表里没有这个名称的英文写法：请把英文面上的这个字段换成你要印的英文（不要印中文）。',
  en: "The studio's table of English names has no English form of this name: replace the field on the English side with the English you want printed (do not print the Chinese).",
};

const organic = (f: PlaceholderFacts) => f.product.certifications.find((c) => c.kind === 'organic');
const greenFood = (f: PlaceholderFacts) => f.product.certifications.find((c) => c.kind === 'green-food');

/** "1500 g" is written "1.5kg": solids by mass, ≤ 1000 g in g and above in kg (mL/L alike). */
export function formatNetContent(net: { value: number; unit: string }, lang: Lang = 'zh-CN'): string {
  let { value, unit } = net;
  if ((unit === 'g' || unit === 'mL') && value > 1000) (value = value / 1000, (unit = unit === 'g' ? 'kg' : 'L'));
  if (unit === 'pcs') return lang === 'en' ? `${value} pcs` : `${value}件`;
  const num = Number.isInteger(value) ? String(value) : String(Number(value.toFixed(3)));
  return lang === 'en' ? `${num} ${unit}` : `${num}${unit}`;
}

function expiry(f: PlaceholderFacts): string | undefined {
  if (f.run?.expiryDate) return f.run.expiryDate;
  const start = f.run?.productionDate;
  if (start && parseIsoDate(start) && f.product.shelfLife) return computeExpiryDate(start, f.product.shelfLife);
  return undefined;
}

const date = (iso: string | undefined) => (iso && parseIsoDate(iso) ? formatLabelDate(iso, 'cn') : undefined);

export const PLACEHOLDERS: Record<string, PlaceholderDef> = {
  'product.name': { label: { zh: '产品名称', en: 'product name' }, satisfies: ['name'], value: (f, l) => (l === 'en' ? f.product.name.en ?? f.product.name.zh : f.product.name.zh) },
  'product.nameEn': {
    label: { zh: '产品英文名', en: 'product name (English)' },
    satisfies: [],
    whenMissing: { zh: '产品资料里没有英文名：请在产品资料里填写英文名。', en: 'The product has no English name: enter it in the product facts.' },
    value: (f) => f.product.name.en,
  },
  'product.netContent': { label: { zh: '净含量', en: 'net content' }, satisfies: ['netContent'], value: (f, l) => (f.product.netContent ? formatNetContent(f.product.netContent, l) : undefined) },
  'product.specification': { label: { zh: '规格', en: 'specification' }, satisfies: [], value: (f) => f.product.specification },
  'product.ingredients': { label: { zh: '配料', en: 'ingredients' }, satisfies: ['ingredients'], value: (f, l) => f.product.ingredients?.join(l === 'en' ? ', ' : '、') },
  'product.storage': { label: { zh: '贮存条件', en: 'storage' }, satisfies: ['storage'], value: (f) => f.product.storage },
  'product.shelfLife': { label: { zh: '保质期', en: 'shelf life' }, satisfies: ['shelfLife'], value: (f, l) => (f.product.shelfLife ? formatShelfLife(f.product.shelfLife, l) : undefined) },
  'product.sc': { label: { zh: '食品生产许可证编号', en: 'food production licence no.' }, satisfies: ['scLicence'], value: (f) => f.product.productionLicence },
  'product.standardCode': { label: { zh: '产品标准代号', en: 'product standard code' }, satisfies: ['standardCode'], value: (f) => f.product.standardCode },
  'product.origin': { label: { zh: '产地', en: 'origin' }, satisfies: [], value: (f) => [f.product.origin.county, f.product.origin.village].filter(Boolean).join(' ') },
  'product.originEn': { label: { zh: '产地（英文）', en: 'origin (English)' }, satisfies: [], whenMissing: NO_ENGLISH, value: (f) => placeNameEn(f.product.origin.county) },
  'product.ean13': { label: { zh: '商品条码号', en: 'barcode number' }, satisfies: [], value: (f) => f.product.ean13 },
  'product.batch': { label: { zh: '批号', en: 'batch number' }, satisfies: ['batch'], value: (f) => f.run?.batch ?? f.product.batch },
  'product.allergens': {
    label: { zh: '致敏物质', en: 'allergens' },
    satisfies: ['allergens'],
    value: (f, l) => (f.product.allergens === undefined ? undefined : f.product.allergens.length === 0 ? (l === 'en' ? 'none' : '无') : f.product.allergens.join(l === 'en' ? ', ' : '、')),
  },
  'product.nutrition': {
    label: { zh: '营养成分表', en: 'nutrition table' },
    satisfies: ['nutrition'],
    value: (f, l) => (f.product.nutrition ? nutritionTableText(f.product.nutrition, l, nutritionEdition(f.product.labelEdition)) : undefined),
  },
  // dates and batch are usually ink-jetted at packing time; GB 7718 lets the label say where they are printed
  'pack.datesPrinted': {
    label: { zh: '日期与批号见喷码位置', en: 'dates and batch: where they are printed' },
    satisfies: ['productionDate', 'expiryDate', 'batch'],
    value: (_f, l) => (l === 'en' ? 'see the code printed on the pack' : '见包装喷码'),
  },
  'product.productionDate': { label: { zh: '生产日期', en: 'production date' }, satisfies: ['productionDate'], value: (f) => date(f.run?.productionDate) },
  'product.expiryDate': { label: { zh: '保质期到期日', en: 'expiry date' }, satisfies: ['expiryDate'], value: (f) => date(expiry(f)) },
  'cooperative.name': { label: { zh: '合作社名称', en: 'cooperative name' }, satisfies: ['producerName'], value: (f, l) => (l === 'en' ? f.cooperative.name.en ?? f.cooperative.name.zh : f.cooperative.name.zh) },
  'cooperative.nameEn': {
    label: { zh: '合作社英文名', en: 'cooperative name (English)' },
    satisfies: [],
    whenMissing: { zh: '合作社资料里没有英文名：请在合作社资料里填写英文名。', en: "The cooperative has no English name: enter it in the cooperative's details." },
    value: (f) => f.cooperative.name.en,
  },
  'cooperative.address': { label: { zh: '合作社地址', en: 'cooperative address' }, satisfies: ['producerAddress'], value: (f) => f.cooperative.address },
  'cooperative.contact': {
    label: { zh: '联系方式', en: 'contact' },
    satisfies: ['producerContact'],
    value: (f) => f.cooperative.contact.phone ?? f.cooperative.contact.email ?? f.cooperative.contact.web,
  },
  'cooperative.uscc': { label: { zh: '统一社会信用代码', en: 'unified social credit code' }, satisfies: [], value: (f) => f.cooperative.uscc },
  'gi.name': { label: { zh: '地理标志产品名称', en: 'GI product name' }, satisfies: [], claim: 'gi-wording', value: (f) => f.product.gi?.name },
  'gi.nameEn': {
    label: { zh: '地理标志产品名称（英文）', en: 'GI product name (English)' },
    satisfies: [],
    claim: 'gi-wording',
    whenMissing: NO_ENGLISH,
    value: (f) => giNameEn(f.product.gi?.name),
  },
  'gi.approvalNo': { label: { zh: '地理标志公告号/注册号', en: 'GI announcement / registration no.' }, satisfies: [], claim: 'gi-wording', value: (f) => f.product.gi?.approvalNo },
  'gi.approvalNoEn': {
    label: { zh: '地理标志公告号（英文）', en: 'GI announcement no. (English)' },
    satisfies: [],
    claim: 'gi-wording',
    whenMissing: NO_ENGLISH,
    value: (f) => approvalNoEn(f.product.gi?.approvalNo),
  },
  'gi.protectedArea': { label: { zh: '地理标志保护范围', en: 'GI protected area' }, satisfies: [], claim: 'gi-wording', value: (f) => f.product.gi?.protectedArea },
  'organic.code': { label: { zh: '有机码', en: 'organic code' }, satisfies: [], claim: 'organic', value: (f) => organic(f)?.organicCodes?.[0] },
  'organic.certificateNo': { label: { zh: '有机认证证书编号', en: 'organic certificate no.' }, satisfies: [], claim: 'organic', value: (f) => organic(f)?.certificateNo },
  'organic.body': { label: { zh: '有机认证机构', en: 'organic certification body' }, satisfies: [], claim: 'organic', value: (f) => organic(f)?.body },
  'greenFood.code': { label: { zh: '绿色食品企业信息码', en: 'green food code' }, satisfies: [], claim: 'green-food', value: (f) => greenFood(f)?.gfCode },
  'greenFood.certificateNo': { label: { zh: '绿色食品证书编号', en: 'green food certificate no.' }, satisfies: [], claim: 'green-food', value: (f) => greenFood(f)?.certificateNo },
  'greenFood.body': { label: { zh: '绿色食品发证机构', en: 'green food licensing body' }, satisfies: [], claim: 'green-food', value: (f) => greenFood(f)?.body },
  'trace.url': { label: { zh: '溯源网址', en: 'traceability link' }, satisfies: [], value: (f) => f.product.traceUrl },
};

export type PlaceholderKey = keyof typeof PLACEHOLDERS;

const PATTERN = /\{\{\s*([A-Za-z0-9.]+)\s*\}\}/g;

/** Placeholder keys used in a text (known ones only), in order of first appearance. */
export function findPlaceholders(text: string): string[] {
  const keys: string[] = [];
  for (const m of text.matchAll(PATTERN)) if (m[1] in PLACEHOLDERS && !keys.includes(m[1])) keys.push(m[1]);
  return keys;
}

/** Label items satisfied by the placeholders appearing anywhere in the given texts. */
export function labelItemsInTexts(texts: string[]): Set<LabelItemKey> {
  const out = new Set<LabelItemKey>();
  for (const t of texts) for (const key of findPlaceholders(t)) for (const item of PLACEHOLDERS[key].satisfies) out.add(item);
  return out;
}

/**
 * Replace known placeholders with facts. A placeholder whose fact is missing, and any unknown
 * placeholder, is left in place so it stays visible on screen and preflight can flag it.
 */
export function fillPlaceholders(text: string, facts: PlaceholderFacts, lang: Lang = 'zh-CN'): string {
  return text.replace(PATTERN, (whole, key: string) => {
    const def = PLACEHOLDERS[key];
    const value = def?.value(facts, lang);
    return value === undefined || value === '' ? whole : value;
  });
}

/** Placeholders in `text` that are unknown or have no value for these facts. */
export function unfilledPlaceholders(text: string, facts: PlaceholderFacts): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const def = PLACEHOLDERS[m[1]];
    const value = def?.value(facts, 'zh-CN');
    if ((value === undefined || value === '') && !out.includes(m[1])) out.push(m[1]);
  }
  return out;
}
