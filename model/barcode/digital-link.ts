/**
 * GS1 Digital Link URIs: one QR that a phone opens as a web page and a GS1 scanner reads as
 * GTIN + batch/serial/expiry. Layout (GS1 Digital Link standard):
 *   https://{domain}[/{path}]/01/{GTIN-14}[/22/{variant}][/10/{batch}][/21/{serial}][?17=YYMMDD]
 * Qualifiers appear in the fixed order 22 -> 10 -> 21; data attributes such as expiry (AI 17)
 * go in the query string.
 */
import { studioError } from '../localized';
import { hasValidGs1CheckDigit } from './gs1-check-digit';

export interface DigitalLinkInput {
  /** resolver host with optional path: "id.gs1.org", "trace.example.cn/p"; "https://" optional */
  domain: string;
  /** GTIN-8, -12, -13 or -14 (check digit included) */
  gtin: string;
  variant?: string;
  batch?: string;
  serial?: string;
  /** ISO date YYYY-MM-DD, written as AI 17 (YYMMDD) */
  expiry?: string;
}

/** GS1 AI encodable character set 82: what AIs 10, 21 and 22 may contain. */
const CSET82 = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]+$/;

export function gs1DigitalLink(input: DigitalLinkInput): string {
  const base = normaliseDomain(input.domain);
  const gtin14 = toGtin14(input.gtin);
  let uri = `${base}/01/${gtin14}`;
  if (input.variant !== undefined) uri += `/22/${encodeSegment(checkAiValue('22', input.variant, 20))}`;
  if (input.batch !== undefined) uri += `/10/${encodeSegment(checkAiValue('10', input.batch, 20))}`;
  if (input.serial !== undefined) uri += `/21/${encodeSegment(checkAiValue('21', input.serial, 20))}`;
  if (input.expiry !== undefined) uri += `?17=${isoToYymmdd(input.expiry)}`;
  return uri;
}

/** Left-pad a GTIN to 14 digits; padding with zeros keeps the mod-10 check digit valid. */
export function toGtin14(gtin: string): string {
  const digits = gtin.replace(/\s+/g, '');
  if (!/^(\d{8}|\d{12}|\d{13}|\d{14})$/.test(digits) || !hasValidGs1CheckDigit(digits)) {
    throw studioError(
      'digital-link.gtin',
      `商品条码“${gtin}”不对：需要 8、12、13 或 14 位数字，且最后一位校验码正确，例如 6901234567892。`,
      `Product code "${gtin}" is not valid: it must be 8, 12, 13 or 14 digits with a correct final check digit, e.g. 6901234567892.`,
    );
  }
  return digits.padStart(14, '0');
}

/** Percent-encode everything outside RFC 3986 "unreserved", uppercase hex. */
export function encodeSegment(value: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(value)) {
    const ch = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(ch) ? ch : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function normaliseDomain(domain: string): string {
  let d = domain.trim().replace(/\/+$/, '');
  if (!/^https?:\/\//i.test(d)) d = `https://${d}`;
  let url: URL;
  try {
    url = new URL(d);
  } catch {
    url = null as unknown as URL;
  }
  if (!url || !url.hostname.includes('.') || url.search || url.hash) {
    throw studioError(
      'digital-link.domain',
      `二维码网址的域名“${domain}”不对：请填写网站域名，可带路径，例如 id.gs1.org 或 trace.example.cn/p。`,
      `The QR link domain "${domain}" is not valid: enter a web domain, optionally with a path, e.g. id.gs1.org or trace.example.cn/p.`,
    );
  }
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
}

function checkAiValue(ai: string, value: string, maxLength: number): string {
  if (value.length === 0 || value.length > maxLength || !CSET82.test(value)) {
    throw studioError(
      'digital-link.value',
      `（${ai}）的内容“${value}”不能用于 GS1 链接：只能用 1–${maxLength} 个英文字母、数字或常用符号（不能有汉字和空格），例如 20261128A。`,
      `Value "${value}" cannot be used for AI (${ai}) in a GS1 link: use 1–${maxLength} Latin letters, digits or common symbols (no Chinese characters or spaces), e.g. 20261128A.`,
    );
  }
  return value;
}

function isoToYymmdd(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const ok = m && (() => {
    const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return date.getUTCFullYear() === Number(m[1]) && date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
  })();
  if (!m || !ok) {
    throw studioError(
      'digital-link.expiry',
      `到期日“${iso}”不对：请用 年-月-日 格式的真实日期，例如 2027-11-28。`,
      `Expiry date "${iso}" is not valid: use a real date as year-month-day, e.g. 2027-11-28.`,
    );
  }
  return `${m[1].slice(2)}${m[2]}${m[3]}`;
}
