import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here, never edit after release.
// Extended-care agreements live in billing's `billing_extended_care` (2026_11_22_2100_billing); the
// interim `extended_care_agreements` of daily work (2026_11_22_2050_daily) was never written by the
// app and goes.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS extended_care_agreements`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reversed; restore a backup instead.');
}
