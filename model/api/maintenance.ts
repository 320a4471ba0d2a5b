import { z } from 'zod';
import { defineCall, localizedSchema } from './define';

/** Why a backup was taken: shown in the Settings list and used by the rotation rules. */
export const BACKUP_REASONS = ['manual', 'scheduled', 'before-migration', 'before-pack', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/**
 * A backup's name inside the data folder's backups/ directory. The renderer only ever
 * names a backup from this list; it can never send a path.
 */
export const backupNameSchema = z.string().regex(/^jinxiu-\d{8}-\d{9}-[a-z-]{1,20}\.jxbackup$/, 'backup name');

export const backupInfoSchema = z.object({
  name: backupNameSchema,
  createdAt: z.string(),
  reason: z.enum(BACKUP_REASONS),
  sizeBytes: z.number().int().nonnegative(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

export const doctorProblemSchema = z.object({
  code: z.string(),
  /** errors make doctor fail; warnings (e.g. orphan files left by a crash) are harmless */
  severity: z.enum(['error', 'warning']),
  message: localizedSchema,
  repairable: z.boolean(),
  details: z.unknown().optional(),
});
export type DoctorProblem = z.infer<typeof doctorProblemSchema>;

export const doctorReportSchema = z.object({
  ok: z.boolean(),
  schemaVersion: z.number().int().nullable(),
  latestSchemaVersion: z.number().int(),
  checkedFiles: z.number().int(),
  problems: z.array(doctorProblemSchema),
  /** what --repair did, and what it could not do */
  repaired: z.array(localizedSchema),
  notRepaired: z.array(localizedSchema),
});
export type DoctorReport = z.infer<typeof doctorReportSchema>;

export const maintenanceStatusSchema = z.object({
  /** set when the database failed its health check at start: the studio runs in a minimal mode */
  damaged: localizedSchema.nullable(),
  lastBackupAt: z.string().nullable(),
});
export type MaintenanceStatus = z.infer<typeof maintenanceStatusSchema>;

export const restoreReportSchema = z.object({
  restored: backupNameSchema,
  /** the backup of the state just replaced (absent when the data folder was empty) */
  safetyBackup: z.string().nullable(),
  motifs: z.number().int(),
  files: z.number().int(),
});
export type RestoreReport = z.infer<typeof restoreReportSchema>;

export const maintenanceCalls = {
  'maintenance.status': defineCall(z.object({}).strict(), maintenanceStatusSchema, 'Is the database damaged, and when was the last backup.'),
  'maintenance.backups.list': defineCall(z.object({}).strict(), z.array(backupInfoSchema), 'Backups in the data folder, newest first.'),
  'maintenance.backups.create': defineCall(z.object({}).strict(), backupInfoSchema, 'Back up the database and its artwork files now (verified before older backups are rotated out).'),
  'maintenance.backups.restore': defineCall(
    z.object({ name: backupNameSchema }).strict(),
    restoreReportSchema,
    'Verify a backup, back up the current state, then replace the database and files with the backup.',
  ),
  'maintenance.doctor': defineCall(z.object({ repair: z.boolean().default(false) }).strict(), doctorReportSchema, 'Check the database and files; with repair, fix what is safe to fix.'),
};
