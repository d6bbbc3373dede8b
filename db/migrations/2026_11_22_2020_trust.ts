import type { Kysely } from 'kysely';

// Frozen in time: never import application code here, never edit after release.
export async function up(db: Kysely<unknown>): Promise<void> {
  // The audit viewer filters by person, action, object and period on a trail of millions of rows.
  await db.schema.createIndex('audit_log_user').on('audit_log').columns(['user_id', 'seq']).execute();
  await db.schema.createIndex('audit_log_action').on('audit_log').columns(['action', 'seq']).execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();

  // Every backup that was written and checked, for the status ("last backup … days ago").
  await db.schema
    .createTable('backup_log')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('file', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('audit_seq', 'integer', (c) => c.notNull())
    .addColumn('audit_hash', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer')
    .execute();
  await db.schema.createIndex('backup_log_at').on('backup_log').column('at').execute();

  // The facility's own certificate for LAN mode; the database is encrypted, so is its private key.
  await db.schema
    .createTable('lan_certificate')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('cert_pem', 'text', (c) => c.notNull())
    .addColumn('key_pem', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('valid_until', 'text', (c) => c.notNull())
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reversed; restore a backup instead.');
}
