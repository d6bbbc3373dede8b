import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { SessionUser } from '../../electron/contract/auth.contract';
import { ApiError, call, onApiError } from '../api/client';
import { applyLanguage } from '../i18n/index';
import { clearDrafts } from '../components/drafts';

export type SignOutReason = 'user' | 'expired' | 'locked' | 'idle' | 'switch';

// Whose session ended while keeping the page and drafts (idle lock, expiry): if someone else signs in
// next, they start on the home page instead of the previous person's open record.
const LEFT_BY_KEY = 'komak.leftBy';

function rememberLeftBy(userId: number | undefined): void {
  try {
    if (userId !== undefined) sessionStorage.setItem(LEFT_BY_KEY, String(userId));
  } catch {
    /* storage disabled: the next person starts on the page left open */
  }
}

function takeLeftBy(): string | null {
  try {
    const v = sessionStorage.getItem(LEFT_BY_KEY);
    sessionStorage.removeItem(LEFT_BY_KEY);
    return v;
  } catch {
    return null;
  }
}

interface SessionState {
  user: SessionUser | null;
  loading: boolean;
  /** Why the last session ended, so the sign-in screen can say it. */
  endedBecause: SignOutReason | null;
  signedIn(user: SessionUser): Promise<void>;
  signOut(): Promise<void>;
  /** Idle lock (or the computer locked): back to sign-in, keeping this user's page and drafts. */
  lock(reason: 'idle' | 'locked'): void;
  /** A shared PC: the next person signs in; this user's drafts stay theirs and are never shown to others. */
  switchUser(): Promise<void>;
  updateUser(user: SessionUser): void;
}

const SessionContext = createContext<SessionState | null>(null);
const SESSION_KEY = ['session'] as const;

async function loadSession(): Promise<SessionUser | null> {
  try {
    return await call('auth.me', {});
  } catch (e) {
    if (e instanceof ApiError && e.code === 'unauthenticated') return null;
    throw e;
  }
}

/** Drops every cached answer but those the sign-in screen needs. */
function forgetAnswers(client: QueryClient): void {
  client.removeQueries({
    predicate: (q) => q.queryKey[0] !== 'session' && q.queryKey[0] !== 'setup.status' && q.queryKey[0] !== 'reference.places',
  });
}

/** Signs out for good (or to switch user): the next person starts on the home page with nothing cached. */
async function endSession(client: QueryClient, clearDraftsOf: SessionUser | null): Promise<void> {
  try {
    await call('auth.signOut', {});
  } catch {
    /* the session is gone either way */
  }
  if (clearDraftsOf) clearDrafts(clearDraftsOf.id);
  window.history.replaceState(null, '', '/');
  forgetAnswers(client);
  client.setQueryData(SESSION_KEY, null);
}

function lockNow(client: QueryClient, setEndedBecause: (r: SignOutReason) => void, reason: 'idle' | 'locked'): void {
  const user = client.getQueryData<SessionUser | null>(SESSION_KEY);
  if (!user) return;
  // The backend session ends now (not only the screen); drafts and the open page stay for this user.
  void call('auth.signOut', {}).catch(() => undefined);
  rememberLeftBy(user.id);
  setEndedBecause(reason);
  client.setQueryData(SESSION_KEY, null);
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const [endedBecause, setEndedBecause] = useState<SignOutReason | null>(null);
  const query = useQuery({ queryKey: SESSION_KEY, queryFn: loadSession, staleTime: Infinity, retry: false });
  const user = query.data ?? null;

  // The user's own language wins once signed in; it is also remembered on this PC for the next sign-in screen.
  useEffect(() => {
    if (user) void applyLanguage(user.lang);
  }, [user]);

  // Any call can find the session gone (expired, password reset, deactivated): back to sign-in, keep drafts.
  useEffect(
    () =>
      onApiError((e, method) => {
        if (e.code !== 'unauthenticated' || method === 'auth.me' || method === 'auth.signOut') return;
        rememberLeftBy(client.getQueryData<SessionUser | null>(SESSION_KEY)?.id);
        setEndedBecause('expired');
        client.setQueryData(SESSION_KEY, null);
      }),
    [client],
  );

  // The desktop shell says when the computer is locked or goes to sleep: lock the app too (drafts stay),
  // and when the data service was restarted: ask again for everything on screen.
  useEffect(() => {
    const bridge = window.komak;
    if (!bridge) return;
    const offLock = bridge.on('system.locked', () => lockNow(client, setEndedBecause, 'locked'));
    const offRestart = bridge.on('backend.restarted', () => void client.invalidateQueries());
    return () => {
      offLock();
      offRestart();
    };
  }, [client]);

  const value = useMemo<SessionState>(
    () => ({
      user,
      loading: query.isPending,
      endedBecause,
      async signedIn(u) {
        setEndedBecause(null);
        const leftBy = takeLeftBy();
        if (leftBy !== null && leftBy !== String(u.id)) window.history.replaceState(null, '', '/');
        // Another user's cached answers must never show: start clean.
        forgetAnswers(client);
        client.setQueryData(SESSION_KEY, u);
      },
      async signOut() {
        await endSession(client, user);
        setEndedBecause('user');
      },
      lock(reason) {
        lockNow(client, setEndedBecause, reason);
      },
      async switchUser() {
        // Unlike signing out, this user's drafts are kept for their return; they are keyed by user id,
        // so the next person never sees them.
        await endSession(client, null);
        setEndedBecause('switch');
      },
      updateUser(u) {
        client.setQueryData(SESSION_KEY, u);
      },
    }),
    [user, query.isPending, endedBecause, client],
  );
  if (query.isError) throw query.error;
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

/** For pages inside the shell, where a user is always signed in. */
export function useSignedInUser(): SessionUser {
  const { user } = useSession();
  if (!user) throw new Error('No signed-in user');
  return user;
}
