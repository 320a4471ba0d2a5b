import type { CallInput, CallName, CallOutput, CallResult, StudioApi, StudioBridge } from '../../model/api';
import { StudioError } from '../../model/localized';

declare global {
  interface Window {
    studio?: StudioBridge;
  }
}

const TOKEN_KEY = 'jinxiu.token';
const KEEPALIVE_LIMIT = 60_000;

/** Browser mode: the token arrives once in the URL fragment and is kept for this tab only. */
function browserToken(): string {
  const match = /token=([0-9a-f]+)/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    return match[1];
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpBridge(): StudioBridge {
  const token = browserToken();
  return {
    async invoke(name, input) {
      const body = JSON.stringify(input ?? {});
      const response = await fetch(`/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body,
        // an autosave sent as the tab closes must still reach the server; browsers allow
        // keepalive only for bodies under 64 KB, larger ones are saved by the debounce before
        keepalive: name === 'designs.save' && body.length < KEEPALIVE_LIMIT,
      });
      return (await response.json()) as CallResult<unknown>;
    },
  };
}

/**
 * The renderer's one client: the same calls over IPC (desktop) or HTTP (browser mode).
 * Failures become StudioError with the translated message the main side produced.
 */
export function createStudioApi(bridge: StudioBridge = window.studio ?? httpBridge()): StudioApi {
  return {
    async call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> {
      const result = await bridge.invoke(name, input);
      if (!result.ok) throw new StudioError(result.error.code, result.error.message, result.error.details);
      return result.value as CallOutput<N>;
    },
  };
}

export const runtimeKind = (): 'electron' | 'browser' => (window.studio ? 'electron' : 'browser');
