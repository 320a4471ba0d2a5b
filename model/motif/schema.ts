/**
 * The motif record: one JSON shape for motifs/<slug>/motif.json, for motif packs and for the
 * JSON column in the database, so a record moves between the three without conversion.
 *
 * Field choices follow the Mukurtu / UNESCO inventory / Local Contexts / CIDOC-CRM reading in
 * the domain notes: provenance is a list of custody events, consent is its own object with a
 * status (verified / not-verified, like TK V / TK NV), and a heritage title is an explicit,
 * separately verified field because public sources often blur national and provincial levels.
 */
import { z } from 'zod';
import { USAGE_LABEL_IDS, labelNeedsCredit } from './labels';
import { formatMotifIssues } from './schema-messages';
import { StudioError, type Issue } from '../localized';
import { motifSignatureSchema } from '../trust/statements';

const text = z.string().trim().min(1);
const localized = z.object({ zh: text, en: text });

/** YYYY-MM-DD or a full ISO date-time with offset; both must be real calendar dates. */
const isoDate = z.string().refine((s) => isRealIsoDate(s), { message: 'iso-date' });
const isoDateTime = z.iso.datetime({ offset: true, message: 'iso-datetime' });

export function isRealIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}

/** A plain file name inside the motif folder: packs are untrusted, so no paths, no "..". */
const fileName = z.string().regex(/^(?!\.)[A-Za-z0-9._-]{1,120}$/, { message: 'file-name' });
const hexColour = z.string().regex(/^#[0-9A-Fa-f]{6}$/, { message: 'hex-colour' });
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, { message: 'sha256' });

export const KNOWN_CRAFTS = ['embroidery', 'batik', 'silver'] as const;
/** Known crafts get UI support; other crafts (brocade, horsetail embroidery...) are allowed. */
export type Craft = (typeof KNOWN_CRAFTS)[number] | (string & {});

export const HERITAGE_LEVELS = ['national', 'provincial', 'prefecture', 'county'] as const;

const holderSchema = z.object({
  name: text,
  kind: z.enum(['person', 'collective']),
  role: text.optional(),
  heritageLevel: z
    .object({
      level: z.enum(HERITAGE_LEVELS),
      /** true only when the official list was checked */
      verified: z.boolean(),
      source: text.optional(),
    })
    .optional(),
});

const originSchema = z.object({
  community: text,
  branch: text,
  county: text.optional(),
  village: text.optional(),
  /** true: do not print or publish the village / exact place */
  locationSensitive: z.boolean(),
  holders: z.array(holderSchema),
  documenter: text,
  dateRecorded: isoDate.optional(),
  sourceCollection: text.optional(),
});

const meaningText = z.object({ text, source: text });

const custodyEventSchema = z.object({
  kind: z.enum(['recorded', 'digitised', 'handed-over', 'drawn']),
  by: text,
  date: isoDate,
  place: text.optional(),
  note: text.optional(),
});

const consentSchema = z.object({
  givenBy: text.optional(),
  role: text.optional(),
  date: isoDate.optional(),
  /** product kinds / uses the consent covers; empty = no restriction recorded, '*' = any */
  scope: z.array(text),
  evidenceFile: fileName.optional(),
  expires: isoDate.optional(),
  status: z.enum(['verified', 'not-verified']),
});

/**
 * A cooperative's own artwork (its logo, a member's original design): not a traditional motif.
 * It is usable in that cooperative's designs without curation, always credited to its maker,
 * and joins the shared library only through review (until then it stays a draft).
 */
const ownWorkSchema = z.object({
  cooperativeId: text,
  cooperativeName: text,
  maker: text,
  /** the maker agreed that the cooperative uses this artwork on its products */
  makerConsent: z.object({ date: isoDate, statement: text, evidenceFile: fileName.optional() }),
});

const artworkSchema = z.object({
  vector: fileName.optional(),
  rasters: z.array(fileName),
  sha256: z.record(fileName, sha256Hex),
  minPrintMm: z.number().positive().max(2000),
  palette: z.array(hexColour).min(1).max(12),
});

export const MOTIF_STATUSES = ['draft', 'in-review', 'published', 'withdrawn'] as const;
export type MotifStatus = (typeof MOTIF_STATUSES)[number];

/**
 * Who did what, in words, for people to read. It proves nothing: whether a record is
 * published is computed from its signatures (model/trust/motif-verdict.ts).
 */
const reviewSchema = z.object({
  submittedBy: text.optional(),
  submittedAt: isoDateTime.optional(),
  approvedBy: text.optional(),
  approvedAt: isoDateTime.optional(),
  /** what the reviewer asked to change when sending the record back to draft */
  changesRequested: text.optional(),
});

export const motifRecordSchema = z
  .object({
    id: z.uuid({ message: 'uuid' }),
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug' }),
    version: z.number().int().min(1),
    updatedAt: isoDateTime,
    names: z.object({ zh: text, en: text, miao: text.optional() }),
    craft: z.union([z.enum(KNOWN_CRAFTS), z.string().regex(/^[a-z][a-z0-9-]*$/, { message: 'craft' })]),
    techniques: z.array(text),
    iconography: z.array(text),
    keywords: z.array(text),
    summary: localized,
    origin: originSchema,
    meaning: z.object({ zh: meaningText, en: meaningText }),
    custodyEvents: z.array(custodyEventSchema).min(1),
    consent: consentSchema,
    usageLabel: z.enum(USAGE_LABEL_IDS),
    creditLine: localized.optional(),
    /**
     * Words a curator marked as public, for customers (story cards, shop texts). Absent: nothing
     * about this motif's meaning is printed for customers; meaning.*.source and caveats stay inside.
     */
    publicText: localized.optional(),
    /** present only for a cooperative's own artwork (see ownWorkSchema) */
    ownWork: ownWorkSchema.optional(),
    ritual: z.boolean(),
    artwork: artworkSchema,
    status: z.enum(MOTIF_STATUSES),
    withdrawnReason: text.optional(),
    review: reviewSchema,
    sources: z.array(z.object({ title: text, url: z.url({ message: 'url' }).optional(), note: text.optional() })),
    /** curators' signed statements about this record; they travel with it in packs and files */
    signatures: z.array(motifSignatureSchema).max(500).optional(),
  })
  .superRefine((r, ctx) => {
    const add = (path: (string | number)[], zh: string, en: string) =>
      ctx.addIssue({ code: 'custom', path, message: en, params: { zh, en } });
    if (labelNeedsCredit(r.usageLabel) && !r.creditLine) {
      add(
        ['creditLine'],
        `使用标签“${r.usageLabel}”要求署名：请填写中英文署名，例如“图案：XX 苗族社区；绘制：锦绣工坊”。`,
        `The usage label "${r.usageLabel}" requires a credit line: fill in creditLine {zh, en}, e.g. "Motif: XX Miao community; drawn by Jinxiu Studio".`,
      );
    }
    if (r.status === 'withdrawn' && !r.withdrawnReason) {
      add(['withdrawnReason'], '已撤回的图案必须写明撤回原因。', 'A withdrawn motif must say why it was withdrawn (withdrawnReason).');
    }
    for (const file of [r.artwork.vector, ...r.artwork.rasters]) {
      if (file && !(file in r.artwork.sha256)) {
        add(['artwork', 'sha256', file], `缺少文件“${file}”的 SHA-256 校验值。`, `The SHA-256 checksum for file "${file}" is missing.`);
      }
    }
  });

export type MotifRecord = z.infer<typeof motifRecordSchema>;
export type MotifHolder = z.infer<typeof holderSchema>;
export type CustodyEvent = z.infer<typeof custodyEventSchema>;
export type MotifConsent = z.infer<typeof consentSchema>;
export type MotifArtwork = z.infer<typeof artworkSchema>;
export type OwnWork = z.infer<typeof ownWorkSchema>;

function toObject(json: unknown): unknown {
  if (typeof json !== 'string') return json;
  try {
    return JSON.parse(json);
  } catch (e) {
    throw new StudioError('motif.bad-json', {
      zh: `图案记录不是有效的 JSON 文本（${(e as Error).message}）。请检查括号、引号和逗号。`,
      en: `The motif record is not valid JSON (${(e as Error).message}). Check brackets, quotes and commas.`,
    });
  }
}

/** Validate without throwing: every problem as an Issue naming its field. */
export function validateMotifRecord(json: unknown): { ok: true; record: MotifRecord } | { ok: false; issues: Issue[] } {
  const result = motifRecordSchema.safeParse(toObject(json), { reportInput: true });
  if (result.success) return { ok: true, record: result.data };
  return { ok: false, issues: formatMotifIssues(result.error.issues) };
}

/** Parse a motif record (object or JSON text); throws StudioError 'motif.invalid' naming the first bad field. */
export function parseMotifRecord(json: unknown): MotifRecord {
  const v = validateMotifRecord(json);
  if (v.ok) return v.record;
  const first = v.issues[0];
  const more = v.issues.length - 1;
  throw new StudioError(
    'motif.invalid',
    {
      zh: first.message.zh + (more > 0 ? `（另有 ${more} 处问题）` : ''),
      en: first.message.en + (more > 0 ? ` (and ${more} more problem${more > 1 ? 's' : ''})` : ''),
    },
    v.issues,
  );
}
