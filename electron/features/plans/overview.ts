// Where every current client stands: assessment due dates, plan status, next review — the Plans area's list,
// the client list's flags and the home alerts all read it from here.
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { ClientRow } from '../../../db/tables/clients';
import type { PlanRow, PlanVersionRow, PlanReviewRow } from '../../../db/tables/plans';
import type { AssessmentSchedule, PlanHeadline, PlanStatus, OverviewItem, PlanSettings } from '../../contract/plans.schemas';
import { assessmentStates, type AssessmentState } from '../../../db/repositories/assessments';
import { latestPlans, versionsOf } from '../../../db/repositories/plans';
import { reviewsOf } from '../../../db/repositories/plan-reviews';
import { getPlanSettings } from '../../../db/repositories/plan-deliveries';
import { assessmentDue, reviewState } from './schedule';
import { canSeeCase, type Viewer } from '../clients/privacy';
import { toSummary } from '../clients/clients.mapper';

export const settingsOf = async (db: Kysely<Database>): Promise<PlanSettings> => {
  const s = await getPlanSettings(db);
  return { initialDueDays: s.initial_due_days, reassessMonths: s.reassess_months, reviewMonths: s.review_months };
};

export function scheduleOf(
  admittedOn: string | null,
  state: AssessmentState | undefined,
  settings: PlanSettings,
  today: string,
): AssessmentSchedule {
  const due = assessmentDue(admittedOn, state?.last_completed_on ?? null, settings, today);
  return {
    admittedOn,
    dueKind: due.kind,
    dueOn: due.dueOn,
    overdue: due.overdue,
    lastCompletedOn: state?.last_completed_on ?? null,
    lastCompletedId: state?.last_completed_id ?? null,
    draftId: state?.draft_id ?? null,
  };
}

export function headlineOf(plan: PlanRow, versions: PlanVersionRow[], reviews: PlanReviewRow[], today: string): PlanHeadline {
  const own = versions.filter((v) => v.plan_id === plan.id);
  const shown = own.find((v) => v.id === plan.current_version_id) ?? own[own.length - 1]!;
  const pending = own.find((v) => (v.status === 'draft' || v.status === 'submitted') && v.id !== shown.id) ?? null;
  const open = plan.status === 'approved' || plan.status === 'under_review';
  return {
    planId: plan.id,
    planNo: plan.plan_no,
    versionId: shown.id,
    version: shown.version,
    status: shown.status as PlanStatus,
    pendingVersionId: pending?.id ?? null,
    pendingStatus: (pending?.status as PlanStatus | undefined) ?? null,
    nextReviewOn: open ? plan.next_review_on : null,
    reviewState: open ? reviewState(plan.next_review_on, today) : 'none',
    openReviewId: reviews.find((r) => r.plan_id === plan.id && r.status === 'draft')?.id ?? null,
  };
}

export interface Placed {
  client: ClientRow;
  /** The current stay's admission date; null when not staying. */
  admittedOn: string | null;
}

/** Overview rows for the given clients, in their order. */
export async function overviewItems(db: Kysely<Database>, v: Viewer, clients: Placed[], today: string): Promise<OverviewItem[]> {
  const settings = await settingsOf(db);
  const states = await assessmentStates(
    db,
    clients.map((c) => ({ id: c.client.id, since: c.admittedOn })),
  );
  const plans = await latestPlans(
    db,
    clients.map((c) => c.client.id),
  );
  const planIds = [...plans.values()].map((p) => p.id);
  const versions = await versionsOf(db, planIds);
  const reviews = (await reviewsOf(db, planIds)).filter((r) => r.status === 'draft');
  return clients.map(({ client, admittedOn }) => {
    const assessment = scheduleOf(admittedOn, states.get(client.id), settings, today);
    const plan = plans.get(client.id);
    const headline = plan ? headlineOf(plan, versions, reviews, today) : null;
    const noPlanYet = assessment.lastCompletedId !== null && (!headline || headline.status === 'closed');
    const awaitingApproval = headline?.status === 'submitted' || headline?.pendingStatus === 'submitted';
    return {
      client: toSummary(v, client),
      assessment,
      plan: headline,
      attention: assessment.overdue || headline?.reviewState === 'overdue' || awaitingApproval || noPlanYet,
      canOpen: canSeeCase(v, client),
    };
  });
}

export const isOverdue = (i: OverviewItem) => i.assessment.overdue || i.plan?.reviewState === 'overdue';

/** Overdue first, then what needs attention, then by the nearest date, then by code. */
export function byUrgency(a: OverviewItem, b: OverviewItem): number {
  const rank = (i: OverviewItem) => (isOverdue(i) ? 0 : i.attention ? 1 : 2);
  const due = (i: OverviewItem) => [i.assessment.dueOn, i.plan?.nextReviewOn].filter((d): d is string => !!d).sort()[0] ?? '9999';
  return rank(a) - rank(b) || due(a).localeCompare(due(b)) || a.client.code.localeCompare(b.client.code);
}
