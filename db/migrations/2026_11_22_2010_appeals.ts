import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here, never edit after release.
// Bits of help_mask: medical 1, psychological 2, social 4, pedagogical 8, legal 16, consultation 32,
// shelter 64, referral 128. Bits of violence_extra: physical 1, sexual 2, psychological 4, economic 8, other 16.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('appeals')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('appeal_date', 'text', (c) => c.notNull())
    .addColumn('appeal_time', 'text')
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel IN ('hotline', 'walk_in', 'referral')`))
    .addColumn('referred_by', 'text')
    .addColumn('referrer_note', 'text')
    .addColumn('applicant', 'text', (c) => c.notNull().check(sql`applicant IN ('woman', 'girl', 'man')`))
    .addColumn('age', 'integer', (c) => c.check(sql`age BETWEEN 0 AND 120`))
    .addColumn('region_soato', 'text', (c) => c.notNull())
    .addColumn('violence_type', 'text', (c) => c.check(sql`violence_type IN ('physical', 'sexual', 'psychological', 'economic', 'other')`))
    .addColumn('violence_extra', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`violence_extra BETWEEN 0 AND 31`),
    )
    .addColumn('place', 'text', (c) => c.check(sql`place IN ('domestic', 'workplace', 'public', 'elsewhere')`))
    .addColumn('relationship', 'text', (c) => c.check(sql`relationship IS NULL OR place IS NOT NULL`))
    .addColumn('suicide_risk', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`suicide_risk IN (0, 1)`),
    )
    .addColumn('help_mask', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`help_mask BETWEEN 0 AND 255`),
    )
    .addColumn('outcome', 'text')
    // Links to clients.id; the foreign key comes with a later migration once the clients table exists.
    .addColumn('client_id', 'integer')
    .addColumn('full_name', 'text')
    .addColumn('assigned_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('exploitation_type', 'text')
    .addColumn('country', 'text')
    .addColumn('notes', 'text')
    .addColumn('source', 'text', (c) => c.notNull().defaultTo('entry'))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // The statistics read only these columns over a date range: a covering index keeps every
  // GROUP BY an index-only scan (100,000 appeals over 10 years).
  await db.schema
    .createIndex('appeals_stats')
    .on('appeals')
    .columns(['appeal_date', 'applicant', 'violence_type', 'region_soato', 'place', 'relationship', 'channel', 'help_mask', 'suicide_risk'])
    .execute();
  // The register, newest first: (appeal_date, rowid) gives the order without sorting.
  await db.schema.createIndex('appeals_date').on('appeals').column('appeal_date').execute();
  await db.schema.createIndex('appeals_assigned').on('appeals').column('assigned_user_id').execute();
  await db.schema.createIndex('appeals_client').on('appeals').column('client_id').execute();

  await db.schema
    .createTable('appeal_code_counters')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('last', 'integer', (c) => c.notNull())
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reversed; restore a backup instead.');
}
