import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here, never edit after release.
export async function up(db: Kysely<unknown>): Promise<void> {
  // "Replaces entry N" is looked up by the replacement: without this index every care-log page
  // scanned all corrections ever made.
  await sql`CREATE INDEX care_log_corrections_replacement ON care_log_corrections (replacement_id) WHERE replacement_id IS NOT NULL`.execute(
    db,
  );
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reversed; restore a backup instead.');
}
