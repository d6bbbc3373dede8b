import type { BackupService } from './backup/backup-service';

/**
 * What handlers may ask of the facility's store beyond their transaction: backups, restore, the
 * audit heads recorded in backups. Methods that touch the database take the handler's `ctx.db`
 * (inside a mutation the transaction holds the only connection).
 */
export interface StoreService {
  readonly dbFile: string;
  readonly encrypted: boolean;
  readonly backups: BackupService;
}
