/**
 * Geographical-indication identifiers, one format per system:
 * - PGI approval: "2014年第96号公告" (AQSIQ era) or "第475号公告" (CNIPA);
 * - AGI certificate: AGI + 5 digits (AGI02357); its quality-control spec no. AGI2016-01-1794 is a
 *   different number that people often paste by mistake;
 * - GI trademark: numeric registration number (length not confirmed -> warnings only).
 */
import { issue, type Issue } from '../../localized';
import { GI_AUTHORISATIONS, type GeographicIndication, type GiSystem } from '../schema';
import { normaliseCode } from './normalise';

const ANNOUNCEMENT = /^(?:(\d{4})年)?第(\d+)号(?:公告)?$/;

export function validateGiAnnouncementNo(value: string, field: string, todayYear?: number): Issue[] {
  const text = value.replace(/\s+/g, '').replace(/[（(].*?[)）]/g, '');
  const m = ANNOUNCEMENT.exec(text);
  if (!m) {
    if (/第\d+号/.test(text)) {
      return [issue(field, 'gi.announcement.extra-text', 'warning',
        `公告号“${value}”里有多余的文字。请只写公告号本身，例如“2014年第96号公告”或“第475号公告”，以便印在包装上。`,
        `Announcement number "${value}" contains extra text. Write only the number itself, e.g. "2014年第96号公告" or "第475号公告", so it prints cleanly on the pack.`)];
    }
    return [issue(field, 'gi.announcement.format', 'error',
      `公告号“${value}”格式不对：地理标志产品的批准公告写作“2014年第96号公告”（原质检总局）或“第475号公告”（国家知识产权局）。`,
      `Announcement number "${value}" has the wrong format: a GI product approval announcement is written "2014年第96号公告" (former AQSIQ) or "第475号公告" (CNIPA).`)];
  }
  const year = m[1] ? Number(m[1]) : undefined;
  if (year !== undefined && (year < 1999 || (todayYear !== undefined && year > todayYear))) {
    return [issue(field, 'gi.announcement.year', 'error',
      `公告号“${value}”里的年份 ${year} 不可能：地理标志产品保护从 1999 年开始，年份也不能晚于今年。请对照公告核对。`,
      `Announcement number "${value}" has an impossible year ${year}: GI product protection began in 1999 and the year cannot be in the future. Please check the announcement.`)];
  }
  return [];
}

export function validateAgiCertificateNo(value: string, field: string): Issue[] {
  const code = normaliseCode(value);
  if (/^AGI\d{5}$/.test(code)) return [];
  if (/^AGI\d{4}-\d{2}-\d{3,5}$/.test(code)) {
    return [issue(field, 'agi.spec-number', 'error',
      `“${value}”是农产品地理标志的质量控制技术规范编号，不是登记证书编号。请填证书上的 AGI 加 5 位数字，例如 AGI02357。`,
      `"${value}" is the agricultural GI quality-control specification number, not the certificate number. Enter the certificate number: AGI plus 5 digits, e.g. AGI02357.`)];
  }
  return [issue(field, 'agi.format', 'error',
    `农产品地理标志登记证书编号“${value}”格式不对：应是 AGI 加 5 位数字，例如 AGI02357。`,
    `Agricultural GI certificate number "${value}" has the wrong format: it must be AGI plus 5 digits, e.g. AGI02357.`)];
}

export function validateGiTrademarkRegNo(value: string, field: string): Issue[] {
  const code = normaliseCode(value.replace(/^第|号$/g, ''));
  if (/^\d{5,10}$/.test(code)) return [];
  return [issue(field, 'gi-trademark.format', 'warning',
    `地理标志商标注册号“${value}”看起来不像注册号（通常是一串数字，印在商标旁边，例如 8888888）。请对照商标注册证核对。`,
    `GI trademark registration number "${value}" does not look like one (normally a string of digits shown next to the mark, e.g. 8888888). Please check it against the registration certificate.`)];
}

export function validateGiApprovalNo(system: GiSystem, value: string, field: string, todayYear?: number): Issue[] {
  if (system === 'pgi') return validateGiAnnouncementNo(value, field, todayYear);
  if (system === 'agi') return validateAgiCertificateNo(value, field);
  return validateGiTrademarkRegNo(value, field);
}

const AUTH_NAMES = {
  announcement: { zh: '核准使用专用标志的公告号', en: 'announcement approving the use of the special mark', example: '第475号公告' },
  licence: { zh: '证明商标使用许可（备案号或合同号）', en: 'certification-mark licence (record or contract no.)', example: '许可备案 2024-001' },
  membership: { zh: '集体商标成员证明（会员证号）', en: 'collective-mark membership (member certificate no.)', example: '会员证 025 号' },
  'agi-user': { zh: '农产品地理标志使用授权（协议号）', en: 'agricultural GI user authorisation (agreement no.)', example: '授权协议 2023-17' },
} as const;

/**
 * The cooperative's right to the GI, per system (DOMAIN §1.1–1.2): PGI users are approved by
 * announcement (its format is checked); GI-trademark users hold a recorded licence or a
 * membership, AGI users an authorisation from the holder — those references have no official
 * format, so none is forced on them. Missing is a warning here; printing any GI claim or the
 * mark without it is an error in the design preflight.
 */
export function checkGiAuthorisation(gi: GeographicIndication, todayYear?: number): Issue[] {
  const allowed = GI_AUTHORISATIONS[gi.system];
  const auth = gi.authorisation;
  if (!auth) {
    const names = allowed.map((k) => AUTH_NAMES[k]);
    return [issue('product.gi.authorisation', 'gi.no-authorisation', 'warning',
      `使用地理标志“${gi.name}”及其专用标志需要授权。请填写${names.map((n) => n.zh).join('或')}和日期，例如 ${names[0].example}；没有授权时不能在包装上印地理标志。`,
      `Using the GI "${gi.name}" and its special mark needs an authorisation. Enter the ${names.map((n) => n.en).join(' or ')} and its date, e.g. ${names[0].example}; without it no GI may be printed on the pack.`)];
  }
  const kind = auth.kind ?? allowed[0];
  if (!allowed.includes(kind)) {
    const names = allowed.map((k) => AUTH_NAMES[k]);
    return [issue('product.gi.authorisation.kind', 'gi.authorisation-kind', 'error',
      `“${AUTH_NAMES[kind].zh}”不适用于这种地理标志。这一类要的是${names.map((n) => n.zh).join('或')}。`,
      `A ${AUTH_NAMES[kind].en} does not apply to this kind of GI; it needs a ${names.map((n) => n.en).join(' or ')}.`)];
  }
  if (kind === 'announcement') return validateGiAnnouncementNo(auth.announcementNo, 'product.gi.authorisation.announcementNo', todayYear);
  return [];
}
