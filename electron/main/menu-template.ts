// The application menu as plain data in the UI language; menu.ts hands it to Electron. Type imports only.
import type { MenuItemConstructorOptions } from 'electron';
import type { Lang } from '../contract/index';
import { shellMessages } from './shell-messages';

export interface MenuActions {
  onAbout: () => void;
  /** Developer tools when running from source only. */
  devTools: boolean;
  /** macOS puts Quit under the application menu; elsewhere it lives under File. */
  platform: NodeJS.Platform;
}

export function menuTemplate(lang: Lang, actions: MenuActions): MenuItemConstructorOptions[] {
  const m = shellMessages[lang];
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: m.reload },
    { type: 'separator' },
    { role: 'resetZoom', label: m.actualSize },
    { role: 'zoomIn', label: m.zoomIn },
    { role: 'zoomOut', label: m.zoomOut },
    { type: 'separator' },
    { role: 'togglefullscreen', label: m.fullScreen },
  ];
  if (actions.devTools) view.push({ type: 'separator' }, { role: 'toggleDevTools', label: m.devTools });

  const template: MenuItemConstructorOptions[] = [
    { label: m.file, submenu: [{ role: 'quit', label: m.quit }] },
    {
      label: m.edit,
      submenu: [
        { role: 'undo', label: m.undo },
        { role: 'redo', label: m.redo },
        { type: 'separator' },
        { role: 'cut', label: m.cut },
        { role: 'copy', label: m.copy },
        { role: 'paste', label: m.paste },
        { type: 'separator' },
        { role: 'selectAll', label: m.selectAll },
      ],
    },
    { label: m.view, submenu: view },
    { label: m.help, role: 'help', submenu: [{ label: m.about, click: () => actions.onAbout() }] },
  ];
  if (actions.platform === 'darwin') {
    template[0] = {
      label: 'Komak',
      submenu: [{ label: m.about, click: () => actions.onAbout() }, { type: 'separator' }, { role: 'quit', label: m.quit }],
    };
  }
  return template;
}
