/**
 * Certificate expiry reminders for the home page: what has lapsed and what lapses soon.
 * Reads the stored documents leniently (a draft may be half-filled) and skips dates it
 * cannot read; the product form reports those.
 */
import type { Reminder } from '../../../model/api/products';
import { daysBetween, parseIsoDate } from '../../../model/product/validators/dates';

interface Named {
  zh: string;
  en?: string;
}

export interface ReminderSource {
  productId: string;
  productName: Named;
  cooperativeName: Named;
  certifications: unknown;
}

const KIND_NAMES: Record<string, Named> = {
  organic: { zh: '有机产品认证证书', en: 'organic certificate' },
  'green-food': { zh: '绿色食品证书', en: 'green food certificate' },
};

export function certificateReminders(sources: ReminderSource[], today: string, withinDays: number): Reminder[] {
  const out: Reminder[] = [];
  for (const src of sources) {
    if (!Array.isArray(src.certifications)) continue;
    src.certifications.forEach((raw: unknown, index) => {
      const cert = raw as { kind?: unknown; certificateNo?: unknown; validTo?: unknown; name?: unknown };
      if (typeof cert?.validTo !== 'string' || !parseIsoDate(cert.validTo)) return;
      const daysLeft = daysBetween(today, cert.validTo);
      if (daysLeft > withinDays) return;
      const kind = typeof cert.kind === 'string' ? cert.kind : 'other';
      const certificateNo = typeof cert.certificateNo === 'string' ? cert.certificateNo : '';
      const label = KIND_NAMES[kind] ?? { zh: `证书“${String(cert.name ?? certificateNo)}”`, en: `certificate "${String(cert.name ?? certificateNo)}"` };
      const product = src.productName;
      const status = daysLeft < 0 ? 'expired' : 'expiring';
      const message =
        status === 'expired'
          ? {
              zh: `“${product.zh}”的${label.zh}（${certificateNo}）已在 ${cert.validTo} 过期 ${-daysLeft} 天。过期证书的标志不能再印：请尽快续证，并在产品信息里填写新证书。`,
              en: `The ${label.en} (${certificateNo}) of "${product.en || product.zh}" expired on ${cert.validTo}, ${-daysLeft} day(s) ago. Its mark may no longer be printed: renew it and enter the new certificate in the product facts.`,
            }
          : {
              zh: `“${product.zh}”的${label.zh}（${certificateNo}）将在 ${cert.validTo} 到期，还有 ${daysLeft} 天。请提前办理续证。`,
              en: `The ${label.en} (${certificateNo}) of "${product.en || product.zh}" expires on ${cert.validTo}, in ${daysLeft} day(s). Start the renewal now.`,
            };
      out.push({
        productId: src.productId,
        productName: src.productName,
        cooperativeName: src.cooperativeName,
        certificateIndex: index,
        kind,
        certificateNo,
        validTo: cert.validTo,
        daysLeft,
        status,
        message,
      });
    });
  }
  return out.sort((a, b) => a.daysLeft - b.daysLeft || a.productId.localeCompare(b.productId));
}
