// The family-type home's per-child progress report: who was in the home during a period, each
// child's plan as it stood at the period's end, its goals and their latest reviewed ratings, and
// the placement prospect the home keeps for the child.
import type { Kysely } from 'kysely';
import type { Database } from '../schema';

type Db = Kysely<Database>;

/** Residential stays that touch [from, to], with the child's register entry (latest stay last). */
export function childStaysTouching(db: Db, from: string, to: string) {
  return db
    .selectFrom('stays as s')
    .innerJoin('clients as c', 'c.id', 's.client_id')
    .select([
      's.client_id',
      's.admitted_on',
      's.discharged_on',
      's.destination',
      'c.code',
      'c.last_name',
      'c.first_name',
      'c.birth_date',
      'c.sex',
    ])
    .where('s.kind', '=', 'residential')
    .where('s.admitted_on', '<=', to)
    .where((eb) => eb.or([eb('s.discharged_on', 'is', null), eb('s.discharged_on', '>=', from)]))
    .orderBy('c.sort_name')
    .orderBy('s.admitted_on')
    .execute();
}

/** Per client, the plan version in force on `day` (approved by then and not ended by then), with its plan. */
export function versionsInForceOn(db: Db, clientIds: readonly number[], day: string) {
  if (!clientIds.length) return Promise.resolve([]);
  return db
    .selectFrom('plan_versions as v')
    .innerJoin('plans as p', 'p.id', 'v.plan_id')
    .select([
      'p.client_id',
      'p.id as plan_id',
      'p.plan_no',
      'v.id as version_id',
      'v.version',
      'v.starts_on',
      'v.next_review_on',
      'v.approved_on',
    ])
    .where('p.client_id', 'in', clientIds)
    .where('v.approved_on', 'is not', null)
    .where('v.approved_on', '<=', day)
    .where((eb) => eb.or([eb('v.ended_on', 'is', null), eb('v.ended_on', '>', day)]))
    .orderBy('v.approved_on')
    .execute();
}

export function goalsOfVersions(db: Db, versionIds: readonly number[]) {
  if (!versionIds.length) return Promise.resolve([]);
  return db
    .selectFrom('plan_goals')
    .select(['version_id', 'goal_no', 'domain', 'title', 'baseline', 'target', 'target_date'])
    .where('version_id', 'in', versionIds)
    .orderBy('version_id')
    .orderBy('sort')
    .execute();
}

/** Completed reviews of these plans up to `day`, oldest first, with each goal's rating and status. */
export function reviewedGoalsUpTo(db: Db, planIds: readonly number[], day: string) {
  if (!planIds.length) return Promise.resolve([]);
  return db
    .selectFrom('plan_reviews as r')
    .leftJoin('plan_review_goals as g', 'g.review_id', 'r.id')
    .select(['r.id as review_id', 'r.plan_id', 'r.reviewed_on', 'r.outcome', 'g.goal_no', 'g.rating', 'g.status'])
    .where('r.plan_id', 'in', planIds)
    .where('r.status', '=', 'done')
    .where('r.reviewed_on', '<=', day)
    .orderBy('r.reviewed_on')
    .orderBy('r.id')
    .execute();
}

/** The latest completed assessment of each client up to `day`. */
export async function lastAssessmentsUpTo(db: Db, clientIds: readonly number[], day: string): Promise<Map<number, string>> {
  if (!clientIds.length) return new Map();
  const rows = await db
    .selectFrom('assessments')
    .select(['client_id', (eb) => eb.fn.max('assessed_on').as('on')])
    .where('client_id', 'in', clientIds)
    .where('status', '=', 'completed')
    .where('assessed_on', '<=', day)
    .groupBy('client_id')
    .execute();
  return new Map(rows.map((r) => [r.client_id, String(r.on)]));
}

export async function prospectsOf(db: Db, clientIds: readonly number[]) {
  if (!clientIds.length) return new Map<number, { prospect: string; note: string | null; updated_at: string }>();
  const rows = await db.selectFrom('placement_prospects').selectAll().where('client_id', 'in', clientIds).execute();
  return new Map(rows.map((r) => [r.client_id, r]));
}

export function findProspect(db: Db, clientId: number) {
  return db.selectFrom('placement_prospects').selectAll().where('client_id', '=', clientId).executeTakeFirst();
}

export async function saveProspect(
  db: Db,
  row: { client_id: number; prospect: string; note: string | null; updated_at: string; updated_by: number },
) {
  await db
    .insertInto('placement_prospects')
    .values(row)
    .onConflict((oc) =>
      oc
        .column('client_id')
        .doUpdateSet({ prospect: row.prospect, note: row.note, updated_at: row.updated_at, updated_by: row.updated_by }),
    )
    .execute();
}
