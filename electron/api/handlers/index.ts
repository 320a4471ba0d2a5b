import type { Handlers } from '../handler-types';
import type { StudioContext } from '../../services/studio';
import { appHandlers } from './app';
import { curatorHandlers } from './curator';
import { libraryHandlers } from './library';
import { packHandlers } from './packs';

export function createHandlers(ctx: StudioContext): Handlers {
  return {
    ...appHandlers(ctx),
    ...curatorHandlers(ctx),
    ...libraryHandlers(ctx),
    ...packHandlers(ctx),
  };
}
