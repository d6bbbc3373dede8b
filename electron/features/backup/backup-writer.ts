import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { tashkentParts } from '../../contract/format';
import { APP_VERSION } from '../../version';
import type { Keyring } from '../keys/keyring';
import { writeKeyring } from '../keys/keyring';
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

/** Opens a database file read-only with the key (or none), for checking and counting. */
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

export interface Snapshot {
  integrity: string;
  counts: Record<string, number>;
  auditHead: { seq: number; hash: string };
  facility: { name: string; kind: string } | null;
  migrations: string[];
}

/** What a database file holds, after a full integrity check; throws when it cannot be read with the key. */
export function describeDatabase(db: BetterSqlite3.Database): Snapshot {
  const integrity = (db.pragma('integrity_check', { simple: true }) as string) ?? 'failed';
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'kysely_%' ORDER BY name`)
    .all() as Array<{ name: string }>;
  const counts: Record<string, number> = {};
  for (const { name } of tables)
    counts[name] = (db.prepare(`SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}"`).get() as { n: number }).n;
  const head = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  const facility = (db.prepare('SELECT name, kind FROM facility WHERE id = 1').get() as { name: string; kind: string } | undefined) ?? null;
  const migrations = (db.prepare('SELECT name FROM kysely_migration ORDER BY name').all() as Array<{ name: string }>).map((r) => r.name);
  return { integrity, counts, auditHead: head ?? { seq: 0, hash: '0'.repeat(64) }, facility, migrations };
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

/**
 * Writes an encrypted copy with `VACUUM INTO` from a second, read-only connection (the online
 * backup API refuses encrypted databases; VACUUM INTO keeps the cipher and the key, and reads one
 * consistent snapshot while the app keeps working). The copy is reopened with the key and fully
 * integrity-checked before it gets its final name; a copy that fails is removed, never kept.
 */
export function writeBackup(
  source: BackupSource,
  dir: string,
  reason: BackupReason,
  now: Date,
): { path: string; manifest: BackupManifest } {
  mkdirSync(dir, { recursive: true });
  const { date, time } = tashkentParts(now);
  const seconds = String(now.getUTCSeconds()).padStart(2, '0');
  const path = backupFileName(dir, `${date}_${time.replace(':', '')}${seconds}`, reason);
  const tmp = `${path}.partial`;
  rmSync(tmp, { force: true });
  const live = openReadOnly(source.dbFile, source.keyHex);
  try {
    live.prepare('VACUUM INTO ?').run(tmp);
  } finally {
    live.close();
  }
  let snapshot: Snapshot;
  try {
    const copy = openReadOnly(tmp, source.keyHex);
    try {
      snapshot = describeDatabase(copy);
    } finally {
      copy.close();
    }
    if (snapshot.integrity !== 'ok') throw new BackupCheckError(snapshot.integrity);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e instanceof BackupCheckError ? e : new BackupCheckError((e as Error).message);
  }
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
    bytes: statSync(tmp).size,
    sha256: sha256Of(tmp),
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
