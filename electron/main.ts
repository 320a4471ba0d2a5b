import { app, BrowserWindow, ipcMain, session } from 'electron';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createDispatcher } from './api/dispatch';
import { openStudioHandlers } from './api/handlers';
import { registerIpc } from './ipc';
import { CONTENT_SECURITY_POLICY } from './security-policy';
import { defaultDataDir } from './services/paths';

/**
 * Desktop composition root. Kept thin on purpose: every service lives in
 * electron/services (no electron import) and is tested under Node; this file only wires
 * them to a hardened window.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const rendererIndex = path.resolve(here, '..', 'dist', 'renderer', 'index.html');
const appUrl = pathToFileURL(rendererIndex).href;

function isAppUrl(url: string): boolean {
  return url.split('#')[0] === appUrl;
}

app.setPath('userData', defaultDataDir());
app.enableSandbox();

app.whenReady().then(async () => {
  // a damaged database opens a minimal studio (backups, restore, doctor) instead of crashing
  const studio = await openStudioHandlers({ dataDir: app.getPath('userData'), runtime: 'electron' });
  const damaged = studio.damaged();
  if (damaged) console.error(damaged.message);
  registerIpc(ipcMain, createDispatcher(studio.handlers, (line) => console.error(line)), isAppUrl);
  setTimeout(() => studio.prepare(), 0);

  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });

  const win = new BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    title: '锦绣工坊 Jinxiu Studio',
    webPreferences: {
      preload: path.join(here, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // middle-click (auxclick) would otherwise open links in a new window behind the open handler's back
      disableBlinkFeatures: 'Auxclick',
    },
  });
  // the studio works offline and links nowhere: no new windows, no hand-off to a browser
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  void win.loadURL(appUrl);

  app.on('window-all-closed', () => {
    studio.close();
    app.quit();
  });
});

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});
