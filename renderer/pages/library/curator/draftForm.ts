import type { Localized } from '../../../../model/localized';
import type { MotifRecord } from '../../../../model/motif/schema';
import type { UsageLabelId } from '../../../../model/motif/labels';
import { splitList } from '../names';

/** The editable part of a draft as flat strings, one per input. */
export interface DraftForm {
  nameZh: string;
  nameEn: string;
  nameMiao: string;
  craft: string;
  techniques: string;
  keywords: string;
  summaryZh: string;
  summaryEn: string;
  community: string;
  branch: string;
  county: string;
  village: string;
  locationSensitive: boolean;
  documenter: string;
  dateRecorded: string;
  sourceCollection: string;
  meaningZh: string;
  meaningZhSource: string;
  meaningEn: string;
  meaningEnSource: string;
  consentStatus: 'verified' | 'not-verified';
  consentScope: string;
  consentExpires: string;
  usageLabel: UsageLabelId;
  creditZh: string;
  creditEn: string;
  /** what customers may read about the motif (story cards); empty = nothing public */
  publicZh: string;
  publicEn: string;
  minPrintMm: string;
}

export function formFromRecord(r: MotifRecord): DraftForm {
  return {
    nameZh: r.names.zh,
    nameEn: r.names.en,
    nameMiao: r.names.miao ?? '',
    craft: r.craft,
    techniques: r.techniques.join('、'),
    keywords: r.keywords.join(', '),
    summaryZh: r.summary.zh,
    summaryEn: r.summary.en,
    community: r.origin.community,
    branch: r.origin.branch,
    county: r.origin.county ?? '',
    village: r.origin.village ?? '',
    locationSensitive: r.origin.locationSensitive,
    documenter: r.origin.documenter,
    dateRecorded: r.origin.dateRecorded ?? '',
    sourceCollection: r.origin.sourceCollection ?? '',
    meaningZh: r.meaning.zh.text,
    meaningZhSource: r.meaning.zh.source,
    meaningEn: r.meaning.en.text,
    meaningEnSource: r.meaning.en.source,
    consentStatus: r.consent.status,
    consentScope: r.consent.scope.join(', '),
    consentExpires: r.consent.expires ?? '',
    usageLabel: r.usageLabel,
    creditZh: r.creditLine?.zh ?? '',
    creditEn: r.creditLine?.en ?? '',
    publicZh: r.publicText?.zh ?? '',
    publicEn: r.publicText?.en ?? '',
    minPrintMm: String(r.artwork.minPrintMm),
  };
}

/** empty optional text is left out, so the schema reports a missing value, not a blank one */
const opt = (s: string) => (s.trim() ? s.trim() : undefined);

/**
 * The `changes` for library.update. Edits replace whole top-level fields, so nested
 * objects (origin, consent, artwork) are sent complete, keeping the parts this form
 * does not show (holders, evidence file, palette...).
 */
export function changesFromForm(f: DraftForm, r: MotifRecord): Record<string, unknown> {
  const changes: Record<string, unknown> = {
    names: { zh: f.nameZh.trim(), en: f.nameEn.trim(), miao: opt(f.nameMiao) },
    craft: f.craft.trim(),
    techniques: splitList(f.techniques),
    keywords: splitList(f.keywords),
    summary: { zh: f.summaryZh.trim(), en: f.summaryEn.trim() },
    origin: {
      ...r.origin,
      community: f.community.trim(),
      branch: f.branch.trim(),
      county: opt(f.county),
      village: opt(f.village),
      locationSensitive: f.locationSensitive,
      documenter: f.documenter.trim(),
      dateRecorded: opt(f.dateRecorded),
      sourceCollection: opt(f.sourceCollection),
    },
    meaning: {
      zh: { text: f.meaningZh.trim(), source: f.meaningZhSource.trim() },
      en: { text: f.meaningEn.trim(), source: f.meaningEnSource.trim() },
    },
    consent: { ...r.consent, status: f.consentStatus, scope: splitList(f.consentScope), expires: opt(f.consentExpires) },
    usageLabel: f.usageLabel,
    artwork: { ...r.artwork, minPrintMm: Number(f.minPrintMm) },
  };
  // a credit line is kept unless both halves are filled in anew; the label rules say when it is required
  if (f.creditZh.trim() || f.creditEn.trim()) changes.creditLine = { zh: f.creditZh.trim(), en: f.creditEn.trim() };
  // public text is what the curator marks public, both languages; clearing both makes nothing public
  changes.publicText = f.publicZh.trim() || f.publicEn.trim() ? { zh: f.publicZh.trim(), en: f.publicEn.trim() } : null;
  return changes;
}

/** Record paths (as the server names them) -> the form input that edits them. */
const FIELD_OF_PATH: [RegExp, keyof DraftForm][] = [
  [/^names\.zh/, 'nameZh'],
  [/^names\.en/, 'nameEn'],
  [/^names\.miao/, 'nameMiao'],
  [/^craft/, 'craft'],
  [/^techniques/, 'techniques'],
  [/^keywords/, 'keywords'],
  [/^summary\.zh/, 'summaryZh'],
  [/^summary\.en/, 'summaryEn'],
  [/^origin\.community/, 'community'],
  [/^origin\.branch/, 'branch'],
  [/^origin\.county/, 'county'],
  [/^origin\.village/, 'village'],
  [/^origin\.documenter/, 'documenter'],
  [/^origin\.dateRecorded/, 'dateRecorded'],
  [/^origin\.sourceCollection/, 'sourceCollection'],
  [/^meaning\.zh\.source/, 'meaningZhSource'],
  [/^meaning\.zh/, 'meaningZh'],
  [/^meaning\.en\.source/, 'meaningEnSource'],
  [/^meaning\.en/, 'meaningEn'],
  [/^consent\.scope/, 'consentScope'],
  [/^consent\.expires/, 'consentExpires'],
  [/^consent/, 'consentStatus'],
  [/^usageLabel/, 'usageLabel'],
  [/^creditLine\.en/, 'creditEn'],
  [/^creditLine/, 'creditZh'],
  [/^publicText\.en/, 'publicEn'],
  [/^publicText/, 'publicZh'],
  [/^artwork\.minPrintMm/, 'minPrintMm'],
];

export type FieldErrors = Partial<Record<keyof DraftForm, Localized>>;

/**
 * motif.invalid carries its findings in `details`: Issue objects ({field, message}) from
 * the record check, or raw schema issues ({path, message}). Each lands next to its input;
 * what matches no input is returned as `rest` and shown above the buttons.
 */
export function fieldErrors(details: unknown, fallback: Localized): { fields: FieldErrors; rest: Localized[] } {
  const fields: FieldErrors = {};
  const rest: Localized[] = [];
  const list = Array.isArray(details) ? details : [];
  for (const item of list as Record<string, unknown>[]) {
    const path = typeof item.field === 'string' ? item.field : Array.isArray(item.path) ? item.path.join('.') : '';
    const message = isLocalized(item.message) ? item.message : fallback;
    const field = FIELD_OF_PATH.find(([re]) => re.test(path))?.[1];
    if (field && !fields[field]) fields[field] = message;
    else if (!field) rest.push(message);
  }
  if (list.length === 0) rest.push(fallback);
  return { fields, rest };
}

function isLocalized(value: unknown): value is Localized {
  return typeof value === 'object' && value !== null && typeof (value as Localized).zh === 'string' && typeof (value as Localized).en === 'string';
}
