// Komak's main process: one hardened window, the komak:// protocol, one IPC channel, and the backend
// in a utilityProcess. It adds no logic of its own; everything the app does is a contract method.
import { app, powerMonitor, type BrowserWindow } from 'electron';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EVENT_CHANNEL, type BridgeEvent } from '../contract/desktop-bridge';
import { createBackendClient } from './backend-client';
import { spawnBackendProcess } from './backend-process';
import { facilityDbFile } from './data-location';
import { systemKeyStore } from './key-store';
import { installGuards } from './guards';
import { handleCalls } from './ipc';
import { setAppMenu } from './menu';
import { registerAppScheme, serveRenderer } from './protocol';
import { createSessionRelay } from './session-relay';
import { shellMessages } from './shell-messages';
import { createMainWindow } from './window';

const here = import.meta.dirname; // out/main, inside app.asar when packaged

// A second start (double click on the shortcut again) focuses the running window instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  app.enableSandbox();
  app.setAppUserModelId('uz.komak.app');
  registerAppScheme();
  if (app.isPackaged) {
    // Fonts and reference data ship as extraResources; the backend finds them through this variable.
    process.env.KOMAK_RESOURCES = join(process.resourcesPath, 'resources');
  }

  let window: BrowserWindow | null = null;
  const currentWindow = () => (window && !window.isDestroyed() ? window : null);
  const send = (event: BridgeEvent, payload?: unknown) => currentWindow()?.webContents.send(EVENT_CHANNEL, event, payload ?? null);

  const dbFile = facilityDbFile(process.env, app.getPath('userData'));
  mkdirSync(dirname(dbFile), { recursive: true });
  const backend = createBackendClient({
    spawn: () =>
      spawnBackendProcess({ hostScript: join(here, '..', 'backend', 'host.cjs'), dbFile, resourcesDir: process.env.KOMAK_RESOURCES }),
    unavailable: (lang) => ({ ok: false, error: { code: 'internal', message: shellMessages[lang].backendStopped } }),
    onRestart: () => send('backend.restarted'),
    keyStore: systemKeyStore(),
  });
  const relay = createSessionRelay({
    backend,
    onLang: (ownerId, lang) => {
      if (currentWindow()?.webContents.id === ownerId) setAppMenu(lang, currentWindow);
    },
  });

  app.on('second-instance', () => {
    const w = currentWindow();
    if (!w) return;
    if (w.isMinimized()) w.restore();
    w.focus();
  });

  app.whenReady().then(() => {
    installGuards();
    // KOMAK_RENDERER (another renderer build) only from source: the installed app shows its own pages only.
    const rendererOverride = app.isPackaged ? undefined : process.env.KOMAK_RENDERER;
    serveRenderer(rendererOverride ?? join(here, '..', 'renderer'));
    handleCalls(relay, currentWindow);
    setAppMenu('uz', currentWindow);

    const open = () => {
      window = createMainWindow(join(here, '..', 'preload', 'index.cjs'), !app.isPackaged);
      const contentsId = window.webContents.id;
      window.on('closed', () => {
        void relay.forget(contentsId);
        window = null;
      });
      window.webContents.on('render-process-gone', (_e, details) => console.error('[komak] page process gone:', details.reason));
    };
    open();
    app.on('activate', () => {
      if (!currentWindow()) open();
    });
    // A locked or sleeping computer locks the app too: someone else may sit down next.
    powerMonitor.on('lock-screen', () => send('system.locked'));
    powerMonitor.on('suspend', () => send('system.locked'));
    if (process.env.KOMAK_SMOKE_TEST === '1') smokeTest();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Close the database cleanly (WAL checkpoint) before the process ends.
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void backend.close().finally(() => {
      closed = true;
      app.quit();
    });
  });

  /**
   * Used by tests/unit/electron/electron-smoke.test.ts when the real Electron binary is present:
   * loads the page, asks the backend for setup.status through the preload, prints it, quits.
   */
  function smokeTest(): void {
    const w = currentWindow();
    if (!w) return;
    w.webContents.once('did-finish-load', async () => {
      try {
        const result: unknown = await w.webContents.executeJavaScript(
          "Promise.all([window.komak.call('setup.status', {}), Object.keys(window.komak).join(','), typeof require, location.href])",
        );
        console.log(`KOMAK_SMOKE ${JSON.stringify(result)}`);
      } catch (e) {
        console.log(`KOMAK_SMOKE_ERROR ${e instanceof Error ? e.message : String(e)}`);
      }
      app.quit();
    });
  }
}
