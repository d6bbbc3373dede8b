import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { PlanRow, PlanVersionRow } from '../../../db/tables/plans';
import type { PlanFields, Domain, FrequencyPer } from '../../contract/plans.schemas';
import { findAssessment } from '../../../db/repositories/assessments';
import {
  findPlan,
  updatePlan,
  versionsOf,
  goalsOf,
  activitiesOf,
  replaceGoals,
  updateVersion,
  findVersion,
  insertVersion,
} from '../../../db/repositories/plans';
import { findService } from '../../../db/repositories/plan-deliveries';
import { activeUsersWithRoles } from '../../../db/repositories/rooms';
import type { AuthedContext } from '../context';
import { AppError, conflict, invalid, notFound } from '../errors';
import { formDomains, readableCase, writableCase, type CaseAccess } from './access';

export const STAFF = ['manager', 'caregiver', 'social_worker'] as const;

/** A completed assessment of this client, to build a plan on. */
export async function checkAssessmentBase(db: Kysely<Database>, clientId: number, assessmentId: number): Promise<void> {
  const a = await findAssessment(db, assessmentId);
  if (!a || a.client_id !== clientId) throw invalid({ assessmentId: 'v.plans.assessment' });
  if (a.status !== 'completed') throw invalid({ assessmentId: 'v.plans.assessmentNotCompleted' });
}

/** Every problem of a plan's content at once, per field (goals.0.activities.1.responsibleUserId …). */
export async function checkPlan(ctx: AuthedContext, access: CaseAccess, p: PlanFields, plan: PlanRow | null): Promise<void> {
  const errors: Record<string, string> = {};
  if (p.endsOn && p.endsOn < p.startsOn) errors.endsOn = 'v.dateOrder';
  const allowed = new Set<Domain>(formDomains(access.v));
  const known = plan
    ? await lineage(ctx.db, plan.id)
    : { goals: new Set<number>(), activities: new Set<number>(), services: new Set<string>() };
  const staffIds = new Set(
    await activeUsersWithRoles(
      ctx.db,
      [
        ...(p.keyWorkerId ? [p.keyWorkerId] : []),
        ...p.goals.flatMap((g) => g.activities.map((a) => a.responsibleUserId).filter((x): x is number => !!x)),
      ],
      STAFF,
    ),
  );
  if (p.keyWorkerId && !staffIds.has(p.keyWorkerId)) errors.keyWorkerId = 'v.plans.staff';
  const goalNos = new Set<number>();
  const activityNos = new Set<number>();
  for (const [i, g] of p.goals.entries()) {
    const at = `goals.${i}`;
    if (!allowed.has(g.domain)) errors[`${at}.domain`] = 'v.plans.domainNotHere';
    if (g.target < g.baseline) errors[`${at}.target`] = 'v.plans.targetBelowBaseline';
    if (g.targetDate < p.startsOn) errors[`${at}.targetDate`] = 'v.plans.targetBeforeStart';
    if (g.goalNo !== undefined) {
      if (!known.goals.has(g.goalNo)) errors[`${at}.goalNo`] = 'v.plans.unknownGoal';
      else if (goalNos.has(g.goalNo)) errors[`${at}.goalNo`] = 'v.plans.goalTwice';
      goalNos.add(g.goalNo);
    }
    for (const [j, a] of g.activities.entries()) {
      const act = `${at}.activities.${j}`;
      const hasUser = !!a.responsibleUserId;
      const hasExternal = !!a.responsibleExternal;
      if (hasUser === hasExternal) errors[`${act}.responsibleUserId`] = 'v.plans.responsible';
      else if (hasUser && !staffIds.has(a.responsibleUserId!)) errors[`${act}.responsibleUserId`] = 'v.plans.staff';
      if (a.per !== 'as_needed' && !a.times) errors[`${act}.times`] = 'v.plans.times';
      if (a.serviceId) {
        const s = await findService(ctx.db, a.serviceId);
        // A retired service may stay on the activity that already had it, but is not offered for others.
        if (!s || (!s.active && !known.services.has(`${a.activityNo}:${s.id}`))) errors[`${act}.serviceId`] = 'v.plans.service';
      }
      if (a.activityNo !== undefined) {
        if (!known.activities.has(a.activityNo)) errors[`${act}.activityNo`] = 'v.plans.unknownActivity';
        else if (activityNos.has(a.activityNo)) errors[`${act}.activityNo`] = 'v.plans.activityTwice';
        activityNos.add(a.activityNo);
      }
    }
  }
  if (Object.keys(errors).length) throw invalid(errors);
}

/** Goal and activity numbers (and services) used in any version of a plan. */
async function lineage(db: Kysely<Database>, planId: number) {
  const versionIds = (await versionsOf(db, [planId])).map((v) => v.id);
  const goals = await goalsOf(db, versionIds);
  const activities = await activitiesOf(db, versionIds);
  return {
    goals: new Set(goals.map((g) => g.goal_no)),
    activities: new Set(activities.map((a) => a.activity_no)),
    /** `activityNo:serviceId` pairs: a retired service stays only on the activity that already had it. */
    services: new Set(activities.filter((a) => a.service_id !== null).map((a) => `${a.activity_no}:${a.service_id}`)),
  };
}

/** Writes the goals of a draft version, numbering new goals and activities from the plan's counters. */
export async function writeGoals(db: Kysely<Database>, plan: PlanRow, versionId: number, p: PlanFields): Promise<void> {
  let goalSeq = plan.goal_seq;
  let activitySeq = plan.activity_seq;
  const goals = p.goals.map((g, sort) => ({
    goal_no: g.goalNo ?? ++goalSeq,
    sort,
    domain: g.domain,
    title: g.title,
    baseline: g.baseline,
    target: g.target,
    target_date: g.targetDate,
    activities: g.activities.map((a, asort) => ({
      activity_no: a.activityNo ?? ++activitySeq,
      sort: asort,
      what: a.what,
      service_id: a.serviceId ?? null,
      responsible_user_id: a.responsibleUserId ?? null,
      responsible_external: a.responsibleUserId ? null : (a.responsibleExternal ?? null),
      times: a.per === 'as_needed' ? null : (a.times ?? null),
      per: a.per,
      place: a.place ?? null,
    })),
  }));
  await replaceGoals(db, versionId, goals);
  await updatePlan(db, plan.id, { goal_seq: goalSeq, activity_seq: activitySeq });
}

export const versionValues = (p: PlanFields, reviewMonths: number) => ({
  starts_on: p.startsOn,
  ends_on: p.endsOn ?? null,
  aim: p.aim ?? null,
  key_worker_id: p.keyWorkerId ?? null,
  review_months: p.reviewMonths ?? reviewMonths,
  person_view: p.personView ?? null,
});

/** Keeps the plan row's headline (status, version in force, next review) in step with its versions. */
export async function syncPlan(db: Kysely<Database>, planId: number): Promise<void> {
  const versions = await versionsOf(db, [planId]);
  const inForce = versions.find((v) => v.status === 'approved' || v.status === 'under_review');
  const pending = versions.find((v) => v.status === 'draft' || v.status === 'submitted');
  const closed = versions.some((v) => v.status === 'closed');
  const status = closed ? 'closed' : (inForce?.status ?? pending?.status ?? 'draft');
  await updatePlan(db, planId, {
    status,
    current_version_id: inForce?.id ?? (closed ? (versions.find((v) => v.status === 'closed')?.id ?? null) : null),
    next_review_on: closed ? null : (inForce?.next_review_on ?? null),
  });
}

export interface VersionAccess {
  access: CaseAccess;
  plan: PlanRow;
  version: PlanVersionRow;
}

export async function readableVersion(ctx: AuthedContext, versionId: number): Promise<VersionAccess> {
  const version = await findVersion(ctx.db, versionId);
  if (!version) throw notFound();
  const plan = (await findPlan(ctx.db, version.plan_id))!;
  return { access: await readableCase(ctx, plan.client_id), plan, version };
}

export async function writableVersion(
  ctx: AuthedContext,
  versionId: number,
  statuses: string[],
  lockedReason = 'plans.locked',
): Promise<VersionAccess> {
  const version = await findVersion(ctx.db, versionId);
  if (!version) throw notFound();
  const plan = (await findPlan(ctx.db, version.plan_id))!;
  const access = await writableCase(ctx, plan.client_id);
  if (!statuses.includes(version.status)) throw conflict(lockedReason);
  return { access, plan, version };
}

export async function writablePlan(ctx: AuthedContext, planId: number): Promise<{ access: CaseAccess; plan: PlanRow }> {
  const plan = await findPlan(ctx.db, planId);
  if (!plan) throw notFound();
  const access = await writableCase(ctx, plan.client_id);
  if (plan.status === 'closed') throw conflict('plans.closed');
  return { access, plan };
}

export function assertAuthorOrManager(ctx: AuthedContext, createdBy: number | null): void {
  if (ctx.user.role !== 'manager' && createdBy !== ctx.user.id) throw new AppError('forbidden');
}

/** Closes a plan: its version in force and any version in preparation; nothing is deleted. */
export async function closePlan(ctx: AuthedContext, plan: PlanRow, reason: string, today: string): Promise<void> {
  const now = ctx.now().toISOString();
  for (const v of await versionsOf(ctx.db, [plan.id])) {
    if (!['approved', 'under_review', 'draft', 'submitted'].includes(v.status)) continue;
    await updateVersion(ctx.db, v.id, {
      status: 'closed',
      close_reason: reason,
      closed_by: ctx.user.id,
      closed_at: now,
      ended_on: today,
      updated_at: now,
    });
  }
  await syncPlan(ctx.db, plan.id);
  await updatePlan(ctx.db, plan.id, { closed_at: now });
}

/** A new draft version as a copy of the one in force; goal and activity numbers are kept, so reviews and deliveries follow them. */
export async function reviseVersion(
  ctx: AuthedContext,
  plan: PlanRow,
  versions: PlanVersionRow[],
  current: PlanVersionRow,
  reason: string,
  assessmentId?: number,
): Promise<number> {
  const now = ctx.now().toISOString();
  const versionId = await insertVersion(ctx.db, {
    plan_id: plan.id,
    version: Math.max(...versions.map((v) => v.version)) + 1,
    status: 'draft',
    assessment_id: assessmentId ?? current.assessment_id,
    starts_on: current.starts_on,
    ends_on: current.ends_on,
    aim: current.aim,
    key_worker_id: current.key_worker_id,
    review_months: current.review_months,
    person_view: current.person_view,
    change_reason: reason,
    created_by: ctx.user.id,
    created_at: now,
    updated_at: now,
  });
  const goals = await goalsOf(ctx.db, [current.id]);
  const activities = await activitiesOf(ctx.db, [current.id]);
  await writeGoals(ctx.db, (await findPlan(ctx.db, plan.id))!, versionId, {
    startsOn: current.starts_on,
    goals: goals.map((g) => ({
      goalNo: g.goal_no,
      domain: g.domain as Domain,
      title: g.title,
      baseline: g.baseline,
      target: g.target,
      targetDate: g.target_date,
      activities: activities
        .filter((a) => a.goal_id === g.id)
        .map((a) => ({
          activityNo: a.activity_no,
          what: a.what,
          serviceId: a.service_id,
          responsibleUserId: a.responsible_user_id,
          responsibleExternal: a.responsible_external,
          times: a.times,
          per: a.per as FrequencyPer,
          place: a.place,
        })),
    })),
  });
  await syncPlan(ctx.db, plan.id);
  return versionId;
}
