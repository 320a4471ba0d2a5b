/**
 * 绿色食品企业信息码: GF + 6-digit county code + 2-digit year + 4-digit serial (sole form since
 * 2012-07-31). The older product code LB-xx-xxxxxxxxxx, with or without its grade suffix (-A / -AA
 * for A and AA grade green food), is recognised as legacy and flagged for update, never as a format error.
 */
import { issue, type Issue } from '../../localized';
import { normaliseCode } from './normalise';

const EXAMPLE = 'GF522601250001';

export function validateGreenFoodCode(value: string, field: string): Issue[] {
  const code = normaliseCode(value);
  if (/^GF\d{12}$/.test(code)) return [];
  if (/^LB-?\d{2}-?\d{10}(?:-?A{1,2})?$/.test(code)) {
    return [issue(field, 'green-food.legacy', 'warning',
      `“${value}”是旧式绿色食品标志编号（LB 开头）。2012 年 7 月 31 日以后只用企业信息码（GF 加 12 位数字，例如 ${EXAMPLE}），请按证书上的新编号填写。`,
      `"${value}" is a legacy green-food mark number (starting with LB). Since 31 July 2012 only the enterprise information code is used (GF plus 12 digits, e.g. ${EXAMPLE}); enter the new number from the certificate.`)];
  }
  return [issue(field, 'green-food.format', 'error',
    `绿色食品企业信息码“${value}”格式不对：应是 GF 加 12 位数字（6 位县市代码 + 2 位年份 + 4 位序号），例如 ${EXAMPLE}。`,
    `Green food enterprise code "${value}" has the wrong format: it must be GF plus 12 digits (6-digit county code + 2-digit year + 4-digit serial), e.g. ${EXAMPLE}.`)];
}
