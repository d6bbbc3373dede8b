import type { Backend } from './backend';
import { LANGS, type ApiResult, type Lang } from './contract/index';
import { translator } from './i18n/index';
import type { DeviceRequest } from './features/keys/device-channel';

/** A call from the main process. The token is the window's session, kept by main and never by the page. */
export interface HostRequest {
  id: number;
  token?: string | null;
  lang?: Lang;
  method: string;
  input: unknown;
}
export interface HostReply {
  id: number;
  result: ApiResult<unknown>;
}
/** Asks the host to close the database (checkpointing the WAL) and exit. */
export interface HostClose {
  close: true;
}

/** The message port of the process: Electron's `process.parentPort` or Node's IPC channel. */
export interface HostPort {
  onMessage(listener: (message: unknown) => void): void;
  postMessage(message: HostReply | DeviceRequest): void;
}

interface ElectronParentPort {
  on(event: 'message', listener: (e: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

/**
 * In Electron's utilityProcess the port is `process.parentPort`; under plain Node (tests, tools) a
 * process forked with an IPC channel works the same way.
 */
export function processPort(): HostPort | null {
  const parentPort = (process as unknown as { parentPort?: ElectronParentPort }).parentPort;
  if (parentPort) {
    return { onMessage: (l) => parentPort.on('message', (e) => l(e.data)), postMessage: (m) => parentPort.postMessage(m) };
  }
  if (process.send) {
    const send = process.send.bind(process);
    return { onMessage: (l) => process.on('message', l), postMessage: (m) => void send(m) };
  }
  return null;
}

/** The database file: `--db=FILE` from main, else KOMAK_DB. */
export function dbFileFrom(argv: readonly string[], env: NodeJS.ProcessEnv): string | null {
  const arg = argv.find((a) => a.startsWith('--db='));
  if (arg && arg.length > 5) return arg.slice(5);
  return env.KOMAK_DB || null;
}

function isRequest(m: unknown): m is HostRequest {
  if (!m || typeof m !== 'object') return false;
  const r = m as Record<string, unknown>;
  return Number.isSafeInteger(r.id) && typeof r.method === 'string' && r.method.length <= 100;
}

function langOf(value: unknown): Lang {
  return (LANGS as readonly unknown[]).includes(value) ? (value as Lang) : 'uz';
}

/**
 * Serves backend calls arriving on the port. The database is opened once; if that fails, every
 * call answers with a storage error in the caller's language instead of the process dying silently.
 */
export function attachHost(port: HostPort, open: () => Promise<Backend>, onClosed: () => void): void {
  const backend = open();
  backend.catch((e: unknown) => {
    // The error's name and message only: no personal data is in them, and they say what went wrong.
    console.error('[komak backend] could not open the database:', e instanceof Error ? `${e.name}: ${e.message}` : e);
  });
  let closing = false;

  port.onMessage((message) => {
    if (message && typeof message === 'object' && (message as HostClose).close === true) {
      if (closing) return;
      closing = true;
      backend
        .then((b) => b.close())
        .catch(() => undefined)
        .finally(onClosed);
      return;
    }
    if (!isRequest(message)) return;
    const { id, token, method, input } = message;
    const lang = langOf(message.lang);
    if (closing) {
      port.postMessage({ id, result: failure(lang, 'internal') });
      return;
    }
    backend.then(
      (b) =>
        b
          .call({ token: typeof token === 'string' ? token : null, lang }, method, input)
          .catch(() => failure(lang, 'internal'))
          .then((result) => port.postMessage({ id, result })),
      () => port.postMessage({ id, result: failure(lang, 'storage') }),
    );
  });
}

function failure(lang: Lang, code: 'storage' | 'internal'): ApiResult<never> {
  return { ok: false, error: { code, message: translator(lang)(`error.${code}`) } };
}
