import type { Kysely, Insertable, Updateable } from 'kysely';
import type { Database } from '../schema';
import type { AssessmentRow, AssessmentDomainRow, AssessmentsTable } from '../tables/plans';

type Db = Kysely<Database>;

export interface DomainValues {
  domain: string;
  rating: number | null;
  strengths: string | null;
  needs: string | null;
  notes: string | null;
}

export async function insertAssessment(db: Db, a: Insertable<AssessmentsTable>): Promise<number> {
  return (await db.insertInto('assessments').values(a).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateAssessment(db: Db, id: number, a: Updateable<AssessmentsTable>): Promise<void> {
  await db.updateTable('assessments').set(a).where('id', '=', id).execute();
}

export function findAssessment(db: Db, id: number): Promise<AssessmentRow | undefined> {
  return db.selectFrom('assessments').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function deleteAssessment(db: Db, id: number): Promise<void> {
  await db.deleteFrom('assessment_domains').where('assessment_id', '=', id).execute();
  await db.deleteFrom('assessments').where('id', '=', id).execute();
}

export async function replaceDomains(db: Db, assessmentId: number, domains: DomainValues[]): Promise<void> {
  await db.deleteFrom('assessment_domains').where('assessment_id', '=', assessmentId).execute();
  if (domains.length)
    await db
      .insertInto('assessment_domains')
      .values(domains.map((d) => ({ ...d, assessment_id: assessmentId })))
      .execute();
}

export function domainsOf(db: Db, assessmentIds: number[]): Promise<AssessmentDomainRow[]> {
  if (!assessmentIds.length) return Promise.resolve([]);
  return db.selectFrom('assessment_domains').selectAll().where('assessment_id', 'in', assessmentIds).execute();
}

export function assessmentsOf(db: Db, clientId: number): Promise<AssessmentRow[]> {
  return db
    .selectFrom('assessments')
    .selectAll()
    .where('client_id', '=', clientId)
    .orderBy('assessed_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Rated domains per assessment, for lists. */
export async function ratedCounts(db: Db, assessmentIds: number[]): Promise<Map<number, number>> {
  if (!assessmentIds.length) return new Map();
  const rows = await db
    .selectFrom('assessment_domains')
    .select(['assessment_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('assessment_id', 'in', assessmentIds)
    .where('rating', 'is not', null)
    .groupBy('assessment_id')
    .execute();
  return new Map(rows.map((r) => [r.assessment_id, Number(r.n)]));
}

export interface AssessmentState {
  client_id: number;
  last_completed_on: string | null;
  last_completed_id: number | null;
  draft_id: number | null;
}

/**
 * Per client: the latest completed assessment on or after `since` (the current admission; null = any) and an open draft.
 * One query for a whole page of clients.
 */
export async function assessmentStates(
  db: Db,
  clients: Array<{ id: number; since: string | null }>,
): Promise<Map<number, AssessmentState>> {
  const out = new Map<number, AssessmentState>();
  if (!clients.length) return out;
  for (const c of clients) out.set(c.id, { client_id: c.id, last_completed_on: null, last_completed_id: null, draft_id: null });
  const since = new Map(clients.map((c) => [c.id, c.since]));
  const rows = await db
    .selectFrom('assessments')
    .select(['id', 'client_id', 'status', 'assessed_on'])
    .where(
      'client_id',
      'in',
      clients.map((c) => c.id),
    )
    .orderBy('assessed_on')
    .orderBy('id')
    .execute();
  for (const r of rows) {
    const s = out.get(r.client_id)!;
    if (r.status === 'draft') s.draft_id = r.id;
    else {
      const from = since.get(r.client_id);
      if (from && r.assessed_on < from) continue;
      s.last_completed_on = r.assessed_on;
      s.last_completed_id = r.id;
    }
  }
  return out;
}

export async function countCompletedBetween(db: Db, from: string, to: string): Promise<number> {
  const r = await db
    .selectFrom('assessments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'completed')
    .where('assessed_on', '>=', from)
    .where('assessed_on', '<=', to)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Clients staying now, with the admission date of their current stay. */
export function currentClientsAdmitted(db: Db): Promise<Array<{ id: number; admitted_on: string }>> {
  return db
    .selectFrom('clients as c')
    .innerJoin('stays as s', 's.id', 'c.last_stay_id')
    .select(['c.id', 's.admitted_on'])
    .where('c.status', 'in', ['active', 'away'])
    .execute();
}
