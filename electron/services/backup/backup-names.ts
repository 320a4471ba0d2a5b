import { BACKUP_REASONS, backupNameSchema, type BackupReason } from '../../../model/api/maintenance';

const NAME = /^jinxiu-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(\d{3})-([a-z-]+)\.jxbackup$/;

/** jinxiu-YYYYMMDD-HHMMSSmmm-<reason>.jxbackup in UTC: sorts by time, says why it was taken. */
export function backupName(at: Date, reason: BackupReason): string {
  const iso = at.toISOString(); // 2026-11-28T15:49:12.345Z
  const name = `jinxiu-${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}${iso.slice(20, 23)}-${reason}.jxbackup`;
  return backupNameSchema.parse(name);
}

export function parseBackupName(name: string): { at: Date; reason: BackupReason } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const reason = m[8] as BackupReason;
  if (!BACKUP_REASONS.includes(reason)) return null;
  const at = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6], +m[7]));
  return Number.isNaN(at.getTime()) ? null : { at, reason };
}
