import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { createBackend, type Backend } from './backend';
import { LANGS, type ApiResult, type Lang } from './contract/index';
import { contentSecurityPolicy, newNonce, withNonce } from './csp';
import { rendererDir } from './paths';
import { SignInLimiter } from './features/lan/rate-limit';
import { translator } from './i18n/index';

export interface ServeOptions {
  dbFile: string;
  port: number;
  host: string;
  key?: string;
  /** An already opened backend (the CLI opens and unlocks it first); closed with the server. */
  backend?: Backend;
  /** HTTPS with the facility's certificate (LAN mode). */
  tls?: { cert: string; key: string };
  /** LAN mode: sign-in attempts are limited per network address. */
  lan?: boolean;
}

export interface RunningServer {
  url: string;
  backend: Backend;
  close(): Promise<void>;
}

const COOKIE = 'komak_session';
const MAX_BODY = 32 * 1024 * 1024; // a 20 MB scan travels base64-encoded
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};
const STATUS: Record<string, number> = {
  validation: 400,
  unknown_method: 404,
  not_found: 404,
  unauthenticated: 401,
  bad_credentials: 401,
  account_locked: 423,
  forbidden: 403,
  conflict: 409,
  already_initialized: 409,
  not_initialized: 409,
  storage: 507,
  internal: 500,
  too_many_requests: 429,
  database_damaged: 503,
  database_too_new: 503,
};

/** The HTTP front: the built renderer and `POST /api/<method>` over the same backend as the desktop. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const backend = options.backend ?? (await createBackend({ dbFile: options.dbFile, key: options.key }));
  const staticRoot = rendererDir();
  const indexHtml = await readFile(join(staticRoot, 'index.html'), 'utf8');

  const limiter = options.lan ? new SignInLimiter() : null;
  const secure = options.tls ? '; Secure' : '';
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((e: unknown) => {
      console.error('[komak serve]', e instanceof Error ? e.message : e);
      if (!res.headersSent)
        send(res, 500, 'application/json', JSON.stringify({ ok: false, error: { code: 'internal', message: 'Internal error' } }));
    });
  };
  const server = options.tls ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, onRequest) : createServer(onRequest);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Frame-Options', 'DENY');
    if (url.pathname.startsWith('/api/')) return api(req, res, url.pathname.slice(5));
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed');
    const file = safeJoin(staticRoot, decodeURIComponent(url.pathname));
    if (file && extname(file) && file !== join(staticRoot, 'index.html')) {
      try {
        const body = await readFile(file);
        res.setHeader('Cache-Control', url.pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
        return send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', body);
      } catch {
        return send(res, 404, 'text/plain', 'Not found');
      }
    }
    // Client-side routes all get the app page, with a fresh nonce each time.
    const nonce = newNonce();
    res.setHeader('Content-Security-Policy', contentSecurityPolicy(nonce));
    res.setHeader('Cache-Control', 'no-store');
    return send(res, 200, TYPES['.html']!, withNonce(indexHtml, nonce));
  }

  async function api(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    if (req.method !== 'POST') return send(res, 405, 'text/plain', 'Use POST');
    // A JSON content type cannot be sent cross-site without a preflight we never answer; with the
    // SameSite=Strict cookie this closes cross-site request forgery.
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'text/plain', 'Send JSON');
    const origin = req.headers.origin;
    if (origin && new URL(origin).host !== req.headers.host) return send(res, 403, 'text/plain', 'Cross-origin request refused');
    let input: unknown;
    try {
      const raw = await readBody(req);
      input = raw.length ? JSON.parse(raw) : {};
    } catch {
      return sendResult(res, { ok: false, error: { code: 'validation', message: 'The request body is not valid JSON.' } });
    }
    const langHeader = String(req.headers['x-komak-lang'] ?? '');
    const lang = (LANGS as readonly string[]).includes(langHeader) ? (langHeader as Lang) : undefined;
    const token = cookieValue(req.headers.cookie, COOKIE);
    // The socket's own address: a forwarded-for header could be anything a device wants.
    const address = req.socket.remoteAddress ?? 'unknown';
    if (limiter && method === 'auth.signIn') {
      const wait = limiter.retryAfter(address, Date.now());
      if (wait !== null) {
        res.setHeader('Retry-After', String(wait));
        const message = translator(lang ?? 'uz')('error.too_many_requests');
        return sendResult(res, { ok: false, error: { code: 'too_many_requests', message } });
      }
    }
    const result = await backend.call({ token, lang }, method, input);
    if (limiter && method === 'auth.signIn') limiter.record(address, result.ok, Date.now());
    if (result.ok && method === 'auth.signIn') {
      const { token: newToken, ...rest } = result.data as { token: string };
      res.setHeader('Set-Cookie', `${COOKIE}=${newToken}; HttpOnly; SameSite=Strict; Path=/${secure}`);
      return sendResult(res, { ok: true, data: rest });
    }
    if (method === 'auth.signOut' || (!result.ok && result.error.code === 'unauthenticated' && token)) {
      res.setHeader('Set-Cookie', `${COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0${secure}`);
    }
    return sendResult(res, result);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `${options.tls ? 'https' : 'http'}://${options.host}:${port}`,
    backend,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await backend.close();
    },
  };
}

function sendResult(res: ServerResponse, result: ApiResult<unknown>): void {
  send(res, result.ok ? 200 : (STATUS[result.error.code] ?? 400), 'application/json; charset=utf-8', JSON.stringify(result));
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

function safeJoin(root: string, path: string): string | null {
  const full = normalize(join(root, path));
  return full === root || full.startsWith(root + sep) ? full : null;
}

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=') || null;
  }
  return null;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
