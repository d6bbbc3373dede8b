import { existsSync, rmSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { appendAudit, type AuditAnchor, type AuditEntry } from '../../../db/repositories/audit';
import { allBackupFiles, insertBackupLog, lastRestoreAt, latestBackup } from '../../../db/repositories/backups';
import { migrations } from '../../../db/migrations/index';
import { tashkentToday } from '../../contract/format';
import { AppError, conflict, invalid } from '../errors';
import { readKeyring, type Keyring } from '../keys/keyring';
import { StoreLockedError, type Vault } from '../keys/vault';
import { cloudSyncFolder } from './cloud-folders';
import { backupsToRemove } from './rotation';
import { listBackupsIn, readManifest, backupKeyringPath, manifestPath, type BackupManifest, type BackupReason } from './manifest';
import { BackupCancelledError, copyAside, sha256Of, writeBackup, type BackupSource } from './backup-writer';
import { inspectInWorker } from './backup-job';

export const STALE_AFTER_DAYS = 2;
const HOUR = 3600_000;

export interface BackupInfo {
  file: string;
  createdAt: string;
  reason: string;
  facility: { name: string; kind: string } | null;
  counts: Record<string, number>;
  auditHead: { seq: number; hash: string };
  appVersion: string | null;
  /** The manifest is there and the file still has the hash it was written with. */
  verified: boolean;
}

export interface BackupStatus {
  folder: string;
  automatic: boolean;
  lastSuccessAt: string | null;
  lastFile: string | null;
  /** No backup, or the last one is older than two days. */
  stale: boolean;
}

export interface BackupServiceOptions {
  folder: string;
  clock: () => Date;
  /** The daily backup while the app runs (off in most tests). */
  automatic: boolean;
}

export interface BackupNowOptions {
  /** Another folder or a USB stick; the automatic folder when left out. */
  dir?: string;
  /** The audit entry written with the backup's log row, once the copy has passed its check. */
  audit?: Pick<AuditEntry, 'action' | 'userId' | 'username' | 'role' | 'changes'>;
}

/** Refuses folders that a cloud client copies abroad, with the field error the UI shows by the folder. */
export function assertLocalFolder(dir: string): void {
  if (cloudSyncFolder(dir)) throw invalid({ dir: 'v.cloudFolder' });
}

export class BackupService {
  private pending: Array<{ path: string; manifest: BackupManifest }> = [];
  private timer: NodeJS.Timeout | null = null;
  private firstTick: NodeJS.Timeout | null = null;
  /** Aborted when the app stops: running backups are cancelled, new ones refused. */
  private readonly stopping = new AbortController();
  private readonly running = new Set<Promise<unknown>>();
  /** Backups are written one at a time: two would read the whole database twice and could pick the same name. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly vault: () => Vault,
    readonly options: BackupServiceOptions,
  ) {}

  get folder(): string {
    return resolve(this.options.folder);
  }

  private source(): BackupSource {
    const v = this.vault();
    return { dbFile: v.dbFile, keyHex: v.keyHex, ring: v.ring };
  }

  /** Work in a worker thread that stopping the app waits for (after asking it to end early). */
  private track<T>(work: Promise<T>): Promise<T> {
    this.running.add(work);
    const forget = () => this.running.delete(work);
    work.then(forget, forget);
    return work;
  }

  /** Runs after the backups before it, tracked for stop(). */
  private oneAtATime<T>(work: () => Promise<T>): Promise<T> {
    const turn = this.queue.then(work, work);
    this.queue = turn.catch(() => undefined);
    return this.track(turn);
  }

  /** The copy taken before a migration changes a database that holds data. */
  async beforeMigrate(source: BackupSource): Promise<void> {
    const written = await this.track(writeBackup(source, this.folder, 'pre-migration', this.options.clock(), this.stopping.signal));
    this.pending.push(written);
  }

  /**
   * Writes a checked backup now (in a worker: the app keeps answering); refuses cloud folders.
   * Only a copy that was reopened and checked is recorded, with its audit entry in the same transaction.
   */
  backupNow(reason: BackupReason, opts: BackupNowOptions = {}): Promise<{ path: string; manifest: BackupManifest }> {
    // Tracked up to the recording, so stopping never closes the database between a finished copy and its row.
    return this.oneAtATime(() => this.writeAndRecord(reason, opts));
  }

  private async writeAndRecord(reason: BackupReason, opts: BackupNowOptions): Promise<{ path: string; manifest: BackupManifest }> {
    const dir = resolve(opts.dir ?? this.folder);
    assertLocalFolder(dir);
    if (this.vault().state !== 'open') throw new StoreLockedError();
    const written = await writeBackup(this.source(), dir, reason, this.options.clock(), this.stopping.signal);
    this.pending.push(written);
    const audit = opts.audit;
    await this.vault()
      .db.transaction()
      .execute(async (trx) => {
        await this.flushPending(trx, audit?.userId ?? null);
        if (audit)
          await appendAudit(trx, {
            ...audit,
            at: this.options.clock().toISOString(),
            objectType: 'backup',
            objectId: basename(written.path),
            outcome: 'ok',
          });
      });
    if (dir === this.folder) this.rotate();
    return written;
  }

  /** Records backups written while the database could not take the row (before a migration, read-only). */
  async flushPending(db: Kysely<Database>, userId: number | null = null): Promise<void> {
    while (this.pending.length > 0) {
      const { path, manifest } = this.pending[0]!;
      await insertBackupLog(db, {
        at: manifest.createdAt,
        reason: manifest.reason,
        file: path,
        bytes: manifest.bytes,
        sha256: manifest.sha256,
        audit_seq: manifest.auditHead.seq,
        audit_hash: manifest.auditHead.hash,
        user_id: userId,
      });
      this.pending.shift();
    }
  }

  /** Keeps 7 daily, 4 weekly, 12 monthly automatic backups; manual ones are never touched. */
  rotate(): string[] {
    const all = listBackupsIn(this.folder).map((b) => ({ file: b.path, createdAt: b.manifest.createdAt, reason: b.manifest.reason }));
    const remove = backupsToRemove(all);
    for (const file of remove) for (const f of [file, backupKeyringPath(file), manifestPath(file)]) rmSync(f, { force: true });
    return remove;
  }

  async status(db: Kysely<Database>): Promise<BackupStatus> {
    const last = await latestBackup(db);
    const now = this.options.clock().getTime();
    const stale = !last || now - Date.parse(last.at) > STALE_AFTER_DAYS * 24 * HOUR;
    return { folder: this.folder, automatic: this.options.automatic, lastSuccessAt: last?.at ?? null, lastFile: last?.file ?? null, stale };
  }

  /** The daily backup: once per Tashkent day while the app runs. Returns the file when one was made. */
  async maybeDaily(): Promise<string | null> {
    if (!this.options.automatic || this.vault().state !== 'open') return null;
    // In turn, so a tick and a call at the same moment make one daily backup, not two.
    return this.oneAtATime(() => this.dailyIfDue());
  }

  private async dailyIfDue(): Promise<string | null> {
    if (this.stopping.signal.aborted || this.vault().state !== 'open') return null;
    const last = await latestBackup(this.vault().db, 'daily');
    const now = this.options.clock();
    if (last && tashkentToday(new Date(last.at)) === tashkentToday(now)) return null;
    const system = { action: 'backup.auto', userId: null, username: null, role: null };
    try {
      return (await this.writeAndRecord('daily', { audit: system })).path;
    } catch (e) {
      // A failed copy or check keeps every earlier backup (no rotation) and is on the trail for the manager.
      if (!(e instanceof BackupCancelledError) && this.vault().state === 'open')
        await appendAudit(this.vault().db, {
          ...system,
          at: now.toISOString(),
          objectType: 'backup',
          changes: { error: (e as Error).message },
          outcome: 'failed',
        });
      throw e;
    }
  }

  start(): void {
    if (!this.options.automatic || this.timer) return;
    const tick = () =>
      void this.maybeDaily().catch((e: unknown) => {
        if (!(e instanceof BackupCancelledError)) console.error('[komak] daily backup failed:', (e as Error).message);
      });
    this.timer = setInterval(tick, HOUR);
    this.timer.unref();
    this.firstTick = setTimeout(tick, 1000);
    this.firstTick.unref();
  }

  /** When the app stops: no new backup starts, a running one is cancelled (its unfinished copy removed) and awaited. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    if (this.firstTick) clearTimeout(this.firstTick);
    this.timer = null;
    this.firstTick = null;
    this.stopping.abort();
    await Promise.allSettled([...this.running]);
  }

  /** The backups in a folder (the automatic one by default), newest first. */
  list(dir?: string): BackupInfo[] {
    return listBackupsIn(resolve(dir ?? this.folder)).map(({ path, manifest }) => infoFrom(path, manifest, true));
  }

  /** The key that opens a backup: this database's own when it is the same facility's; null for plain files. */
  keyFor(backupRing: Keyring | null, override?: Buffer | null): Buffer | null {
    const v = this.vault();
    if (!backupRing) {
      if (v.ring) throw conflict('backupUnencrypted');
      return null;
    }
    if (override) return override;
    if (v.ring && v.keyBuffer && v.ring.keyId === backupRing.keyId) return v.keyBuffer;
    throw conflict('backupOtherFacility');
  }

  /** Opens a backup with its key, checks it fully (in a worker) and says what it holds. */
  async inspect(file: string, key?: Buffer | null): Promise<BackupInfo> {
    const path = resolve(file);
    if (!existsSync(path)) throw invalid({ file: 'v.fileMissing' });
    const ring = readKeyring(backupKeyringPath(path));
    const useKey = key === undefined ? this.keyFor(ring) : key;
    const manifest = readManifest(path);
    if (this.stopping.signal.aborted) throw new BackupCancelledError();
    const job = inspectInWorker(path, useKey?.toString('hex'), manifest?.sha256 ?? null);
    const cancel = () => job.cancel();
    this.stopping.signal.addEventListener('abort', cancel);
    const answer = await this.track(job.done).finally(() => this.stopping.signal.removeEventListener('abort', cancel));
    if ('changed' in answer) throw conflict('backupChanged');
    if ('cancelled' in answer) throw new BackupCancelledError();
    if ('failed' in answer) throw new Error(`The backup could not be checked: ${answer.failed}`);
    if ('unreadable' in answer || answer.snapshot.integrity !== 'ok') throw conflict('backupUnreadable');
    const { snapshot } = answer;
    if (snapshot.migrations.some((m) => !(m in migrations))) throw new AppError('database_too_new');
    return {
      file: path,
      createdAt: manifest?.createdAt ?? new Date(0).toISOString(),
      reason: manifest?.reason ?? 'manual',
      facility: snapshot.facility,
      counts: snapshot.counts,
      auditHead: snapshot.auditHead,
      appVersion: manifest?.appVersion ?? null,
      verified: !!manifest,
    };
  }

  /**
   * Replaces the database with a checked backup. The current database is saved first (a checked
   * backup when it opens; its files copied as they are when it does not); nothing is deleted.
   */
  async restore(
    file: string,
    actor: { userId: number | null; username: string | null; role: string | null; via: string },
    key?: Buffer | null,
  ): Promise<{ info: BackupInfo; revertPoint: string }> {
    const v = this.vault();
    const path = resolve(file);
    const info = await this.inspect(path, key);
    const ring = readKeyring(backupKeyringPath(path));
    const useKey = key === undefined ? this.keyFor(ring) : key;
    const now = this.options.clock();
    const revertPoint = v.state === 'open' ? (await this.backupNow('pre-restore')).path : copyAside(v.dbFile, this.folder, now);
    await v.replaceWith(path, ring, useKey);
    // Sessions saved in the backup would come back to life: everyone signs in again.
    await v.db.deleteFrom('sessions').execute();
    await appendAudit(v.db, {
      at: now.toISOString(),
      userId: actor.userId,
      username: actor.username,
      role: actor.role,
      action: 'backup.restore',
      objectType: 'backup',
      objectId: basename(path),
      changes: { backupCreatedAt: info.createdAt, revertPoint: basename(revertPoint), via: actor.via },
      outcome: 'ok',
    });
    // The restored database learns about the revert point, so the status stays true.
    const revertManifest = readManifest(revertPoint);
    if (revertManifest) this.pending.push({ path: revertPoint, manifest: revertManifest });
    await this.flushPending(v.db);
    return { info, revertPoint };
  }

  /** Heads recorded by this facility's backups since the last restore, for verifying the audit chain. */
  async auditAnchors(db: Kysely<Database>): Promise<AuditAnchor[]> {
    const v = this.vault();
    const since = await lastRestoreAt(db);
    const keyId = v.ring?.keyId ?? null;
    const files = new Set([...listBackupsIn(this.folder).map((b) => b.path), ...(await allBackupFiles(db))]);
    const anchors: AuditAnchor[] = [];
    for (const file of files) {
      const m = readManifest(file);
      if (!m || m.keyId !== keyId || m.auditHead.seq === 0) continue;
      if (since && m.createdAt <= since) continue;
      anchors.push(m.auditHead);
    }
    return anchors;
  }

  /** For a damaged database: the newest backup in the automatic folder that is still as it was written. */
  restoreOffer(): BackupInfo | null {
    // Without a keyring (lost beside an encrypted file) any backup in the folder may be the one.
    const keyId = this.vault().ring?.keyId ?? null;
    for (const { path, manifest } of listBackupsIn(this.folder)) {
      if (keyId !== null && manifest.keyId !== keyId) continue;
      if (sha256Of(path) === manifest.sha256) return infoFrom(path, manifest, true);
    }
    return null;
  }
}

function infoFrom(path: string, m: BackupManifest, verified: boolean): BackupInfo {
  return {
    file: path,
    createdAt: m.createdAt,
    reason: m.reason,
    facility: m.facility,
    counts: m.counts,
    auditHead: m.auditHead,
    appVersion: m.appVersion,
    verified,
  };
}
