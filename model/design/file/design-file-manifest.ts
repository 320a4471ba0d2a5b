import { z } from 'zod';
import { brandKitSchema } from '../../brand/schema';
import { PACK_ENTRY_PATTERN, PACK_LIMITS, packFileSchema } from '../../motif/pack-manifest';
import { motifRecordSchema } from '../../motif/schema';
import { trustFileSchema } from '../../trust/statements';

/**
 * Format of a `.jxdesign` design file: one design with everything it needs to open, check and
 * print on another studio's PC. A zip holding
 *   manifest.json                    this schema
 *   motifs/<motif id>/<file name>    each carried motif's master artwork, exactly as in a motif pack
 *   files/<sha256>                   photos placed in the design, the brand kit's logo, the
 *                                    product's certificate scans, photos and GI mark
 * It is read with the same checks as a motif pack (electron/services/zip/verified-archive.ts)
 * and its motif part is the pack's (records with their signatures; model/motif/pack-manifest.ts).
 * The format is described for people in electron/services/designs/file/README.md.
 */
export const DESIGN_FILE_FORMAT = 'jinxiu-design-file';
export const DESIGN_FILE_FORMAT_VERSION = 1;
export const DESIGN_FILE_EXTENSION = '.jxdesign';

/** the same limits as a pack: a design file is at most as large as a pack with a few photos */
export const DESIGN_FILE_LIMITS = { ...PACK_LIMITS, maxEntries: 2_000 };

const SHA256 = /^[0-9a-f]{64}$/;
export const DESIGN_FILE_ASSET_PATTERN = /^files\/[0-9a-f]{64}$/;

/** motifs/<uuid>/<name> as in packs, or files/<sha256>; nothing else may appear besides manifest.json */
export function designFileEntryAllowed(name: string): boolean {
  return PACK_ENTRY_PATTERN.test(name) || DESIGN_FILE_ASSET_PATTERN.test(name);
}

/** What a carried file is for: it decides which intake rules check it on arrival. */
export const DESIGN_FILE_ASSET_ROLES = ['photo', 'logo', 'evidence', 'product-photo', 'gi-mark'] as const;
export type DesignFileAssetRole = (typeof DESIGN_FILE_ASSET_ROLES)[number];

export const designFileAssetSchema = z.object({
  path: z.string().regex(DESIGN_FILE_ASSET_PATTERN),
  sha256: z.string().regex(SHA256),
  size: z.number().int().min(0).max(DESIGN_FILE_LIMITS.maxFileBytes),
  role: z.enum(DESIGN_FILE_ASSET_ROLES),
  /** the name it was uploaded under (shown in the assets list; the intake checks its kind by content) */
  name: z.string().min(1).max(300),
});
export type DesignFileAsset = z.infer<typeof designFileAssetSchema>;

export const designFileManifestSchema = z.object({
  format: z.literal(DESIGN_FILE_FORMAT),
  formatVersion: z.literal(DESIGN_FILE_FORMAT_VERSION),
  fileId: z.uuid(),
  creator: z.string().min(1).max(200),
  createdAt: z.string(),
  /** the design document as stored (opened on arrival like any saved design: migrated, validated) */
  design: z.looseObject({ id: z.string().min(1).max(100), schemaVersion: z.number().int() }),
  brandKit: brandKitSchema.optional(),
  /** the linked product's facts (food label, claims, GI), as the products page stores them */
  product: z.object({ cooperative: z.looseObject({ id: z.string().min(1).max(100) }), product: z.looseObject({ id: z.string().min(1).max(100) }) }).optional(),
  assets: z.array(designFileAssetSchema).max(DESIGN_FILE_LIMITS.maxEntries),
  /** the motifs the design places, each record as the library stores it (provenance, label, signatures) */
  motifs: z.array(motifRecordSchema).max(DESIGN_FILE_LIMITS.maxEntries),
  /** their master artwork, exactly as a motif pack lists it */
  motifFiles: z.array(packFileSchema).max(DESIGN_FILE_LIMITS.maxEntries),
  /** partners' trust files naming keys that signed a carried record: shown, never imported from here */
  trustFiles: z.array(trustFileSchema).max(50).optional(),
});
export type DesignFileManifest = z.infer<typeof designFileManifestSchema>;
