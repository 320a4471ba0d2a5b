import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Dispatch } from './api/dispatch';

export const STUDIO_CHANNEL = 'studio:call';

/**
 * Binds the StudioApi to one IPC channel. Only the app's own page may call: a frame
 * that navigated elsewhere (or an injected iframe) gets a typed refusal, never a handler.
 */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch, isAppUrl: (url: string) => boolean): void {
  ipcMain.handle(STUDIO_CHANNEL, async (event: IpcMainInvokeEvent, name: unknown, input: unknown) => {
    const frameUrl = event.senderFrame?.url ?? '';
    if (!isAppUrl(frameUrl)) {
      return {
        ok: false,
        error: {
          code: 'ipc.forbidden-sender',
          message: { zh: '拒绝来自非工坊页面的调用。', en: 'Call refused: it did not come from the studio page.' },
        },
      };
    }
    return dispatch(typeof name === 'string' ? name : '', input);
  });
}
