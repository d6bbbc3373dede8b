// The app is served from komak://app/ (a privileged, standard, secure scheme), never from file://.
import { protocol } from 'electron';
import { APP_SCHEME } from './app-url';
import { createRendererHandler } from './renderer-files';

/** Must run before the app is ready. No bypassCSP: the page's own policy applies in full. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, createRendererHandler({ root: rendererRoot }));
}
