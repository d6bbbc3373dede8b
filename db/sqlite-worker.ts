// Long SQLite work (checking or copying a 1.4 GB facility database takes tens of seconds) runs in a
// worker thread on a connection of its own, so the backend keeps answering meanwhile. Used by the
// integrity check at open (db/integrity.ts) and by backups (electron/features/backup/backup-job.ts).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

// Plain CommonJS so it runs the same from the bundle, from tsx and in Electron; the driver is
// passed as a resolved path because an eval'd worker resolves modules from the working directory.
const PRELUDE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
function openReadOnly(file, key) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    if (key) db.pragma("key = \\"x'" + key + "'\\"");
    // Sorts and temporary indexes stay in memory: SQLite's temp files would not be encrypted.
    db.pragma('temp_store = MEMORY');
    // The worker reads every page once, in order: a large page cache only adds to the process's
    // peak memory (better-sqlite3's default is 16 MB per connection; VACUUM INTO gives its target the same).
    db.pragma('cache_size = -2048');
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}
`;

/**
 * The worker's own JavaScript needs little (counts, a manifest, a hash read in 1 MB pieces); its
 * heap is kept small so a check or a backup does not raise the app's peak memory with a young
 * generation sized for the whole machine.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 64 };

export interface SqliteWorkerRun<T> {
  /** The body's answer, or `failed` when the worker could not run or stopped without one. */
  done: Promise<T | { failed: string }>;
  /** Ends the worker; a native SQLite call in progress finishes first. */
  stop(): Promise<void>;
}

/**
 * Runs `body` (CommonJS source with `workerData`, `Database` and `openReadOnly(file, keyHex)` in
 * scope, returning a structured-cloneable answer) in a worker thread. A check nobody waits for
 * must not keep a process alive that is otherwise done (`keepAlive: false`); a backup the CLI
 * waits for must (otherwise Node would exit with the backup half done).
 */
export function runSqliteWorker<T>(body: string, data: Record<string, unknown>, opts: { keepAlive: boolean }): SqliteWorkerRun<T> {
  const driver = createRequire(join(import.meta.dirname, 'sqlite-worker.js')).resolve('better-sqlite3-multiple-ciphers');
  const source = `${PRELUDE}
let answer;
try {
  answer = (function () {
${body}
  })();
} catch (e) {
  answer = { failed: String((e && e.message) || e) };
}
parentPort.postMessage(answer);
`;
  let worker: Worker;
  try {
    worker = new Worker(source, { eval: true, workerData: { ...data, driver }, resourceLimits: WORKER_LIMITS });
  } catch (e) {
    return { done: Promise.resolve({ failed: (e as Error).message }), stop: async () => undefined };
  }
  if (!opts.keepAlive) worker.unref();
  const done = new Promise<T | { failed: string }>((resolve) => {
    worker.once('message', (m: T) => resolve(m));
    worker.once('error', (e) => resolve({ failed: e.message }));
    worker.once('exit', (code) => resolve({ failed: `the worker stopped (${code})` }));
  });
  return {
    done,
    stop: async () => {
      await worker.terminate();
    },
  };
}
