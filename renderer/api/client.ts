// The one way the renderer reaches the backend: over the desktop bridge when present, else HTTP.
// Types come from the contract (type-only imports: nothing of zod ends up in the bundle).
import type { ApiResult, ErrorCode, Input, Lang, MethodName, Output } from '../../electron/contract/index';
import type { KomakBridge } from '../../electron/contract/desktop-bridge';

// The desktop preload's bridge; the session token stays in the main process.
declare global {
  interface Window {
    komak?: KomakBridge;
  }
}

/** The token never reaches the renderer: the desktop keeps it per window, browsers hold an HttpOnly cookie. */
export type ClientOutput<M extends MethodName> = M extends 'auth.signIn' ? Omit<Output<M>, 'token'> : Output<M>;

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode | 'network',
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let currentLang: Lang = 'uz';
/** The UI language, sent so messages before sign-in (validation, wrong password) come back in it. */
export function setRequestLanguage(lang: Lang): void {
  currentLang = lang;
}

type Listener = (error: ApiError, method: MethodName) => void;
const errorListeners = new Set<Listener>();
/** Lets the session layer react to `unauthenticated` from any call, wherever it was made. */
export function onApiError(listener: Listener): () => void {
  errorListeners.add(listener);
  return () => errorListeners.delete(listener);
}

async function overHttp(method: string, input: unknown): Promise<ApiResult<unknown>> {
  let res: Response;
  try {
    res = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Komak-Lang': currentLang },
      body: JSON.stringify(input ?? {}),
      credentials: 'same-origin',
    });
  } catch {
    return { ok: false, error: { code: 'network' as ErrorCode, message: '' } };
  }
  try {
    return (await res.json()) as ApiResult<unknown>;
  } catch {
    return { ok: false, error: { code: 'internal', message: '' } };
  }
}

export async function call<M extends MethodName>(method: M, input: Input<M>): Promise<ClientOutput<M>> {
  const result = window.komak ? await window.komak.call(method, input, { lang: currentLang }) : await overHttp(method, input);
  if (result.ok) return result.data as ClientOutput<M>;
  const error = new ApiError(result.error.code, result.error.message, result.error.fields);
  for (const listener of errorListeners) listener(error, method);
  throw error;
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}
