import { afterEach, describe, expect, it } from 'vitest';
import { plansFacility, assessmentInput, planInput, approvedPlan, type PlansSetup } from '../fixtures/plans';

let s: PlansSetup;
afterEach(async () => s?.f.close());

describe('the whole cycle: assessment → plan → approval → activity → review → new version', () => {
  it('keeps every version, locks what was approved, and follows goals across versions', async () => {
    s = await plansFacility();
    const { f, manager, caregiver, social, ids } = s;
    const client = s.clients[0]!;

    // A caregiver drafts the assessment; a social worker completes it; it is locked then.
    const draft = await f.ok(caregiver, 'assessments.create', assessmentInput(client.id));
    expect(draft).toMatchObject({ status: 'draft', kind: 'initial', ratedDomains: 3, canEdit: true, canComplete: false });
    expect(draft.formDomains).toEqual([
      'health',
      'cognitive',
      'communication',
      'self_care',
      'emotional',
      'social',
      'education',
      'safety',
      'legal',
    ]);
    const refused = await f.call(caregiver, 'assessments.complete', { id: draft.id });
    expect(refused.ok || refused.error.code).toBe('forbidden');
    const assessment = await f.ok(social, 'assessments.complete', { id: draft.id });
    expect(assessment).toMatchObject({ status: 'completed', completedBy: { id: ids.social } });
    const locked = await f.call(caregiver, 'assessments.update', {
      ...assessmentInput(client.id),
      id: draft.id,
      clientId: undefined,
    } as never);
    expect(locked.ok || locked.error.code).toBe('conflict');

    // The plan is built from it: two goals with baseline and target.
    const v1 = await f.ok(caregiver, 'plans.create', planInput(client.id, assessment.id, ids.caregiver));
    expect(v1).toMatchObject({
      version: 1,
      status: 'draft',
      assessedOn: '2026-11-10',
      reviewMonths: 3,
      can: { edit: true, approve: false },
    });
    expect(v1.goals.map((g) => [g.goalNo, g.domain, g.baseline, g.target])).toEqual([
      [1, 'communication', 2, 4],
      [2, 'health', 3, 4],
    ]);
    await f.ok(caregiver, 'plans.submit', { versionId: v1.id });

    // Only the manager approves; a caregiver is refused and nothing changes.
    const byCaregiver = await f.call(caregiver, 'plans.approve', { versionId: v1.id });
    expect(byCaregiver.ok || byCaregiver.error.code).toBe('forbidden');
    expect((await f.ok(manager, 'plans.get', { versionId: v1.id })).status).toBe('submitted');
    await s.at('2026-11-30T06:00:00Z');
    const approved = await f.ok(manager, 'plans.approve', { versionId: v1.id });
    // Approved on 30 Nov: three months later is 28 Feb (no 30 Feb).
    expect(approved).toMatchObject({ status: 'approved', approvedBy: { id: ids.manager }, nextReviewOn: '2027-02-28', reviewState: 'ok' });

    // An approved version cannot be edited, submitted again or discarded.
    const edit = await f.call(manager, 'plans.update', {
      ...planInput(client.id, assessment.id, ids.caregiver),
      versionId: v1.id,
    } as never);
    expect(edit.ok || edit.error).toMatchObject({ code: 'conflict' });
    expect(edit.ok || edit.error.message).toContain('yangi versiya');
    for (const m of ['plans.submit', 'plans.discard'] as const) {
      const r = await f.call(manager, m, { versionId: v1.id });
      expect(r.ok || r.error.code).toBe('conflict');
    }

    // Activities delivered: twice the speech lesson, once an unplanned service; planned vs delivered follows.
    await s.at('2026-12-13T08:00:00Z');
    const speech = approved.goals[0]!.activities[0]!;
    await f.ok(caregiver, 'plans.logActivity', {
      clientId: client.id,
      activityId: speech.id,
      doneOn: '2026-12-02',
      minutes: 40,
      note: 'Yaxshi qatnashdi',
    });
    const second = await f.ok(social, 'plans.logActivity', {
      clientId: client.id,
      activityId: speech.id,
      doneOn: '2026-12-09',
      minutes: 35,
      staffUserId: ids.caregiver,
    });
    expect(second).toMatchObject({ activity: 'Logoped mashgʻuloti', staff: { id: ids.caregiver }, source: 'plan', voided: false });
    const counselling = (await f.ok(manager, 'plans.services', {})).find((x) => x.code === 'psychological_counselling')!;
    await f.ok(social, 'plans.logActivity', { clientId: client.id, serviceId: counselling.id, doneOn: '2026-12-10', minutes: 50 });
    // A wrong entry is struck out, not deleted, and stops counting.
    const wrong = await f.ok(caregiver, 'plans.logActivity', { clientId: client.id, activityId: speech.id, doneOn: '2026-12-11' });
    const voided = await f.ok(caregiver, 'plans.voidActivity', { id: wrong.id, reason: 'Boshqa bolaga yozilgan' });
    expect(voided).toMatchObject({ voided: true, voidReason: 'Boshqa bolaga yozilgan' });
    const withDeliveries = await f.ok(manager, 'plans.get', { versionId: v1.id });
    // 30 Nov – 13 Dec is 14 days: 2 a week → 4 planned, 2 delivered (75 minutes); 1 a month → 0 planned yet.
    expect(withDeliveries.goals[0]!.activities[0]).toMatchObject({ planned: 4, delivered: 2, minutes: 75 });
    expect(withDeliveries.goals[1]!.activities[0]).toMatchObject({ planned: 0, delivered: 0 });
    expect(withDeliveries.otherServices).toBe(1);
    const log = await f.ok(social, 'plans.deliveries', { clientId: client.id });
    expect(log.map((d) => [d.doneOn, d.activity ?? d.service?.name, d.voided])).toEqual([
      ['2026-12-11', 'Logoped mashgʻuloti', true],
      ['2026-12-10', 'Psixologik maslahat', false],
      ['2026-12-09', 'Logoped mashgʻuloti', false],
      ['2026-12-02', 'Logoped mashgʻuloti', false],
    ]);

    // The review: started (plan under review), the rating reached per goal, completed; the next date follows.
    await s.at('2027-02-25T06:00:00Z');
    const review = await f.ok(caregiver, 'plans.startReview', { planId: v1.planId, reviewedOn: '2027-02-25' });
    expect(review).toMatchObject({ status: 'draft', canComplete: false, suggestedNextReviewOn: '2027-05-25' });
    expect((await f.ok(manager, 'plans.get', { versionId: v1.id })).status).toBe('under_review');
    const goals = [
      { goalId: review.goals[0]!.goalId, rating: 3, status: 'partly_achieved' as const, note: 'Ikki soʻzli gaplar' },
      { goalId: review.goals[1]!.goalId, rating: 4, status: 'achieved' as const, note: 'Gemoglobin 118 g/l' },
    ];
    const done = await f.ok(social, 'plans.completeReview', {
      reviewId: review.id,
      reviewedOn: '2027-02-25',
      participants: ['Malika Yusupova', 'Inson markazi vakili'],
      summary: 'Nutqda ijobiy siljish bor.',
      goals,
      outcome: 'revise',
    });
    expect(done).toMatchObject({ status: 'done', nextReviewOn: '2027-05-25', outcome: 'revise' });
    expect(done.goals.map((g) => [g.previous, g.rating, g.progress, g.status])).toEqual([
      [2, 3, 50, 'partly_achieved'],
      [3, 4, 100, 'achieved'],
    ]);

    // "Revise" opened version 2 as a copy; version 1 stays in force with the next review date.
    const client1 = await f.ok(manager, 'plans.forClient', { clientId: client.id });
    const plan = client1.plans[0]!;
    expect(plan).toMatchObject({ status: 'approved', version: 1, nextReviewOn: '2027-05-25', pendingStatus: 'draft' });
    const v2id = plan.pendingVersionId!;
    const v2 = await f.ok(caregiver, 'plans.get', { versionId: v2id });
    expect(v2).toMatchObject({ version: 2, status: 'draft', changeReason: 'Nutqda ijobiy siljish bor.' });
    // The latest result per goal follows into the new version.
    expect(v2.goals.map((g) => [g.goalNo, g.latest?.rating, g.progress])).toEqual([
      [1, 3, 50],
      [2, 4, 100],
    ]);

    // Version 2 drops the achieved health goal, raises the speech target and adds a goal.
    const g1 = v2.goals[0]!;
    await f.ok(caregiver, 'plans.update', {
      versionId: v2id,
      startsOn: '2026-11-15',
      endsOn: v2.endsOn,
      aim: v2.aim,
      // A new key worker from version 2.
      keyWorkerId: ids.social,
      goals: [
        {
          goalNo: 1,
          domain: 'communication',
          title: g1.title,
          baseline: 2,
          target: 5,
          targetDate: '2027-08-15',
          activities: [
            {
              activityNo: g1.activities[0]!.activityNo,
              what: 'Logoped mashgʻuloti',
              responsibleUserId: ids.caregiver,
              times: 3,
              per: 'week',
            },
          ],
        },
        {
          domain: 'social',
          title: 'Tengdoshlari bilan navbat bilan oʻynaydi',
          baseline: 3,
          target: 4,
          targetDate: '2027-08-15',
          activities: [{ what: 'Guruhda oʻyin', responsibleUserId: ids.caregiver, per: 'as_needed' }],
        },
      ],
    });
    await f.ok(caregiver, 'plans.submit', { versionId: v2id });
    const v2approved = await f.ok(manager, 'plans.approve', { versionId: v2id });
    expect(v2approved).toMatchObject({ status: 'approved', nextReviewOn: '2027-05-25' });
    expect(v2approved.goals.map((g) => g.goalNo)).toEqual([1, 3]);
    expect((await f.ok(manager, 'plans.get', { versionId: v1.id })).status).toBe('superseded');

    // Both versions kept and comparable.
    const cmp = await f.ok(manager, 'plans.compareVersions', { a: v2id, b: v1.id });
    expect([cmp.a.version, cmp.b.version]).toEqual([1, 2]);
    expect(cmp.goals.map((g) => [g.goalNo, g.change, g.changed])).toEqual([
      [1, 'changed', ['target', 'targetDate', 'activities']],
      [2, 'removed', []],
      [3, 'added', []],
    ]);
    expect(cmp.fields.map((x) => x.field)).toEqual(['keyWorker']);
    const all = await f.ok(manager, 'plans.forClient', { clientId: client.id });
    expect(all.plans[0]!.versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'superseded'],
      [2, 'approved'],
    ]);

    // Both versions print.
    for (const versionId of [v1.id, v2id]) {
      const pdf = await f.ok(manager, 'plans.pdf', { versionId });
      expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    }
    const reviewPdf = await f.ok(manager, 'plans.reviewPdf', { reviewId: review.id });
    expect(reviewPdf.fileName).toBe(`review_${client.code}_2027-02-25.pdf`);

    // The client's timeline shows the work; the audit trail has every step.
    const timeline = await f.ok(manager, 'clients.timeline', { clientId: client.id });
    expect(timeline.filter((i) => i.type.startsWith('plan') || i.type.startsWith('assessment')).map((i) => [i.date, i.type])).toEqual([
      ['2026-11-10', 'assessmentCompleted'],
      ['2026-11-30', 'planApproved'],
      ['2027-02-25', 'planReviewed'],
      ['2027-02-25', 'planApproved'],
    ]);
    const actions = (await f.backend.db.selectFrom('audit_log').select('action').execute()).map((r) => r.action);
    for (const a of ['assessments.create', 'assessments.complete', 'plans.create', 'plans.submit', 'plans.approve', 'plans.logActivity'])
      expect(actions).toContain(a);
    expect(actions).toContain('plans.completeReview');
  });

  it('closes a plan at a review, and a new plan can then start', async () => {
    s = await plansFacility();
    const client = s.clients[0]!;
    const v = await approvedPlan(s, client.id);
    const review = await s.f.ok(s.social, 'plans.startReview', { planId: v.planId, reviewedOn: '2026-11-22' });
    const done = await s.f.ok(s.manager, 'plans.completeReview', {
      reviewId: review.id,
      reviewedOn: '2026-11-22',
      goals: review.goals.map((g) => ({ goalId: g.goalId, rating: g.target, status: 'achieved' as const })),
      outcome: 'close',
    });
    expect(done.nextReviewOn).toBeNull();
    const closed = await s.f.ok(s.manager, 'plans.get', { versionId: v.id });
    expect(closed).toMatchObject({
      status: 'closed',
      closeReason: '22.11.2026 dagi koʻrib chiqish natijasida',
      can: { startReview: false },
    });
    const logged = await s.f.call(s.social, 'plans.logActivity', {
      clientId: client.id,
      activityId: v.goals[0]!.activities[0]!.id,
      doneOn: '2026-11-22',
    });
    expect(logged.ok || logged.error.fields).toEqual({ activityId: 'Bu tadbir amaldagi rejada yoʻq.' });
    // A second initial assessment of the same stay is refused; a reassessment builds the next plan.
    const again = await s.f.call(s.social, 'assessments.create', assessmentInput(client.id));
    expect(again.ok || again.error.fields).toEqual({ kind: expect.stringContaining('Qayta baholash') });
    const re = await s.f.ok(s.social, 'assessments.create', assessmentInput(client.id, { kind: 'reassessment', assessedOn: '2026-11-22' }));
    await s.f.ok(s.social, 'assessments.complete', { id: re.id });
    const second = await s.f.ok(s.social, 'plans.create', planInput(client.id, re.id, s.ids.social));
    expect(second).toMatchObject({ planNo: 2, version: 1, status: 'draft' });
  });

  it('a manager closes an approved plan with a reason; a draft is discarded, a submitted one returned', async () => {
    s = await plansFacility();
    const [c1, c2] = s.clients;
    const v = await approvedPlan(s, c1!.id);
    const closed = await s.f.ok(s.manager, 'plans.close', { planId: v.planId, reason: 'Farzandlikka olindi' });
    expect(closed).toMatchObject({ status: 'closed', closeReason: 'Farzandlikka olindi' });
    expect((await s.f.ok(s.manager, 'plans.overview', {})).items.find((i) => i.client.id === c1!.id)?.plan?.status).toBe('closed');

    const a = await s.f.ok(s.social, 'assessments.create', assessmentInput(c2!.id));
    await s.f.ok(s.social, 'assessments.complete', { id: a.id });
    const d = await s.f.ok(s.caregiver, 'plans.create', planInput(c2!.id, a.id, s.ids.caregiver));
    await s.f.ok(s.caregiver, 'plans.submit', { versionId: d.id });
    const back = await s.f.ok(s.manager, 'plans.returnToDraft', { versionId: d.id, reason: 'Maqsad muddatini aniqlang' });
    expect(back).toMatchObject({ status: 'draft', returnedReason: 'Maqsad muddatini aniqlang', can: { edit: true } });
    // Another caregiver's draft is not hers to discard; the author may.
    const other = await s.f.as('caregiver', 'boshqa');
    const notHers = await s.f.call(other, 'plans.discard', { versionId: d.id });
    expect(notHers.ok || notHers.error.code).toBe('forbidden');
    await s.f.ok(s.caregiver, 'plans.discard', { versionId: d.id });
    expect((await s.f.ok(s.manager, 'plans.forClient', { clientId: c2!.id })).plans).toEqual([]);
  });
});
