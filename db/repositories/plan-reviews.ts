import type { Kysely, Insertable, Updateable } from 'kysely';
import type { Database } from '../schema';
import type { PlanReviewRow, PlanReviewGoalRow, PlanReviewsTable } from '../tables/plans';

type Db = Kysely<Database>;

export async function insertReview(db: Db, r: Insertable<PlanReviewsTable>): Promise<number> {
  return (await db.insertInto('plan_reviews').values(r).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateReview(db: Db, id: number, r: Updateable<PlanReviewsTable>): Promise<void> {
  await db.updateTable('plan_reviews').set(r).where('id', '=', id).execute();
}

export function findReview(db: Db, id: number): Promise<PlanReviewRow | undefined> {
  return db.selectFrom('plan_reviews').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function deleteReview(db: Db, id: number): Promise<void> {
  await db.deleteFrom('plan_review_goals').where('review_id', '=', id).execute();
  await db.deleteFrom('plan_reviews').where('id', '=', id).execute();
}

export function reviewsOf(db: Db, planIds: number[]): Promise<PlanReviewRow[]> {
  if (!planIds.length) return Promise.resolve([]);
  return db
    .selectFrom('plan_reviews')
    .selectAll()
    .where('plan_id', 'in', planIds)
    .orderBy('reviewed_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export function openReviewOf(db: Db, planId: number): Promise<PlanReviewRow | undefined> {
  return db.selectFrom('plan_reviews').selectAll().where('plan_id', '=', planId).where('status', '=', 'draft').executeTakeFirst();
}

export async function replaceReviewGoals(db: Db, reviewId: number, goals: Array<Omit<PlanReviewGoalRow, 'review_id'>>): Promise<void> {
  await db.deleteFrom('plan_review_goals').where('review_id', '=', reviewId).execute();
  if (goals.length)
    await db
      .insertInto('plan_review_goals')
      .values(goals.map((g) => ({ ...g, review_id: reviewId })))
      .execute();
}

export function reviewGoalsOf(db: Db, reviewIds: number[]): Promise<PlanReviewGoalRow[]> {
  if (!reviewIds.length) return Promise.resolve([]);
  return db.selectFrom('plan_review_goals').selectAll().where('review_id', 'in', reviewIds).execute();
}

/** Per goal number: the latest completed review's rating and status (across all versions of the plan). */
export async function latestGoalResults(
  db: Db,
  planId: number,
  before?: { reviewedOn: string; id: number },
): Promise<Map<number, { reviewed_on: string; rating: number | null; status: string | null }>> {
  let q = db
    .selectFrom('plan_review_goals as g')
    .innerJoin('plan_reviews as r', 'r.id', 'g.review_id')
    .select(['g.goal_no', 'g.rating', 'g.status', 'r.reviewed_on', 'r.id'])
    .where('r.plan_id', '=', planId)
    .where('r.status', '=', 'done');
  if (before)
    q = q.where((eb) =>
      eb.or([
        eb('r.reviewed_on', '<', before.reviewedOn),
        eb.and([eb('r.reviewed_on', '=', before.reviewedOn), eb('r.id', '<', before.id)]),
      ]),
    );
  const rows = await q.orderBy('r.reviewed_on').orderBy('r.id').execute();
  const out = new Map<number, { reviewed_on: string; rating: number | null; status: string | null }>();
  for (const r of rows) out.set(r.goal_no, { reviewed_on: r.reviewed_on, rating: r.rating, status: r.status });
  return out;
}

export async function countReviewsDoneBetween(db: Db, from: string, to: string): Promise<number> {
  const r = await db
    .selectFrom('plan_reviews')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'done')
    .where('reviewed_on', '>=', from)
    .where('reviewed_on', '<=', to)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
