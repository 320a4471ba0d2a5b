import type { z } from 'zod';
import { appCalls } from './app';
import { curatorCalls } from './curator';
import { libraryCalls, libraryDesignCalls, ownArtworkCalls } from './library';
import { assetCalls, brandCalls, designCalls, fontCalls } from './designs';
import { maintenanceCalls } from './maintenance';
import { exportCalls } from './export';
import { packCalls } from './packs';
import { designFileCalls } from './design-files';
import { productCalls } from './products';
import { trustCalls } from './trust';
import { thumbnailCalls } from './thumbnails';
import { syncCalls } from './sync';
import type { CallResult } from './define';

/**
 * The StudioApi contract: every call between the renderer and the main side.
 * Each domain keeps its calls in its own file (model/api/<domain>.ts) and is spread in here.
 */
export const studioContract = {
  ...appCalls,
  ...curatorCalls,
  ...trustCalls,
  ...libraryCalls,
  ...libraryDesignCalls,
  ...ownArtworkCalls,
  ...designCalls,
  ...designFileCalls,
  ...brandCalls,
  ...fontCalls,
  ...assetCalls,
  ...packCalls,
  ...exportCalls,
  ...productCalls,
  ...maintenanceCalls,
  ...thumbnailCalls,
  ...syncCalls,
};

export type StudioContract = typeof studioContract;
export type CallName = keyof StudioContract;
export type CallInput<N extends CallName> = z.input<StudioContract[N]['input']>;
export type ParsedInput<N extends CallName> = z.output<StudioContract[N]['input']>;
export type CallOutput<N extends CallName> = z.output<StudioContract[N]['output']>;

/** What the renderer holds: one generic call over whichever transport it has. */
export interface StudioApi {
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>>;
}

/** What the preload exposes as window.studio (IPC) and what the HTTP twin answers. */
export interface StudioBridge {
  invoke(name: string, input: unknown): Promise<CallResult<unknown>>;
}

export function isCallName(name: string): name is CallName {
  return Object.prototype.hasOwnProperty.call(studioContract, name);
}

export * from './define';
export * from './app';
export * from './curator';
export * from './library';
export * from './designs';
export * from './export';
export * from './packs';
export * from './products';
export * from './maintenance';
