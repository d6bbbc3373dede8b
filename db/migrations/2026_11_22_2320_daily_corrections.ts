import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here, never edit after release.
// A manager's correction of a past attendance day keeps its reason beside the day, so the sheet and
// the month tabel can say who changed it, when and why (the audit log keeps the before and after).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE attendance ADD COLUMN correction_reason TEXT`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reversed; restore a backup instead.');
}
