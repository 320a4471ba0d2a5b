import { z } from 'zod';
import { BACKUP_REASONS } from '../../../model/api/maintenance';

export const BACKUP_FORMAT = 'jinxiu-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const DATABASE_ENTRY = 'studio.sqlite';
export const MANIFEST_ENTRY = 'manifest.json';
/** files/<first two hex>/<sha256>: the same layout as the data folder's file store */
export const FILE_ENTRY = /^files\/([0-9a-f]{2})\/([0-9a-f]{64})$/;

const sha = z.string().regex(/^[0-9a-f]{64}$/);

/** manifest.json of a backup archive (see README.md in this folder). */
export const backupManifestSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    formatVersion: z.number().int().min(1),
    createdAt: z.string(),
    appVersion: z.string(),
    reason: z.enum(BACKUP_REASONS),
    schemaVersion: z.number().int().min(0),
    database: z.object({ path: z.literal(DATABASE_ENTRY), size: z.number().int().positive(), sha256: sha }),
    files: z.array(z.object({ path: z.string().regex(FILE_ENTRY), size: z.number().int().nonnegative(), sha256: sha })).max(0xfff0),
    /** files the database referenced but that were missing or damaged in the data folder when the backup was made */
    missing: z.array(sha),
  })
  .strict();
export type BackupManifest = z.infer<typeof backupManifestSchema>;

export function fileEntryName(sha256: string): string {
  return `files/${sha256.slice(0, 2)}/${sha256}`;
}
