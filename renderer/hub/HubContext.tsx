import { createContext, useContext } from 'react';
import type { HubSession } from '../../model/hub/protocol';
import type { HubApi } from '../api/hub-client';

/** What every hub view needs: the hub's client and who is logged in. */
export interface HubState {
  api: HubApi;
  session: HubSession;
}

export const HubContext = createContext<HubState | null>(null);

export function useHub(): HubState {
  const value = useContext(HubContext);
  if (!value) throw new Error('useHub outside HubContext');
  return value;
}
