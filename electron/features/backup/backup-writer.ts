import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { tashkentParts } from '../../contract/format';
import { APP_VERSION } from '../../version';
import type { Keyring } from '../keys/keyring';
import { writeKeyring } from '../keys/keyring';
import { writeCopyInWorker, type WriteAnswer } from './backup-job';
import { backupFileName, backupKeyringPath, writeManifest, type BackupManifest, type BackupReason } from './manifest';

export interface BackupSource {
  dbFile: string;
  keyHex: string | undefined;
  ring: Keyring | null;
}

export class BackupCheckError extends Error {
  constructor(detail: string) {
    super(`The backup failed its check after writing: ${detail}`);
    this.name = 'BackupCheckError';
  }
}

/** Opens a database file read-only with the key (or none): a look at a backup's users before a restore. */
export function openReadOnly(file: string, keyHex: string | undefined): BetterSqlite3.Database {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    if (keyHex) db.pragma(`key = "x'${keyHex}'"`);
    db.pragma('temp_store = MEMORY');
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}

/** Read in pieces: a database of a few gigabytes must not be loaded into memory at once. */
export function sha256Of(file: string): string {
  const hash = createHash('sha256');
  const buf = Buffer.alloc(1 << 20);
  const fd = openSync(file, 'r');
  try {
    for (let n = readSync(fd, buf); n > 0; n = readSync(fd, buf)) hash.update(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

export class BackupCancelledError extends Error {
  constructor() {
    super('The backup was stopped before it was finished; nothing was kept.');
    this.name = 'BackupCancelledError';
  }
}

/** Leftovers of a process stopped while writing (a power cut, a kill): untouched for this long, nobody is writing them. */
const PARTIAL_STALE_MS = 24 * 3600_000;

function removeStalePartials(dir: string, now: number): void {
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.komak.partial')) continue;
    const file = join(dir, name);
    try {
      if (now - statSync(file).mtimeMs > PARTIAL_STALE_MS) rmSync(file, { force: true });
    } catch {
      /* gone meanwhile */
    }
  }
}

/**
 * Writes an encrypted copy with `VACUUM INTO` from a second, read-only connection (the online
 * backup API refuses encrypted databases; VACUUM INTO keeps the cipher and the key, and reads one
 * consistent snapshot while the app keeps working). The copy is reopened with the key and fully
 * integrity-checked before it gets its final name; a copy that fails is removed, never kept. All of
 * that runs in a worker thread (backup-job.ts); `signal` stops it, leaving no file behind. The copy
 * only counts as a backup once its manifest is written, last.
 */
export async function writeBackup(
  source: BackupSource,
  dir: string,
  reason: BackupReason,
  now: Date,
  signal?: AbortSignal,
): Promise<{ path: string; manifest: BackupManifest }> {
  if (signal?.aborted) throw new BackupCancelledError();
  mkdirSync(dir, { recursive: true });
  removeStalePartials(dir, Date.now());
  const { date, time } = tashkentParts(now);
  const seconds = String(now.getUTCSeconds()).padStart(2, '0');
  const path = backupFileName(dir, `${date}_${time.replace(':', '')}${seconds}`, reason);
  const tmp = `${path}.partial`;
  rmSync(tmp, { force: true });
  const job = writeCopyInWorker(source.dbFile, source.keyHex, tmp);
  const cancel = () => job.cancel();
  signal?.addEventListener('abort', cancel);
  let answer: WriteAnswer;
  try {
    answer = await job.done;
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
  if (!('snapshot' in answer) || signal?.aborted) {
    rmSync(tmp, { force: true });
    if ('check' in answer) throw new BackupCheckError(answer.check);
    if ('error' in answer) throw Object.assign(new Error(answer.error), { code: answer.code ?? undefined });
    if ('failed' in answer) throw new Error(`The backup could not run: ${answer.failed}`);
    throw new BackupCancelledError();
  }
  const { snapshot } = answer;
  const manifest: BackupManifest = {
    format: 'komak-backup',
    version: 1,
    createdAt: now.toISOString(),
    reason,
    facility: snapshot.facility,
    appVersion: APP_VERSION,
    migrations: snapshot.migrations,
    encrypted: !!source.keyHex,
    keyId: source.ring?.keyId ?? null,
    counts: snapshot.counts,
    auditHead: snapshot.auditHead,
    file: basename(path),
    bytes: answer.bytes,
    sha256: answer.sha256,
    integrity: 'ok',
  };
  renameSync(tmp, path);
  if (source.ring) writeKeyring(backupKeyringPath(path), source.ring);
  writeManifest(path, manifest);
  return { path, manifest };
}

/** For a database that cannot be read any more: its files are copied aside as they are, before anything replaces them. */
export function copyAside(dbFile: string, dir: string, now: Date): string {
  mkdirSync(dir, { recursive: true });
  const { date, time } = tashkentParts(now);
  const base = join(dir, `komak-${date}_${time.replace(':', '')}-damaged.komak`);
  for (const suffix of ['', '-wal', '-shm', '.keyring']) {
    try {
      copyFileSync(dbFile + suffix, base + suffix);
    } catch {
      /* absent */
    }
  }
  return base;
}
