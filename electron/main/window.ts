import { BrowserWindow, screen } from 'electron';
import { APP_URL } from './app-url';
import { mainWindowOptions } from './window-options';

/** The one window: hardened options, the app URL, shown when painted, maximised on small screens. */
export function createMainWindow(preload: string, devTools: boolean): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions({ preload, devTools }));
  const area = screen.getPrimaryDisplay().workAreaSize;
  window.once('ready-to-show', () => {
    // Office PCs at 1366×768 get the whole screen rather than a window that does not fit.
    if (area.width <= 1440 || area.height <= 900) window.maximize();
    window.show();
  });
  void window.loadURL(APP_URL);
  return window;
}
