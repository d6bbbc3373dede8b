// Talks to the backend process (Electron's utilityProcess; a forked Node process in tests). No
// Electron import: the process is reached through the small ChildLike interface.
import type { ApiResult, Lang } from '../contract/index';
import type { HostReply, HostRequest } from '../backend-host-core';
import { answerDevice, isDeviceRequest, type KeyStore } from '../features/keys/device-channel';

export interface ChildLike {
  postMessage(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

export interface BackendCall {
  token?: string | null;
  lang: Lang;
  method: string;
  input: unknown;
}

export interface BackendClient {
  call(call: BackendCall): Promise<ApiResult<unknown>>;
  /** Lets running calls finish, asks the process to close the database, and waits for it to exit. */
  close(timeoutMs?: number): Promise<void>;
}

export interface BackendClientOptions {
  spawn: () => ChildLike;
  /** The answer when the process is gone: a message in the caller's language. */
  unavailable: (lang: Lang) => ApiResult<never>;
  /** Told when a process that had died was started again (the window may reload its data). */
  onRestart?: () => void;
  /** More crashes than this within a minute and it is not started again (a broken install or disk). */
  maxCrashesPerMinute?: number;
  now?: () => number;
  /** Protects the database key for this PC's user (safeStorage), asked for by the backend process. */
  keyStore?: KeyStore;
}

interface Pending {
  resolve: (r: ApiResult<unknown>) => void;
  lang: Lang;
}

export function createBackendClient(options: BackendClientOptions): BackendClient {
  const now = options.now ?? Date.now;
  const maxCrashes = options.maxCrashesPerMinute ?? 3;
  const pending = new Map<number, Pending>();
  const crashes: number[] = [];
  let child: ChildLike | null = null;
  let crashed = false;
  let closing = false;
  let nextId = 1;
  let drained: (() => void) | null = null;

  function start(): ChildLike | null {
    if (child) return child;
    const recent = crashes.filter((t) => now() - t < 60_000);
    if (recent.length > maxCrashes) return null;
    const c = options.spawn();
    c.onMessage((m) => {
      if (isDeviceRequest(m)) return answerDevice(m, options.keyStore, (r) => c.postMessage(r));
      const reply = m as HostReply;
      if (!reply || typeof reply !== 'object' || !Number.isSafeInteger(reply.id)) return;
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      p.resolve(reply.result);
      if (pending.size === 0) drained?.();
    });
    c.onExit(() => {
      if (child !== c) return;
      child = null;
      if (!closing) {
        crashes.push(now());
        crashed = true;
      }
      // Whatever was in flight has no answer coming; the caller is told, never left waiting.
      for (const [id, p] of pending) {
        pending.delete(id);
        p.resolve(options.unavailable(p.lang));
      }
      drained?.();
    });
    child = c;
    if (crashed) {
      crashed = false;
      options.onRestart?.();
    }
    return c;
  }

  return {
    call({ token, lang, method, input }) {
      if (closing) return Promise.resolve(options.unavailable(lang));
      const c = start();
      if (!c) return Promise.resolve(options.unavailable(lang));
      const id = nextId++;
      const request: HostRequest = { id, token: token ?? null, lang, method, input };
      return new Promise((resolve) => {
        pending.set(id, { resolve, lang });
        try {
          c.postMessage(request);
        } catch {
          // An input that cannot be cloned, or a port already closed.
          pending.delete(id);
          resolve(options.unavailable(lang));
        }
      });
    },

    async close(timeoutMs = 5000) {
      closing = true;
      const c = child;
      if (!c) return;
      const deadline = new Promise<void>((r) => setTimeout(r, timeoutMs).unref?.());
      if (pending.size > 0) await Promise.race([new Promise<void>((r) => (drained = r)), deadline]);
      const exited = new Promise<void>((r) => c.onExit(() => r()));
      c.postMessage({ close: true });
      await Promise.race([exited, deadline]);
      if (child === c) c.kill();
    },
  };
}
