// The integrity check of a facility database at open. `PRAGMA quick_check` reads every page: on a
// ten-year facility (1.4 GB, encrypted) that is about 10 seconds, which nobody should wait for at
// every start. A small file is still checked before it is used; a large one is opened at once and
// checked in a worker thread on a read-only connection of its own, and a problem found there puts
// the app in the same "damaged" state (with the restore offer) as a problem found at open.
import { statSync } from 'node:fs';
import { runSqliteWorker, type SqliteWorkerRun } from './sqlite-worker';
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';

/** Files up to this size are checked before use (well under half a second here). */
export const CHECK_BEFORE_USE_MAX_BYTES = 64 * 1024 * 1024;

export function checksInBackground(file: string, limit = CHECK_BEFORE_USE_MAX_BYTES): boolean {
  try {
    return statSync(file).size > limit;
  } catch {
    return false;
  }
}

// The body runs in db/sqlite-worker.ts's worker with its own read-only connection.
const QUICK_CHECK = `
  try {
    const db = openReadOnly(workerData.file, workerData.key);
    try {
      return { verdict: String(db.pragma('quick_check', { simple: true })) };
    } finally {
      db.close();
    }
  } catch (e) {
    const code = e && e.code;
    return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' ? { verdict: code } : { failed: String((e && e.message) || e) };
  }
`;

export type CheckOutcome = { verdict: string } | { failed: string };

/**
 * Runs quick_check on its own read-only connection in a worker thread. `verdict` is 'ok' or what
 * SQLite found; `failed` means the check itself could not run (the caller then checks in-line).
 */
export function quickCheckInWorker(file: string, keyHex: string | undefined): SqliteWorkerRun<CheckOutcome> {
  return runSqliteWorker<CheckOutcome>(QUICK_CHECK, { file, key: keyHex ?? null }, { keepAlive: false });
}

/**
 * The background check of an open database: `onDamage` gets SQLite's finding unless it is 'ok'.
 * When the worker cannot run (an unusual runtime), the check is done on `raw` instead: late, never skipped.
 */
export function checkInBackground(
  file: string,
  keyHex: string | undefined,
  raw: BetterSqlite3.Database,
  onDamage: (verdict: string) => Promise<void>,
): { done: Promise<void>; stop(): Promise<void> } {
  const run = quickCheckInWorker(file, keyHex);
  let stopped = false;
  const done = run.done.then(async (outcome) => {
    if (stopped) return;
    const verdict = 'verdict' in outcome ? outcome.verdict : (raw.pragma('quick_check', { simple: true }) as string);
    if (verdict === 'ok') return;
    console.error('[komak] the integrity check found damage:', verdict);
    await onDamage(verdict);
  });
  return {
    done,
    stop: async () => {
      stopped = true;
      await run.stop();
    },
  };
}
