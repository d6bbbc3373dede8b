import { useCallback, useEffect, useMemo, useState } from 'react';

// Form drafts live in sessionStorage: they survive a reload, a renderer crash and an idle sign-out in this
// window, and vanish when the window closes. Passwords are never stored (`never`).
const PREFIX = 'komak.draft.';

function read<T>(key: string): Partial<T> | null {
  try {
    const raw = sessionStorage.getItem(PREFIX + key);
    return raw ? (JSON.parse(raw) as Partial<T>) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown | null): void {
  try {
    if (value === null) sessionStorage.removeItem(PREFIX + key);
    else sessionStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    /* storage full or disabled: the form still works, only without a draft */
  }
}

/** Forgets every draft of a user (on an explicit sign-out, not on an expired session). */
export function clearDrafts(scope: string | number): void {
  try {
    for (const k of Object.keys(sessionStorage)) if (k.startsWith(`${PREFIX}${scope}.`)) sessionStorage.removeItem(k);
  } catch {
    /* nothing to clear */
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface Draft<T> {
  value: T;
  set(patch: Partial<T>): void;
  /** True when the form differs from what it started with: leaving would lose something. */
  dirty: boolean;
  /** True when the form opened with a kept draft, so the page can say so. */
  restored: boolean;
  /** Drops the draft (after saving, or when the user discards it). */
  reset(next?: T): void;
}

/**
 * Form state that is kept as a draft under `key` (`<user id>.<form>`), or not kept at all when key is null.
 * `initial` must be stable (memoised) for a given form.
 */
export function useDraft<T extends object>(key: string | null, initial: T, never: (keyof T)[] = []): Draft<T> {
  const [restored] = useState(() => (key ? read<T>(key) !== null : false));
  const [value, setValue] = useState<T>(() => ({ ...initial, ...(key ? read<T>(key) : null) }));
  const neverKey = never.join('|');

  useEffect(() => {
    if (!key) return;
    const omitted = neverKey.split('|');
    const kept = { ...value } as Record<string, unknown>;
    const base = { ...initial } as Record<string, unknown>;
    for (const k of omitted) {
      delete kept[k];
      delete base[k];
    }
    write(key, same(kept, base) ? null : kept);
  }, [key, value, initial, neverKey]);

  const set = useCallback((patch: Partial<T>) => setValue((v) => ({ ...v, ...patch })), []);
  const reset = useCallback(
    (next?: T) => {
      if (key) write(key, null);
      setValue(next ?? initial);
    },
    [key, initial],
  );
  const dirty = useMemo(() => !same(value, initial), [value, initial]);
  return { value, set, dirty, restored, reset };
}
