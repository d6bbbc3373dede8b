import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here, never edit after release.
// Needs assessments, individual plans with versions, reviews, delivered activities, services catalogue.

// The catalogue a facility starts with (the manager renames, retires or adds to it).
const SERVICES: Array<[string, string, string, string]> = [
  ['psychological_counselling', 'Psixologik maslahat', 'Психологическое консультирование', 'Psychological counselling'],
  ['legal_aid', 'Huquqiy yordam', 'Юридическая помощь', 'Legal aid'],
  ['medical_care', 'Tibbiy yordam', 'Медицинская помощь', 'Medical care'],
  [
    'rehabilitation',
    'Reabilitatsiya (davolash jismoniy tarbiyasi, massaj)',
    'Реабилитация (ЛФК, массаж)',
    'Rehabilitation (physiotherapy, massage)',
  ],
  ['pedagogical_support', 'Pedagogik yordam', 'Педагогическая поддержка', 'Pedagogical support'],
  ['speech_therapy', 'Logoped mashgʻulotlari', 'Занятия с логопедом', 'Speech therapy'],
  ['daily_living_skills', 'Kundalik hayot koʻnikmalariga oʻrgatish', 'Обучение навыкам повседневной жизни', 'Daily living skills training'],
  ['vocational_training', 'Kasb-hunarga oʻqitish', 'Профессиональное обучение', 'Vocational training'],
  ['employment_support', 'Ishga joylashishga koʻmaklashish', 'Содействие в трудоустройстве', 'Help finding work'],
  ['family_reintegration', 'Oilaga qaytarish (reintegratsiya)', 'Реинтеграция в семью', 'Family reintegration'],
  [
    'inson_referral',
    '“Inson” ijtimoiy xizmatlar markaziga yoʻllash',
    'Направление в центр социальных услуг «Инсон»',
    'Referral to the “Inson” social service center',
  ],
  [
    'social_support',
    'Ijtimoiy yordam (hujjatlar, nafaqalar)',
    'Социальная помощь (документы, пособия)',
    'Social support (documents, benefits)',
  ],
  ['repatriation', 'Vataniga qaytishga koʻmaklashish', 'Содействие в возвращении на родину', 'Help with repatriation'],
  ['leisure', 'Boʻsh vaqt va sport mashgʻulotlari', 'Досуг и спорт', 'Leisure and sport'],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('plan_settings')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('initial_due_days', 'integer', (c) => c.notNull())
    .addColumn('reassess_months', 'integer', (c) => c.notNull())
    .addColumn('review_months', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await sql`INSERT INTO plan_settings (id, initial_due_days, reassess_months, review_months, updated_at)
    VALUES (1, 14, 6, 3, '2026-11-22T00:00:00.000Z')`.execute(db);

  await db.schema
    .createTable('plan_services')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('code', 'text', (c) => c.unique())
    .addColumn('name_uz', 'text', (c) => c.notNull())
    .addColumn('name_ru', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('sort', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  for (const [i, [code, uz, ru, en]] of SERVICES.entries())
    await sql`INSERT INTO plan_services (code, name_uz, name_ru, name_en, active, sort, created_at)
      VALUES (${code}, ${uz}, ${ru}, ${en}, 1, ${i + 1}, '2026-11-22T00:00:00.000Z')`.execute(db);

  await db.schema
    .createTable('assessments')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('stay_id', 'integer', (c) => c.references('stays.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('assessed_on', 'text', (c) => c.notNull())
    .addColumn('participants', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('person_view', 'text')
    .addColumn('family_view', 'text')
    .addColumn('summary', 'text')
    .addColumn('change_reason', 'text')
    .addColumn('barthel', 'text')
    .addColumn('barthel_total', 'integer')
    .addColumn('lawton', 'text')
    .addColumn('lawton_total', 'integer')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('completed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('completed_at', 'text')
    .execute();
  await db.schema.createIndex('assessments_client').on('assessments').columns(['client_id', 'status', 'assessed_on']).execute();
  await db.schema.createIndex('assessments_completed').on('assessments').columns(['status', 'assessed_on']).execute();

  await db.schema
    .createTable('assessment_domains')
    .addColumn('assessment_id', 'integer', (c) => c.notNull().references('assessments.id'))
    .addColumn('domain', 'text', (c) => c.notNull())
    .addColumn('rating', 'integer')
    .addColumn('strengths', 'text')
    .addColumn('needs', 'text')
    .addColumn('notes', 'text')
    .addPrimaryKeyConstraint('assessment_domains_pk', ['assessment_id', 'domain'])
    .execute();

  await db.schema
    .createTable('plans')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('stay_id', 'integer', (c) => c.references('stays.id'))
    .addColumn('plan_no', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('current_version_id', 'integer')
    .addColumn('next_review_on', 'text')
    .addColumn('goal_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('activity_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addUniqueConstraint('plans_client_no', ['client_id', 'plan_no'])
    .execute();
  // One open plan per client, kept by the store itself.
  await sql`CREATE UNIQUE INDEX plans_one_open ON plans (client_id) WHERE status <> 'closed'`.execute(db);
  // Overdue reviews across the facility (home alerts, reports) are a range scan.
  await db.schema.createIndex('plans_next_review').on('plans').columns(['status', 'next_review_on']).execute();

  await db.schema
    .createTable('plan_versions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('assessment_id', 'integer', (c) => c.notNull().references('assessments.id'))
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text')
    .addColumn('aim', 'text')
    .addColumn('key_worker_id', 'integer', (c) => c.references('users.id'))
    .addColumn('review_months', 'integer', (c) => c.notNull())
    .addColumn('next_review_on', 'text')
    .addColumn('person_view', 'text')
    .addColumn('change_reason', 'text')
    .addColumn('returned_reason', 'text')
    .addColumn('close_reason', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'integer', (c) => c.references('users.id'))
    .addColumn('submitted_at', 'text')
    .addColumn('approved_by', 'integer', (c) => c.references('users.id'))
    .addColumn('approved_at', 'text')
    .addColumn('approved_on', 'text')
    .addColumn('ended_on', 'text')
    .addColumn('closed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('closed_at', 'text')
    .addUniqueConstraint('plan_versions_no', ['plan_id', 'version'])
    .execute();
  // At most one version being prepared (draft or submitted) per plan.
  await sql`CREATE UNIQUE INDEX plan_versions_one_pending ON plan_versions (plan_id) WHERE status IN ('draft', 'submitted')`.execute(db);
  await db.schema.createIndex('plan_versions_approved').on('plan_versions').column('approved_on').execute();

  await db.schema
    .createTable('plan_goals')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('version_id', 'integer', (c) => c.notNull().references('plan_versions.id'))
    .addColumn('goal_no', 'integer', (c) => c.notNull())
    .addColumn('sort', 'integer', (c) => c.notNull())
    .addColumn('domain', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('baseline', 'integer', (c) => c.notNull())
    .addColumn('target', 'integer', (c) => c.notNull())
    .addColumn('target_date', 'text', (c) => c.notNull())
    .addUniqueConstraint('plan_goals_no', ['version_id', 'goal_no'])
    .execute();

  await db.schema
    .createTable('plan_activities')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('version_id', 'integer', (c) => c.notNull().references('plan_versions.id'))
    .addColumn('goal_id', 'integer', (c) => c.notNull().references('plan_goals.id'))
    .addColumn('activity_no', 'integer', (c) => c.notNull())
    .addColumn('sort', 'integer', (c) => c.notNull())
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('service_id', 'integer', (c) => c.references('plan_services.id'))
    .addColumn('responsible_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('responsible_external', 'text')
    .addColumn('times', 'integer')
    .addColumn('per', 'text', (c) => c.notNull())
    .addColumn('place', 'text')
    .addUniqueConstraint('plan_activities_no', ['version_id', 'activity_no'])
    .execute();
  await db.schema.createIndex('plan_activities_goal').on('plan_activities').column('goal_id').execute();

  await db.schema
    .createTable('plan_reviews')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id'))
    .addColumn('version_id', 'integer', (c) => c.notNull().references('plan_versions.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reviewed_on', 'text', (c) => c.notNull())
    .addColumn('participants', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('summary', 'text')
    .addColumn('person_view', 'text')
    .addColumn('outcome', 'text')
    .addColumn('next_review_on', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('completed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('completed_at', 'text')
    .execute();
  await sql`CREATE UNIQUE INDEX plan_reviews_one_open ON plan_reviews (plan_id) WHERE status = 'draft'`.execute(db);
  await db.schema.createIndex('plan_reviews_plan').on('plan_reviews').columns(['plan_id', 'reviewed_on']).execute();
  await db.schema.createIndex('plan_reviews_done').on('plan_reviews').columns(['status', 'reviewed_on']).execute();

  await db.schema
    .createTable('plan_review_goals')
    .addColumn('review_id', 'integer', (c) => c.notNull().references('plan_reviews.id'))
    .addColumn('goal_id', 'integer', (c) => c.notNull().references('plan_goals.id'))
    .addColumn('goal_no', 'integer', (c) => c.notNull())
    .addColumn('rating', 'integer')
    .addColumn('status', 'text')
    .addColumn('note', 'text')
    .addPrimaryKeyConstraint('plan_review_goals_pk', ['review_id', 'goal_id'])
    .execute();

  await db.schema
    .createTable('plan_deliveries')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('plan_id', 'integer', (c) => c.references('plans.id'))
    .addColumn('activity_no', 'integer')
    .addColumn('activity_id', 'integer', (c) => c.references('plan_activities.id'))
    .addColumn('service_id', 'integer', (c) => c.references('plan_services.id'))
    .addColumn('done_on', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer')
    .addColumn('staff_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('note', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_ref', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('voided_at', 'text')
    .addColumn('voided_by', 'integer', (c) => c.references('users.id'))
    .addColumn('void_reason', 'text')
    .execute();
  await db.schema.createIndex('plan_deliveries_client').on('plan_deliveries').columns(['client_id', 'done_on']).execute();
  await db.schema.createIndex('plan_deliveries_plan').on('plan_deliveries').columns(['plan_id', 'activity_no', 'done_on']).execute();
  await db.schema.createIndex('plan_deliveries_done').on('plan_deliveries').columns(['done_on', 'service_id']).execute();
  await sql`CREATE UNIQUE INDEX plan_deliveries_source ON plan_deliveries (source, source_ref) WHERE source_ref IS NOT NULL`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reversed; restore a backup instead.');
}
