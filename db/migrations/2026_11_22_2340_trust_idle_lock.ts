import type { Kysely } from 'kysely';

// Frozen in time: never import application code here, never edit after release.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Facility-wide security settings; no row means the defaults (idle lock after 10 minutes).
  await db.schema
    .createTable('security_settings')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('idle_lock_minutes', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reversed; restore a backup instead.');
}
