/**
 * The province curation hub's HTTP contract, as data: what the hub (electron/hub) answers and
 * what a studio's sync client (electron/services/sync) and the hub's own UI send. Pure zod, no
 * I/O, so both sides parse the same shapes.
 *
 * Records travel exactly as in motif packs (model/motif/schema.ts with their signatures): a
 * sync page is a pack manifest's records and files, so a studio verifies a hub page with the
 * very code that verifies a `.jxpack` (electron/services/packs/pack-import.ts).
 */
import { z } from 'zod';
import { motifRecordSchema } from '../motif/schema';
import { packRestrictionSchema } from '../motif/pack-manifest';
import { trustFileSchema, SIGNED_ACTIONS } from '../trust/statements';
import { USAGE_LABEL_IDS } from '../motif/labels';

export const HUB_ROLES = ['steward', 'curator', 'cooperative'] as const;
export type HubRole = (typeof HUB_ROLES)[number];

/** What each role may do; the hub's routes ask only this table (one place). */
export const HUB_PERMISSIONS = {
  'accounts.manage': ['steward'],
  'trust.issue': ['steward'],
  'records.read-all': ['steward', 'curator'],
  'records.read-published': ['steward', 'curator', 'cooperative'],
  'records.submit': ['curator', 'cooperative'],
  'records.sign': ['curator'],
} as const satisfies Record<string, readonly HubRole[]>;
export type HubPermission = keyof typeof HUB_PERMISSIONS;

export function hubRoleMay(role: HubRole, permission: HubPermission): boolean {
  return (HUB_PERMISSIONS[permission] as readonly HubRole[]).includes(role);
}

export const HUB_NAME = /^[\p{L}\p{N}._-]{1,64}$/u;
export const hubAccountNameSchema = z.string().regex(HUB_NAME, { message: 'account-name' });
/** Passwords: long enough to resist guessing with the login rate limit; short enough to hash cheaply. */
export const hubPasswordSchema = z.string().min(10).max(200);

export const healthSchema = z.object({
  ok: z.boolean(),
  database: z.object({ reachable: z.boolean(), schemaVersion: z.number().int().nullable() }),
  version: z.string(),
});
export type HubHealth = z.infer<typeof healthSchema>;

export const loginRequestSchema = z.object({ name: hubAccountNameSchema, password: z.string().min(1).max(200) }).strict();

export const sessionSchema = z.object({
  name: z.string(),
  role: z.enum(HUB_ROLES),
  /** send back in the X-CSRF-Token header of every state-changing request */
  csrf: z.string(),
  /** a curator's signing key is unlocked with the password at login and held for the session only */
  canSign: z.boolean(),
});
export type HubSession = z.infer<typeof sessionSchema>;

export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_COOKIE = 'jinxiu_hub_session';

/** A motif's artwork, base64 in JSON: one submission is one request. */
export const submissionSchema = z
  .object({
    record: motifRecordSchema,
    files: z.array(z.object({ name: z.string().min(1).max(120), base64: z.string().max(120 * 1024 * 1024) }).strict()).min(1).max(20),
  })
  .strict();
export type HubSubmission = z.infer<typeof submissionSchema>;

export const signRequestSchema = z
  .object({
    action: z.enum(SIGNED_ACTIONS),
    target: z.object({ label: z.enum(USAGE_LABEL_IDS).optional(), reason: z.string().trim().min(1).max(500).optional() }).strict().default({}),
  })
  .strict();

export const hubRecordSummarySchema = z.object({
  id: z.string(),
  names: z.object({ zh: z.string(), en: z.string() }),
  status: z.string(),
  usageLabel: z.string(),
  owner: z.string().nullable(),
  seq: z.number().int(),
});
export type HubRecordSummary = z.infer<typeof hubRecordSummarySchema>;

/** One file of a sync page: fetched in a batch (`POST /api/artwork/batch`), its sum checked, kept. */
export const syncFileSchema = z.object({ path: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/), size: z.number().int().min(0) });

/**
 * One page of changes since a cursor: every record the hub ever published whose record changed
 * after `since` (published, relabelled or withdrawn), in change order, and the hub's newest
 * trust file. A record made secret/sacred is not sent again: it arrives as a restriction (its
 * id and the signed statements, as in a pack), so studios holding an earlier copy stop using it.
 * `cursor` is where the next page starts; `more` says whether one exists.
 */
export const syncPageSchema = z.object({
  hub: z.string(),
  since: z.number().int().min(0),
  cursor: z.number().int().min(0),
  more: z.boolean(),
  records: z.array(motifRecordSchema),
  files: z.array(syncFileSchema),
  restrictions: z.array(packRestrictionSchema).default([]),
  trustFile: trustFileSchema.nullable(),
});
export type SyncPage = z.infer<typeof syncPageSchema>;

/** Sync page size: a page is applied in one studio transaction, so it stays modest. */
export const SYNC_PAGE_LIMIT = 500;

/**
 * Artwork in batches: a studio asks for many files in one request instead of one request per
 * file. The hub answers a stream of frames, each `sha256 (32 raw bytes) | length (uint32 BE) |
 * bytes`, in the order asked. A batch is bounded in count and in bytes (one file larger than the
 * byte bound travels alone), so neither side holds more than that in flight. The studio checks
 * each frame's bytes against the sum it asked for and keeps each file as soon as it is checked,
 * so a connection cut mid-batch loses only the file in transit.
 */
export const ARTWORK_BATCH_MAX_FILES = 1000;
export const ARTWORK_BATCH_MAX_BYTES = 64 * 1024 * 1024;
export const ARTWORK_FRAME_HEADER_BYTES = 36;
export const artworkBatchRequestSchema = z
  .object({ sha256: z.array(z.string().regex(/^[0-9a-f]{64}$/)).min(1).max(ARTWORK_BATCH_MAX_FILES) })
  .strict();
export type ArtworkBatchRequest = z.infer<typeof artworkBatchRequestSchema>;

export const pushResultSchema = z.object({ accepted: z.array(z.string()), unchanged: z.array(z.string()), refused: z.array(z.object({ id: z.string(), reason: z.object({ zh: z.string(), en: z.string() }) })) });
export type PushResult = z.infer<typeof pushResultSchema>;

export const hubErrorSchema = z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.object({ zh: z.string(), en: z.string() }) }) });
