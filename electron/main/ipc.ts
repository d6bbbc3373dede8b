// The one IPC channel. Every call is checked to come from our window's top-level frame showing
// komak://app, then relayed (with that window's session token, which only main holds) to the backend.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { CALL_CHANNEL } from '../contract/desktop-bridge';
import type { ApiResult } from '../contract/index';
import { isTrustedSender } from './app-url';
import type { SessionRelay } from './session-relay';
import { shellMessages } from './shell-messages';

export function handleCalls(relay: SessionRelay, window: () => BrowserWindow | null): void {
  ipcMain.handle(
    CALL_CHANNEL,
    async (event: IpcMainInvokeEvent, method: unknown, input: unknown, options: unknown): Promise<ApiResult<unknown>> => {
      const win = window();
      const frame = event.senderFrame;
      const trusted = isTrustedSender(
        event.sender.id,
        win && !win.isDestroyed() ? win.webContents.id : null,
        frame ? { url: frame.url, isMainFrame: frame.parent === null } : null,
      );
      const lang = relay.langOf(event.sender.id);
      if (!trusted) {
        console.warn('[komak] refused a call from a foreign frame');
        return { ok: false, error: { code: 'forbidden', message: shellMessages[lang].foreignSender } };
      }
      const requestedLang = options && typeof options === 'object' ? (options as { lang?: unknown }).lang : undefined;
      // The backend answers an unknown or malformed method name with its own error.
      return relay.call(event.sender.id, typeof method === 'string' ? method.slice(0, 100) : '', input, requestedLang);
    },
  );
}
