import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { SessionUser } from '../../electron/contract/auth.contract';
import { ApiError, call, onApiError } from '../api/client';
import { applyLanguage } from '../i18n/index';
import { clearDrafts } from '../components/drafts';

export type SignOutReason = 'user' | 'expired' | 'locked';

interface SessionState {
  user: SessionUser | null;
  loading: boolean;
  /** Why the last session ended, so the sign-in screen can say it. */
  endedBecause: SignOutReason | null;
  signedIn(user: SessionUser): Promise<void>;
  signOut(): Promise<void>;
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
    const offLock = bridge.on('system.locked', () => {
      if (!client.getQueryData(SESSION_KEY)) return;
      void call('auth.signOut', {}).catch(() => undefined);
      setEndedBecause('locked');
      client.setQueryData(SESSION_KEY, null);
    });
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
        // Another user's cached answers must never show: start clean.
        client.removeQueries({
          predicate: (q) => q.queryKey[0] !== 'session' && q.queryKey[0] !== 'setup.status' && q.queryKey[0] !== 'reference.places',
        });
        client.setQueryData(SESSION_KEY, u);
      },
      async signOut() {
        try {
          await call('auth.signOut', {});
        } catch {
          /* the session is gone either way */
        }
        if (user) clearDrafts(user.id);
        // The next person starts on the home page, not on whatever page this one left open.
        window.history.replaceState(null, '', '/');
        setEndedBecause('user');
        client.removeQueries({
          predicate: (q) => q.queryKey[0] !== 'session' && q.queryKey[0] !== 'setup.status' && q.queryKey[0] !== 'reference.places',
        });
        client.setQueryData(SESSION_KEY, null);
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
