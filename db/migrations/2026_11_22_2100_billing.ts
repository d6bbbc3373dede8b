import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here, never edit after release.
// The defaults are copied here on purpose (the app's copy may change; this one must not).
const DEFAULT_PARAMETERS: Array<[string, string, string]> = [
  ['bcv', '2019-09-01', '223000'],
  ['bcv', '2021-02-01', '245000'],
  ['bcv', '2021-09-01', '270000'],
  ['bcv', '2022-06-01', '300000'],
  ['bcv', '2023-05-01', '330000'],
  ['bcv', '2023-10-01', '340000'],
  ['bcv', '2024-10-01', '375000'],
  ['bcv', '2025-08-01', '412000'],
  ['rate_age_3_7', '2025-03-01', '25'],
  ['rate_age_7_18', '2025-03-01', '27'],
  ['regional_coefficient', '2025-03-01', '1.1'],
  ['poor_family_supplement', '2025-03-01', '30'],
];

/** Issued records are permanent: the database itself refuses edits and deletions. */
async function appendOnly(db: Kysely<unknown>, table: string, allowUpdate = false): Promise<void> {
  if (!allowUpdate)
    await sql
      .raw(`CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table} BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`)
      .execute(db);
  await sql
    .raw(`CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`)
    .execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('billing_parameters')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addUniqueConstraint('billing_parameters_key_from', ['key', 'valid_from'])
    .execute();
  const now = new Date().toISOString();
  for (const [key, validFrom, value] of DEFAULT_PARAMETERS)
    await sql`INSERT INTO billing_parameters (key, valid_from, value, created_at) VALUES (${key}, ${validFrom}, ${value}, ${now})`.execute(
      db,
    );
  await appendOnly(db, 'billing_parameters');

  await db.schema
    .createTable('billing_provider')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('legal_name', 'text')
    .addColumn('stir', 'text')
    .addColumn('bank_name', 'text')
    .addColumn('mfo', 'text')
    .addColumn('account', 'text')
    .addColumn('address', 'text')
    .addColumn('director', 'text')
    .addColumn('accountant', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('billing_authorisations')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('program', 'text', (c) => c.notNull())
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('issued_by', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('billing_authorisations_period', sql`valid_to >= valid_from`)
    .execute();
  await db.schema.createIndex('billing_authorisations_client').on('billing_authorisations').columns(['client_id', 'valid_from']).execute();
  await db.schema.createIndex('billing_authorisations_valid_to').on('billing_authorisations').column('valid_to').execute();

  await db.schema
    .createTable('billing_authorisation_events')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('authorisation_id', 'integer', (c) => c.notNull().references('billing_authorisations.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('reason_code', 'text')
    .addColumn('reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .execute();
  await db.schema.createIndex('billing_authorisation_events_auth').on('billing_authorisation_events').column('authorisation_id').execute();
  await appendOnly(db, 'billing_authorisation_events');

  await db.schema
    .createTable('billing_tariffs')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('program', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('amount', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addUniqueConstraint('billing_tariffs_program_from', ['program', 'valid_from'])
    .execute();
  await appendOnly(db, 'billing_tariffs');

  for (const [table, extra] of [
    ['billing_extended_care', 'hourly_rate'],
    ['billing_fee_contracts', 'monthly_fee'],
  ] as const) {
    let t = db.schema
      .createTable(table)
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
      .addColumn('number', 'text');
    if (table === 'billing_fee_contracts') t = t.addColumn('payer_name', 'text');
    await t
      .addColumn('valid_from', 'text', (c) => c.notNull())
      .addColumn('valid_to', 'text')
      .addColumn(extra, 'integer', (c) => c.notNull().check(sql.raw(`${extra} > 0`)))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addCheckConstraint(`${table}_period`, sql`valid_to IS NULL OR valid_to >= valid_from`)
      .execute();
    await db.schema.createIndex(`${table}_client`).on(table).columns(['client_id', 'valid_from']).execute();
  }

  await db.schema
    .createTable('billing_claims')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('month', 'text', (c) => c.notNull().unique())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('paid_amount', 'integer')
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('issued_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('submitted_on', 'text')
    .addColumn('answered_on', 'text')
    .addColumn('agency_note', 'text')
    .addColumn('regional_centre', 'integer', (c) => c.notNull())
    .addUniqueConstraint('billing_claims_year_seq', ['year', 'seq'])
    .execute();
  await sql`CREATE TRIGGER billing_claims_no_delete BEFORE DELETE ON billing_claims
    BEGIN SELECT RAISE(ABORT, 'billing_claims is append-only'); END`.execute(db);
  // Only the workflow moves after issue; what was claimed never changes.
  await sql`CREATE TRIGGER billing_claims_frozen BEFORE UPDATE OF month, year, seq, number, total, issued_at, issued_by ON billing_claims
    BEGIN SELECT RAISE(ABORT, 'an issued claim cannot be changed'); END`.execute(db);

  await db.schema
    .createTable('billing_claim_lines')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('claim_id', 'integer', (c) => c.notNull().references('billing_claims.id'))
    .addColumn('line_no', 'integer', (c) => c.notNull())
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('client_code', 'text', (c) => c.notNull())
    .addColumn('program', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('ref_claim_id', 'integer', (c) => c.references('billing_claims.id'))
    .addColumn('days', 'integer', (c) => c.notNull())
    .addColumn('days_3_7', 'integer', (c) => c.notNull())
    .addColumn('days_7_18', 'integer', (c) => c.notNull())
    .addColumn('days_poor', 'integer', (c) => c.notNull())
    .addColumn('quantity', 'text', (c) => c.notNull())
    .addColumn('exact', 'text', (c) => c.notNull())
    .addColumn('amount', 'integer', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('rejected_reason', 'text')
    .addUniqueConstraint('billing_claim_lines_no', ['claim_id', 'line_no'])
    .execute();
  await sql`CREATE TRIGGER billing_claim_lines_no_delete BEFORE DELETE ON billing_claim_lines
    BEGIN SELECT RAISE(ABORT, 'billing_claim_lines is append-only'); END`.execute(db);
  await sql`CREATE TRIGGER billing_claim_lines_frozen BEFORE UPDATE OF claim_id, line_no, client_id, client_code, program, kind, ref_claim_id, days, days_3_7, days_7_18, days_poor, quantity, exact, amount ON billing_claim_lines
    BEGIN SELECT RAISE(ABORT, 'an issued claim line cannot be changed'); END`.execute(db);

  await db.schema
    .createTable('billing_claim_days')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('claim_id', 'integer', (c) => c.notNull().references('billing_claims.id'))
    .addColumn('line_id', 'integer', (c) => c.notNull().references('billing_claim_lines.id'))
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('program', 'text', (c) => c.notNull())
    .addColumn('authorisation_id', 'integer', (c) => c.notNull().references('billing_authorisations.id'))
    .addColumn('units', 'integer', (c) => c.notNull().check(sql`units IN (1, -1)`))
    .addColumn('amount', 'text', (c) => c.notNull())
    .addColumn('quantity', 'text', (c) => c.notNull())
    .addColumn('band', 'text')
    .addColumn('poor', 'integer', (c) => c.notNull())
    .addColumn('ref_claim_id', 'integer', (c) => c.references('billing_claims.id'))
    .execute();
  await db.schema.createIndex('billing_claim_days_client_date').on('billing_claim_days').columns(['client_id', 'date']).execute();
  await db.schema.createIndex('billing_claim_days_claim').on('billing_claim_days').column('claim_id').execute();
  await appendOnly(db, 'billing_claim_days');

  await db.schema
    .createTable('billing_claim_exceptions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('claim_id', 'integer', (c) => c.notNull().references('billing_claims.id'))
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('client_code', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('billing_claim_exceptions_claim').on('billing_claim_exceptions').column('claim_id').execute();
  await appendOnly(db, 'billing_claim_exceptions');

  await db.schema
    .createTable('billing_locks')
    .addColumn('month', 'text', (c) => c.primaryKey())
    .addColumn('claim_id', 'integer', (c) => c.notNull().references('billing_claims.id'))
    .addColumn('locked_at', 'text', (c) => c.notNull())
    .execute();
  await appendOnly(db, 'billing_locks');

  await db.schema
    .createTable('billing_corrections')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('settled_by_claim_id', 'integer', (c) => c.references('billing_claims.id'))
    .execute();
  await db.schema.createIndex('billing_corrections_pending').on('billing_corrections').columns(['settled_by_claim_id', 'date']).execute();
  await sql`CREATE TRIGGER billing_corrections_no_delete BEFORE DELETE ON billing_corrections
    BEGIN SELECT RAISE(ABORT, 'billing_corrections is append-only'); END`.execute(db);

  await db.schema
    .createTable('billing_parent_invoices')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('client_code', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('payer_name', 'text')
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('issued_by', 'integer', (c) => c.notNull().references('users.id'))
    .addUniqueConstraint('billing_parent_invoices_year_seq', ['year', 'seq'])
    .addUniqueConstraint('billing_parent_invoices_client_month', ['client_id', 'month'])
    .execute();
  await db.schema.createIndex('billing_parent_invoices_month').on('billing_parent_invoices').column('month').execute();
  await appendOnly(db, 'billing_parent_invoices');

  await db.schema
    .createTable('billing_parent_invoice_lines')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('invoice_id', 'integer', (c) => c.notNull().references('billing_parent_invoices.id'))
    .addColumn('line_no', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('source_id', 'integer', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('rate', 'integer', (c) => c.notNull())
    .addColumn('dates_json', 'text', (c) => c.notNull())
    .addColumn('exact', 'text', (c) => c.notNull())
    .addColumn('amount', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('billing_parent_invoice_lines_invoice').on('billing_parent_invoice_lines').column('invoice_id').execute();
  await appendOnly(db, 'billing_parent_invoice_lines');

  await db.schema
    .createTable('billing_payments')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('invoice_id', 'integer', (c) => c.notNull().references('billing_parent_invoices.id'))
    .addColumn('receipt_no', 'text', (c) => c.notNull().unique())
    .addColumn('paid_on', 'text', (c) => c.notNull())
    .addColumn('amount', 'integer', (c) => c.notNull().check(sql`amount > 0`))
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('reference', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .execute();
  await db.schema.createIndex('billing_payments_invoice').on('billing_payments').column('invoice_id').execute();
  await db.schema.createIndex('billing_payments_paid_on').on('billing_payments').column('paid_on').execute();
  await appendOnly(db, 'billing_payments');

  await db.schema
    .createTable('billing_confirmation_imports')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('months', 'text', (c) => c.notNull())
    .addColumn('rows', 'integer', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('imported_by', 'integer', (c) => c.notNull().references('users.id'))
    .execute();
  await db.schema
    .createTable('billing_confirmed_days')
    .addColumn('import_id', 'integer', (c) => c.notNull().references('billing_confirmation_imports.id'))
    .addColumn('voucher_no', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('billing_confirmed_days_voucher_date').on('billing_confirmed_days').columns(['voucher_no', 'date']).execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reversed; restore a backup instead.');
}
