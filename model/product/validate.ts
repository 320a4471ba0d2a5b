/**
 * Check a product file ({cooperative, product}) as a whole: shape, every identifier, facts a
 * food label will need, and certificate dates against today and the planned print date.
 * Errors block printing; warnings are shown but never block (unverified rules are warnings).
 */
import { issue, StudioError, type Issue } from '../localized';
import { gs1DigitalLink } from '../barcode/digital-link';
import { needsFoodLabel } from './food-label';
import { ProductFileSchema, type Certification, type Cooperative, type Product } from './schema';
import { zodToIssues } from './shape-issues';
import { upgradeShelfLife } from './shelf-life';
import { isPollutionFreeCertificate } from './claim-backing';
import { scanClaims } from './claims';
import { validateCertificateValidity } from './validators/certificate-validity';
import { parseIsoDate, validateIsoDate } from './validators/dates';
import { validateEan13 } from './validators/ean13';
import { checkGiAuthorisation, validateGiApprovalNo } from './validators/gi';
import { validateGreenFoodCode } from './validators/green-food';
import { validateOrganicCertificateNo, validateOrganicCode } from './validators/organic';
import { validateScLicence } from './validators/sc-licence';
import { validateUscc } from './validators/uscc';
import { checkFoodFacts } from './validate-food-facts';

export interface ValidationOptions {
  /** ISO date YYYY-MM-DD (passed in so results are reproducible; model/ reads no clock) */
  today: string;
  printDate?: string;
}

export interface ValidationResult {
  errors: Issue[];
  warnings: Issue[];
}

export function validateProductFile(input: unknown, options: ValidationOptions): ValidationResult {
  // files written before the shelf-life unit was stored (shelfLifeDays) are read as days
  const parsed = ProductFileSchema.safeParse(upgradeShelfLife(input));
  if (!parsed.success) return { errors: zodToIssues(parsed.error), warnings: [] };
  const { cooperative, product } = parsed.data;
  const all: Issue[] = [];
  if (options.printDate !== undefined) all.push(...validateIsoDate(options.printDate, 'printDate'));

  all.push(...checkCooperative(cooperative));
  if (product.cooperativeId !== cooperative.id) {
    all.push(issue('product.cooperativeId', 'product.cooperative-mismatch', 'error',
      `产品登记的合作社编号“${product.cooperativeId}”和文件里的合作社“${cooperative.id}”不一致，请选择正确的合作社。`,
      `The product's cooperative id "${product.cooperativeId}" does not match the cooperative in this file ("${cooperative.id}"); pick the right cooperative.`));
  }
  if (product.ean13 !== undefined) all.push(...validateEan13(product.ean13, 'product.ean13'));
  if (needsFoodLabel(product)) all.push(...checkFoodFacts(product, cooperative, options));
  else if (product.productionLicence !== undefined) all.push(...validateScLicence(product.productionLicence, 'product.productionLicence'));
  all.push(...checkGi(product, options));
  product.certifications.forEach((c, i) => all.push(...checkCertification(c, `product.certifications.${i}`, options)));
  all.push(...checkClaims(product));
  all.push(...checkLinks(product));

  return { errors: all.filter((i) => i.severity === 'error'), warnings: all.filter((i) => i.severity === 'warning') };
}

function checkCooperative(coop: Cooperative): Issue[] {
  const out = validateUscc(coop.uscc, 'cooperative.uscc', { isFarmersCooperative: true });
  const { phone, email, web } = coop.contact;
  if (!phone && !email && !web) {
    out.push(issue('cooperative.contact', 'cooperative.no-contact', 'warning',
      '合作社没有填联系方式。食品标签至少要有一种联系方式（电话、网址或电子邮箱），例如 0855-1234567。',
      'The cooperative has no contact details. A food label needs at least one (phone, web address or email), e.g. 0855-1234567.'));
  }
  if (phone && !/^[+\d][\d\s()\-]{6,}$/.test(phone)) {
    out.push(issue('cooperative.contact.phone', 'cooperative.phone', 'warning',
      `电话“${phone}”看起来不对：请只写数字、空格和“-”，例如 0855-1234567 或 13800000000。`,
      `Phone "${phone}" looks wrong: use digits, spaces and "-" only, e.g. 0855-1234567 or 13800000000.`));
  }
  if (email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
    out.push(issue('cooperative.contact.email', 'cooperative.email', 'warning',
      `电子邮箱“${email}”格式不对，例如 coop@example.cn。`, `Email "${email}" is not valid, e.g. coop@example.cn.`));
  }
  if (web) out.push(...checkUrl(web, 'cooperative.contact.web', 'warning'));
  return out;
}

function checkGi(product: Product, options: ValidationOptions): Issue[] {
  const gi = product.gi;
  if (!gi) return [];
  const year = parseIsoDate(options.today)?.year;
  const out = validateGiApprovalNo(gi.system, gi.approvalNo, 'product.gi.approvalNo', year);
  out.push(...checkGiAuthorisation(gi, year));
  if (gi.authorisation) out.push(...validateIsoDate(gi.authorisation.date, 'product.gi.authorisation.date'));
  return out;
}

function checkCertification(cert: Certification, field: string, options: ValidationOptions): Issue[] {
  const out: Issue[] = [];
  if (cert.kind === 'organic') {
    out.push(...validateOrganicCertificateNo(cert.certificateNo, `${field}.certificateNo`));
    if (!cert.organicCodes || cert.organicCodes.length === 0) {
      out.push(issue(`${field}.organicCodes`, 'organic.no-code', 'warning',
        '有机产品的包装上要印“有机码”（17 位数字，例如 09926000000000001）。请填写认证机构发给您的有机码。',
        'Organic packs must show the organic code (17 digits, e.g. 09926000000000001). Enter the codes issued by your certification body.'));
    }
    cert.organicCodes?.forEach((code, i) => out.push(...validateOrganicCode(code, `${field}.organicCodes.${i}`)));
    if (!cert.body) {
      out.push(issue(`${field}.body`, 'organic.no-body', 'warning',
        '有机标志旁边要印认证机构名称，请填写发证机构，例如“某某认证有限公司”。',
        'The certification body name must be printed next to the organic mark; enter the issuing body, e.g. "XX Certification Co., Ltd."'));
    }
  } else if (cert.kind === 'green-food') {
    if (cert.gfCode) out.push(...validateGreenFoodCode(cert.gfCode, `${field}.gfCode`));
    else {
      out.push(issue(`${field}.gfCode`, 'green-food.no-code', 'warning',
        '绿色食品标志要和企业信息码一起印（GF 加 12 位数字，例如 GF522601250001），请填写证书上的信息码。',
        'The green food mark must be printed with the enterprise code (GF plus 12 digits, e.g. GF522601250001); enter it from the certificate.'));
    }
  }
  if (isPollutionFreeCertificate(cert)) {
    out.push(issue(field, 'cert.pollution-free-legacy', 'warning',
      '无公害农产品认定已经改革（2018 年起），属于旧标志：现有证书到期前可以继续标注，但不要在新包装上新增“无公害”宣称，证书到期后也不再续用。',
      'The 无公害 (pollution-free) scheme was reformed in 2018 and is legacy: an existing certificate may be shown until it lapses, but do not add the claim to new packs, and it is not renewed.'));
  }
  out.push(...validateCertificateValidity(cert, field, options));
  return out;
}

/** "有机" may only be claimed with a certificate; "纯天然"-type claims are not allowed on labels. */
function checkClaims(product: Product): Issue[] {
  const out: Issue[] = [];
  const names = [product.name.zh, product.name.en ?? ''].join(' ');
  const claims = scanClaims(names).map((c) => c.kind);
  if ((claims.includes('organic') || claims.includes('organic-conversion')) && !product.certifications.some((c) => c.kind === 'organic')) {
    out.push(issue('product.name', 'claim.organic-uncertified', 'error',
      '产品名称里有“有机”，但没有有机产品认证证书。没有认证不能这样称呼：请去掉“有机”，或先填写有机认证证书。',
      'The product name says "organic" but there is no organic certificate. Without certification this is not allowed: remove "organic" or add the organic certificate first.'));
  }
  if (claims.includes('natural')) {
    out.push(issue('product.name', 'claim.pure-natural', 'warning',
      '产品名称里有“无污染”“纯天然”之类的说法，这类宣称在食品标签上容易被认定为违规，建议改为如实描述，例如产地和工艺。',
      'The product name uses claims like "pollution-free" or "purely natural", which are commonly ruled non-compliant on labels; describe origin and method instead.'));
  }
  return out;
}

function checkUrl(value: string, field: string, severity: Issue['severity']): Issue[] {
  let ok = false;
  try {
    const u = new URL(value);
    ok = (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.includes('.');
  } catch {
    ok = false;
  }
  return ok ? [] : [issue(field, 'url.format', severity,
    `网址“${value}”不完整或不对：请写完整的网址，以 https:// 开头，例如 https://trace.example.cn/p/123。`,
    `Web address "${value}" is incomplete or wrong: write the full address starting with https://, e.g. https://trace.example.cn/p/123.`)];
}

function checkLinks(product: Product): Issue[] {
  const out: Issue[] = [];
  if (product.traceUrl !== undefined) out.push(...checkUrl(product.traceUrl, 'product.traceUrl', 'error'));
  if (product.digitalLinkDomain !== undefined) {
    if (!product.ean13) {
      out.push(issue('product.digitalLinkDomain', 'digital-link.no-gtin', 'warning',
        '已填写 GS1 数字链接域名，但产品没有商品条码号，无法生成数字链接二维码。请先填写 13 位商品条码。',
        'A GS1 Digital Link domain is set but the product has no barcode number, so no Digital Link QR can be made. Enter the 13-digit barcode first.'));
    } else {
      try {
        gs1DigitalLink({ domain: product.digitalLinkDomain, gtin: product.ean13 });
      } catch (e) {
        // a bad GTIN is already reported under product.ean13; report only the domain here
        if (e instanceof StudioError && e.code === 'digital-link.domain') {
          out.push({ field: 'product.digitalLinkDomain', code: e.code, severity: 'error', message: e.localized });
        }
      }
    }
  }
  return out;
}
