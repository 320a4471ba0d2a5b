import type { Handlers } from '../handler-types';
import type { StudioContext } from '../../services/studio';
import { appHandlers } from './app';

export function createHandlers(ctx: StudioContext): Handlers {
  return {
    ...appHandlers(ctx),
  };
}
