import { z } from 'zod';
import { motifSignatureSchema, trustFileSchema } from '../trust/statements';
import { motifRecordSchema } from './schema';

/**
 * Format of a `.jxpack` file: a zip with manifest.json and motifs/<motif id>/<file name>.
 * Each record carries its curators' signatures (`signatures`, model/trust/statements.ts).
 * Version 2 adds `trustFiles`: partners' signed trust files, carried as data so the receiver
 * can see who signed; a receiver never trusts a key because a pack says so (only Settings,
 * with a fingerprint a person confirmed, adds to the trust list). Version 1 packs still
 * import: their records have no signatures, so they arrive unpublished.
 * `restrictions` (optional, read by every version-2 reader that knows it) carry the signed
 * statements that made a record secret/sacred, without the record: see packRestrictionSchema.
 */
export const PACK_FORMAT = 'jinxiu-motif-pack';
export const PACK_FORMAT_VERSION = 2;

export const PACK_LIMITS = {
  maxEntries: 5_000,
  maxFileBytes: 80 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxManifestBytes: 32 * 1024 * 1024,
  /** a deflate stream expanding more than this is treated as a zip bomb */
  maxRatio: 200,
};

/** motifs/<uuid>/<plain file name>: nothing else may appear in a pack besides manifest.json */
export const PACK_ENTRY_PATTERN = /^motifs\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/(?!\.)[A-Za-z0-9._-]{1,120}$/;

export const packFileSchema = z.object({
  path: z.string().regex(PACK_ENTRY_PATTERN),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().min(0).max(PACK_LIMITS.maxFileBytes),
});

/**
 * A record was made secret/sacred after it was shared. Its content never leaves again, but the
 * studios holding an earlier copy must stop using it: the restriction carries only the record's
 * id and the signed label statements. A receiver that holds the record adds the signatures to
 * its copy and judges them with its own trust list, like any signature; a receiver without the
 * record learns nothing but an id.
 */
export const packRestrictionSchema = z.object({
  recordId: z.uuid(),
  signatures: z.array(motifSignatureSchema).min(1).max(20),
});
export type PackRestriction = z.infer<typeof packRestrictionSchema>;

export const packManifestSchema = z.object({
  format: z.literal(PACK_FORMAT),
  formatVersion: z.number().int(),
  packId: z.uuid(),
  creator: z.string().min(1).max(200),
  createdAt: z.string(),
  motifs: z.array(motifRecordSchema).max(PACK_LIMITS.maxEntries),
  files: z.array(packFileSchema).max(PACK_LIMITS.maxEntries),
  trustFiles: z.array(trustFileSchema).max(50).optional(),
  restrictions: z.array(packRestrictionSchema).max(PACK_LIMITS.maxEntries).optional(),
});
export type PackManifest = z.infer<typeof packManifestSchema>;
export type PackFile = z.infer<typeof packFileSchema>;
