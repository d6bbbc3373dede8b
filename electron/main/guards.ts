// Hardening applied to every web page Electron creates and to the session they share.
import { app, session, type Session, type WebContents } from 'electron';
import { navigationAllowed, requestAllowed } from './app-url';

/** No page may leave the app, open windows, embed webviews or gain any permission. */
export function installGuards(): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
  guardSession(session.defaultSession);
}

export function guardContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!navigationAllowed(url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    // A frame inside the page may show a blob: (a PDF preview, say); the page itself stays on the app.
    const allowed = navigationAllowed(event.url) || (!event.isMainFrame && /^(about:blank|blob:)/.test(event.url));
    if (!allowed) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!navigationAllowed(url)) event.preventDefault();
  });
  // window.open, target=_blank and middle-clicks: denied. Nothing in Komak needs a second window.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function guardSession(ses: Session): void {
  // Camera, microphone, notifications, geolocation, clipboard reads, HID, serial, USB: all refused.
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.setDisplayMediaRequestHandler((_request, callback) => callback({}));
  // Belt and braces behind the CSP: the page reaches nothing on the network, only komak://app.
  ses.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => callback({ cancel: !requestAllowed(details.url) }));
  ses.setSpellCheckerEnabled(false);
}
