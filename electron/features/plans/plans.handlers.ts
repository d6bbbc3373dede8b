import { getPlanSettings } from '../../../db/repositories/plan-deliveries';
import {
  insertPlan,
  findPlan,
  openPlanOf,
  nextPlanNo,
  insertVersion,
  updateVersion,
  findVersion,
  versionsOf,
  goalsOf,
  activitiesOf,
  deleteVersion,
  deletePlan,
} from '../../../db/repositories/plans';
import { openReviewOf } from '../../../db/repositories/plan-reviews';
import { tashkentToday } from '../../contract/format';
import { handlersFor, iso } from '../context';
import { conflict } from '../errors';
import { writableCase, assertCurrent } from './access';
import {
  checkAssessmentBase,
  checkPlan,
  writeGoals,
  versionValues,
  syncPlan,
  readableVersion,
  writableVersion,
  writablePlan,
  assertAuthorOrManager,
  closePlan,
  reviseVersion,
} from './plans.service';
import { toVersionOut } from './plans.mapper';
import { nextReviewFrom } from './schedule';
import { compareVersions } from './compare';
import { planPdf } from './plan-pdf';

export const plansHandlers = handlersFor({
  'plans.get': async (ctx, input) => {
    const { access, plan, version } = await readableVersion(ctx, input.versionId);
    await ctx.audit({ action: 'plans.get', objectType: 'planVersion', objectId: String(version.id) });
    return toVersionOut(ctx, access, plan, version);
  },

  'plans.create': async (ctx, input) => {
    const { clientId, assessmentId, ...fields } = input;
    const access = await writableCase(ctx, clientId);
    assertCurrent(access.client);
    if (await openPlanOf(ctx.db, clientId)) throw conflict('plans.openPlanExists');
    await checkAssessmentBase(ctx.db, clientId, assessmentId);
    await checkPlan(ctx, access, fields, null);
    const now = iso(ctx.now());
    const settings = await getPlanSettings(ctx.db);
    const planId = await insertPlan(ctx.db, {
      client_id: clientId,
      stay_id: access.client.last_stay_id,
      plan_no: await nextPlanNo(ctx.db, clientId),
      status: 'draft',
      current_version_id: null,
      next_review_on: null,
      goal_seq: 0,
      activity_seq: 0,
      created_at: now,
      closed_at: null,
    });
    const versionId = await insertVersion(ctx.db, {
      plan_id: planId,
      version: 1,
      status: 'draft',
      assessment_id: assessmentId,
      ...versionValues(fields, settings.review_months),
      created_by: ctx.user.id,
      created_at: now,
      updated_at: now,
    });
    await writeGoals(ctx.db, (await findPlan(ctx.db, planId))!, versionId, fields);
    await ctx.audit({
      action: 'plans.create',
      objectType: 'planVersion',
      objectId: String(versionId),
      changes: { client: [null, access.client.code], goals: [null, fields.goals.length] },
    });
    return toVersionOut(ctx, access, (await findPlan(ctx.db, planId))!, (await findVersion(ctx.db, versionId))!);
  },

  'plans.update': async (ctx, input) => {
    const { versionId, ...fields } = input;
    const { access, plan, version } = await writableVersion(ctx, versionId, ['draft']);
    await checkPlan(ctx, access, fields, plan);
    const settings = await getPlanSettings(ctx.db);
    await updateVersion(ctx.db, versionId, { ...versionValues(fields, settings.review_months), updated_at: iso(ctx.now()) });
    await writeGoals(ctx.db, plan, versionId, fields);
    await ctx.audit({
      action: 'plans.update',
      objectType: 'planVersion',
      objectId: String(versionId),
      changes: { startsOn: [version.starts_on, fields.startsOn], goals: [null, fields.goals.length] },
    });
    return toVersionOut(ctx, access, (await findPlan(ctx.db, plan.id))!, (await findVersion(ctx.db, versionId))!);
  },

  'plans.submit': async (ctx, input) => {
    const { access, plan, version } = await writableVersion(ctx, input.versionId, ['draft']);
    const goals = await goalsOf(ctx.db, [version.id]);
    const activities = await activitiesOf(ctx.db, [version.id]);
    if (!goals.length || goals.some((g) => !activities.some((a) => a.goal_id === g.id))) throw conflict('plans.goalWithoutActivity');
    const now = iso(ctx.now());
    await updateVersion(ctx.db, version.id, { status: 'submitted', submitted_by: ctx.user.id, submitted_at: now, updated_at: now });
    await syncPlan(ctx.db, plan.id);
    await ctx.audit({
      action: 'plans.submit',
      objectType: 'planVersion',
      objectId: String(version.id),
      changes: { status: ['draft', 'submitted'] },
    });
    return toVersionOut(ctx, access, (await findPlan(ctx.db, plan.id))!, (await findVersion(ctx.db, version.id))!);
  },

  'plans.returnToDraft': async (ctx, input) => {
    const { access, plan, version } = await writableVersion(ctx, input.versionId, ['submitted'], 'plans.notSubmitted');
    await updateVersion(ctx.db, version.id, { status: 'draft', returned_reason: input.reason, updated_at: iso(ctx.now()) });
    await syncPlan(ctx.db, plan.id);
    await ctx.audit({
      action: 'plans.returnToDraft',
      objectType: 'planVersion',
      objectId: String(version.id),
      changes: { status: ['submitted', 'draft'], reason: [null, input.reason] },
    });
    return toVersionOut(ctx, access, (await findPlan(ctx.db, plan.id))!, (await findVersion(ctx.db, version.id))!);
  },

  'plans.approve': async (ctx, input) => {
    const { access, plan, version } = await writableVersion(ctx, input.versionId, ['submitted'], 'plans.notSubmitted');
    if (await openReviewOf(ctx.db, plan.id)) throw conflict('plans.reviewOpen');
    const today = tashkentToday(ctx.now());
    const now = iso(ctx.now());
    const previous = (await versionsOf(ctx.db, [plan.id])).find((v) => v.status === 'approved');
    if (previous) await updateVersion(ctx.db, previous.id, { status: 'superseded', ended_on: today, updated_at: now });
    const base = version.starts_on > today ? version.starts_on : today;
    await updateVersion(ctx.db, version.id, {
      status: 'approved',
      approved_by: ctx.user.id,
      approved_at: now,
      approved_on: today,
      returned_reason: null,
      next_review_on: nextReviewFrom(base, version.review_months),
      updated_at: now,
    });
    await syncPlan(ctx.db, plan.id);
    await ctx.audit({
      action: 'plans.approve',
      objectType: 'planVersion',
      objectId: String(version.id),
      changes: { status: ['submitted', 'approved'], supersedes: [null, previous?.id ?? null] },
    });
    return toVersionOut(ctx, access, (await findPlan(ctx.db, plan.id))!, (await findVersion(ctx.db, version.id))!);
  },

  'plans.revise': async (ctx, input) => {
    const { access, plan } = await writablePlan(ctx, input.planId);
    const versions = await versionsOf(ctx.db, [plan.id]);
    const current = versions.find((v) => v.status === 'approved');
    if (!current) throw conflict(versions.some((v) => v.status === 'under_review') ? 'plans.reviewOpen' : 'plans.notApproved');
    if (versions.some((v) => v.status === 'draft' || v.status === 'submitted')) throw conflict('plans.pendingVersion');
    if (input.assessmentId !== undefined) await checkAssessmentBase(ctx.db, plan.client_id, input.assessmentId);
    const versionId = await reviseVersion(ctx, plan, versions, current, input.reason, input.assessmentId);
    await ctx.audit({
      action: 'plans.revise',
      objectType: 'planVersion',
      objectId: String(versionId),
      changes: { from: [null, current.id], reason: [null, input.reason] },
    });
    return toVersionOut(ctx, access, (await findPlan(ctx.db, plan.id))!, (await findVersion(ctx.db, versionId))!);
  },

  'plans.discard': async (ctx, input) => {
    const { plan, version } = await writableVersion(ctx, input.versionId, ['draft']);
    assertAuthorOrManager(ctx, version.created_by);
    await deleteVersion(ctx.db, version.id);
    const left = await versionsOf(ctx.db, [plan.id]);
    if (left.length === 0) await deletePlan(ctx.db, plan.id);
    else await syncPlan(ctx.db, plan.id);
    await ctx.audit({
      action: 'plans.discard',
      objectType: 'planVersion',
      objectId: String(version.id),
      changes: { status: ['draft', null], version: [version.version, null] },
    });
    return { ok: true as const };
  },

  'plans.close': async (ctx, input) => {
    const { access, plan } = await writablePlan(ctx, input.planId);
    if (plan.status === 'under_review') throw conflict('plans.reviewOpen');
    if (plan.status !== 'approved') throw conflict('plans.notApproved');
    await closePlan(ctx, plan, input.reason, tashkentToday(ctx.now()));
    await ctx.audit({
      action: 'plans.close',
      objectType: 'plan',
      objectId: String(plan.id),
      changes: { status: [plan.status, 'closed'], reason: [null, input.reason] },
    });
    const closed = (await findPlan(ctx.db, plan.id))!;
    return toVersionOut(ctx, access, closed, (await findVersion(ctx.db, closed.current_version_id!))!);
  },

  'plans.compareVersions': async (ctx, input) => {
    const a = await readableVersion(ctx, input.a);
    const b = await readableVersion(ctx, input.b);
    return compareVersions(ctx, a, b);
  },

  'plans.pdf': async (ctx, input) => {
    const { access, plan, version } = await readableVersion(ctx, input.versionId);
    await ctx.audit({ action: 'plans.pdf', objectType: 'planVersion', objectId: String(version.id) });
    return planPdf(ctx, access, plan, version);
  },
});
