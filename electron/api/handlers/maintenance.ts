import { isCallName, studioContract, type CallName } from '../../../model/api';
import type { BackupInfo } from '../../../model/api/maintenance';
import type { Handlers, HandlersFor } from '../handler-types';
import type { StudioContext } from '../../services/studio';
import { damagedError, restoreDamaged, restoreIntoStudio, statusOf, type DamagedStudio } from '../../services/backup/studio-restore';
import { runDoctor } from '../../services/doctor/doctor';
import { LATEST_SCHEMA_VERSION } from '../../services/db/migrations';
import { APP_VERSION } from '../../services/version';

type MaintenanceCalls = 'maintenance.status' | 'maintenance.backups.list' | 'maintenance.backups.create' | 'maintenance.backups.restore' | 'maintenance.doctor';

const info = (b: BackupInfo): BackupInfo => ({ name: b.name, createdAt: b.createdAt, reason: b.reason, sizeBytes: b.sizeBytes });

/** `onRestored` rebuilds the handlers after a restore reopened the studio inside `ctx`. */
export function maintenanceHandlers(ctx: StudioContext, onRestored: () => void = () => {}): HandlersFor<MaintenanceCalls> {
  return {
    'maintenance.status': () => statusOf({ studio: ctx }),
    'maintenance.backups.list': () => ctx.backups.list().map(info),
    'maintenance.backups.create': async () => info(await ctx.backups.create('manual')),
    'maintenance.backups.restore': async ({ name }) => {
      try {
        return await restoreIntoStudio(ctx, name);
      } finally {
        onRestored();
      }
    },
    'maintenance.doctor': ({ repair }) => runDoctor(ctx.paths.dataDir, { repair, now: ctx.now }),
  };
}

/**
 * The studio in its minimal "damaged database" state: every call explains the damage,
 * except app.info, the backup list, restore and doctor. A successful restore hands the
 * freshly opened studio to `onRestored`, which switches the live handlers over.
 */
export function damagedHandlers(damaged: DamagedStudio, onRestored: (studio: StudioContext) => void): Handlers {
  const refuse = () => {
    throw damagedError(damaged);
  };
  const all = Object.fromEntries(Object.keys(studioContract).filter(isCallName).map((name: CallName) => [name, refuse])) as unknown as Handlers;
  const maintenance: Partial<Handlers> = {
    'app.info': () => ({ name: 'Jinxiu Studio 锦绣工坊', version: APP_VERSION, schemaVersion: LATEST_SCHEMA_VERSION, dataDir: damaged.paths.dataDir, runtime: damaged.options.runtime }),
    'maintenance.status': () => statusOf({ damaged }),
    'maintenance.backups.list': () => damaged.backups.list().map(info),
    'maintenance.backups.create': refuse,
    'maintenance.backups.restore': async ({ name }) => {
      const { report, studio } = await restoreDamaged(damaged, name);
      onRestored(studio);
      return report;
    },
    'maintenance.doctor': ({ repair }) => runDoctor(damaged.paths.dataDir, { repair }),
  };
  return Object.assign(all, maintenance);
}
