import { createContext, useContext } from 'react';
import type { Localized } from '../../model/localized';
import { StudioError } from '../../model/localized';

/** Pages report failures here; the shell shows them in one alert banner. */
export const NotifyContext = createContext<(error: unknown) => void>(() => {});

export function useNotifyError(): (error: unknown) => void {
  return useContext(NotifyContext);
}

export function errorText(error: unknown): Localized {
  if (error instanceof StudioError) return error.localized;
  const text = error instanceof Error ? error.message : String(error);
  return { zh: text, en: text };
}
