// The hardened window, as plain data: tests read it without the Electron binary. Type imports only.
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

export interface WindowOptionsInput {
  preload: string;
  /** Developer tools only when running from source, never in the installed app. */
  devTools: boolean;
  title?: string;
}

export function webPreferences(input: WindowOptionsInput): WebPreferences {
  return {
    preload: input.preload,
    // The page cannot reach Node or the preload's scope; it is an ordinary sandboxed web page.
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    // Personal data must not go to a cloud spell-check service; the OS checker is not needed either.
    spellcheck: false,
    plugins: false,
    enableWebSQL: false,
    safeDialogs: true,
    // A middle click on a link must not open anything (new windows are refused as well, in guards.ts).
    disableBlinkFeatures: 'Auxclick',
    devTools: input.devTools,
  };
}

export function mainWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: input.title ?? 'Komak',
    width: 1280,
    height: 760,
    minWidth: 800,
    minHeight: 560,
    // Shown once the first paint is ready, so no white flash.
    show: false,
    backgroundColor: '#f5f6f8',
    autoHideMenuBar: false,
    webPreferences: webPreferences(input),
  };
}
