import { issue, type Issue } from '../../localized';
import { gs1CheckDigit } from '../../barcode/gs1-check-digit';
import { normaliseCode } from './normalise';

/** GS1 China issues company prefixes 690-699; says where the code was issued, not where made. */
export function isGs1ChinaPrefix(code: string): boolean {
  return /^69\d/.test(normaliseCode(code));
}

export function validateEan13(value: string, field: string): Issue[] {
  const code = normaliseCode(value);
  if (/^\d{12}$/.test(code)) {
    const cd = gs1CheckDigit(code);
    return [
      issue(field, 'ean13.missing-check-digit', 'error',
        `商品条码“${value}”只有 12 位，少了最后一位校验码。按这 12 位算，完整号码应是 ${code}${cd}；请与中国物品编码中心给您的号码核对。`,
        `Barcode "${value}" has only 12 digits; the final check digit is missing. From these 12 digits the full code would be ${code}${cd}; compare it with the number GS1 China gave you.`),
    ];
  }
  if (!/^\d{13}$/.test(code)) {
    return [
      issue(field, 'ean13.format', 'error',
        `商品条码“${value}”格式不对：应是 13 位数字，例如 6901234567892。`,
        `Barcode "${value}" has the wrong format: it must be 13 digits, e.g. 6901234567892.`),
    ];
  }
  const expected = gs1CheckDigit(code.slice(0, 12));
  if (Number(code[12]) !== expected) {
    return [
      issue(field, 'ean13.check-digit', 'error',
        `商品条码“${code}”的最后一位（校验码）应是 ${expected}，现在是 ${code[12]}。多半是抄错了一位，请对照条码证书核对。`,
        `Barcode "${code}": the last (check) digit should be ${expected} but is ${code[12]}. Most likely one digit was mistyped; compare with your barcode certificate.`),
    ];
  }
  if (!isGs1ChinaPrefix(code)) {
    return [
      issue(field, 'ean13.not-gs1-china', 'warning',
        `商品条码“${code}”不是以 690–699 开头，说明它不是中国物品编码中心发放的。如果这是合作社自己的产品，请确认号码来源（例如不是别家商品的条码）。`,
        `Barcode "${code}" does not start with 690–699, so it was not issued by GS1 China. If this is the cooperative's own product, please confirm where the number came from (e.g. it is not another company's code).`),
    ];
  }
  return [];
}
