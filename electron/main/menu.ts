import { app, dialog, Menu, type BrowserWindow } from 'electron';
import type { Lang } from '../contract/index';
import { menuTemplate } from './menu-template';
import { shellMessages } from './shell-messages';

/** Sets the application menu in the UI language; called again whenever the language changes. */
export function setAppMenu(lang: Lang, window: () => BrowserWindow | null): void {
  const template = menuTemplate(lang, { devTools: !app.isPackaged, platform: process.platform, onAbout: () => showAbout(lang, window()) });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function showAbout(lang: Lang, parent: BrowserWindow | null): void {
  const m = shellMessages[lang];
  const options = { type: 'info' as const, title: m.about, message: `Komak ${app.getVersion()}`, detail: m.aboutDetail, buttons: [m.ok] };
  void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}
