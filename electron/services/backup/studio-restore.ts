import { StudioError, studioError } from '../../../model/localized';
import type { MaintenanceStatus, RestoreReport } from '../../../model/api/maintenance';
import { dataPaths, type DataPaths } from '../paths';
import { openStudio, type StudioContext, type StudioOptions } from '../studio';
import { BackupService } from './backup-service';
import { restoreArchive, safetyBackupOfFolder } from './restore';

/**
 * One-click restore inside a running studio. The current state is backed up first (an
 * online backup), the database is closed, the verified backup is swapped in, and the
 * studio is reopened *into the same context object*, so every handler that holds the
 * context sees the restored services without being rebuilt.
 */
export async function restoreIntoStudio(ctx: StudioContext, name: string): Promise<RestoreReport> {
  const archive = ctx.backups.pathOf(name);
  let closed = false;
  try {
    return await restoreArchive({
      archive,
      dataDir: ctx.paths.dataDir,
      beforeSwap: async () => {
        const safety = await ctx.backups.create('before-restore');
        ctx.close();
        closed = true;
        return safety.name;
      },
    });
  } finally {
    if (closed) Object.assign(ctx, await openStudio(ctx.options));
  }
}

/** A data folder whose database failed its health check: enough to list backups, restore and run doctor. */
export interface DamagedStudio {
  options: StudioOptions;
  paths: DataPaths;
  error: StudioError;
  backups: BackupService;
}

export type OpenedStudio = { studio: StudioContext; damaged?: undefined } | { studio?: undefined; damaged: DamagedStudio };

/** Opens the studio; a damaged database gives a DamagedStudio instead of an exception. */
export async function openStudioOrDamaged(options: StudioOptions): Promise<OpenedStudio> {
  try {
    return { studio: await openStudio(options) };
  } catch (error) {
    if (!(error instanceof StudioError) || error.code !== 'db.damaged') throw error;
    const paths = dataPaths(options.dataDir);
    return { damaged: { options, paths, error, backups: new BackupService(paths, options.now ?? (() => new Date()), () => null) } };
  }
}

/** Restores over a damaged database (its files are kept byte for byte first) and opens the result. */
export async function restoreDamaged(damaged: DamagedStudio, name: string): Promise<{ report: RestoreReport; studio: StudioContext }> {
  const now = damaged.options.now ?? (() => new Date());
  const report = await restoreArchive({
    archive: damaged.backups.pathOf(name),
    dataDir: damaged.paths.dataDir,
    beforeSwap: () => safetyBackupOfFolder(damaged.paths.dataDir, now()),
  });
  return { report, studio: await openStudio(damaged.options) };
}

export function statusOf(opened: { studio?: StudioContext; damaged?: DamagedStudio }): MaintenanceStatus {
  const backups = opened.studio?.backups ?? opened.damaged!.backups;
  return { damaged: opened.damaged ? opened.damaged.error.localized : null, lastBackupAt: backups.lastBackupAt()?.toISOString() ?? null };
}

export function damagedError(damaged: DamagedStudio): StudioError {
  return studioError(
    'db.damaged',
    `${damaged.error.localized.zh} 在修好之前，工坊只能查看备份、从备份恢复和运行检查。`,
    `${damaged.error.localized.en} Until it is fixed, the studio can only list backups, restore one and run the check.`,
    damaged.error.details,
  );
}
