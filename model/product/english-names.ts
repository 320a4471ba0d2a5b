/**
 * English forms of product facts that are written in Chinese (places, GI names, announcement
 * numbers), for the English side of a printed piece. Each returns undefined when there is no
 * English form: the caller must then say so (a placeholder with no value is an export error
 * that names the field) instead of printing Chinese on the English side.
 */
import { normaliseClaimText } from './claims';
import { GI_ENGLISH, PLACE_PINYIN } from './english-names-table';

const HAN = /\p{Script=Han}/u;

/** Does the text contain Chinese characters (Han script)? */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

const SUFFIX = /(?:苗族侗族自治州|布依族苗族自治州|自治州|自治县|省|市|县|区|镇|乡|村)$/u;

/** 凯里市 -> Kaili, 雷山县 -> Leishan; undefined when the place is not in the table. */
export function placeNameEn(zh: string | undefined): string | undefined {
  const name = zh?.trim();
  if (!name) return undefined;
  if (!hasHan(name)) return name;
  return PLACE_PINYIN[name] ?? PLACE_PINYIN[name.replace(SUFFIX, '')];
}

const GI_BY_NORMALISED = new Map(Object.entries(GI_ENGLISH).map(([zh, en]) => [normaliseClaimText(zh), en]));

/** 凯里红酸汤 -> "Kaili Red Sour Soup (凯里红酸汤)": the protected Chinese name stays, in brackets. */
export function giNameEn(zh: string | undefined): string | undefined {
  const name = zh?.trim();
  if (!name) return undefined;
  const en = GI_BY_NORMALISED.get(normaliseClaimText(name));
  return en ? `${en} (${name})` : undefined;
}

/**
 * Approval / registration numbers: "2014年第96号公告" -> "announcement No. 96 of 2014",
 * "第475号公告" -> "announcement No. 475"; codes without Chinese (AGI02357, trademark numbers)
 * as they are.
 */
export function approvalNoEn(no: string | undefined): string | undefined {
  const s = no?.trim();
  if (!s) return undefined;
  if (!hasHan(s)) return s;
  const m = /^(?:(\d{4})\s*年)?\s*第\s*(\d+)\s*号\s*(?:公告)?$/u.exec(s);
  if (!m) return undefined;
  return m[1] ? `announcement No. ${m[2]} of ${m[1]}` : `announcement No. ${m[2]}`;
}
