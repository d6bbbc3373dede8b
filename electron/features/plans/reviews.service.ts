import type { PlanRow, PlanVersionRow, PlanReviewRow, PlanGoalRow } from '../../../db/tables/plans';
import type { ReviewFields, ReviewOut, Domain, GoalStatus, ReviewOutcome } from '../../contract/plans.schemas';
import { goalProgress } from '../../contract/plans.scales';
import { tashkentToday } from '../../contract/format';
import { findPlan, findVersion, goalsOf } from '../../../db/repositories/plans';
import { findReview, reviewGoalsOf, latestGoalResults, updateReview, replaceReviewGoals } from '../../../db/repositories/plan-reviews';
import type { AuthedContext } from '../context';
import { conflict, invalid, notFound } from '../errors';
import { readableCase, writableCase, userRefs, refOf, parseList, type CaseAccess } from './access';
import { nextReviewFrom } from './schedule';

export interface ReviewAccess {
  access: CaseAccess;
  plan: PlanRow;
  version: PlanVersionRow;
  review: PlanReviewRow;
}

export async function loadReview(ctx: AuthedContext, reviewId: number, write: boolean): Promise<ReviewAccess> {
  const review = await findReview(ctx.db, reviewId);
  if (!review) throw notFound();
  const plan = (await findPlan(ctx.db, review.plan_id))!;
  const version = (await findVersion(ctx.db, review.version_id))!;
  const access = write ? await writableCase(ctx, plan.client_id) : await readableCase(ctx, plan.client_id);
  if (write && review.status !== 'draft') throw conflict('plans.reviewDone');
  return { access, plan, version, review };
}

/** Dates and goals of a review; with `complete`, everything a finished review must hold. */
export function checkReview(ctx: AuthedContext, r: ReviewAccess, f: ReviewFields, goals: PlanGoalRow[], complete: boolean): void {
  const errors: Record<string, string> = {};
  const today = tashkentToday(ctx.now());
  if (f.reviewedOn > today) errors.reviewedOn = 'v.plans.futureDate';
  else if (r.version.approved_on && f.reviewedOn < r.version.approved_on) errors.reviewedOn = 'v.plans.reviewBeforeApproval';
  if (f.nextReviewOn && f.nextReviewOn <= f.reviewedOn) errors.nextReviewOn = 'v.plans.nextReviewOrder';
  const ids = new Set(goals.map((g) => g.id));
  const seen = new Set<number>();
  f.goals.forEach((g, i) => {
    if (!ids.has(g.goalId)) errors[`goals.${i}.goalId`] = 'v.plans.unknownGoal';
    else if (seen.has(g.goalId)) errors[`goals.${i}.goalId`] = 'v.plans.goalTwice';
    seen.add(g.goalId);
    const goal = goals.find((x) => x.id === g.goalId);
    // Honest progress: "achieved" only when the target rating is reached.
    if (goal && g.status === 'achieved' && (g.rating ?? 0) < goal.target) errors[`goals.${i}.status`] = 'v.plans.achievedBelowTarget';
    if (!complete) return;
    if (!g.status) errors[`goals.${i}.status`] = 'v.plans.statusRequired';
    if (g.status !== 'not_relevant' && (g.rating === null || g.rating === undefined))
      errors[`goals.${i}.rating`] = 'v.plans.ratingRequired';
  });
  if (complete) {
    if (goals.some((g) => !seen.has(g.id))) errors.goals = 'v.plans.allGoals';
    if (!f.outcome) errors.outcome = 'v.required';
  }
  if (Object.keys(errors).length) throw invalid(errors);
}

export async function writeReview(ctx: AuthedContext, r: ReviewAccess, f: ReviewFields, goals: PlanGoalRow[]): Promise<void> {
  await updateReview(ctx.db, r.review.id, {
    reviewed_on: f.reviewedOn,
    participants: JSON.stringify(f.participants),
    summary: f.summary ?? null,
    person_view: f.personView ?? null,
    outcome: f.outcome ?? null,
    next_review_on: f.nextReviewOn ?? null,
    updated_at: ctx.now().toISOString(),
  });
  const given = new Map(f.goals.map((g) => [g.goalId, g]));
  await replaceReviewGoals(
    ctx.db,
    r.review.id,
    goals.map((g) => {
      const x = given.get(g.id);
      return { goal_id: g.id, goal_no: g.goal_no, rating: x?.rating ?? null, status: x?.status ?? null, note: x?.note ?? null };
    }),
  );
}

export async function toReviewOut(ctx: AuthedContext, r: ReviewAccess): Promise<ReviewOut> {
  const review = (await findReview(ctx.db, r.review.id))!;
  const goals = await goalsOf(ctx.db, [r.version.id]);
  const rows = new Map((await reviewGoalsOf(ctx.db, [review.id])).map((g) => [g.goal_id, g]));
  const before = await latestGoalResults(ctx.db, r.plan.id, { reviewedOn: review.reviewed_on, id: review.id });
  const refs = await userRefs(ctx.db, [review.created_by, review.completed_by]);
  const draft = review.status === 'draft';
  return {
    id: review.id,
    planId: r.plan.id,
    versionId: r.version.id,
    version: r.version.version,
    clientId: r.plan.client_id,
    client: r.access.summary,
    status: review.status as 'draft' | 'done',
    reviewedOn: review.reviewed_on,
    participants: parseList(review.participants),
    summary: review.summary,
    personView: review.person_view,
    outcome: review.outcome as ReviewOutcome | null,
    nextReviewOn: review.next_review_on,
    suggestedNextReviewOn: nextReviewFrom(review.reviewed_on, r.version.review_months),
    goals: goals.map((g) => {
      const row = rows.get(g.id);
      const rating = row?.rating ?? null;
      return {
        goalId: g.id,
        goalNo: g.goal_no,
        domain: g.domain as Domain,
        title: g.title,
        baseline: g.baseline,
        target: g.target,
        targetDate: g.target_date,
        previous: before.get(g.goal_no)?.rating ?? g.baseline,
        rating,
        status: (row?.status as GoalStatus | null) ?? null,
        note: row?.note ?? null,
        progress: goalProgress(g.baseline, g.target, rating),
      };
    }),
    createdBy: refOf(refs, review.created_by),
    completedBy: refOf(refs, review.completed_by),
    completedAt: review.completed_at,
    canEdit: draft && ctx.user.role !== 'inspector',
    canComplete: draft && (ctx.user.role === 'manager' || ctx.user.role === 'social_worker'),
  };
}
