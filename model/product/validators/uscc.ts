/**
 * 统一社会信用代码 (GB 32100): 18 characters; check character per the standard's mod-31 rule.
 * It must be printed in the slot of the GI special mark, so a typo here ends up on every pack.
 */
import { issue, type Issue } from '../../localized';
import { normaliseCode } from './normalise';

export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The 18th character for a 17-character body. */
export function usccCheckChar(body17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARSET.indexOf(body17[i]);
    if (v < 0) throw new Error(`usccCheckChar: invalid character "${body17[i]}"`);
    sum += v * WEIGHTS[i];
  }
  return USCC_CHARSET[(31 - (sum % 31)) % 31];
}

const EXAMPLE = '93522634MA6XXXXXXX';

export function validateUscc(value: string, field: string, options: { isFarmersCooperative?: boolean } = {}): Issue[] {
  const code = normaliseCode(value);
  if (code.length !== 18) {
    return [issue(field, 'uscc.length', 'error',
      `统一社会信用代码“${value}”有 ${code.length} 位，应是 18 位（数字和大写字母），请对照营业执照填写，形如 ${EXAMPLE}。`,
      `Unified social credit code "${value}" has ${code.length} characters; it must have 18 (digits and capital letters). Copy it from the business licence; it looks like ${EXAMPLE}.`)];
  }
  const bad = [...code].filter((ch) => !USCC_CHARSET.includes(ch));
  if (bad.length > 0) {
    return [issue(field, 'uscc.charset', 'error',
      `统一社会信用代码里不能有“${[...new Set(bad)].join('、')}”：代码只用数字和大写字母，且不用 I、O、S、V、Z（容易和数字混淆，可能是把 0 看成了 O）。`,
      `The unified social credit code cannot contain "${[...new Set(bad)].join(', ')}": it uses digits and capital letters except I, O, S, V and Z (often a 0 was read as O).`)];
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) {
    return [issue(field, 'uscc.region', 'error',
      `统一社会信用代码第 3–8 位是登记地的行政区划代码，必须是 6 位数字（贵州以 52 开头，例如 522634），现在是“${code.slice(2, 8)}”。`,
      `Characters 3–8 of the unified social credit code are the registration area code and must be 6 digits (Guizhou starts with 52, e.g. 522634); found "${code.slice(2, 8)}".`)];
  }
  const expected = usccCheckChar(code.slice(0, 17));
  if (code[17] !== expected) {
    return [issue(field, 'uscc.check', 'error',
      `统一社会信用代码“${code}”最后一位（校验码）应是 ${expected}，现在是 ${code[17]}。多半有一位抄错了，请对照营业执照核对。`,
      `Unified social credit code "${code}": the last (check) character should be ${expected} but is ${code[17]}. Probably one character was mistyped; compare with the business licence.`)];
  }
  if (options.isFarmersCooperative && !code.startsWith('93')) {
    return [issue(field, 'uscc.not-cooperative', 'warning',
      `农民专业合作社的统一社会信用代码通常以 93 开头，这个代码以 ${code.slice(0, 2)} 开头。请确认填的是合作社本身的代码，而不是某个公司或个人的。`,
      `A farmers' cooperative's unified social credit code normally starts with 93; this one starts with ${code.slice(0, 2)}. Please confirm it is the cooperative's own code, not a company's or a person's.`)];
  }
  return [];
}
