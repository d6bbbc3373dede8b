import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../schema';
import type { BackupLogTable } from '../tables/trust';

export type BackupLogRow = Selectable<BackupLogTable>;

export async function insertBackupLog(db: Kysely<Database>, row: Insertable<BackupLogTable>): Promise<void> {
  await db.insertInto('backup_log').values(row).execute();
}

export function latestBackup(db: Kysely<Database>, reason?: string): Promise<BackupLogRow | undefined> {
  let q = db.selectFrom('backup_log').selectAll();
  if (reason) q = q.where('reason', '=', reason);
  return q.orderBy('at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
}

export function allBackupFiles(db: Kysely<Database>): Promise<string[]> {
  return db
    .selectFrom('backup_log')
    .select('file')
    .execute()
    .then((rows) => rows.map((r) => r.file));
}

/** When the last restore happened: heads recorded before it belong to a history that was replaced. */
export async function lastRestoreAt(db: Kysely<Database>): Promise<string | null> {
  const r = await db
    .selectFrom('audit_log')
    .select('at')
    .where('action', '=', 'backup.restore')
    .where('outcome', '=', 'ok')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return r?.at ?? null;
}
