/**
 * Planned activities and catalogue services that happened: the one way to record them, from the plan page
 * (`plans.logActivity`) and from the daily care log, which calls `recordDelivery` inside its own handler:
 *
 *   import { recordDelivery, plannedActivitiesOf } from '../plans/deliveries';
 *   const id = await recordDelivery(ctx.db, {
 *     clientId, activityId,            // an activity of plannedActivitiesOf(…), or serviceId for an unplanned service
 *     doneOn: '2026-11-23', minutes: 30, staffUserId: ctx.user.id, note: null,
 *     source: 'care_log', sourceRef: String(careLogEntryId),   // the same sourceRef twice records once
 *   }, { userId: ctx.user.id, now: ctx.now() });
 *
 * It checks what it is given (throws the usual AppError with per-field keys) and writes one row; the caller's
 * transaction and audit entry cover it. The care log should check need-to-know for the client first
 * (`readableCase` in ./access does it).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { PlanDeliveryRow } from '../../../db/tables/plans';
import type { Lang } from '../../contract/core';
import type { DeliveryOut } from '../../contract/plans.schemas';
import { tashkentToday } from '../../contract/format';
import { findActivity, findVersion, findPlan, openPlanOf, goalsOf } from '../../../db/repositories/plans';
import { insertDelivery, findDeliveryBySource, findService, servicesByIds } from '../../../db/repositories/plan-deliveries';
import { activeUsersWithRoles } from '../../../db/repositories/rooms';
import { invalid } from '../errors';
import { userRefs, refOf } from './access';
import { loadGoals, serviceName } from './plans.mapper';

export interface DeliveryRecord {
  clientId: number;
  activityId?: number | null;
  serviceId?: number | null;
  doneOn: string;
  minutes?: number | null;
  /** Who did it (active staff); the recording user when left out. */
  staffUserId?: number | null;
  note?: string | null;
  source: 'plan' | 'care_log';
  sourceRef?: string | null;
}

const STAFF = ['manager', 'caregiver', 'social_worker'];

export async function recordDelivery(db: Kysely<Database>, d: DeliveryRecord, by: { userId: number; now: Date }): Promise<number> {
  if (d.sourceRef) {
    const seen = await findDeliveryBySource(db, d.source, d.sourceRef);
    if (seen) return seen.id;
  }
  const errors: Record<string, string> = {};
  const today = tashkentToday(by.now);
  if (d.doneOn > today) errors.doneOn = 'v.plans.futureDate';
  const hasActivity = !!d.activityId;
  if (hasActivity === !!d.serviceId) errors.activityId = 'v.plans.activityOrService';
  let planId: number | null = null;
  let activityNo: number | null = null;
  if (d.activityId) {
    const activity = await findActivity(db, d.activityId);
    const version = activity ? await findVersion(db, activity.version_id) : undefined;
    const plan = version ? await findPlan(db, version.plan_id) : undefined;
    // Only the version in force: what was planned then is what the delivery counts against.
    if (
      !activity ||
      !version ||
      !plan ||
      plan.client_id !== d.clientId ||
      plan.status === 'closed' ||
      plan.current_version_id !== version.id
    )
      errors.activityId = 'v.plans.activityNotInForce';
    else {
      if (version.approved_on && d.doneOn < version.approved_on) errors.doneOn = 'v.plans.beforeApproval';
      planId = plan.id;
      activityNo = activity.activity_no;
    }
  } else if (d.serviceId) {
    const service = await findService(db, d.serviceId);
    if (!service || !service.active) errors.serviceId = 'v.plans.service';
    const open = await openPlanOf(db, d.clientId);
    planId = open && open.current_version_id ? open.id : null;
  }
  const staffUserId = d.staffUserId ?? by.userId;
  if ((await activeUsersWithRoles(db, [staffUserId], STAFF)).length === 0) errors.staffUserId = 'v.plans.staff';
  if (Object.keys(errors).length) throw invalid(errors);
  return insertDelivery(db, {
    client_id: d.clientId,
    plan_id: planId,
    activity_no: activityNo,
    activity_id: d.activityId ?? null,
    service_id: d.activityId ? null : (d.serviceId ?? null),
    done_on: d.doneOn,
    minutes: d.minutes ?? null,
    staff_user_id: staffUserId,
    note: d.note ?? null,
    source: d.source,
    source_ref: d.sourceRef ?? null,
    created_by: by.userId,
    created_at: by.now.toISOString(),
  });
}

/** The activities of the client's plan in force, each with its goal, for choosing what happened. */
export async function plannedActivitiesOf(db: Kysely<Database>, lang: Lang, clientId: number, today: string) {
  const plan = await openPlanOf(db, clientId);
  if (!plan || !plan.current_version_id) return [];
  const version = (await findVersion(db, plan.current_version_id))!;
  const goals = await loadGoals(db, lang, plan, version, today);
  const goalRows = await goalsOf(db, [version.id]);
  return goals.flatMap((g) =>
    g.activities.map((a) => ({
      ...a,
      planId: plan.id,
      versionId: version.id,
      goalNo: g.goalNo,
      goalTitle: goalRows.find((r) => r.id === g.id)!.title,
      domain: g.domain,
    })),
  );
}

/** Rows as the API shows them: the activity's text, the service's name in the viewer's language, who did it. */
export async function toDeliveries(db: Kysely<Database>, lang: Lang, rows: PlanDeliveryRow[]): Promise<DeliveryOut[]> {
  const activities = new Map<number, { what: string; service_id: number | null }>();
  for (const id of new Set(rows.map((r) => r.activity_id).filter((x): x is number => x !== null))) {
    const a = await findActivity(db, id);
    if (a) activities.set(id, a);
  }
  const serviceIds = rows.map((r) => r.service_id ?? (r.activity_id ? (activities.get(r.activity_id)?.service_id ?? null) : null));
  const services = new Map(
    (await servicesByIds(db, [...new Set(serviceIds.filter((x): x is number => x !== null))])).map((s) => [
      s.id,
      { id: s.id, name: serviceName(s, lang) },
    ]),
  );
  const users = await userRefs(
    db,
    rows.map((r) => r.staff_user_id),
  );
  return rows.map((r, i) => ({
    id: r.id,
    clientId: r.client_id,
    planId: r.plan_id,
    activityNo: r.activity_no,
    activity: r.activity_id ? (activities.get(r.activity_id)?.what ?? null) : null,
    service: serviceIds[i] ? (services.get(serviceIds[i]!) ?? null) : null,
    doneOn: r.done_on,
    minutes: r.minutes,
    staff: refOf(users, r.staff_user_id),
    note: r.note,
    source: r.source as 'plan' | 'care_log',
    recordedById: r.created_by,
    createdAt: r.created_at,
    voided: r.voided_at !== null,
    voidReason: r.void_reason,
  }));
}
