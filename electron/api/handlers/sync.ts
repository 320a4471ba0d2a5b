import type { HandlersFor } from '../handler-types';
import type { StudioContext } from '../../services/studio';
import { SyncService } from '../../services/sync/sync-service';

export function syncHandlers(ctx: StudioContext): HandlersFor<'sync.run'> {
  return {
    'sync.run': async ({ hub, user, password, fingerprint }) => {
      const report = await new SyncService(ctx).sync({ hub, user, password, fingerprint: fingerprint || undefined, actor: `${ctx.curators.status().active ?? 'studio'} via ${user}` });
      const { items: _items, ...pulled } = report.pulled;
      return {
        hub: report.hub,
        cursor: report.cursor,
        pulled,
        downloaded: report.downloaded,
        pushed: { accepted: report.pushed.accepted.length, unchanged: report.pushed.unchanged.length, refused: report.pushed.refused },
        trustFile: { status: report.trustFile.status, ...(report.trustFile.display ? { display: report.trustFile.display } : {}) },
      };
    },
  };
}
