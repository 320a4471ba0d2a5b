/**
 * Is a certificate valid today and on the planned print date? Printing a claim from an
 * expired certificate is a legal problem for the cooperative, so that is an error; a
 * certificate about to expire is a warning with time to renew. Organic certificates run one
 * year, green-food licences three (renew at least 3 months ahead).
 */
import { issue, type Issue } from '../../localized';
import type { Certification } from '../schema';
import { addDays, daysBetween, parseIsoDate, validateIsoDate } from './dates';

export const EXPIRY_WARNING_DAYS = 30;
const GREEN_FOOD_RENEWAL_DAYS = 90;
const MAX_TERM_DAYS: Partial<Record<Certification['kind'], { days: number; zh: string; en: string }>> = {
  organic: { days: 366 + 31, zh: '1 年', en: '1 year' },
  'green-food': { days: 3 * 366 + 31, zh: '3 年', en: '3 years' },
};

export interface ValidityContext {
  /** ISO date */
  today: string;
  /** ISO date the labels are planned to be printed */
  printDate?: string;
}

const kindName = (c: Certification) =>
  c.kind === 'organic'
    ? { zh: '有机产品认证证书', en: 'organic certificate' }
    : c.kind === 'green-food'
      ? { zh: '绿色食品证书', en: 'green food certificate' }
      : { zh: `证书“${c.name ?? c.certificateNo}”`, en: `certificate "${c.name ?? c.certificateNo}"` };

export function validateCertificateValidity(cert: Certification, field: string, ctx: ValidityContext): Issue[] {
  const out: Issue[] = [];
  const name = kindName(cert);
  for (const key of ['validFrom', 'validTo'] as const) {
    const v = cert[key];
    if (v !== undefined) out.push(...validateIsoDate(v, `${field}.${key}`));
  }
  if (out.length > 0) return out;

  if (!cert.validTo) {
    if (cert.kind !== 'other') {
      out.push(issue(`${field}.validTo`, 'cert.no-expiry', 'warning',
        `${name.zh}（${cert.certificateNo}）没有填有效期截止日。请照证书填写，软件才能在过期前提醒您，例如 2027-09-30。`,
        `The ${name.en} (${cert.certificateNo}) has no expiry date. Enter it from the certificate so the studio can remind you before it lapses, e.g. 2027-09-30.`));
    }
    return out;
  }
  const validTo = cert.validTo;
  if (cert.validFrom && daysBetween(cert.validFrom, validTo) < 0) {
    return [issue(`${field}.validTo`, 'cert.range', 'error',
      `${name.zh}的截止日 ${validTo} 早于开始日 ${cert.validFrom}，请核对是否填反了。`,
      `The ${name.en} ends (${validTo}) before it starts (${cert.validFrom}); check whether the two dates are swapped.`)];
  }
  const term = MAX_TERM_DAYS[cert.kind];
  if (term && cert.validFrom && daysBetween(cert.validFrom, validTo) > term.days) {
    out.push(issue(`${field}.validTo`, 'cert.term-too-long', 'warning',
      `${name.zh}一般有效期为 ${term.zh}，这里填的是 ${cert.validFrom} 至 ${validTo}，超出了。请对照证书核对日期。`,
      `A ${name.en} is normally valid for ${term.en}, but ${cert.validFrom} to ${validTo} is longer. Please check the dates against the certificate.`));
  }

  const checks: { date: string; what: { zh: string; en: string }; isPrint: boolean }[] = [{ date: ctx.today, what: { zh: '今天', en: 'today' }, isPrint: false }];
  if (ctx.printDate && parseIsoDate(ctx.printDate)) checks.push({ date: ctx.printDate, what: { zh: `计划印刷日 ${ctx.printDate}`, en: `the planned print date ${ctx.printDate}` }, isPrint: true });

  for (const { date, what, isPrint } of checks) {
    const left = daysBetween(date, validTo);
    if (left < 0) {
      out.push(issue(`${field}.validTo`, isPrint ? 'cert.expired-at-print' : 'cert.expired', 'error',
        `${name.zh}（${cert.certificateNo}）在 ${validTo} 到期，${what.zh}已经过期。过期证书的标志和编号不能印在包装上：请先续证，再填写新证书的日期。`,
        `The ${name.en} (${cert.certificateNo}) expires on ${validTo}, so it has lapsed by ${what.en}. An expired certificate's mark and number must not be printed: renew it first, then enter the new certificate's dates.`));
      return out;
    }
    if (cert.validFrom && daysBetween(cert.validFrom, date) < 0 && isPrint) {
      out.push(issue(`${field}.validFrom`, 'cert.not-yet-valid-at-print', 'error',
        `${name.zh}从 ${cert.validFrom} 才生效，${what.zh}还不能使用。请把印刷日期推迟到 ${cert.validFrom} 以后。`,
        `The ${name.en} only takes effect on ${cert.validFrom}, so it cannot be used on ${what.en}. Move printing to ${cert.validFrom} or later.`));
    }
  }
  const latest = checks[checks.length - 1].date;
  const left = daysBetween(latest, validTo);
  if (cert.kind === 'green-food' && daysBetween(ctx.today, validTo) <= GREEN_FOOD_RENEWAL_DAYS) {
    out.push(issue(`${field}.validTo`, 'cert.renew-green-food', 'warning',
      `绿色食品证书 ${validTo} 到期，续展申请要在到期前 3 个月提交（最晚 ${addDays(validTo, -GREEN_FOOD_RENEWAL_DAYS)}），请尽快办理。`,
      `The green food certificate expires on ${validTo}; renewal must be filed 3 months before expiry (by ${addDays(validTo, -GREEN_FOOD_RENEWAL_DAYS)}). Please apply now.`));
  } else if (left <= EXPIRY_WARNING_DAYS) {
    out.push(issue(`${field}.validTo`, 'cert.expiring', 'warning',
      `${name.zh}（${cert.certificateNo}）将在 ${validTo} 到期，离${checks.length > 1 ? '计划印刷日' : '今天'}只有 ${left} 天。印好的包装可能用不了多久，请尽早续证。`,
      `The ${name.en} (${cert.certificateNo}) expires on ${validTo}, only ${left} days after ${checks.length > 1 ? 'the planned print date' : 'today'}. Packs printed now may soon be unusable; renew early.`));
  }
  return out;
}
