import type { StudioError } from '../../../model/localized';
import type { Handlers } from '../handler-types';
import { DEFAULT_FONT_ID } from '../../../model/design/schema';
import type { StudioContext, StudioOptions } from '../../services/studio';
import { openStudioOrDamaged } from '../../services/backup/studio-restore';
import { appHandlers } from './app';
import { assetHandlers } from './assets';
import { brandHandlers } from './brand';
import { curatorHandlers } from './curator';
import { designHandlers } from './designs';
import { designFileHandlers } from './design-files';
import { fontHandlers } from './fonts';
import { libraryHandlers } from './library';
import { damagedHandlers, maintenanceHandlers } from './maintenance';
import { exportHandlers } from './export';
import { packHandlers } from './packs';
import { productHandlers } from './products';
import { trustHandlers } from './trust';
import { thumbnailHandlers } from './thumbnails';
import { syncHandlers } from './sync';

/**
 * Every handler over one studio context. `live` (default: a new object) is filled in place
 * and rebuilt after a restore, so the dispatcher, which looks handlers up per call, never
 * keeps a handler that captured a service of the database that was swapped out.
 */
export function createHandlers(ctx: StudioContext, live: Partial<Handlers> = {}): Handlers {
  const build = (): Handlers => ({
    ...appHandlers(ctx),
    ...curatorHandlers(ctx),
    ...trustHandlers(ctx),
    ...libraryHandlers(ctx),
    ...packHandlers(ctx),
    ...exportHandlers(ctx),
    ...productHandlers(ctx),
    ...designHandlers(ctx),
    ...designFileHandlers(ctx),
    ...brandHandlers(ctx),
    ...fontHandlers(ctx),
    ...assetHandlers(ctx),
    ...thumbnailHandlers(ctx),
    ...syncHandlers(ctx),
    ...maintenanceHandlers(ctx, () => Object.assign(live, build())),
  });
  return Object.assign(live, build());
}

export interface OpenedHandlers {
  /** a live object: a restore out of the damaged state swaps the full handlers in */
  handlers: Handlers;
  /** set while the database is damaged (the studio then serves only backups, restore and doctor) */
  damaged: () => StudioError | null;
  /**
   * Work the first design opened would otherwise wait for, done once the studio is serving:
   * the default font's tables (~0.1 s to parse in a fresh data folder; every composer asks
   * for its metrics first). Call it after startup, off the startup path.
   */
  prepare(): void;
  close(): void;
}

function prepareStudio(studio: StudioContext | null): void {
  try {
    studio?.fonts.layoutMetrics(DEFAULT_FONT_ID);
  } catch {
    // a missing or damaged font is reported where it is used
  }
}

/** For composition roots (serve, desktop): a damaged database gives a working minimal studio, not a crash. */
export async function openStudioHandlers(options: StudioOptions): Promise<OpenedHandlers> {
  const opened = await openStudioOrDamaged(options);
  let studio = opened.studio ?? null;
  if (studio) return { handlers: createHandlers(studio), damaged: () => null, prepare: () => prepareStudio(studio), close: () => studio?.close() };
  let damaged: StudioError | null = opened.damaged!.error;
  const handlers = damagedHandlers(opened.damaged!, (restored) => {
    studio = restored;
    damaged = null;
    createHandlers(restored, handlers);
  });
  return { handlers, damaged: () => damaged, prepare: () => prepareStudio(studio), close: () => studio?.close() };
}
