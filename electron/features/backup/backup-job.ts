// The heavy part of a backup — the VACUUM INTO copy, reopening the copy with the key, its full
// integrity_check, the row counts and the hash — and of checking a backup before a restore, runs in
// a worker thread (db/sqlite-worker.ts) so the backend keeps answering on a large facility. Stopping
// sets a shared flag the worker looks at between steps and answers `cancelled`; a step already
// inside SQLite finishes first. The caller removes an unfinished copy (backup-writer.ts).
import { runSqliteWorker } from '../../../db/sqlite-worker';

export interface Snapshot {
  integrity: string;
  counts: Record<string, number>;
  auditHead: { seq: number; hash: string };
  facility: { name: string; kind: string } | null;
  migrations: string[];
}

const BODY = `
const fs = require('node:fs');
const { createHash } = require('node:crypto');
const flag = new Int32Array(workerData.cancel);
const CANCELLED = { cancelled: true };
function step() {
  if (Atomics.load(flag, 0) === 1) throw CANCELLED;
}
// What a database file holds, after a full integrity check.
function describe(db) {
  const integrity = String(db.pragma('integrity_check', { simple: true }) ?? 'failed');
  step();
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'kysely_%' ORDER BY name")
    .all();
  const counts = {};
  for (const { name } of tables) {
    counts[name] = db.prepare('SELECT count(*) AS n FROM "' + name.replace(/"/g, '""') + '"').get().n;
    step();
  }
  const head = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get();
  const facility = db.prepare('SELECT name, kind FROM facility WHERE id = 1').get() ?? null;
  const migrations = db.prepare('SELECT name FROM kysely_migration ORDER BY name').all().map((r) => r.name);
  return { integrity, counts, auditHead: head ?? { seq: 0, hash: '0'.repeat(64) }, facility, migrations };
}
// Read in pieces: a database of a few gigabytes must not be loaded into memory at once.
function sha256(file) {
  const hash = createHash('sha256');
  const buf = Buffer.alloc(1 << 20);
  const fd = fs.openSync(file, 'r');
  try {
    for (let n = fs.readSync(fd, buf); n > 0; n = fs.readSync(fd, buf)) {
      hash.update(buf.subarray(0, n));
      step();
    }
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}
function write() {
  try {
    const live = openReadOnly(workerData.file, workerData.key);
    try {
      live.prepare('VACUUM INTO ?').run(workerData.tmp);
    } finally {
      live.close();
    }
    step();
  } catch (e) {
    if (e === CANCELLED) throw e;
    return { error: String(e.message), code: e.code ?? null };
  }
  let snapshot;
  try {
    const copy = openReadOnly(workerData.tmp, workerData.key);
    try {
      snapshot = describe(copy);
    } finally {
      copy.close();
    }
  } catch (e) {
    if (e === CANCELLED) throw e;
    return { check: String(e.message) };
  }
  if (snapshot.integrity !== 'ok') return { check: snapshot.integrity };
  // On the disk before it gets its final name: a power cut must not leave a named, empty backup.
  const fd = fs.openSync(workerData.tmp, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return { snapshot, bytes: fs.statSync(workerData.tmp).size, sha256: sha256(workerData.tmp) };
}
function inspect() {
  if (workerData.sha256 && sha256(workerData.file) !== workerData.sha256) return { changed: true };
  let db;
  try {
    db = openReadOnly(workerData.file, workerData.key);
  } catch {
    return { unreadable: true };
  }
  try {
    return { snapshot: describe(db) };
  } catch (e) {
    if (e === CANCELLED) throw e;
    return { unreadable: true };
  } finally {
    db.close();
  }
}
try {
  return workerData.op === 'write' ? write() : inspect();
} catch (e) {
  if (e !== CANCELLED) throw e;
  return CANCELLED;
}
`;

export type WriteAnswer =
  | { snapshot: Snapshot; bytes: number; sha256: string }
  | { check: string }
  | { error: string; code: string | null }
  | { cancelled: true }
  | { failed: string };

export type InspectAnswer = { snapshot: Snapshot } | { changed: true } | { unreadable: true } | { cancelled: true } | { failed: string };

export interface BackupJob<T> {
  done: Promise<T>;
  /** Asks the worker to stop at its next step; `done` then settles with `cancelled` (or the finished answer). */
  cancel(): void;
}

function start<T>(data: Record<string, unknown>): BackupJob<T> {
  const cancel = new SharedArrayBuffer(4);
  const run = runSqliteWorker<T>(BODY, { ...data, cancel }, { keepAlive: true });
  return { done: run.done as Promise<T>, cancel: () => Atomics.store(new Int32Array(cancel), 0, 1) };
}

/** Copies the live database to `tmp` (VACUUM INTO from a read-only connection), then checks, counts and hashes the copy. */
export function writeCopyInWorker(dbFile: string, keyHex: string | undefined, tmp: string): BackupJob<WriteAnswer> {
  return start<WriteAnswer>({ op: 'write', file: dbFile, key: keyHex ?? null, tmp });
}

/** Checks a backup file: its hash when one is expected, then opens it with the key, integrity-checks and counts it. */
export function inspectInWorker(file: string, keyHex: string | undefined, sha256: string | null): BackupJob<InspectAnswer> {
  return start<InspectAnswer>({ op: 'inspect', file, key: keyHex ?? null, sha256 });
}
