import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema';
import type { AppealRow, NewAppealRow } from '../tables/appeals';

/** With the assignee's name and, when the appeal led to an admission, the client's code. */
export type AppealWithAssignee = AppealRow & { assigned_name: string | null; client_code: string | null };

export interface AppealFilter {
  from?: string;
  to?: string;
  channel?: string;
  applicant?: string;
  violenceType?: string;
  regionSoato?: string;
  /** A place code, or 'none' for appeals without a place. */
  place?: string;
  suicideRisk?: boolean;
  codePrefix?: string;
}

function withAssignee(db: Kysely<Database>) {
  return db
    .selectFrom('appeals')
    .leftJoin('users', 'users.id', 'appeals.assigned_user_id')
    .leftJoin('clients', 'clients.id', 'appeals.client_id')
    .selectAll('appeals')
    .select(['users.full_name as assigned_name', 'clients.code as client_code']);
}

export function findAppeal(db: Kysely<Database>, id: number): Promise<AppealWithAssignee | undefined> {
  return withAssignee(db).where('appeals.id', '=', id).executeTakeFirst();
}

export async function insertAppeal(db: Kysely<Database>, row: NewAppealRow): Promise<number> {
  const r = await db.insertInto('appeals').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

/** Many rows in a few statements (500 rows each: ~13,000 bound values, under SQLite's limit). */
export async function insertAppeals(db: Kysely<Database>, rows: NewAppealRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('appeals')
      .values(rows.slice(i, i + 500))
      .execute();
}

export async function updateAppeal(db: Kysely<Database>, id: number, values: Partial<NewAppealRow>): Promise<void> {
  await db.updateTable('appeals').set(values).where('id', '=', id).execute();
}

/** The codes among `codes` that are already taken. */
export async function takenCodes(db: Kysely<Database>, codes: string[]): Promise<Set<string>> {
  const taken = new Set<string>();
  for (let i = 0; i < codes.length; i += 900) {
    const rows = await db
      .selectFrom('appeals')
      .select('code')
      .where('code', 'in', codes.slice(i, i + 900))
      .execute();
    for (const r of rows) taken.add(r.code);
  }
  return taken;
}

export async function lastCodeNumber(db: Kysely<Database>, year: number): Promise<number> {
  const r = await db.selectFrom('appeal_code_counters').select('last').where('year', '=', year).executeTakeFirst();
  return r?.last ?? 0;
}

export async function setLastCodeNumber(db: Kysely<Database>, year: number, last: number): Promise<void> {
  await db
    .insertInto('appeal_code_counters')
    .values({ year, last })
    .onConflict((oc) => oc.column('year').doUpdateSet({ last: sql`max(last, excluded.last)` }))
    .execute();
}

function filtered(db: Kysely<Database>, f: AppealFilter) {
  let q = db.selectFrom('appeals');
  if (f.from) q = q.where('appeals.appeal_date', '>=', f.from);
  if (f.to) q = q.where('appeals.appeal_date', '<=', f.to);
  if (f.channel) q = q.where('appeals.channel', '=', f.channel);
  if (f.applicant) q = q.where('appeals.applicant', '=', f.applicant);
  if (f.violenceType) q = q.where('appeals.violence_type', '=', f.violenceType);
  if (f.regionSoato) q = q.where('appeals.region_soato', '=', f.regionSoato);
  if (f.place === 'none') q = q.where('appeals.place', 'is', null);
  else if (f.place) q = q.where('appeals.place', '=', f.place);
  if (f.suicideRisk !== undefined) q = q.where('appeals.suicide_risk', '=', f.suicideRisk ? 1 : 0);
  if (f.codePrefix) q = q.where(sql<boolean>`appeals.code LIKE ${`${f.codePrefix.replace(/[\\%_]/g, '\\$&')}%`} ESCAPE '\\'`);
  return q;
}

export async function listAppeals(
  db: Kysely<Database>,
  f: AppealFilter,
  page: { offset: number; limit: number },
): Promise<{ total: number; rows: AppealWithAssignee[] }> {
  const count = await filtered(db, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await filtered(db, f)
    .leftJoin('users', 'users.id', 'appeals.assigned_user_id')
    .leftJoin('clients', 'clients.id', 'appeals.client_id')
    .selectAll('appeals')
    .select(['users.full_name as assigned_name', 'clients.code as client_code'])
    .orderBy('appeals.appeal_date', 'desc')
    .orderBy('appeals.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { total: Number(count.n), rows };
}

export async function activeSocialWorkers(db: Kysely<Database>): Promise<Array<{ id: number; full_name: string }>> {
  return db
    .selectFrom('users')
    .select(['id', 'full_name'])
    .where('role', '=', 'social_worker')
    .where('active', '=', 1)
    .orderBy('full_name')
    .execute();
}

// ---- Statistics: every figure is one GROUP BY over the appeals_stats index for the period. ----

export type GroupColumn =
  'applicant' | 'violence_type' | 'region_soato' | 'channel' | 'exploitation_type' | 'country' | 'referred_by' | 'outcome';

/** Count per value of one column in a period (first and last day included); null is a value too. */
export async function countBy(db: Kysely<Database>, from: string, to: string, column: GroupColumn): Promise<Map<string | null, number>> {
  const rows = await db
    .selectFrom('appeals')
    .select([sql.ref<string | null>(column).as('k'), (eb) => eb.fn.countAll<number>().as('n')])
    .where('appeal_date', '>=', from)
    .where('appeal_date', '<=', to)
    .groupBy(sql.ref(column))
    .execute();
  return new Map(rows.map((r) => [r.k, Number(r.n)]));
}

export async function countByPlaceAndRelationship(
  db: Kysely<Database>,
  from: string,
  to: string,
): Promise<Array<{ place: string | null; relationship: string | null; n: number }>> {
  const rows = await db
    .selectFrom('appeals')
    .select(['place', 'relationship', (eb) => eb.fn.countAll<number>().as('n')])
    .where('appeal_date', '>=', from)
    .where('appeal_date', '<=', to)
    .groupBy(['place', 'relationship'])
    .execute();
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

/**
 * Total, suicide risk and, per help bit, how many appeals got that help — one index-only pass.
 * `minors` (girls or age under 18) reads the rows themselves: the shelter's small register only.
 */
export async function periodTotals(
  db: Kysely<Database>,
  from: string,
  to: string,
  helpBits: Record<string, number>,
  options: { minors?: boolean } = {},
): Promise<{ total: number; suicideRisk: number; minors: number; help: Record<string, number> }> {
  const helpSelects = Object.entries(helpBits).map(([k, bit]) =>
    sql<number>`coalesce(sum((help_mask & ${sql.lit(bit)}) != 0), 0)`.as(`h_${k}`),
  );
  const row = (await db
    .selectFrom('appeals')
    .select([
      (eb) => eb.fn.countAll<number>().as('total'),
      sql<number>`coalesce(sum(suicide_risk), 0)`.as('suicide'),
      options.minors ? sql<number>`coalesce(sum(applicant = 'girl' OR age < 18), 0)`.as('minors') : sql<number>`0`.as('minors'),
      ...helpSelects,
    ])
    .where('appeal_date', '>=', from)
    .where('appeal_date', '<=', to)
    .executeTakeFirstOrThrow()) as Record<string, number>;
  const help = Object.fromEntries(Object.keys(helpBits).map((k) => [k, Number(row[`h_${k}`])]));
  return { total: Number(row.total), suicideRisk: Number(row.suicide), minors: Number(row.minors), help };
}
