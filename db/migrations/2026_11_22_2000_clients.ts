import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here, never edit after release.
// Clients, stays, rooms and beds, groups, waiting list, documents.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rooms')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('floor', 'integer')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('note', 'text')
    .execute();

  await db.schema
    .createTable('beds')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('room_id', 'integer', (c) => c.notNull().references('rooms.id'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('beds_room_label', ['room_id', 'label'])
    .execute();

  await db.schema
    .createTable('care_groups')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('places', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('note', 'text')
    .execute();

  await db.schema
    .createTable('user_rooms')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('room_id', 'integer', (c) => c.notNull().references('rooms.id'))
    .addPrimaryKeyConstraint('user_rooms_pk', ['user_id', 'room_id'])
    .execute();
  await db.schema
    .createTable('user_groups')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('group_id', 'integer', (c) => c.notNull().references('care_groups.id'))
    .addPrimaryKeyConstraint('user_groups_pk', ['user_id', 'group_id'])
    .execute();

  await db.schema
    .createTable('clients')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('code_year', 'integer', (c) => c.notNull())
    .addColumn('code_seq', 'integer', (c) => c.notNull())
    .addColumn('last_name', 'text', (c) => c.notNull())
    .addColumn('first_name', 'text', (c) => c.notNull())
    .addColumn('middle_name', 'text')
    .addColumn('sort_name', 'text', (c) => c.notNull())
    .addColumn('birth_date', 'text')
    .addColumn('sex', 'text', (c) => c.notNull())
    .addColumn('pinfl', 'text')
    .addColumn('doc_type', 'text')
    .addColumn('doc_number', 'text')
    .addColumn('citizenship', 'text')
    .addColumn('region_soato', 'text')
    .addColumn('district_soato', 'text')
    .addColumn('makhalla', 'text')
    .addColumn('street', 'text')
    .addColumn('phones', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('languages', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('notes', 'text')
    .addColumn('disability_group', 'text')
    .addColumn('school', 'text')
    .addColumn('school_class', 'text')
    .addColumn('pmp_date', 'text')
    .addColumn('pmp_number', 'text')
    .addColumn('pmp_recommendation', 'text')
    .addColumn('trafficking_country', 'text')
    .addColumn('exploitation_type', 'text')
    .addColumn('documents_held', 'text')
    .addColumn('documents_missing', 'text')
    .addColumn('repatriation_needs', 'text')
    .addColumn('mother_id', 'integer', (c) => c.references('clients.id'))
    .addColumn('assigned_worker_id', 'integer', (c) => c.references('users.id'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('new'))
    .addColumn('last_stay_id', 'integer')
    .addColumn('current_room_id', 'integer', (c) => c.references('rooms.id'))
    .addColumn('current_bed_id', 'integer', (c) => c.references('beds.id'))
    .addColumn('current_group_id', 'integer', (c) => c.references('care_groups.id'))
    .addColumn('registered_on', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('clients_code_year_seq', ['code_year', 'code_seq'])
    .execute();
  await sql`CREATE UNIQUE INDEX clients_pinfl ON clients (pinfl) WHERE pinfl IS NOT NULL`.execute(db);
  await db.schema.createIndex('clients_status').on('clients').columns(['status', 'code']).execute();
  await db.schema.createIndex('clients_sort_name').on('clients').column('sort_name').execute();
  await db.schema.createIndex('clients_mother').on('clients').column('mother_id').execute();
  await db.schema.createIndex('clients_worker').on('clients').column('assigned_worker_id').execute();
  await db.schema.createIndex('clients_room').on('clients').column('current_room_id').execute();
  await db.schema.createIndex('clients_group').on('clients').column('current_group_id').execute();

  // Prefix search as you type is a range scan on this primary key (term >= 'x' AND term < 'x\uffff').
  await sql`CREATE TABLE client_search_terms (
    term TEXT NOT NULL,
    kind TEXT NOT NULL,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    PRIMARY KEY (term, kind, client_id)
  ) WITHOUT ROWID`.execute(db);
  await db.schema.createIndex('client_search_terms_client').on('client_search_terms').column('client_id').execute();

  await db.schema
    .createTable('client_representatives')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('relation', 'text')
    .addColumn('phone', 'text')
    .addColumn('appointing_document', 'text')
    .addColumn('address', 'text')
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('client_representatives_client').on('client_representatives').column('client_id').execute();

  await db.schema
    .createTable('client_diagnoses')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('icd10', 'text')
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('client_diagnoses_client').on('client_diagnoses').column('client_id').execute();

  await db.schema
    .createTable('client_photos')
    .addColumn('client_id', 'integer', (c) => c.primaryKey().references('clients.id'))
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('data', 'blob', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('client_poor_family_periods')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('to_date', 'text')
    .execute();
  await db.schema
    .createIndex('client_poor_family_periods_client')
    .on('client_poor_family_periods')
    .columns(['client_id', 'from_date'])
    .execute();

  await db.schema
    .createTable('stays')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('admitted_on', 'text', (c) => c.notNull())
    .addColumn('referral_source', 'text')
    .addColumn('referral_document', 'text')
    .addColumn('reason', 'text')
    .addColumn('weekdays', 'text')
    .addColumn('planned_from', 'text')
    .addColumn('planned_to', 'text')
    .addColumn('planned_discharge_on', 'text')
    .addColumn('accompanies_stay_id', 'integer', (c) => c.references('stays.id'))
    .addColumn('discharged_on', 'text')
    .addColumn('destination', 'text')
    .addColumn('follow_up_contact', 'text')
    .addColumn('discharge_note', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // One active stay per client, enforced by the store itself.
  await sql`CREATE UNIQUE INDEX stays_one_active ON stays (client_id) WHERE status = 'active'`.execute(db);
  await db.schema.createIndex('stays_client').on('stays').columns(['client_id', 'admitted_on']).execute();
  await db.schema.createIndex('stays_admitted').on('stays').column('admitted_on').execute();
  await db.schema.createIndex('stays_discharged').on('stays').column('discharged_on').execute();
  await db.schema.createIndex('stays_accompanies').on('stays').column('accompanies_stay_id').execute();

  await db.schema
    .createTable('placements')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('stay_id', 'integer', (c) => c.notNull().references('stays.id'))
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('room_id', 'integer', (c) => c.references('rooms.id'))
    .addColumn('bed_id', 'integer', (c) => c.references('beds.id'))
    .addColumn('group_id', 'integer', (c) => c.references('care_groups.id'))
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('to_date', 'text')
    .addColumn('note', 'text')
    .execute();
  await sql`CREATE UNIQUE INDEX placements_one_open ON placements (client_id) WHERE to_date IS NULL`.execute(db);
  await db.schema.createIndex('placements_stay').on('placements').column('stay_id').execute();
  await db.schema.createIndex('placements_bed').on('placements').columns(['bed_id', 'from_date']).execute();
  await db.schema.createIndex('placements_room').on('placements').columns(['room_id', 'from_date']).execute();
  await db.schema.createIndex('placements_group').on('placements').columns(['group_id', 'from_date']).execute();
  await db.schema.createIndex('placements_dates').on('placements').columns(['from_date', 'to_date']).execute();

  await db.schema
    .createTable('absences')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('stay_id', 'integer', (c) => c.notNull().references('stays.id'))
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('to_date', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('expected_return', 'text')
    .addColumn('note', 'text')
    .execute();
  await sql`CREATE UNIQUE INDEX absences_one_open ON absences (client_id) WHERE to_date IS NULL`.execute(db);
  await db.schema.createIndex('absences_stay').on('absences').column('stay_id').execute();
  await db.schema.createIndex('absences_dates').on('absences').columns(['from_date', 'to_date']).execute();

  await db.schema
    .createTable('capacity_overrides')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('stay_id', 'integer', (c) => c.notNull().references('stays.id'))
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('occupied', 'integer', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('capacity_overrides_stay').on('capacity_overrides').column('stay_id').execute();

  await db.schema
    .createTable('waiting_list')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('applied_on', 'text', (c) => c.notNull())
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('expected_on', 'text')
    .addColumn('note', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('closed_on', 'text')
    .addColumn('close_reason', 'text')
    .addColumn('stay_id', 'integer', (c) => c.references('stays.id'))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await sql`CREATE UNIQUE INDEX waiting_list_one_open ON waiting_list (client_id) WHERE status = 'waiting'`.execute(db);
  await db.schema.createIndex('waiting_list_status').on('waiting_list').columns(['status', 'applied_on']).execute();

  await db.schema
    .createTable('client_documents')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('number', 'text')
    .addColumn('issued_on', 'text')
    .addColumn('expires_on', 'text')
    .addColumn('note', 'text')
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'integer', (c) => c.references('users.id'))
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('client_documents_client').on('client_documents').column('client_id').execute();
  await db.schema.createIndex('client_documents_expires').on('client_documents').column('expires_on').execute();
  await db.schema
    .createTable('client_document_files')
    .addColumn('document_id', 'integer', (c) => c.primaryKey().references('client_documents.id'))
    .addColumn('data', 'blob', (c) => c.notNull())
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reversed; restore a backup instead.');
}
