/**
 * GB 7718 (prepackaged food labelling) as data: which items a label must carry, per edition,
 * and the type-size rules. Pure functions; the design preflight decides which items a design
 * shows (from placeholders.ts) and asks checkLabelCompleteness what is missing.
 *
 * 2011 vs 2025 (in force 2027-03-16): the 2025 edition requires an expiry date next to the
 * production date, makes allergen declaration mandatory, widens the small-pack exemption from
 * < 10 cm² to ≤ 20 cm², and exempts tea (among others) from the nutrition table.
 */
import { issue, type Issue, type Localized } from '../localized';
import { FOOD_KINDS, type LabelEdition, type NetContent, type Product } from './schema';
import { atLeastSixMonths } from './shelf-life';

export type LabelItemKey =
  | 'name'
  | 'ingredients'
  | 'netContent'
  | 'producerName'
  | 'producerAddress'
  | 'producerContact'
  | 'productionDate'
  | 'shelfLife'
  | 'expiryDate'
  | 'batch'
  | 'storage'
  | 'scLicence'
  | 'standardCode'
  | 'allergens'
  | 'nutrition';

export interface RequiredLabelItem {
  /** a LabelItemKey, or a group key such as "dates" when alternatives exist */
  key: string;
  label: Localized;
  /** satisfied when every key of any one alternative is present (otherwise `key` itself must be) */
  anyOf?: LabelItemKey[][];
}

export const LABEL_ITEM_NAMES: Record<LabelItemKey, Localized> = {
  name: { zh: '食品名称', en: 'food name' },
  ingredients: { zh: '配料表', en: 'ingredient list' },
  netContent: { zh: '净含量', en: 'net content' },
  producerName: { zh: '生产者名称', en: 'producer name' },
  producerAddress: { zh: '生产者地址', en: 'producer address' },
  producerContact: { zh: '联系方式', en: 'contact details' },
  productionDate: { zh: '生产日期', en: 'production date' },
  shelfLife: { zh: '保质期', en: 'shelf life' },
  expiryDate: { zh: '保质期到期日', en: 'expiry date' },
  batch: { zh: '批号', en: 'batch number' },
  storage: { zh: '贮存条件', en: 'storage conditions' },
  scLicence: { zh: '食品生产许可证编号', en: 'food production licence number' },
  standardCode: { zh: '产品标准代号', en: 'product standard code' },
  allergens: { zh: '致敏物质提示', en: 'allergen declaration' },
  nutrition: { zh: '营养成分表', en: 'nutrition table' },
};

export interface LabelContext {
  edition: LabelEdition;
  /** largest printable surface of the pack, cm² */
  largestSurfaceCm2: number;
  /** vinegar, salt, solid sugar, MSG, ≥10 % alcohol drinks (2025: also wine) */
  shelfLifeExempt?: boolean;
  /** the user confirms another nutrition exemption (fresh produce, single-ingredient dried goods, ...) */
  nutritionExempt?: boolean;
}

export const SMALL_PACK_2011_CM2 = 10; // strictly below
export const SMALL_PACK_2025_CM2 = 20; // at or below

export function needsFoodLabel(product: Pick<Product, 'kind'>): boolean {
  return FOOD_KINDS.includes(product.kind);
}

export function isSmallPack(edition: LabelEdition, largestSurfaceCm2: number): boolean {
  return edition === 'GB7718-2011' ? largestSurfaceCm2 < SMALL_PACK_2011_CM2 : largestSurfaceCm2 <= SMALL_PACK_2025_CM2;
}

/** GB 28050 nutrition-table exemptions we can decide from the product and pack alone. */
export function nutritionExempt(product: Pick<Product, 'kind'>, ctx: LabelContext): boolean {
  if (ctx.nutritionExempt) return true;
  if (ctx.edition === 'GB7718-2025') return product.kind === 'tea' || ctx.largestSurfaceCm2 <= 40;
  // GB 28050-2011 exempts packs whose largest surface is ≤ 20 cm² (total ≤ 100 cm² also exempts,
  // but we only know the largest face here).
  return ctx.largestSurfaceCm2 <= 20;
}

const item = (key: LabelItemKey): RequiredLabelItem => ({ key, label: LABEL_ITEM_NAMES[key] });

export function requiredLabelItems(product: Product, ctx: LabelContext): RequiredLabelItem[] {
  if (!needsFoodLabel(product)) return [];
  const is2025 = ctx.edition === 'GB7718-2025';
  const small = isSmallPack(ctx.edition, ctx.largestSurfaceCm2);
  const items: RequiredLabelItem[] = [item('name'), item('netContent'), item('producerName'), item('producerAddress'), item('producerContact')];

  if (is2025) {
    const anyOf: LabelItemKey[][] = [['productionDate', 'expiryDate']];
    const longShelfLife = product.shelfLife !== undefined && atLeastSixMonths(product.shelfLife);
    if (longShelfLife || small) anyOf.push(['shelfLife', 'expiryDate', 'batch']);
    if (ctx.shelfLifeExempt) anyOf.push(['productionDate']);
    items.push({
      key: 'dates',
      label: anyOf.length > 1
        ? { zh: '生产日期和保质期到期日（或：保质期、到期日和批号）', en: 'production date and expiry date (or: shelf life, expiry date and batch number)' }
        : { zh: '生产日期和保质期到期日', en: 'production date and expiry date' },
      anyOf,
    });
  } else {
    items.push(item('productionDate'));
    if (!ctx.shelfLifeExempt) items.push(item('shelfLife'));
  }
  // Small packs may carry only the items above; the rest goes on the outer container (2025:
  // also a leaflet or digital label).
  if (small) return items;

  if (!(product.ingredients && product.ingredients.length === 1)) items.push(item('ingredients'));
  items.push(item('storage'), item('scLicence'), item('standardCode'));
  if (is2025 && !(product.allergens && product.allergens.length === 0)) items.push(item('allergens'));
  if (!nutritionExempt(product, ctx)) items.push(item('nutrition'));
  return items;
}

export function checkLabelCompleteness(requiredItems: RequiredLabelItem[], presentKeys: Iterable<string>): Issue[] {
  const present = new Set(presentKeys);
  const issues: Issue[] = [];
  for (const req of requiredItems) {
    if (present.has(req.key)) continue;
    if (req.anyOf?.some((alt) => alt.every((k) => present.has(k)))) continue;
    issues.push(issue(`label.${req.key}`, 'label.missing-item', 'error',
      `食品标签缺少“${req.label.zh}”。这是国家标准要求必须标注的内容，请在设计里加上（可以插入对应的产品信息字段）。`,
      `The food label is missing the ${req.label.en}. The national standard requires it; add it to the design (you can insert the matching product field).`));
  }
  return issues;
}

/** Default minimum height for all mandatory label text, mm. */
export const MIN_TEXT_HEIGHT_MM = 1.8;

export function checkTextHeight(heightMm: number, field: string): Issue[] {
  if (heightMm >= MIN_TEXT_HEIGHT_MM - 1e-9) return [];
  return [issue(field, 'label.text-too-small', 'error',
    `标签文字只有 ${heightMm.toFixed(2)} 毫米高，太小了：强制标示内容的字高不能小于 ${MIN_TEXT_HEIGHT_MM} 毫米。请把字号调大。`,
    `Label text is only ${heightMm.toFixed(2)} mm high, which is too small: mandatory label text must be at least ${MIN_TEXT_HEIGHT_MM} mm high. Increase the font size.`)];
}

/** Quantity in g or mL (pieces have no size rule). */
function quantityInBaseUnit(net: NetContent): number | null {
  if (net.unit === 'kg' || net.unit === 'L') return net.value * 1000;
  if (net.unit === 'g' || net.unit === 'mL') return net.value;
  return null;
}

/** Minimum character height for the net-content statement, mm. */
export function netContentMinCharHeightMm(net: NetContent): number {
  const q = quantityInBaseUnit(net);
  if (q === null) return MIN_TEXT_HEIGHT_MM;
  if (q <= 50) return 2;
  if (q <= 200) return 3;
  if (q <= 1000) return 4;
  return 6;
}

export function checkNetContentHeight(heightMm: number, net: NetContent, field: string): Issue[] {
  const min = netContentMinCharHeightMm(net);
  if (heightMm >= min - 1e-9) return [];
  return [issue(field, 'label.net-content-too-small', 'error',
    `净含量 ${net.value}${net.unit} 的字高至少要 ${min} 毫米，现在只有 ${heightMm.toFixed(2)} 毫米。请把净含量的字调大。`,
    `For a net content of ${net.value} ${net.unit} the characters must be at least ${min} mm high; they are ${heightMm.toFixed(2)} mm. Enlarge the net-content text.`)];
}

/** Pinyin and foreign text may not be larger than the corresponding Chinese (trademarks excepted). */
export function checkForeignTextSize(chineseHeightMm: number, foreignHeightMm: number, field: string): Issue[] {
  if (foreignHeightMm <= chineseHeightMm + 1e-9) return [];
  return [issue(field, 'label.foreign-larger', 'error',
    `外文或拼音（${foreignHeightMm.toFixed(2)} 毫米）比对应的中文（${chineseHeightMm.toFixed(2)} 毫米）大了。标准要求外文不能大于中文（注册商标除外），请把外文调小或把中文调大。`,
    `Foreign or pinyin text (${foreignHeightMm.toFixed(2)} mm) is larger than the matching Chinese (${chineseHeightMm.toFixed(2)} mm). Foreign text may not be larger than the Chinese (registered trademarks excepted); shrink it or enlarge the Chinese.`)];
}
