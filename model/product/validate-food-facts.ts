/**
 * Facts a GB 7718 label will need, checked on the product record so the cooperative hears
 * about a missing licence or standard code when entering data, not at the print shop.
 * Missing facts are warnings here (the record can be saved); the label preflight
 * (food-label.ts checkLabelCompleteness) is where an absent item becomes an error.
 */
import { issue, type Issue } from '../localized';
import type { Cooperative, Product } from './schema';
import { daysBetween, parseIsoDate } from './validators/dates';
import { describeScLicence, validateScLicence } from './validators/sc-licence';

export const GB7718_2025_IN_FORCE = '2027-03-16';

const STANDARD_CODE = /^(GB(\/T)?|DB\d{2}(\/T)?|[A-Z]{2}\/T|Q\/|T\/)\s?\S+/;

const missing = (field: string, zh: string, en: string, example: { zh: string; en: string }) =>
  issue(field, 'food.missing-fact', 'warning',
    `还没有填写${zh}。食品标签必须标注这一项，请补上，例如：${example.zh}。`,
    `The ${en} is not filled in yet. The food label must show it; please add it, e.g. ${example.en}.`);

export function checkFoodFacts(product: Product, _cooperative: Cooperative, options: { today: string; printDate?: string }): Issue[] {
  const out: Issue[] = [];
  const edition = product.labelEdition;

  if (product.productionLicence === undefined) {
    out.push(missing('product.productionLicence', '食品生产许可证编号', 'food production licence number', { zh: 'SC10352260100017', en: 'SC10352260100017' }));
  } else {
    out.push(...validateScLicence(product.productionLicence, 'product.productionLicence'));
    // SC2… licenses food-additive production; a food sold under it is not licensed at all
    if (describeScLicence(product.productionLicence)?.kind === 'additive') {
      out.push(issue('product.productionLicence', 'sc.additive-on-food', 'error',
        `许可证编号“${product.productionLicence}”以 SC2 开头，是食品添加剂的生产许可证，不能用于食品。请填写这个食品的生产许可证编号（SC1 开头，例如 SC10352260100017）。`,
        `Licence number "${product.productionLicence}" starts with SC2, which licenses food-additive production and does not cover a food. Enter this food's production licence (starting with SC1, e.g. SC10352260100017).`));
    }
  }

  if (product.standardCode === undefined) {
    out.push(missing('product.standardCode', '产品标准代号', 'product standard code', { zh: 'GB/T 18650 或 DB52/T 1001', en: 'GB/T 18650 or DB52/T 1001' }));
  } else if (!STANDARD_CODE.test(product.standardCode.trim())) {
    out.push(issue('product.standardCode', 'food.standard-code', 'warning',
      `产品标准代号“${product.standardCode}”看起来不对：通常以 GB、GB/T、DB52、Q/ 开头（2025 版还可用团体标准 T/），例如 GB/T 18650 或 Q/KLSS 0001S。`,
      `Product standard code "${product.standardCode}" looks wrong: it normally starts with GB, GB/T, DB52 or Q/ (the 2025 edition also allows group standards T/), e.g. GB/T 18650 or Q/KLSS 0001S.`));
  } else if (edition === 'GB7718-2011' && /^T\//.test(product.standardCode.trim())) {
    out.push(issue('product.standardCode', 'food.group-standard-2011', 'warning',
      `团体标准（${product.standardCode}）是 GB 7718-2025 才明确允许标注的执行标准。按 2011 版出标签时，请与市场监管部门确认，或改用 2025 版。`,
      `Group standards (${product.standardCode}) are only explicitly accepted as the product standard from GB 7718-2025. For a 2011-edition label, confirm with the market regulator or switch to the 2025 edition.`));
  }

  const net = product.netContent;
  if (!net) out.push(missing('product.netContent', '净含量', 'net content', { zh: '250 g', en: '250 g' }));
  else if ((net.unit === 'g' || net.unit === 'mL') && net.value > 1000) {
    const big = net.unit === 'g' ? 'kg' : 'L';
    out.push(issue('product.netContent', 'food.net-content-unit', 'warning',
      `净含量超过 1000 ${net.unit} 时要用 ${big} 标注：${net.value} ${net.unit} 请写成 ${net.value / 1000} ${big}。`,
      `Above 1000 ${net.unit} the net content is stated in ${big}: write ${net.value} ${net.unit} as ${net.value / 1000} ${big}.`));
  } else if ((net.unit === 'kg' || net.unit === 'L') && net.value < 1) {
    const small = net.unit === 'kg' ? 'g' : 'mL';
    out.push(issue('product.netContent', 'food.net-content-unit', 'warning',
      `净含量不超过 1000 ${small} 时要用 ${small} 标注：${net.value} ${net.unit} 请写成 ${net.value * 1000} ${small}。`,
      `Up to 1000 ${small} the net content is stated in ${small}: write ${net.value} ${net.unit} as ${net.value * 1000} ${small}.`));
  }

  if (product.ingredients === undefined) out.push(missing('product.ingredients', '配料', 'ingredient list', { zh: '番茄、辣椒、食用盐', en: 'tomato, chilli, salt' }));
  if (product.storage === undefined) out.push(missing('product.storage', '贮存条件', 'storage conditions', { zh: '常温、阴凉干燥处保存', en: 'store in a cool, dry place' }));
  if (product.shelfLife === undefined) out.push(missing('product.shelfLife', '保质期（数字和单位）', 'shelf life (number and unit)', { zh: '12 个月 或 180 天', en: '12 months or 180 days' }));
  if (edition === 'GB7718-2025' && product.allergens === undefined) {
    out.push(issue('product.allergens', 'food.allergens-2025', 'warning',
      'GB 7718-2025 要求标注致敏物质。请列出产品含有的致敏物质（如 大豆、小麦），没有就选择“无”。',
      'GB 7718-2025 requires allergens to be declared. List the allergens the product contains (e.g. soy, wheat), or choose "none".'));
  }

  // After 2027-03-16 new labels should follow the 2025 edition; transition details are not
  // confirmed, so this is a warning.
  const when = options.printDate && parseIsoDate(options.printDate) ? options.printDate : options.today;
  if (edition === 'GB7718-2011' && daysBetween(GB7718_2025_IN_FORCE, when) >= 0) {
    out.push(issue('product.labelEdition', 'food.edition-outdated', 'warning',
      `GB 7718-2025 从 ${GB7718_2025_IN_FORCE} 起实施，${when} 印的新标签应按 2025 版制作。请把标签版本改为 2025 版并补齐新要求（保质期到期日、致敏物质）。`,
      `GB 7718-2025 takes effect on ${GB7718_2025_IN_FORCE}; new labels printed on ${when} should follow the 2025 edition. Switch the label edition to 2025 and add what it requires (expiry date, allergens).`));
  }
  return out;
}
