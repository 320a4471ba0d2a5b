import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerIpc, STUDIO_CHANNEL } from '../../../electron/ipc';
import { makeStudio } from '../../helpers/studio';

const APP_URL = 'file:///opt/jinxiu/dist/renderer/index.html';

/** A stand-in for ipcMain that records the handler, the way Electron would call it. */
function fakeIpcMain() {
  const handlers = new Map<string, (event: any, ...args: unknown[]) => Promise<unknown>>();
  return {
    handle: (channel: string, listener: any) => handlers.set(channel, listener),
    invoke: (frameUrl: string, ...args: unknown[]) => handlers.get(STUDIO_CHANNEL)!({ senderFrame: { url: frameUrl } }, ...args) as Promise<any>,
  };
}

describe('IPC binding', () => {
  let ctx: Awaited<ReturnType<typeof makeStudio>>;
  let ipc: ReturnType<typeof fakeIpcMain>;
  beforeEach(async () => {
    ctx = await makeStudio();
    ipc = fakeIpcMain();
    registerIpc(ipc, ctx.dispatch, (url) => url.split('#')[0] === APP_URL);
  });
  afterEach(() => ctx.cleanup());

  it('answers the app page with the same result shape as HTTP', async () => {
    const result = await ipc.invoke(APP_URL, 'app.info', {});
    expect(result.ok).toBe(true);
    expect(result.value.dataDir).toBe(ctx.dataDir);
  });

  it('refuses a sender frame that is not the app page', async () => {
    const result = await ipc.invoke('https://evil.example/', 'settings.update', { language: 'en' });
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('ipc.forbidden-sender');
    expect((await ipc.invoke(APP_URL, 'settings.get', {})).value.language).toBe('zh-CN');
  });

  it('returns a typed validation error for wrong types', async () => {
    const result = await ipc.invoke(APP_URL, 'settings.update', { guidedPathDone: 'yes' });
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('api.invalid-input');
  });

  it('rejects a non-string call name', async () => {
    const result = await ipc.invoke(APP_URL, { toString: () => 'app.info' }, {});
    expect(result.error.code).toBe('api.unknown-call');
  });
});
