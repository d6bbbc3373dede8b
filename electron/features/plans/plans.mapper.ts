import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { PlanRow, PlanVersionRow, PlanServiceRow } from '../../../db/tables/plans';
import type { Lang } from '../../contract/core';
import type { PlanVersionOut, PlanStatus, Domain, FrequencyPer, GoalStatus, ReviewOutcome } from '../../contract/plans.schemas';
import { goalProgress } from '../../contract/plans.scales';
import { tashkentToday } from '../../contract/format';
import { findAssessment } from '../../../db/repositories/assessments';
import { versionsOf, goalsOf, activitiesOf } from '../../../db/repositories/plans';
import { reviewsOf, latestGoalResults } from '../../../db/repositories/plan-reviews';
import { deliveredByActivity, countUnplannedDeliveries, servicesByIds } from '../../../db/repositories/plan-deliveries';
import type { AuthedContext } from '../context';
import { userRefs, refOf, type CaseAccess } from './access';
import { plannedCount, plusDays, reviewState } from './schedule';

export const serviceName = (s: PlanServiceRow, lang: Lang) => ({ uz: s.name_uz, ru: s.name_ru, en: s.name_en })[lang];

export const versionRefOf = (v: PlanVersionRow) => ({
  id: v.id,
  version: v.version,
  status: v.status as PlanStatus,
  createdAt: v.created_at,
  approvedAt: v.approved_at,
  changeReason: v.change_reason,
});

export const reviewRefOf = (r: { id: number; version_id: number; status: string; reviewed_on: string; outcome: string | null }) => ({
  id: r.id,
  versionId: r.version_id,
  status: r.status as 'draft' | 'done',
  reviewedOn: r.reviewed_on,
  outcome: r.outcome as ReviewOutcome | null,
});

/** The days a version was in force, for planned-against-delivered: approval to the day before it ended, or today. */
export function deliveryWindow(v: PlanVersionRow, today: string): { from: string; to: string } | null {
  if (!v.approved_on) return null;
  const to = v.ended_on ? plusDays(v.ended_on, -1) : today;
  return { from: v.approved_on, to: to < v.approved_on ? v.approved_on : to };
}

/** Goals with activities, delivery counts and the latest review per goal — what the plan page and the PDF show. */
export async function loadGoals(db: Kysely<Database>, lang: Lang, plan: PlanRow, v: PlanVersionRow, today: string) {
  const goals = await goalsOf(db, [v.id]);
  const activities = await activitiesOf(db, [v.id]);
  const services = new Map(
    (await servicesByIds(db, [...new Set(activities.map((a) => a.service_id).filter((x): x is number => x !== null))])).map((s) => [
      s.id,
      { id: s.id, name: serviceName(s, lang) },
    ]),
  );
  const users = await userRefs(
    db,
    activities.map((a) => a.responsible_user_id),
  );
  const window = deliveryWindow(v, today);
  const delivered = window
    ? await deliveredByActivity(db, plan.id, window.from, window.to)
    : new Map<number, { count: number; minutes: number }>();
  const latest = await latestGoalResults(db, plan.id);
  return goals.map((g) => {
    const result = latest.get(g.goal_no) ?? null;
    return {
      id: g.id,
      goalNo: g.goal_no,
      domain: g.domain as Domain,
      title: g.title,
      baseline: g.baseline,
      target: g.target,
      targetDate: g.target_date,
      latest: result ? { reviewedOn: result.reviewed_on, rating: result.rating, status: result.status as GoalStatus | null } : null,
      progress: goalProgress(g.baseline, g.target, result?.rating ?? null),
      activities: activities
        .filter((a) => a.goal_id === g.id)
        .map((a) => {
          const d = delivered.get(a.activity_no);
          return {
            id: a.id,
            activityNo: a.activity_no,
            what: a.what,
            service: a.service_id === null ? null : (services.get(a.service_id) ?? null),
            responsibleUser: refOf(users, a.responsible_user_id),
            responsibleExternal: a.responsible_external,
            times: a.times,
            per: a.per as FrequencyPer,
            place: a.place,
            planned: window ? plannedCount(a.times, a.per as FrequencyPer, window.from, window.to) : null,
            delivered: d?.count ?? 0,
            minutes: d?.minutes ?? 0,
          };
        }),
    };
  });
}

const WRITERS = new Set(['manager', 'caregiver', 'social_worker']);

export async function toVersionOut(ctx: AuthedContext, access: CaseAccess, plan: PlanRow, v: PlanVersionRow): Promise<PlanVersionOut> {
  const today = tashkentToday(ctx.now());
  const versions = await versionsOf(ctx.db, [plan.id]);
  const reviews = await reviewsOf(ctx.db, [plan.id]);
  const assessment = await findAssessment(ctx.db, v.assessment_id);
  const refs = await userRefs(ctx.db, [v.key_worker_id, v.created_by, v.submitted_by, v.approved_by]);
  const role = ctx.user.role;
  const writer = WRITERS.has(role);
  const manager = role === 'manager';
  const open = plan.status !== 'closed';
  const inForce = plan.current_version_id === v.id && (v.status === 'approved' || v.status === 'under_review');
  const pending = versions.some((x) => x.status === 'draft' || x.status === 'submitted');
  return {
    id: v.id,
    planId: plan.id,
    planNo: plan.plan_no,
    clientId: plan.client_id,
    client: access.summary,
    version: v.version,
    status: v.status as PlanStatus,
    assessmentId: v.assessment_id,
    assessedOn: assessment?.assessed_on ?? '',
    startsOn: v.starts_on,
    endsOn: v.ends_on,
    aim: v.aim,
    keyWorker: refOf(refs, v.key_worker_id),
    reviewMonths: v.review_months,
    nextReviewOn: v.next_review_on,
    reviewState: inForce ? reviewState(v.next_review_on, today) : 'none',
    personView: v.person_view,
    changeReason: v.change_reason,
    returnedReason: v.returned_reason,
    closeReason: v.close_reason,
    goals: await loadGoals(ctx.db, ctx.lang, plan, v, today),
    createdBy: refOf(refs, v.created_by),
    createdAt: v.created_at,
    submittedBy: refOf(refs, v.submitted_by),
    submittedAt: v.submitted_at,
    approvedBy: refOf(refs, v.approved_by),
    approvedAt: v.approved_at,
    closedAt: v.closed_at,
    versions: versions.map(versionRefOf),
    reviews: reviews.map(reviewRefOf),
    otherServices: await countUnplannedDeliveries(ctx.db, plan.id),
    can: {
      edit: writer && v.status === 'draft',
      submit: writer && v.status === 'draft',
      approve: manager && v.status === 'submitted',
      returnToDraft: manager && v.status === 'submitted',
      revise: writer && open && inForce && v.status === 'approved' && !pending,
      close: manager && open && inForce && v.status === 'approved',
      startReview: writer && open && inForce && v.status === 'approved',
      discard: v.status === 'draft' && (manager || (writer && v.created_by === ctx.user.id)),
      logActivity: writer && open && inForce,
    },
  };
}
