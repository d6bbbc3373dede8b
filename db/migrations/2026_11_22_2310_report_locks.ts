import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here, never edit after release.
//
// A closed report period cannot be changed without reopening it (issue 8). The store itself
// refuses a write that would change a figure of a closed period, whatever path it comes by
// (a form, an import, the command line): the record's date lies in a closed period of a report
// that counts it, and a counted column changes. The correction path is the period's own: the
// manager reopens it with a reason (kept in its history), corrects, and closes it again.
//
// The trigger's message is a fixed code the backend turns into the user's message.
const CLOSED = 'komak:report_period_closed';

interface Guard {
  table: string;
  /** Report kinds that count this table's rows. */
  kinds: string[];
  /** The date a row belongs to: the row is inside a period when this date is. */
  date: string;
  /** Columns whose change changes a figure. */
  counted: string[];
  /** Only rows in this state are counted (a draft review is not): `row` is NEW or OLD. */
  only?: (row: string) => string;
}

const GUARDS: Guard[] = [
  {
    table: 'appeals',
    kinds: ['women_stats', 'trafficking_stats'],
    date: 'appeal_date',
    counted: [
      'appeal_date',
      'channel',
      'referred_by',
      'applicant',
      'age',
      'region_soato',
      'violence_type',
      'violence_extra',
      'place',
      'relationship',
      'suicide_risk',
      'help_mask',
      'outcome',
      'exploitation_type',
      'country',
    ],
  },
  {
    table: 'attendance',
    kinds: ['activity', 'day_care_claim'],
    date: 'date',
    counted: ['client_id', 'date', 'check_in', 'check_out', 'absence_reason'],
  },
  { table: 'incidents', kinds: ['activity'], date: 'occurred_date', counted: ['occurred_date', 'type', 'severity'] },
  { table: 'plan_deliveries', kinds: ['activity'], date: 'done_on', counted: ['done_on', 'service_id', 'activity_id', 'voided_at'] },
  {
    table: 'plan_reviews',
    kinds: ['activity', 'child_progress'],
    date: 'reviewed_on',
    counted: ['reviewed_on', 'status'],
    only: (row) => `${row}.status = 'done'`,
  },
  {
    table: 'assessments',
    kinds: ['activity', 'child_progress'],
    date: 'assessed_on',
    counted: ['assessed_on', 'status'],
    only: (row) => `${row}.status = 'completed'`,
  },
  { table: 'plan_versions', kinds: ['activity', 'child_progress'], date: 'approved_on', counted: ['approved_on'] },
];

const inClosed = (kinds: string[], value: string) =>
  `EXISTS (SELECT 1 FROM report_periods WHERE status = 'closed' AND kind IN (${kinds.map((k) => `'${k}'`).join(', ')}) ` +
  `AND ${value} BETWEEN period_from AND period_to)`;

const changed = (cols: string[]) => cols.map((c) => `NEW.${c} IS NOT OLD.${c}`).join(' OR ');

const raise = `BEGIN SELECT RAISE(ABORT, '${CLOSED}'); END`;

export async function up(db: Kysely<unknown>): Promise<void> {
  // The guard reads report_periods for every guarded write: by status first, it is a handful of rows.
  await db.schema.createIndex('report_periods_closed').on('report_periods').columns(['status', 'kind', 'period_from']).execute();

  for (const g of GUARDS) {
    const { table: t, kinds, date } = g;
    const counts = (row: string) => (g.only ? `${g.only(row)} AND ` : '');
    const at = (row: string) => `(${counts(row)}${inClosed(kinds, `${row}.${date}`)})`;
    await sql.raw(`CREATE TRIGGER ${t}_closed_period_insert BEFORE INSERT ON ${t} WHEN ${at('NEW')} ${raise}`).execute(db);
    await sql
      .raw(
        `CREATE TRIGGER ${t}_closed_period_update BEFORE UPDATE ON ${t} WHEN (${changed(g.counted)}) AND (${at('OLD')} OR ${at('NEW')}) ${raise}`,
      )
      .execute(db);
    await sql.raw(`CREATE TRIGGER ${t}_closed_period_delete BEFORE DELETE ON ${t} WHEN ${at('OLD')} ${raise}`).execute(db);
  }

  // Stays carry two events: an admission and a discharge. Discharging today a child admitted in a
  // closed month is normal work; back-dating either event into a closed month is not.
  const stayKinds = ['activity', 'child_progress'];
  const moved = (col: string) =>
    `(NEW.${col} IS NOT OLD.${col} AND (${inClosed(stayKinds, `OLD.${col}`)} OR ${inClosed(stayKinds, `NEW.${col}`)}))`;
  await sql
    .raw(
      `CREATE TRIGGER stays_closed_period_insert BEFORE INSERT ON stays ` +
        `WHEN ${inClosed(stayKinds, 'NEW.admitted_on')} OR ${inClosed(stayKinds, 'NEW.discharged_on')} ${raise}`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER stays_closed_period_update BEFORE UPDATE ON stays WHEN ${moved('admitted_on')} OR ${moved('discharged_on')} ` +
        `OR (NEW.destination IS NOT OLD.destination AND ${inClosed(stayKinds, 'NEW.discharged_on')}) ` +
        `OR (NEW.client_id IS NOT OLD.client_id AND ${inClosed(stayKinds, 'NEW.admitted_on')}) ${raise}`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER stays_closed_period_delete BEFORE DELETE ON stays ` +
        `WHEN ${inClosed(stayKinds, 'OLD.admitted_on')} OR ${inClosed(stayKinds, 'OLD.discharged_on')} ${raise}`,
    )
    .execute(db);

  // Family-type home: where each child's future is planned (reintegration, guardianship, adoption…),
  // as the per-child progress report shows it. One current prospect per child; changes are audited.
  await db.schema
    .createTable('placement_prospects')
    .addColumn('client_id', 'integer', (c) => c.primaryKey().references('clients.id'))
    .addColumn('prospect', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'integer', (c) => c.notNull().references('users.id'))
    .execute();

  // An appeal's link to a client (the person was admitted) names a client of this register; the
  // column predates the clients table, so the store checks it here instead of a foreign key.
  const missing = `NEW.client_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM clients WHERE id = NEW.client_id)`;
  await sql
    .raw(
      `CREATE TRIGGER appeals_client_exists_insert BEFORE INSERT ON appeals WHEN ${missing} BEGIN SELECT RAISE(ABORT, 'komak:appeal_client_missing'); END`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER appeals_client_exists_update BEFORE UPDATE OF client_id ON appeals WHEN ${missing} BEGIN SELECT RAISE(ABORT, 'komak:appeal_client_missing'); END`,
    )
    .execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reversed; restore a backup instead.');
}
