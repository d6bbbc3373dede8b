import type { ApiResult, Lang } from './core';

/**
 * What the desktop preload exposes as `window.komak`, and nothing more. The renderer's api client
 * uses it when present and falls back to HTTP otherwise.
 */
export interface KomakBridge {
  /**
   * Calls a contract method in the backend. `lang` is the UI language for messages before sign-in
   * (a signed-in user's own setting wins); the session itself is kept by the main process.
   */
  call(method: string, input?: unknown, options?: { lang?: Lang }): Promise<ApiResult<unknown>>;
  /** Listens to one of the allow-listed events; returns a function that stops listening. */
  on(event: BridgeEvent, listener: (payload: unknown) => void): () => void;
}

/**
 * Events the main process may send to the window.
 * - `system.locked`: the computer was locked or is going to sleep; lock the app (sign-in screen).
 * - `backend.restarted`: the data service stopped unexpectedly and was restarted; reload queries.
 */
export const BRIDGE_EVENTS = ['system.locked', 'backend.restarted'] as const;
export type BridgeEvent = (typeof BRIDGE_EVENTS)[number];

export function isBridgeEvent(name: unknown): name is BridgeEvent {
  return typeof name === 'string' && (BRIDGE_EVENTS as readonly string[]).includes(name);
}

/** The one channel for calls, and the one for events; both are private to the preload. */
export const CALL_CHANNEL = 'komak:call';
export const EVENT_CHANNEL = 'komak:event';
