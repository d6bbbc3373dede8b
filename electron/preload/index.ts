// The page's only door to the app: window.komak = { call, on }. No ipcRenderer, no Node, nothing else.
// Sandboxed preloads may require only 'electron'; the bridge constants are bundled in by esbuild.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CALL_CHANNEL, EVENT_CHANNEL, isBridgeEvent, type KomakBridge } from '../contract/desktop-bridge';

const bridge: KomakBridge = {
  call: (method, input, options) =>
    ipcRenderer.invoke(CALL_CHANNEL, String(method), input ?? {}, options?.lang ? { lang: String(options.lang) } : undefined),
  on: (event, listener) => {
    if (!isBridgeEvent(event)) throw new Error(`Unknown Komak event: ${String(event)}`);
    if (typeof listener !== 'function') throw new Error('A listener function is required.');
    // The IPC event object (with its sender) never reaches the page: only the payload does.
    const relay = (_e: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, relay);
    return () => void ipcRenderer.removeListener(EVENT_CHANNEL, relay);
  },
};

contextBridge.exposeInMainWorld('komak', bridge);
