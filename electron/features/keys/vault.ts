import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { sql, type Kysely } from 'kysely';
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { Database } from '../../../db/schema';
import { openDatabase, DatabaseCorruptError, DatabaseTooNewError, type OpenedDb } from '../../../db/open';
import { checkInBackground } from '../../../db/integrity';
import { keyringFile, readKeyring, writeKeyring, type Keyring } from './keyring';
import { burnKdfTime, keyIdOf, newDatabaseKey, newSalt, passwordKek, recoveryKek, unwrapKey, userTag } from './key-crypto';
import { parseRecoveryKey } from './recovery-key';
import { KeyChanges, recoveryAad, userAad } from './key-changes';
import type { DeviceKeyProtector } from './device';

/**
 * fresh: no facility yet (setup creates it); locked: encrypted and waiting for a sign-in or the
 * recovery key; open: usable; damaged: the file failed its check or is too new — nothing is
 * deleted, the status names the latest verified backup.
 */
export type VaultState = 'fresh' | 'locked' | 'open' | 'damaged';

export interface VaultOptions {
  dbFile: string;
  /** Hex database key handed over by a shell that already holds it. */
  key?: string;
  /** Opens an encrypted database at start with the recovery key (`KOMAK_RECOVERY_KEY`). */
  recoveryKey?: string;
  /** New databases are encrypted unless this is false. */
  encrypt?: boolean;
  readonly?: boolean;
  device?: DeviceKeyProtector;
  /** Called before a database with data is migrated: the backup of the old version is taken here. */
  beforeMigrate?: (source: { dbFile: string; keyHex: string | undefined; ring: Keyring | null }) => Promise<void>;
  /** Files larger than this are integrity-checked in the background after open (db/integrity.ts). */
  checkBeforeUseMaxBytes?: number;
}

export interface VaultProblem {
  /** missing: the keyring is there, the database not; keyring_missing: an encrypted database without its keyring. */
  kind: 'damaged' | 'too_new' | 'missing' | 'keyring_missing';
  detail: string;
}

/** Thrown by any query while the database is not open. */
export class StoreLockedError extends Error {
  constructor() {
    super('The facility database is locked until someone signs in.');
    this.name = 'StoreLockedError';
  }
}

export class RecoveryKeyError extends Error {
  constructor() {
    super('The recovery key does not open this database (check it for typos).');
    this.name = 'RecoveryKeyError';
  }
}

export class Vault {
  state: VaultState = 'fresh';
  problem: VaultProblem | null = null;
  ring: Keyring | null = null;
  private opened: OpenedDb | null = null;
  private key: Buffer | null = null;
  private creating = false;
  /** Which version of the keyring file `ring` is (inode, time, size; writes replace the file). */
  private ringStamp: string | null = null;
  private check: { done: Promise<void>; stop(): Promise<void> } | null = null;
  /** Settles when the background integrity check of the open database has finished (tests, benchmark). */
  integrityChecked: Promise<void> = Promise.resolve();

  private constructor(readonly options: VaultOptions) {}

  get dbFile(): string {
    return this.options.dbFile;
  }
  get keyringPath(): string {
    return keyringFile(this.options.dbFile);
  }
  get encrypted(): boolean {
    return !!this.ring;
  }
  /** The hex key for SQLite, or undefined for an unencrypted database. */
  get keyHex(): string | undefined {
    return this.key?.toString('hex');
  }
  /** The key the keyring vouched for (kept while damaged: it opens the backups offered for a restore). */
  get keyBuffer(): Buffer | null {
    return this.key;
  }
  get db(): Kysely<Database> {
    if (!this.opened || this.state !== 'open') throw new StoreLockedError();
    return this.opened.db;
  }
  get raw(): BetterSqlite3.Database {
    if (!this.opened || this.state !== 'open') throw new StoreLockedError();
    return this.opened.raw;
  }

  static async create(options: VaultOptions): Promise<Vault> {
    const v = new Vault(options);
    v.loadRing();
    const hasFile = existsSync(options.dbFile) && statSync(options.dbFile).size > 0;
    if (v.ring && v.unfinishedSetup()) {
      // A setup that never committed: no one can open this file, and it holds no data.
      v.ring = null;
      v.state = 'fresh';
    } else if (v.ring) {
      v.state = 'locked';
      if (!hasFile) v.markProblem({ kind: 'missing', detail: options.dbFile });
      else if (options.key) await v.openAtStart(Buffer.from(options.key, 'hex'));
      else if (options.recoveryKey) {
        const key = v.keyFromRecovery(options.recoveryKey);
        if (!key) throw new RecoveryKeyError();
        await v.openAtStart(key);
      } else if (options.device && v.ring.device) {
        const key = await options.device.unprotect(v.ring.device.blob).catch(() => null);
        if (key && keyIdOf(key) === v.ring.keyId) await v.openAtStart(key);
      }
    } else if (hasFile && !options.key && !isPlainSqlite(options.dbFile)) {
      // Encrypted, but the keyring beside it is gone (copied without it?): nothing can open it as it is.
      v.markProblem({ kind: 'keyring_missing', detail: v.keyringPath });
    } else if (hasFile) {
      // An unencrypted database (made before encryption, or with encrypt: false) or a key handed over.
      await v.openAtStart(options.key ? Buffer.from(options.key, 'hex') : null);
    } else if (options.encrypt === false) {
      await v.createFresh();
    }
    return v;
  }

  /** At start a damaged or too-new file is a state to report (with a restore offer), not a crash. */
  private async openAtStart(key: Buffer | null): Promise<void> {
    try {
      await this.openWithKey(key);
    } catch (e) {
      if (this.state !== 'damaged') throw e;
    }
  }

  private unfinishedSetup(): boolean {
    return !!this.ring && Object.keys(this.ring.users).length === 0 && !this.ring.recovery && !this.ring.device;
  }

  private markProblem(p: VaultProblem): void {
    this.state = 'damaged';
    this.problem = p;
  }

  /** Opens the database with a key the keyring vouched for (or none for a plain file). */
  async openWithKey(key: Buffer | null): Promise<void> {
    if (this.ring && (!key || keyIdOf(key) !== this.ring.keyId)) throw new Error('This key does not belong to this database.');
    // Two sign-ins at once on a locked database: the second finds it open already.
    if (this.state === 'open' && this.opened) return;
    try {
      this.opened = await openDatabase(this.dbFile, {
        key: key?.toString('hex'),
        readonly: this.options.readonly,
        beforeMigrate: () => this.options.beforeMigrate?.({ dbFile: this.dbFile, keyHex: key?.toString('hex'), ring: this.ring }),
        checkBeforeUseMaxBytes: this.options.checkBeforeUseMaxBytes,
      });
    } catch (e) {
      if (e instanceof DatabaseCorruptError) this.markProblem({ kind: 'damaged', detail: e.detail });
      else if (e instanceof DatabaseTooNewError) this.markProblem({ kind: 'too_new', detail: e.unknownMigrations.join(', ') });
      // The key stays known: it opens the backups offered for a restore.
      this.key = key;
      throw e;
    }
    this.key = key;
    this.state = 'open';
    this.problem = null;
    if (this.opened.checkPending) this.checkInBackground(this.opened);
    await this.afterOpen();
  }

  /** A large file's full check, off the start's path; damage found makes the state "damaged". */
  private checkInBackground(opened: OpenedDb): void {
    this.check = checkInBackground(this.dbFile, this.keyHex, opened.raw, async (verdict) => {
      this.opened = null;
      this.markProblem({ kind: 'damaged', detail: verdict });
      await opened.close();
    });
    this.integrityChecked = this.check.done;
  }

  private async stopCheck(): Promise<void> {
    const check = this.check;
    this.check = null;
    await check?.stop();
  }

  /** The key if this user's password unwraps it; null otherwise (after the same work either way). */
  keyFromPassword(username: string, password: string): Promise<Buffer | null> {
    return keyFromPasswordIn(this.currentRing(), username, password);
  }

  keyFromRecovery(text: string): Buffer | null {
    return keyFromRecoveryIn(this.currentRing(), text);
  }

  private loadRing(): void {
    this.ringStamp = fileStamp(this.keyringPath);
    this.ring = readKeyring(this.keyringPath);
  }

  /**
   * The keyring as it is on disk now. Another process on the same database (the command line while
   * the app runs, a second `komak serve`) may have added a user's wrap or a new recovery key: it is
   * read again when the file changed, so that user can sign in here, and this process's next change
   * builds on it instead of writing back an older copy. Changes are made inside a write transaction,
   * which SQLite lets only one process hold, so read-then-write here cannot interleave with another's.
   */
  private currentRing(): Keyring | null {
    if ((this.state === 'open' || this.state === 'locked') && fileStamp(this.keyringPath) !== this.ringStamp) {
      const fresh = readKeyring(this.keyringPath);
      // Only the same database's keyring replaces ours (a keyring for another key is not this file's).
      if (fresh && (!this.ring || fresh.keyId === this.ring.keyId)) this.ring = fresh;
      this.ringStamp = fileStamp(this.keyringPath);
    }
    return this.ring;
  }

  /** First run: a new key and a new encrypted database (or a plain one when encryption is off). */
  async createFresh(): Promise<void> {
    if (this.state !== 'fresh') throw new Error('The facility database already exists.');
    this.setAsideLeftovers();
    const now = new Date().toISOString();
    if (this.options.encrypt !== false) {
      this.key = newDatabaseKey();
      // Written before the database, so a crash during setup is recognised as an unfinished setup.
      this.ring = {
        format: 'komak-keyring',
        version: 1,
        keyId: keyIdOf(this.key),
        salt: newSalt(),
        facility: null,
        users: {},
        recovery: null,
        device: null,
        updatedAt: now,
      };
      this.saveRing(this.ring);
    }
    this.opened = await openDatabase(this.dbFile, { key: this.keyHex });
    this.state = 'open';
    this.creating = true;
  }

  /** After setup committed: the keyring now opens the database. */
  async finishCreate(): Promise<void> {
    this.creating = false;
    await this.protectForDevice();
  }

  /** Setup failed: the new, empty files go, so the next attempt starts clean. */
  async abandonCreate(): Promise<void> {
    if (!this.creating) return;
    await this.opened?.close();
    this.opened = null;
    this.key = null;
    this.ring = null;
    this.creating = false;
    this.state = 'fresh';
    for (const f of [this.dbFile, `${this.dbFile}-wal`, `${this.dbFile}-shm`, this.keyringPath]) rmSync(f, { force: true });
  }

  private setAsideLeftovers(): void {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    for (const f of [this.dbFile, `${this.dbFile}-wal`, `${this.dbFile}-shm`, this.keyringPath]) {
      if (existsSync(f)) renameSync(f, `${f}.unfinished-${stamp}`);
    }
  }

  /** Closes the database and forgets the key (a sign-in that unlocked it did not succeed). */
  async lock(): Promise<void> {
    if (!this.ring || this.state !== 'open') return;
    await this.stopCheck();
    await this.opened?.close();
    this.opened = null;
    this.key = null;
    this.state = 'locked';
  }

  async close(): Promise<void> {
    await this.stopCheck();
    await this.opened?.close();
    this.opened = null;
    this.key = null;
  }

  beginChanges(): KeyChanges {
    return new KeyChanges(
      () => this.currentRing(),
      this.key,
      (r) => this.saveRing(r),
    );
  }

  saveRing(ring: Keyring): void {
    this.ring = ring;
    writeKeyring(this.keyringPath, ring);
    this.ringStamp = fileStamp(this.keyringPath);
  }

  /** Keyring entries of users who are gone or inactive are removed each time the database opens. */
  private async afterOpen(): Promise<void> {
    const ring = this.ring;
    // A read-only database (a copy on read-only media) is looked at, never tidied.
    if (!ring || !this.opened || this.options.readonly) return;
    const active = await sql<{ username: string }>`SELECT username FROM users WHERE active = 1`.execute(this.opened.db);
    const keep = new Set(active.rows.map((r) => userTag(ring.salt, r.username)));
    const stale = Object.keys(ring.users).filter((tag) => !keep.has(tag));
    if (stale.length > 0) {
      for (const tag of stale) delete ring.users[tag];
      ring.updatedAt = new Date().toISOString();
      this.saveRing(ring);
    }
    await this.protectForDevice();
  }

  /** A convenience, never a condition: if the device store fails, people simply sign in. */
  private async protectForDevice(): Promise<void> {
    try {
      await this.protectForDeviceOrThrow();
    } catch (e) {
      console.error('[komak] the key could not be protected for this PC:', (e as Error).message);
    }
  }

  private async protectForDeviceOrThrow(): Promise<void> {
    const device = this.options.device;
    const ring = this.ring;
    if (!device || !ring || !this.key || this.creating) return;
    if (ring.device) {
      const current = await device.unprotect(ring.device.blob).catch(() => null);
      if (current && current.equals(this.key)) return;
    }
    if (!(await device.isAvailable().catch(() => false))) return;
    ring.device = { method: device.method, blob: await device.protect(this.key) };
    ring.updatedAt = new Date().toISOString();
    this.saveRing(ring);
  }

  /**
   * Puts a checked backup in place of the database file and opens it. The caller has saved the
   * current database first. The keyring becomes the backup's (its users and passwords match the
   * restored accounts), keeping this PC's recovery and device wraps when the key is the same.
   */
  async replaceWith(backupFile: string, backupRing: Keyring | null, key: Buffer | null): Promise<void> {
    await this.stopCheck();
    await this.opened?.close();
    this.opened = null;
    const tmp = `${this.dbFile}.restoring`;
    copyFileSync(backupFile, tmp);
    const fd = openSync(tmp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // A WAL left beside the old file would be replayed into the new one.
    for (const suffix of ['-wal', '-shm']) rmSync(`${this.dbFile}${suffix}`, { force: true });
    renameSync(tmp, this.dbFile);
    const current = this.ring;
    if (backupRing) {
      const same = current && current.keyId === backupRing.keyId;
      this.saveRing({
        ...backupRing,
        recovery: same && current.recovery ? current.recovery : backupRing.recovery,
        device: same ? current.device : null,
        updatedAt: new Date().toISOString(),
      });
    } else if (current) {
      rmSync(this.keyringPath, { force: true });
      this.ring = null;
    }
    this.state = 'locked';
    this.problem = null;
    await this.openWithKey(key);
  }

  /** What the sign-in screen may know before anyone signs in. */
  publicFacility(): { name: string; kind: string } | null {
    return this.ring?.facility ?? null;
  }
}

export { DatabaseCorruptError, DatabaseTooNewError };

/** An unencrypted SQLite file starts with this header; an encrypted one looks like noise from byte 0. */
function isPlainSqlite(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    readSync(fd, head, 0, 16, 0);
    return head.toString('latin1') === 'SQLite format 3\0';
  } finally {
    closeSync(fd);
  }
}

/** Unwraps a keyring's database key with a user's password (any keyring: the live one or a backup's). */
export async function keyFromPasswordIn(ring: Keyring | null, username: string, password: string): Promise<Buffer | null> {
  if (!ring) return null;
  const tag = userTag(ring.salt, username);
  const entry = ring.users[tag];
  if (!entry || entry.wraps.length === 0) {
    await burnKdfTime(password);
    return null;
  }
  for (const w of entry.wraps) {
    const key = unwrapKey(await passwordKek(password, w.kdf), w, userAad(ring.keyId, tag));
    if (key) return key;
  }
  return null;
}

/** Unwraps a keyring's database key with the recovery key as typed (case, spaces, dashes ignored). */
export function keyFromRecoveryIn(ring: Keyring | null, text: string): Buffer | null {
  const bytes = parseRecoveryKey(text);
  if (!bytes || !ring?.recovery) return null;
  return unwrapKey(recoveryKek(bytes, ring.recovery.salt), ring.recovery.wrapped, recoveryAad(ring.keyId));
}

function fileStamp(file: string): string | null {
  try {
    const st = statSync(file);
    return `${st.ino}:${st.mtimeMs}:${st.size}`;
  } catch {
    return null;
  }
}
