import type { Kysely } from 'kysely';
import type { ApiResult, Lang } from './contract/index';
import type { AuditVerdictOut } from './contract/audit.contract';
import type { Database } from '../db/schema';
import type { DeviceKeyProtector } from './features/keys/device';
import type { VaultProblem, VaultState } from './features/keys/vault';
import type { BackupInfo } from './features/backup/backup-service';

export interface BackendOptions {
  dbFile: string;
  /** Hex database key, for a shell that already holds it (or a plain database opened with a raw key). */
  key?: string;
  /** Opens an encrypted database at start with the recovery key instead of waiting for a sign-in. */
  unlock?: { recoveryKey: string };
  /** New databases are encrypted unless this is false (training copies, tests that ask for it). */
  encrypt?: boolean;
  /** Opens the file read-only: reads work, every write fails with the `storage` error. */
  readonly?: boolean;
  /** The desktop's OS-protected copy of the key (Electron safeStorage through the shell). */
  device?: DeviceKeyProtector;
  /** Where automatic backups go (default: a `backups` folder beside the database). */
  backupDir?: string;
  /** The daily backup while the backend runs; on unless false. Pre-migration and pre-restore copies are always made. */
  autoBackup?: boolean;
  /**
   * Ends a session idle for longer than the facility's idle lock (the window locks itself too). On unless
   * false: API tests that jump the clock by days with one session open turn it off.
   */
  idleLock?: boolean;
  /** Injected in tests to move time; defaults to the system clock. */
  clock?: () => Date;
  /** Tests check every output against its schema; production trusts the handlers. */
  checkOutputs?: boolean;
  /** Files larger than this are integrity-checked in the background after open (default 64 MB; tests lower it). */
  checkBeforeUseMaxBytes?: number;
  /** Progress lines of a long first-run job (a large training facility), for a terminal. */
  progress?: (line: string) => void;
}

export interface CallContext {
  token?: string | null;
  /** The caller's UI language, for messages before sign-in; a signed-in user's own setting wins. */
  lang?: Lang;
}

/** The state of the store, for a shell or the CLI (no contract: it must work when nothing else does). */
export interface BackendStatus {
  state: VaultState;
  encrypted: boolean;
  facility: { name: string; kind: string } | null;
  problem: VaultProblem | null;
  /** When the database is damaged or missing: the newest backup that is still as it was written. Nothing is restored by itself. */
  restoreOffer: BackupInfo | null;
}

/**
 * Work for whoever opened the database with the recovery key (the CLI, the desktop shell), where
 * no user is signed in. Each is audited with no user.
 */
export interface Maintenance {
  verifyAudit(): Promise<AuditVerdictOut>;
  /** The daily backup if today's is not made yet (the timer calls it hourly); the file, or null. */
  runDailyBackup(): Promise<string | null>;
  /** Settles when the background integrity check of a large database (started at open) has finished. */
  integrityChecked(): Promise<void>;
  /**
   * Restores a backup without a session: with the recovery key of the backup's keyring, or with
   * the password of a user who is an active manager in the backup. For a damaged or missing
   * database, or a new PC. The current files are kept as a revert point.
   */
  restore(
    file: string,
    auth: { recoveryKey?: string; username?: string; password?: string },
  ): Promise<{ info: BackupInfo; revertPoint: string }>;
}

export interface Backend {
  call(ctx: CallContext, method: string, input: unknown): Promise<ApiResult<unknown>>;
  /** Direct access for the CLI and tests that need the store itself; throws while locked. */
  readonly db: Kysely<Database>;
  status(): BackendStatus;
  maintenance: Maintenance;
  /** The LAN certificate with its private key, for the HTTPS front only (never through the API). */
  tlsCertificate(): Promise<{ certPem: string; keyPem: string; fingerprint: string } | null>;
  close(): Promise<void>;
}
