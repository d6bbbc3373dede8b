// Serves the built renderer for the komak:// protocol as a Fetch handler (Request → Response). It has
// no Electron import, so tests call it in plain Node exactly as Electron's protocol.handle would.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { contentSecurityPolicy, newNonce, withNonce } from '../csp';
import { APP_HOST, APP_SCHEME } from './app-url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export interface RendererHandlerOptions {
  /** The folder holding index.html and assets/. */
  root: string;
  /** Injected in tests; a fresh random nonce per page otherwise. */
  nonce?: () => string;
}

/**
 * komak://app/<file> gives the file; any other path (a client-side route) gives index.html with a
 * fresh nonce in both the Content-Security-Policy header and the page's meta tag.
 */
export function createRendererHandler(options: RendererHandlerOptions): (request: Request) => Promise<Response> {
  const root = normalize(options.root);
  const nonce = options.nonce ?? newNonce;

  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plain(400, 'Bad request');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, 'Not found');
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');

    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return plain(400, 'Bad request');
    }
    const file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) return plain(404, 'Not found');

    const isIndex = file === join(root, 'index.html');
    if (extname(file) && !isIndex) {
      try {
        const body = await readFile(file);
        return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
          status: 200,
          headers: headers(TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', {
            'Cache-Control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
          }),
        });
      } catch {
        return plain(404, 'Not found');
      }
    }

    let html: string;
    try {
      html = await readFile(join(root, 'index.html'), 'utf8');
    } catch {
      return plain(500, 'The app page is missing; reinstall Komak.');
    }
    const n = nonce();
    return new Response(request.method === 'HEAD' ? null : withNonce(html, n), {
      status: 200,
      headers: headers(TYPES['.html']!, { 'Content-Security-Policy': contentSecurityPolicy(n), 'Cache-Control': 'no-store' }),
    });
  };
}

function headers(type: string, extra: Record<string, string>): Headers {
  return new Headers({ 'Content-Type': type, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', ...extra });
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: headers('text/plain; charset=utf-8', {}) });
}
