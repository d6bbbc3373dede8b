import type { Kysely, Insertable, Updateable } from 'kysely';
import type { Database } from '../schema';
import type {
  PlanRow,
  PlanVersionRow,
  PlanGoalRow,
  PlanActivityRow,
  PlansTable,
  PlanVersionsTable,
  PlanGoalsTable,
  PlanActivitiesTable,
} from '../tables/plans';

type Db = Kysely<Database>;

export async function insertPlan(db: Db, p: Insertable<PlansTable>): Promise<number> {
  return (await db.insertInto('plans').values(p).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updatePlan(db: Db, id: number, p: Updateable<PlansTable>): Promise<void> {
  await db.updateTable('plans').set(p).where('id', '=', id).execute();
}

export function findPlan(db: Db, id: number): Promise<PlanRow | undefined> {
  return db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function deletePlan(db: Db, id: number): Promise<void> {
  await db.deleteFrom('plans').where('id', '=', id).execute();
}

export function plansOf(db: Db, clientId: number): Promise<PlanRow[]> {
  return db.selectFrom('plans').selectAll().where('client_id', '=', clientId).orderBy('plan_no', 'desc').execute();
}

export function openPlanOf(db: Db, clientId: number): Promise<PlanRow | undefined> {
  return db.selectFrom('plans').selectAll().where('client_id', '=', clientId).where('status', '<>', 'closed').executeTakeFirst();
}

export async function nextPlanNo(db: Db, clientId: number): Promise<number> {
  const r = await db
    .selectFrom('plans')
    .select((eb) => eb.fn.max('plan_no').as('m'))
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  return Number(r?.m ?? 0) + 1;
}

/** The latest plan of each client (open first), for lists. */
export async function latestPlans(db: Db, clientIds: number[]): Promise<Map<number, PlanRow>> {
  const out = new Map<number, PlanRow>();
  if (!clientIds.length) return out;
  const rows = await db.selectFrom('plans').selectAll().where('client_id', 'in', clientIds).orderBy('plan_no').execute();
  for (const r of rows) {
    const seen = out.get(r.client_id);
    if (!seen || seen.status === 'closed' || r.status !== 'closed') out.set(r.client_id, r);
  }
  return out;
}

export async function insertVersion(db: Db, v: Insertable<PlanVersionsTable>): Promise<number> {
  return (await db.insertInto('plan_versions').values(v).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateVersion(db: Db, id: number, v: Updateable<PlanVersionsTable>): Promise<void> {
  await db.updateTable('plan_versions').set(v).where('id', '=', id).execute();
}

export function findVersion(db: Db, id: number): Promise<PlanVersionRow | undefined> {
  return db.selectFrom('plan_versions').selectAll().where('id', '=', id).executeTakeFirst();
}

export function versionsOf(db: Db, planIds: number[]): Promise<PlanVersionRow[]> {
  if (!planIds.length) return Promise.resolve([]);
  return db.selectFrom('plan_versions').selectAll().where('plan_id', 'in', planIds).orderBy('version').execute();
}

/** The version being prepared (draft or submitted) of a plan, if any. */
export function pendingVersionOf(db: Db, planId: number): Promise<PlanVersionRow | undefined> {
  return db
    .selectFrom('plan_versions')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('status', 'in', ['draft', 'submitted'])
    .executeTakeFirst();
}

export async function deleteVersion(db: Db, id: number): Promise<void> {
  await db.deleteFrom('plan_activities').where('version_id', '=', id).execute();
  await db.deleteFrom('plan_goals').where('version_id', '=', id).execute();
  await db.deleteFrom('plan_versions').where('id', '=', id).execute();
}

export type GoalValues = Omit<Insertable<PlanGoalsTable>, 'version_id'>;
export type ActivityValues = Omit<Insertable<PlanActivitiesTable>, 'version_id' | 'goal_id'>;

/** Replaces a version's goals and activities (drafts only: approved versions are never rewritten). */
export async function replaceGoals(db: Db, versionId: number, goals: Array<GoalValues & { activities: ActivityValues[] }>): Promise<void> {
  await db.deleteFrom('plan_activities').where('version_id', '=', versionId).execute();
  await db.deleteFrom('plan_goals').where('version_id', '=', versionId).execute();
  for (const { activities, ...g } of goals) {
    const goalId = (
      await db
        .insertInto('plan_goals')
        .values({ ...g, version_id: versionId })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    if (activities.length)
      await db
        .insertInto('plan_activities')
        .values(activities.map((a) => ({ ...a, version_id: versionId, goal_id: goalId })))
        .execute();
  }
}

export function goalsOf(db: Db, versionIds: number[]): Promise<PlanGoalRow[]> {
  if (!versionIds.length) return Promise.resolve([]);
  return db.selectFrom('plan_goals').selectAll().where('version_id', 'in', versionIds).orderBy('sort').execute();
}

export function activitiesOf(db: Db, versionIds: number[]): Promise<PlanActivityRow[]> {
  if (!versionIds.length) return Promise.resolve([]);
  return db.selectFrom('plan_activities').selectAll().where('version_id', 'in', versionIds).orderBy('sort').execute();
}

export function findActivity(db: Db, id: number): Promise<PlanActivityRow | undefined> {
  return db.selectFrom('plan_activities').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Plans whose review date has passed (open, approved or under review). */
export async function countReviewsOverdue(db: Db, today: string): Promise<number> {
  const r = await db
    .selectFrom('plans')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', 'in', ['approved', 'under_review'])
    .where('next_review_on', '<', today)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function countReviewsDueBy(db: Db, today: string, by: string): Promise<number> {
  const r = await db
    .selectFrom('plans')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', 'in', ['approved', 'under_review'])
    .where('next_review_on', '>=', today)
    .where('next_review_on', '<=', by)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function countVersionsAwaitingApproval(db: Db): Promise<number> {
  const r = await db
    .selectFrom('plan_versions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'submitted')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function countApprovedBetween(db: Db, from: string, to: string): Promise<number> {
  const r = await db
    .selectFrom('plan_versions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('approved_on', '>=', from)
    .where('approved_on', '<=', to)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
