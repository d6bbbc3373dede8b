// The desktop session: the main process holds each window's session token, so no script in the page
// can read or leak it (the desktop twin of the HTTP front's HttpOnly cookie). No Electron import.
import { LANGS, type ApiResult, type Lang } from '../contract/index';
import type { BackendCall } from './backend-client';

export interface SessionRelayOptions {
  backend: { call(call: BackendCall): Promise<ApiResult<unknown>> };
  /** The language before anyone signs in. */
  defaultLang?: Lang;
  /** Told when a window's language changes (the application menu follows it). */
  onLang?: (ownerId: number, lang: Lang) => void;
}

export interface SessionRelay {
  /** One call from the window `ownerId` (its webContents id). */
  call(ownerId: number, method: string, input: unknown, lang?: unknown): Promise<ApiResult<unknown>>;
  /** The window is gone: end its session in the backend and forget the token. */
  forget(ownerId: number): Promise<void>;
  langOf(ownerId: number): Lang;
  hasSession(ownerId: number): boolean;
}

interface WindowSession {
  token: string | null;
  lang: Lang;
}

const isLang = (v: unknown): v is Lang => (LANGS as readonly unknown[]).includes(v);

/** Methods whose answer is the signed-in user, whose `lang` the shell follows. */
const USER_ANSWERS = new Set(['auth.me', 'auth.setLanguage']);

export function createSessionRelay(options: SessionRelayOptions): SessionRelay {
  const sessions = new Map<number, WindowSession>();
  const fallback = options.defaultLang ?? 'uz';

  function stateOf(ownerId: number): WindowSession {
    let s = sessions.get(ownerId);
    if (!s) sessions.set(ownerId, (s = { token: null, lang: fallback }));
    return s;
  }

  function setLang(ownerId: number, s: WindowSession, lang: unknown): void {
    if (!isLang(lang) || lang === s.lang) return;
    s.lang = lang;
    options.onLang?.(ownerId, lang);
  }

  function signOut(token: string, lang: Lang): void {
    // Best effort: the session also expires by itself in the backend.
    void options.backend.call({ token, lang, method: 'auth.signOut', input: {} }).catch(() => undefined);
  }

  return {
    async call(ownerId, method, input, lang) {
      const s = stateOf(ownerId);
      setLang(ownerId, s, lang);
      const sentToken = s.token;
      const result = await options.backend.call({ token: sentToken, lang: s.lang, method, input });

      if (method === 'auth.signIn' && result.ok) {
        const { token, ...rest } = result.data as { token?: unknown; user?: { lang?: unknown } };
        // Switching user on a shared PC: the previous person's session ends here.
        if (s.token && s.token !== token) signOut(s.token, s.lang);
        s.token = typeof token === 'string' ? token : null;
        setLang(ownerId, s, rest.user?.lang);
        return { ok: true, data: rest };
      }
      if (method === 'auth.signOut') {
        s.token = null;
        return result;
      }
      if (!result.ok && result.error.code === 'unauthenticated' && sentToken && s.token === sentToken) {
        // Expired or ended elsewhere: forget it so the next sign-in starts clean.
        s.token = null;
      }
      if (result.ok && USER_ANSWERS.has(method)) setLang(ownerId, s, (result.data as { lang?: unknown }).lang);
      return result;
    },

    async forget(ownerId) {
      const s = sessions.get(ownerId);
      sessions.delete(ownerId);
      if (s?.token) signOut(s.token, s.lang);
    },

    langOf: (ownerId) => sessions.get(ownerId)?.lang ?? fallback,
    hasSession: (ownerId) => Boolean(sessions.get(ownerId)?.token),
  };
}
