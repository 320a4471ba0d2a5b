/**
 * Does the product back a claim? One answer for every place a claim can be printed (design
 * texts, placeholders, the GI mark image, a story card's structured claims): pure, from the
 * product facts and the dates alone.
 *
 * - organic / 有机转换: an organic certificate valid today and on the print date;
 * - 纯天然 / 无污染-type wording: never on uncertified goods (DOMAIN §2.1), and a warning even
 *   with an organic certificate (regulators often rule it misleading);
 * - green food: a green-food licence valid on both dates;
 * - 无公害: legacy (DOMAIN §2.3): without a 无公害 certificate an error, with one a warning;
 * - GI name, GI wording, the GI mark: the product's GI (same name) with an authorisation for its
 *   system (announcement / licence / membership / AGI user).
 */
import { issue, type Issue, type Localized } from '../localized';
import { CLAIM_NAMES, normaliseClaimText, scanClaims, type ClaimKind } from './claims';
import type { Certification, Product } from './schema';
import { validateCertificateValidity } from './validators/certificate-validity';

export type BackedClaimKind = ClaimKind | 'gi-mark';

export interface ClaimToCheck {
  kind: BackedClaimKind;
  /** what was printed (for messages) */
  match: string;
  giName?: string;
}

export interface ClaimDates {
  today: string;
  printDate?: string;
}

/** A certificate counts as 无公害 when its kind is "other" and its name says so. */
export function isPollutionFreeCertificate(c: Certification): boolean {
  return c.kind === 'other' && scanClaims(c.name ?? '').some((k) => k.kind === 'pollution-free');
}

const said = (c: ClaimToCheck): Localized =>
  c.kind === 'gi-mark' ? { zh: '地理标志专用标志', en: 'the GI special mark' } : { zh: `“${c.match}”`, en: `"${c.match}" (${CLAIM_NAMES[c.kind].en})` };

function certificateIssues(cert: Certification, field: string, claim: ClaimToCheck, dates: ClaimDates): Issue[] {
  return validateCertificateValidity(cert, field, dates).map((iss) =>
    iss.severity === 'error'
      ? { ...iss, code: 'cert.expired', message: { zh: `印了${said(claim).zh}，但${iss.message.zh}`, en: `The text prints ${said(claim).en}, but: ${iss.message.en}` } }
      : iss,
  );
}

function missingCertificate(claim: ClaimToCheck, what: Localized): Issue {
  const s = said(claim);
  return issue('claims', 'cert.missing', 'error',
    `印了${s.zh}，但产品资料里没有有效的${what.zh}。没有认证不能这样宣称：请删去这些字，或先在产品资料里填写证书（编号、发证机构、有效期）。`,
    `The text prints ${s.en}, but the product facts hold no ${what.en}. Without certification this claim is not allowed: remove the words, or first add the certificate (number, body, validity) to the product facts.`);
}

/** Issues for one claim against the product facts (empty when the claim is backed). */
export function claimBacking(claim: ClaimToCheck, product: Product | undefined, dates: ClaimDates): Issue[] {
  const s = said(claim);
  if (!product) {
    return [issue('claims', 'claim.no-product', 'error',
      `印了${s.zh}，但这个设计没有关联产品，无法核对证书或授权。请把设计关联到它的产品，或删去这些字。`,
      `The text prints ${s.en}, but the design is linked to no product, so no certificate or authorisation can be checked. Link the design to its product, or remove the words.`)];
  }
  const certs = product.certifications;
  const organic = certs.find((c) => c.kind === 'organic');
  switch (claim.kind) {
    case 'organic':
    case 'organic-conversion':
      return organic ? certificateIssues(organic, 'product.certifications.organic', claim, dates) : [missingCertificate(claim, { zh: '有机产品认证证书', en: 'organic certificate' })];
    case 'natural': {
      if (!organic) {
        return [issue('claims', 'claim.natural', 'error',
          `印了${s.zh}。未经有机认证的产品不能使用“纯天然”“无污染”之类的宣称：请删去，改为如实描述产地和工艺。`,
          `The text prints ${s.en}. Uncertified products may not use "purely natural" or "pollution-free" claims: remove them and describe origin and method instead.`)];
      }
      const lapsed = certificateIssues(organic, 'product.certifications.organic', claim, dates).filter((i) => i.severity === 'error');
      return lapsed.length > 0 ? lapsed : [issue('claims', 'claim.natural-wording', 'warning',
        `印了${s.zh}。这类说法即使有有机认证也常被认定为误导，建议改为如实描述产地和工艺。`,
        `The text prints ${s.en}. Even with organic certification such wording is often ruled misleading; describe origin and method instead.`)];
    }
    case 'green-food': {
      const gf = certs.find((c) => c.kind === 'green-food');
      return gf ? certificateIssues(gf, 'product.certifications.green-food', claim, dates) : [missingCertificate(claim, { zh: '绿色食品证书', en: 'green food licence' })];
    }
    case 'pollution-free': {
      const pf = certs.find(isPollutionFreeCertificate);
      if (!pf) return [missingCertificate(claim, { zh: '无公害农产品证书', en: 'pollution-free (无公害) certificate' })];
      const lapsed = certificateIssues(pf, 'product.certifications.pollution-free', claim, dates).filter((i) => i.severity === 'error');
      return lapsed.length > 0 ? lapsed : [issue('claims', 'claim.pollution-free-legacy', 'warning',
        `印了${s.zh}。无公害农产品认定已经改革，属于旧标志：现有证书到期前可以继续标注，但不要在新包装上新增这个宣称。`,
        `The text prints ${s.en}. The 无公害 scheme has been reformed and is legacy: an existing certificate may be shown until it lapses, but do not add this claim to new packs.`)];
    }
    case 'gi-name':
    case 'gi-wording':
    case 'gi-mark': {
      const gi = product.gi;
      const sameName = claim.kind !== 'gi-name' || (gi !== undefined && normaliseClaimText(gi.name) === claim.giName);
      if (gi && sameName && gi.authorisation) return [];
      const name = claim.kind === 'gi-name' ? claim.match : gi?.name ?? '';
      return [issue('claims', 'gi.not-authorised', 'error',
        gi && sameName
          ? `印了${s.zh}，但产品资料里没有合作社使用地理标志“${gi.name}”的授权（保护产品：核准使用公告；商标：许可或会员；农产品地理标志：使用授权）。请在产品资料里填写授权；获准前请删去。`
          : `印了${s.zh}${name ? `（${name}）` : ''}，但产品资料没有登记这个地理标志及其使用授权。请在产品资料里填写地理标志和授权；获准前请删去。`,
        gi && sameName
          ? `The text prints ${s.en}, but the product facts hold no authorisation for the cooperative to use the GI "${gi.name}" (protected product: approval announcement; trademark: licence or membership; agricultural GI: user authorisation). Enter it in the product facts; until granted, remove it.`
          : `The text prints ${s.en}${name ? ` (${name})` : ''}, but the product facts do not register this GI and its authorisation. Enter the GI and the authorisation in the product facts; until granted, remove it.`)];
    }
  }
}
