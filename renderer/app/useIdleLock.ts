import { useEffect, useRef } from 'react';
import { useApiQuery } from '../api/hooks';
import { useSession } from './session';

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;
const CHECK_EVERY_MS = 5_000;
const FALLBACK_MINUTES = 10;

/** Minutes of the facility's idle lock (the backend ends an idle session too, a minute later at most). */
export function useIdleMinutes(): number {
  return useApiQuery('security.settings', {}, { staleTime: 5 * 60_000 }).data?.idleLockMinutes ?? FALLBACK_MINUTES;
}

/**
 * Locks the session after the facility's idle time without input. Time is compared, not counted by a
 * single timer, so a PC that slept past the limit locks as soon as it wakes.
 */
export function useIdleLock(): void {
  const { lock } = useSession();
  const minutes = useIdleMinutes();
  const last = useRef(0);

  useEffect(() => {
    const seen = () => {
      last.current = Date.now();
    };
    seen();
    for (const e of ACTIVITY) window.addEventListener(e, seen, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      if (Date.now() - last.current >= minutes * 60_000) lock('idle');
    }, CHECK_EVERY_MS);
    return () => {
      for (const e of ACTIVITY) window.removeEventListener(e, seen, { capture: true });
      window.clearInterval(timer);
    };
  }, [minutes, lock]);
}
