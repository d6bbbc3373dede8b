import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here, never edit after release.
// Signing keys and period reports, the signed packages' register.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('signing_keys')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('active', 'retired')`))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('certificate_pem', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull().unique())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('not_before', 'text', (c) => c.notNull())
    .addColumn('not_after', 'text', (c) => c.notNull())
    .addColumn('sealed_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('retired_at', 'text')
    .addColumn('retired_by', 'integer', (c) => c.references('users.id'))
    .execute();
  // At most one active key: the store itself refuses a second.
  await sql`CREATE UNIQUE INDEX signing_keys_one_active ON signing_keys(status) WHERE status = 'active'`.execute(db);

  await db.schema
    .createTable('report_periods')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('period_from', 'text', (c) => c.notNull())
    .addColumn('period_to', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('prepared', 'checked', 'closed')`))
    .addColumn('figures', 'blob')
    .addColumn('figures_sha256', 'text')
    .addColumn('prepared_at', 'text', (c) => c.notNull())
    .addColumn('prepared_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('checked_at', 'text')
    .addColumn('checked_by', 'integer', (c) => c.references('users.id'))
    .addColumn('closed_at', 'text')
    .addColumn('closed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('report_periods_kind_period', ['kind', 'period_from', 'period_to'])
    .addCheckConstraint('report_periods_dates', sql`period_from <= period_to`)
    // Closed ⇔ frozen figures: a closed period without its bytes (or an open one with them) cannot exist.
    .addCheckConstraint('report_periods_frozen', sql`(status = 'closed') = (figures IS NOT NULL AND figures_sha256 IS NOT NULL)`)
    .execute();

  await db.schema
    .createTable('report_period_events')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('period_id', 'integer', (c) => c.notNull().references('report_periods.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('reason', 'text')
    .addColumn('figures_sha256', 'text')
    .execute();
  await db.schema.createIndex('report_period_events_period').on('report_period_events').columns(['period_id', 'id']).execute();

  await db.schema
    .createTable('report_packages')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('period_id', 'integer', (c) => c.notNull().references('report_periods.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('period_from', 'text', (c) => c.notNull())
    .addColumn('period_to', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('bytes', 'blob', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('figures_sha256', 'text', (c) => c.notNull())
    .addColumn('certificate_fingerprint', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('sent_at', 'text')
    .addColumn('sent_by', 'integer', (c) => c.references('users.id'))
    .addColumn('sent_note', 'text')
    .execute();
  await db.schema.createIndex('report_packages_created').on('report_packages').column('created_at').execute();
  await db.schema.createIndex('report_packages_period').on('report_packages').column('period_id').execute();
  // A package in the register is evidence: its bytes never change and it is never deleted.
  await sql`CREATE TRIGGER report_packages_keep_bytes BEFORE UPDATE OF bytes, sha256, size, figures_sha256, created_at, created_by ON report_packages
    BEGIN SELECT RAISE(ABORT, 'report_packages are kept as made'); END`.execute(db);
  await sql`CREATE TRIGGER report_packages_no_delete BEFORE DELETE ON report_packages
    BEGIN SELECT RAISE(ABORT, 'report_packages are kept as made'); END`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reversed; restore a backup instead.');
}
