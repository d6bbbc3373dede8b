import { versionsOf, goalsOf, updateVersion, findVersion } from '../../../db/repositories/plans';
import { insertReview, deleteReview, updateReview, replaceReviewGoals } from '../../../db/repositories/plan-reviews';
import { formatDate, tashkentToday } from '../../contract/format';
import { translator } from '../../i18n/index';
import { handlersFor, iso } from '../context';
import { conflict, invalid } from '../errors';
import { writablePlan, syncPlan, closePlan, reviseVersion } from './plans.service';
import { loadReview, checkReview, writeReview, toReviewOut } from './reviews.service';
import { nextReviewFrom } from './schedule';
import { reviewPdf } from './review-pdf';

export const reviewsHandlers = handlersFor({
  'plans.startReview': async (ctx, input) => {
    const { plan } = await writablePlan(ctx, input.planId);
    const versions = await versionsOf(ctx.db, [plan.id]);
    if (versions.some((v) => v.status === 'under_review')) throw conflict('plans.reviewOpen');
    const current = versions.find((v) => v.status === 'approved');
    if (!current) throw conflict('plans.notApproved');
    const today = tashkentToday(ctx.now());
    if (input.reviewedOn > today) throw invalid({ reviewedOn: 'v.plans.futureDate' });
    if (current.approved_on && input.reviewedOn < current.approved_on) throw invalid({ reviewedOn: 'v.plans.reviewBeforeApproval' });
    const now = iso(ctx.now());
    const reviewId = await insertReview(ctx.db, {
      plan_id: plan.id,
      version_id: current.id,
      status: 'draft',
      reviewed_on: input.reviewedOn,
      participants: '[]',
      created_by: ctx.user.id,
      created_at: now,
      updated_at: now,
    });
    const goals = await goalsOf(ctx.db, [current.id]);
    await replaceReviewGoals(
      ctx.db,
      reviewId,
      goals.map((g) => ({ goal_id: g.id, goal_no: g.goal_no, rating: null, status: null, note: null })),
    );
    await updateVersion(ctx.db, current.id, { status: 'under_review', updated_at: now });
    await syncPlan(ctx.db, plan.id);
    await ctx.audit({
      action: 'plans.startReview',
      objectType: 'planReview',
      objectId: String(reviewId),
      changes: { plan: [null, plan.id] },
    });
    return toReviewOut(ctx, await loadReview(ctx, reviewId, false));
  },

  'plans.saveReview': async (ctx, input) => {
    const { reviewId, ...fields } = input;
    const r = await loadReview(ctx, reviewId, true);
    const goals = await goalsOf(ctx.db, [r.version.id]);
    checkReview(ctx, r, fields, goals, false);
    await writeReview(ctx, r, fields, goals);
    await ctx.audit({
      action: 'plans.saveReview',
      objectType: 'planReview',
      objectId: String(reviewId),
      changes: { reviewedOn: [r.review.reviewed_on, fields.reviewedOn] },
    });
    return toReviewOut(ctx, r);
  },

  'plans.completeReview': async (ctx, input) => {
    const { reviewId, ...fields } = input;
    const r = await loadReview(ctx, reviewId, true);
    const goals = await goalsOf(ctx.db, [r.version.id]);
    checkReview(ctx, r, fields, goals, true);
    const next = fields.nextReviewOn ?? nextReviewFrom(fields.reviewedOn, r.version.review_months);
    await writeReview(ctx, r, { ...fields, nextReviewOn: fields.outcome === 'close' ? null : next }, goals);
    const now = iso(ctx.now());
    await updateReview(ctx.db, reviewId, { status: 'done', completed_by: ctx.user.id, completed_at: now });
    await updateVersion(ctx.db, r.version.id, { status: 'approved', next_review_on: next, updated_at: now });
    await syncPlan(ctx.db, r.plan.id);
    const t = translator(ctx.lang);
    const because = fields.summary ?? t('plans.afterReview', { date: formatDate(fields.reviewedOn) });
    if (fields.outcome === 'close') {
      await closePlan(ctx, r.plan, because, tashkentToday(ctx.now()));
    } else if (fields.outcome === 'revise') {
      const versions = await versionsOf(ctx.db, [r.plan.id]);
      // A version already in preparation takes the changes; a second one is not started.
      if (!versions.some((v) => v.status === 'draft' || v.status === 'submitted'))
        await reviseVersion(ctx, r.plan, versions, (await findVersion(ctx.db, r.version.id))!, because);
    }
    await ctx.audit({
      action: 'plans.completeReview',
      objectType: 'planReview',
      objectId: String(reviewId),
      changes: { status: ['draft', 'done'], outcome: [null, fields.outcome ?? null], nextReviewOn: [r.version.next_review_on, next] },
    });
    return toReviewOut(ctx, await loadReview(ctx, reviewId, false));
  },

  'plans.cancelReview': async (ctx, input) => {
    const r = await loadReview(ctx, input.reviewId, true);
    await deleteReview(ctx.db, r.review.id);
    await updateVersion(ctx.db, r.version.id, { status: 'approved', updated_at: iso(ctx.now()) });
    await syncPlan(ctx.db, r.plan.id);
    await ctx.audit({
      action: 'plans.cancelReview',
      objectType: 'planReview',
      objectId: String(r.review.id),
      changes: { status: ['draft', null] },
    });
    return { ok: true as const };
  },

  'plans.getReview': async (ctx, input) => {
    const r = await loadReview(ctx, input.reviewId, false);
    await ctx.audit({ action: 'plans.getReview', objectType: 'planReview', objectId: String(r.review.id) });
    return toReviewOut(ctx, r);
  },

  'plans.reviewPdf': async (ctx, input) => {
    const r = await loadReview(ctx, input.reviewId, false);
    await ctx.audit({ action: 'plans.reviewPdf', objectType: 'planReview', objectId: String(r.review.id) });
    return reviewPdf(ctx, r, await toReviewOut(ctx, r));
  },
});
