/**
 * Organic product identifiers. The 有机码 (printed per unit) was 17 digits: 3-digit body code +
 * 2-digit year + 12 digits. Rules revised in 2022 give bodies a 4-digit code, and the new total
 * length is not confirmed, so other lengths are a warning for manual review, never an error.
 * Certificate number layout (body code + OP + year + serial) is likewise only a warning.
 */
import { issue, type Issue } from '../../localized';
import { normaliseCode } from './normalise';

const CODE_EXAMPLE = '09926000000000001';
const CERT_EXAMPLE = '099OP2600001';

export function validateOrganicCode(value: string, field: string): Issue[] {
  const code = normaliseCode(value.replace(/^有机码[:：]?/, ''));
  if (/^\d{17}$/.test(code)) return [];
  if (/^\d{12,24}$/.test(code)) {
    return [issue(field, 'organic-code.length', 'warning',
      `有机码“${value}”有 ${code.length} 位数字。过去的有机码是 17 位（例如 ${CODE_EXAMPLE}）；2024 年起启用的新编码规则长度尚未核实。请到 food.cnca.cn 查询这个有机码确认无误。`,
      `Organic code "${value}" has ${code.length} digits. The classic organic code has 17 digits (e.g. ${CODE_EXAMPLE}); the length under the rules in force since 2024 is not confirmed. Please look the code up on food.cnca.cn to confirm it.`)];
  }
  return [issue(field, 'organic-code.format', 'error',
    `有机码“${value}”格式不对：有机码只由数字组成，通常 17 位，例如 ${CODE_EXAMPLE}。`,
    `Organic code "${value}" has the wrong format: an organic code is digits only, usually 17, e.g. ${CODE_EXAMPLE}.`)];
}

export function validateOrganicCertificateNo(value: string, field: string): Issue[] {
  const code = normaliseCode(value);
  if (/^(\d{3}|F\d{2})OP\d{2}\d{5}(-\d+)?$/.test(code)) return [];
  return [issue(field, 'organic-cert.layout', 'warning',
    `有机产品认证证书编号“${value}”和常见格式不同（认证机构代码 + OP + 2 位年份 + 5 位序号，例如 ${CERT_EXAMPLE}）。编号规则可能有变化，请对照证书原件或到 food.cnca.cn 核对。`,
    `Organic certificate number "${value}" does not match the usual layout (body code + OP + 2-digit year + 5-digit serial, e.g. ${CERT_EXAMPLE}). The numbering may have changed; please check against the certificate or on food.cnca.cn.`)];
}
