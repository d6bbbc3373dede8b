// Pure helpers about the app's own origin; no Electron import, so tests load them in plain Node.

/** The renderer is served from this privileged scheme, never from file://. */
export const APP_SCHEME = 'komak';
export const APP_HOST = 'app';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/`;

/** True only for komak://app/… (no credentials, no other host). */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && !parsed.username && !parsed.password;
}

/** The page may move within the app (a full reload of one of its routes); never anywhere else. */
export function navigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

export interface FrameFacts {
  url: string;
  /** True for a window's top-level frame. */
  isMainFrame: boolean;
}

/**
 * An IPC message is trusted only when it comes from our own window's top-level frame showing the
 * app. `senderId` and `windowContentsId` are webContents ids; a frame that is gone counts as foreign.
 */
export function isTrustedSender(senderId: number, windowContentsId: number | null, frame: FrameFacts | null): boolean {
  if (windowContentsId === null || senderId !== windowContentsId) return false;
  if (!frame || !frame.isMainFrame) return false;
  return isAppUrl(frame.url);
}

/** Requests the page may make: its own files, data/blob URLs it creates, and developer tools. */
export function requestAllowed(url: string): boolean {
  if (isAppUrl(url)) return true;
  return /^(data|blob|devtools):/i.test(url);
}
