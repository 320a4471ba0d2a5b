/**
 * Plain names for product-file fields, so a message says "产品类别" rather than "product.kind".
 * Array indices are dropped when looking up ("product.certifications.0.validTo" ->
 * "product.certifications.validTo").
 */
import type { Localized } from '../localized';

const NAMES: Record<string, Localized> = {
  cooperative: { zh: '合作社信息', en: 'cooperative details' },
  'cooperative.id': { zh: '合作社编号', en: 'cooperative id' },
  'cooperative.name': { zh: '合作社名称', en: 'cooperative name' },
  'cooperative.name.zh': { zh: '合作社中文名称', en: 'cooperative name (Chinese)' },
  'cooperative.uscc': { zh: '统一社会信用代码', en: 'unified social credit code' },
  'cooperative.address': { zh: '合作社地址', en: 'cooperative address' },
  'cooperative.contact': { zh: '联系方式', en: 'contact details' },
  product: { zh: '产品信息', en: 'product details' },
  'product.id': { zh: '产品编号', en: 'product id' },
  'product.cooperativeId': { zh: '所属合作社', en: 'cooperative of the product' },
  'product.name': { zh: '产品名称', en: 'product name' },
  'product.name.zh': { zh: '产品中文名称', en: 'product name (Chinese)' },
  'product.kind': { zh: '产品类别', en: 'product type' },
  'product.netContent': { zh: '净含量', en: 'net content' },
  'product.netContent.value': { zh: '净含量数值', en: 'net content amount' },
  'product.netContent.unit': { zh: '净含量单位', en: 'net content unit' },
  'product.ingredients': { zh: '配料', en: 'ingredients' },
  'product.shelfLife': { zh: '保质期', en: 'shelf life' },
  'product.shelfLife.value': { zh: '保质期数字', en: 'shelf life number' },
  'product.shelfLife.unit': { zh: '保质期单位', en: 'shelf life unit' },
  'product.origin': { zh: '产地', en: 'origin' },
  'product.origin.county': { zh: '产地所在县（市）', en: 'county of origin' },
  'product.labelEdition': { zh: '食品标签标准版本', en: 'food label edition' },
  'product.gi': { zh: '地理标志信息', en: 'geographical indication' },
  'product.gi.system': { zh: '地理标志类型', en: 'GI type' },
  'product.gi.name': { zh: '地理标志产品名称', en: 'GI product name' },
  'product.gi.approvalNo': { zh: '地理标志公告号/注册号', en: 'GI announcement / registration number' },
  'product.gi.authorisation.kind': { zh: '地理标志使用授权方式', en: 'kind of GI authorisation' },
  'product.gi.authorisation.announcementNo': { zh: '地理标志使用授权编号', en: 'GI authorisation reference' },
  'product.gi.markAssetId': { zh: '地理标志专用标志图片', en: 'GI special mark artwork' },
  'product.certifications': { zh: '认证证书', en: 'certificates' },
  'product.certifications.kind': { zh: '证书类型', en: 'certificate type' },
  'product.certifications.certificateNo': { zh: '证书编号', en: 'certificate number' },
};

export function fieldName(path: string): Localized {
  const key = path.split('.').filter((part) => !/^\d+$/.test(part)).join('.');
  return NAMES[key] ?? { zh: path, en: path };
}

const OPTIONS: Record<string, string> = {
  food: '食品', tea: '茶叶', craft: '手工艺品', silver: '银饰', other: '其他',
  pcs: '件', pgi: '地理标志保护产品', 'gi-trademark': '地理标志商标', agi: '农产品地理标志',
  organic: '有机产品', 'green-food': '绿色食品', 'GB7718-2011': 'GB 7718-2011 版', 'GB7718-2025': 'GB 7718-2025 版',
};

/** An enum value as the user sees it: Chinese name with the stored value in brackets. */
export function optionName(value: string): string {
  return OPTIONS[value] ? `${OPTIONS[value]}（${value}）` : value;
}
