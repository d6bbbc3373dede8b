import { afterEach, describe, expect, it } from 'vitest';
import { plansFacility, assessmentInput, planInput, approvedPlan, type PlansSetup } from '../fixtures/plans';
import { plusMonths } from '../../electron/features/plans/schedule';

let s: PlansSetup;
afterEach(async () => s?.f.close());

async function approveOn(instant: string, clientId: number, over: Parameters<typeof planInput>[3] = {}) {
  await s.at(instant);
  const date = instant.slice(0, 10);
  const a = await s.f.ok(s.social, 'assessments.create', assessmentInput(clientId, { assessedOn: date }));
  await s.f.ok(s.social, 'assessments.complete', { id: a.id });
  const plan = planInput(clientId, a.id, s.ids.social, { startsOn: date, endsOn: null, ...over });
  const goals = plan.goals.map((g) => ({ ...g, targetDate: plusMonths(plan.startsOn, 6) }));
  const d = await s.f.ok(s.social, 'plans.create', { ...plan, goals });
  await s.f.ok(s.social, 'plans.submit', { versionId: d.id });
  return s.f.ok(s.manager, 'plans.approve', { versionId: d.id });
}

const item = async (clientId: number) => (await s.f.ok(s.manager, 'plans.overview', {})).items.find((i) => i.client.id === clientId)!;

describe('review dates across month ends', () => {
  it('approval on 30 Nov gives 28 Feb, in a leap year 29 Feb; a review on 31 Aug with 6 months gives 28 Feb', async () => {
    s = await plansFacility({ count: 3, admittedOn: '2026-08-01' });
    const [c1, c2, c3] = s.clients;
    expect((await approveOn('2026-11-30T07:00:00Z', c1!.id)).nextReviewOn).toBe('2027-02-28');
    expect((await approveOn('2027-11-30T07:00:00Z', c2!.id)).nextReviewOn).toBe('2028-02-29');

    // Approved earlier; reviewed on 31 Aug with a six-monthly interval.
    await s.at('2028-05-31T07:00:00Z');
    const six = await approveOn('2028-05-31T07:00:00Z', c3!.id, { reviewMonths: 6 });
    expect(six.nextReviewOn).toBe('2028-11-30');
    await s.at('2028-08-31T07:00:00Z');
    const review = await s.f.ok(s.social, 'plans.startReview', { planId: six.planId, reviewedOn: '2028-08-31' });
    expect(review.suggestedNextReviewOn).toBe('2029-02-28');
    const done = await s.f.ok(s.manager, 'plans.completeReview', {
      reviewId: review.id,
      reviewedOn: '2028-08-31',
      goals: review.goals.map((g) => ({ goalId: g.goalId, rating: g.baseline, status: 'not_achieved' as const })),
      outcome: 'continue',
    });
    expect(done.nextReviewOn).toBe('2029-02-28');
    expect((await s.f.ok(s.manager, 'plans.get', { versionId: six.id })).nextReviewOn).toBe('2029-02-28');
  });

  it('a plan starting later is reviewed from its start; the review may set another date, but not before itself', async () => {
    s = await plansFacility({ count: 1 });
    const v = await approveOn('2026-11-22T07:00:00Z', s.clients[0]!.id, { startsOn: '2026-12-31' });
    expect(v.nextReviewOn).toBe('2027-03-31');
    const review = await s.f.ok(s.social, 'plans.startReview', { planId: v.planId, reviewedOn: '2026-11-22' });
    const base = { reviewId: review.id, reviewedOn: '2026-11-22', outcome: 'continue' as const };
    const goals = review.goals.map((g) => ({ goalId: g.goalId, rating: g.baseline, status: 'not_achieved' as const }));
    const before = await s.f.call(s.manager, 'plans.completeReview', { ...base, goals, nextReviewOn: '2026-11-22' });
    expect(before.ok || before.error.fields).toEqual({
      nextReviewOn: 'Keyingi koʻrib chiqish shu koʻrib chiqishdan keyin boʻlishi kerak.',
    });
    const done = await s.f.ok(s.manager, 'plans.completeReview', { ...base, goals, nextReviewOn: '2027-01-15' });
    expect(done.nextReviewOn).toBe('2027-01-15');
  });
});

describe('due and overdue', () => {
  it('the initial assessment is due 14 days after admission, then overdue; the setting changes it', async () => {
    s = await plansFacility({ count: 2, admittedOn: '2026-11-10', now: '2026-11-24T07:00:00Z' });
    const [c1] = s.clients;
    expect((await item(c1!.id)).assessment).toMatchObject({ dueKind: 'initial', dueOn: '2026-11-24', overdue: false });
    await s.at('2026-11-25T07:00:00Z');
    expect((await item(c1!.id)).assessment).toMatchObject({ dueOn: '2026-11-24', overdue: true });
    expect((await item(c1!.id)).attention).toBe(true);
    await s.f.ok(s.manager, 'plans.saveSettings', { initialDueDays: 30, reassessMonths: 6, reviewMonths: 3 });
    expect((await item(c1!.id)).assessment).toMatchObject({ dueOn: '2026-12-10', overdue: false });

    // Once assessed, the reassessment is due six months later.
    const a = await s.f.ok(s.social, 'assessments.create', assessmentInput(c1!.id, { assessedOn: '2026-11-25' }));
    expect((await item(c1!.id)).assessment).toMatchObject({ draftId: a.id, dueKind: 'initial' });
    await s.f.ok(s.social, 'assessments.complete', { id: a.id });
    expect((await item(c1!.id)).assessment).toMatchObject({
      dueKind: 'reassessment',
      dueOn: '2027-05-25',
      lastCompletedId: a.id,
      draftId: null,
    });
    // A completed assessment without a plan needs the manager's attention.
    expect((await item(c1!.id)).attention).toBe(true);
  });

  it('flags an overdue review on the overview, the client list flags and the manager’s home, and orders it first', async () => {
    s = await plansFacility({ count: 3, admittedOn: '2026-11-01' });
    const [c1, c2, c3] = s.clients;
    const v1 = await approveOn('2026-11-20T07:00:00Z', c1!.id);
    expect(v1.nextReviewOn).toBe('2027-02-20');
    const v2 = await approveOn('2026-12-10T07:00:00Z', c2!.id);
    expect(v2.nextReviewOn).toBe('2027-03-10');

    // Due soon within 14 days; overdue from the day after.
    await s.at('2027-02-10T07:00:00Z');
    expect((await item(c1!.id)).plan).toMatchObject({ reviewState: 'dueSoon', nextReviewOn: '2027-02-20' });
    let home = await s.f.ok(s.manager, 'home.summary', {});
    expect(home.alerts.find((a) => a.type === 'planReviewDue')).toEqual({
      type: 'planReviewDue',
      severity: 'warning',
      count: 1,
      link: '/plans',
    });
    expect(home.alerts.some((a) => a.type === 'planReviewOverdue')).toBe(false);

    await s.at('2027-02-21T07:00:00Z');
    const overview = await s.f.ok(s.manager, 'plans.overview', {});
    // Most overdue first: the third client was never assessed (due since 15 Nov), then the review due on 20 Feb.
    expect(overview.items.map((i) => [i.client.id, i.plan?.reviewState ?? null])).toEqual([
      [c3!.id, null],
      [c1!.id, 'overdue'],
      [c2!.id, 'ok'],
    ]);
    expect(overview.counts).toEqual({ clients: 3, attention: 2, overdue: 2, awaitingApproval: 0 });
    const onlyOverdue = await s.f.ok(s.caregiver, 'plans.overview', { filter: 'overdue' });
    expect(onlyOverdue.items.map((i) => i.client.id)).toEqual([c3!.id, c1!.id]);

    const flags = await s.f.ok(s.social, 'plans.flags', { clientIds: [c1!.id, c2!.id, c3!.id] });
    expect(flags).toEqual([
      { clientId: c1!.id, assessmentOverdue: false, reviewOverdue: true, nextReviewOn: '2027-02-20' },
      { clientId: c2!.id, assessmentOverdue: false, reviewOverdue: false, nextReviewOn: '2027-03-10' },
      { clientId: c3!.id, assessmentOverdue: true, reviewOverdue: false, nextReviewOn: null },
    ]);
    home = await s.f.ok(s.manager, 'home.summary', {});
    expect(home.alerts.filter((a) => a.type.startsWith('plan') || a.type.startsWith('assessment'))).toEqual([
      { type: 'planReviewOverdue', severity: 'danger', count: 1, link: '/plans?filter=overdue' },
      { type: 'assessmentOverdue', severity: 'danger', count: 1, link: '/plans?filter=overdue' },
    ]);
    // 10 Mar is 17 days away: not yet "due soon".
    expect(home.alerts.some((a) => a.type === 'planReviewDue')).toBe(false);

    // Recording the review clears it: the next date follows from the review.
    const review = await s.f.ok(s.social, 'plans.startReview', { planId: v1.planId, reviewedOn: '2027-02-21' });
    expect((await item(c1!.id)).plan).toMatchObject({ status: 'under_review', openReviewId: review.id, reviewState: 'overdue' });
    await s.f.ok(s.social, 'plans.completeReview', {
      reviewId: review.id,
      reviewedOn: '2027-02-21',
      goals: review.goals.map((g) => ({ goalId: g.goalId, rating: g.baseline + 1, status: 'partly_achieved' as const })),
      outcome: 'continue',
    });
    expect((await item(c1!.id)).plan).toMatchObject({
      status: 'approved',
      reviewState: 'ok',
      nextReviewOn: '2027-05-21',
      openReviewId: null,
    });
    expect((await s.f.ok(s.manager, 'home.summary', {})).alerts.some((a) => a.type === 'planReviewOverdue')).toBe(false);
  });

  it('counts plans waiting for approval, and a discharged client leaves the list', async () => {
    s = await plansFacility({ count: 2 });
    const [c1, c2] = s.clients;
    const a = await s.f.ok(s.social, 'assessments.create', assessmentInput(c1!.id));
    await s.f.ok(s.social, 'assessments.complete', { id: a.id });
    const d = await s.f.ok(s.caregiver, 'plans.create', planInput(c1!.id, a.id, s.ids.caregiver));
    await s.f.ok(s.caregiver, 'plans.submit', { versionId: d.id });
    const overview = await s.f.ok(s.manager, 'plans.overview', { filter: 'attention' });
    expect(overview.counts.awaitingApproval).toBe(1);
    expect(overview.items.find((i) => i.client.id === c1!.id)?.plan?.status).toBe('submitted');
    expect((await s.f.ok(s.manager, 'home.summary', {})).alerts.find((x) => x.type === 'planAwaitingApproval')?.count).toBe(1);

    await approvedPlan(s, c2!.id);
    await s.f.ok(s.manager, 'stays.discharge', { clientId: c2!.id, dischargedOn: '2026-11-22', destination: 'foster_family' });
    expect((await s.f.ok(s.manager, 'plans.overview', {})).items.map((i) => i.client.id)).toEqual([c1!.id]);
    // The plan stays readable; no new assessment for someone who has left.
    expect((await s.f.ok(s.manager, 'plans.forClient', { clientId: c2!.id })).canWrite).toBe(false);
    const late = await s.f.call(s.social, 'assessments.create', assessmentInput(c2!.id, { kind: 'reassessment' }));
    expect(late.ok || late.error.code).toBe('conflict');
  });
});
