// The integrity check of a facility database at open. `PRAGMA quick_check` reads every page: on a
// ten-year facility (1.4 GB, encrypted) that is about 10 seconds, which nobody should wait for at
// every start. A small file is still checked before it is used; a large one is opened at once and
// checked in a worker thread on a read-only connection of its own, and a problem found there puts
// the app in the same "damaged" state (with the restore offer) as a problem found at open.
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
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

// Plain CommonJS so it runs the same from the bundle, from tsx and in Electron; the driver is
// passed as a resolved path because an eval'd worker resolves modules from the working directory.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
let result;
try {
  const Database = require(workerData.driver);
  const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  try {
    if (workerData.key) db.pragma("key = \\"x'" + workerData.key + "'\\"");
    db.pragma('temp_store = MEMORY');
    result = { verdict: String(db.pragma('quick_check', { simple: true })) };
  } finally {
    db.close();
  }
} catch (e) {
  const code = e && e.code;
  result = code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' ? { verdict: code } : { failed: String((e && e.message) || e) };
}
parentPort.postMessage(result);
`;

export type CheckOutcome = { verdict: string } | { failed: string };

/**
 * Runs quick_check on its own read-only connection in a worker thread. `verdict` is 'ok' or what
 * SQLite found; `failed` means the check itself could not run (the caller then checks in-line).
 */
export function quickCheckInWorker(file: string, keyHex: string | undefined): { done: Promise<CheckOutcome>; stop(): Promise<void> } {
  const driver = createRequire(join(import.meta.dirname, 'integrity.js')).resolve('better-sqlite3-multiple-ciphers');
  let worker: Worker;
  try {
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, key: keyHex ?? null, driver } });
  } catch (e) {
    return { done: Promise.resolve({ failed: (e as Error).message }), stop: async () => undefined };
  }
  // The check must never keep a process alive that is otherwise done.
  worker.unref();
  const done = new Promise<CheckOutcome>((resolve) => {
    worker.once('message', (m: CheckOutcome) => resolve(m));
    worker.once('error', (e) => resolve({ failed: e.message }));
    worker.once('exit', (code) => resolve({ failed: `the check stopped (${code})` }));
  });
  return {
    done,
    stop: async () => {
      await worker.terminate();
    },
  };
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
