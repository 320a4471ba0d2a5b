/**
 * 食品生产许可证编号: SC + 14 digits = type (1 food, 2 additive) + 2-digit category +
 * 6-digit area code + 4-digit sequence + check digit. The check-digit algorithm is not
 * published in a source we could verify, so it is deliberately NOT enforced.
 */
import { issue, type Issue } from '../../localized';
import { normaliseCode } from './normalise';

export interface ScLicenceParts {
  kind: 'food' | 'additive';
  category: string;
  areaCode: string;
  sequence: string;
  checkDigit: string;
  inGuizhou: boolean;
}

export function describeScLicence(value: string): ScLicenceParts | null {
  const code = normaliseCode(value);
  const m = /^SC([12])(\d{2})(\d{6})(\d{4})(\d)$/.exec(code);
  if (!m) return null;
  return { kind: m[1] === '1' ? 'food' : 'additive', category: m[2], areaCode: m[3], sequence: m[4], checkDigit: m[5], inGuizhou: m[3].startsWith('52') };
}

const EXAMPLE = 'SC10352260100017';

export function validateScLicence(value: string, field: string): Issue[] {
  const code = normaliseCode(value);
  if (!/^SC\d{14}$/.test(code)) {
    const hint = /^QS/.test(code)
      ? { zh: 'QS 编号已经停用，请换成新的 SC 许可证编号。', en: 'QS numbers are no longer valid; use the new SC licence number.' }
      : { zh: '', en: '' };
    return [issue(field, 'sc.format', 'error',
      `食品生产许可证编号“${value}”格式不对：应是 SC 加 14 位数字，例如 ${EXAMPLE}。${hint.zh}`,
      `Food production licence number "${value}" has the wrong format: it must be SC followed by 14 digits, e.g. ${EXAMPLE}.${hint.en ? ' ' + hint.en : ''}`)];
  }
  const parts = describeScLicence(code);
  if (!parts) {
    return [issue(field, 'sc.type', 'error',
      `食品生产许可证编号“${code}”中 SC 后第一位应是 1（食品）或 2（食品添加剂），现在是 ${code[2]}。请对照许可证核对，例如 ${EXAMPLE}。`,
      `In food production licence number "${code}" the first digit after SC must be 1 (food) or 2 (food additive), found ${code[2]}. Check it against the licence, e.g. ${EXAMPLE}.`)];
  }
  const issues: Issue[] = [];
  const cat = Number(parts.category);
  if (parts.kind === 'food' && (cat < 1 || cat > 31)) {
    issues.push(issue(field, 'sc.category', 'warning',
      `食品生产许可证编号“${code}”第 2–3 位类别码是 ${parts.category}，食品类别应在 01–31 之间。请对照许可证核对。`,
      `In food production licence number "${code}" the category digits are ${parts.category}; food categories are 01–31. Please check against the licence.`));
  }
  if (!parts.inGuizhou) {
    issues.push(issue(field, 'sc.outside-guizhou', 'warning',
      `提示：这个许可证的地区码 ${parts.areaCode} 不在贵州（贵州以 52 开头）。如果产品是在外省代工生产的，这没有问题；否则请核对号码。`,
      `Note: this licence's area code ${parts.areaCode} is not in Guizhou (Guizhou codes start with 52). That is fine if the product is made by a contract producer elsewhere; otherwise please check the number.`));
  }
  return issues;
}
