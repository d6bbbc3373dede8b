import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, ROLES, type MethodName, type Role } from '../../electron/contract/index';
import type { CallContext } from '../../electron/backend';
import { plansFacility, assessmentInput, planInput, approvedPlan, type PlansSetup } from '../fixtures/plans';

// Bad input on every method of the area writes nothing and says which field; every role a method does not
// list is refused before anything happens. One facility serves the whole file: each call is checked against
// the row counts around it.

let s: PlansSetup;
let ctx: Record<Role, CallContext>;
let ids: {
  assessment: number;
  draftAssessment: number;
  version: number;
  plan: number;
  draftVersion: number;
  review: number;
  delivery: number;
  activity: number;
};

const AREA = (Object.keys(contract) as MethodName[]).filter((m) => m.startsWith('plans.') || m.startsWith('assessments.'));

beforeAll(async () => {
  s = await plansFacility({ count: 3 });
  ctx = { manager: s.manager, caregiver: s.caregiver, social_worker: s.social, inspector: s.inspector, accountant: s.accountant };
  const [c1, c2, c3] = s.clients;
  const approved = await approvedPlan(s, c1!.id);
  const a2 = await s.f.ok(s.social, 'assessments.create', assessmentInput(c2!.id));
  await s.f.ok(s.social, 'assessments.complete', { id: a2.id });
  const draft = await s.f.ok(s.caregiver, 'plans.create', planInput(c2!.id, a2.id, s.ids.caregiver));
  const draftAssessment = await s.f.ok(s.caregiver, 'assessments.create', assessmentInput(c3!.id));
  const activity = approved.goals[0]!.activities[0]!.id;
  const delivery = await s.f.ok(s.caregiver, 'plans.logActivity', { clientId: c1!.id, activityId: activity, doneOn: '2026-11-22' });
  const review = await s.f.ok(s.social, 'plans.startReview', { planId: approved.planId, reviewedOn: '2026-11-22' });
  ids = {
    assessment: a2.id,
    draftAssessment: draftAssessment.id,
    version: approved.id,
    plan: approved.planId,
    draftVersion: draft.id,
    review: review.id,
    delivery: delivery.id,
    activity,
  };
});
afterAll(async () => s?.f.close());

/** Rows of every table but the audit trail and sessions (a refused call is audited, and that is right). */
async function counts(): Promise<Record<string, number>> {
  const all = await s.f.rowCounts();
  delete all.audit_log;
  delete all.sessions;
  return all;
}

/** Calls and checks that it failed with `code`, that nothing was written, and returns the error. */
async function refusedWithoutWrites(who: CallContext, method: MethodName, input: unknown, code: string) {
  const before = await counts();
  const r = await s.f.call(who, method, input);
  expect(r.ok, `${method} should fail`).toBe(false);
  if (r.ok) throw new Error('unreachable');
  expect(r.error.code, `${method}: ${JSON.stringify(r.error)}`).toBe(code);
  expect(await counts(), `${method} wrote something`).toEqual(before);
  return r.error;
}

// Per method: an input the schema refuses, and the field it names.
const BAD: Record<string, [unknown, string]> = {
  'assessments.list': [{ clientId: 'x' }, 'clientId'],
  'assessments.get': [{ id: -1 }, 'id'],
  'assessments.create': [{ clientId: 1, kind: 'initial', assessedOn: '2026-02-30', domains: [] }, 'assessedOn'],
  'assessments.update': [{ id: 1, kind: 'monthly', assessedOn: '2026-11-01' }, 'kind'],
  'assessments.complete': [{}, 'id'],
  'assessments.discard': [{ id: 0 }, 'id'],
  'assessments.compare': [{ a: 1 }, 'b'],
  'plans.overview': [{ filter: 'late' }, 'filter'],
  'plans.flags': [{ clientIds: [1, 'two'] }, 'clientIds.1'],
  'plans.forClient': [{ clientId: null }, 'clientId'],
  'plans.get': [{ versionId: 1.5 }, 'versionId'],
  'plans.create': [{ clientId: 1, assessmentId: 1, startsOn: '2026-11-01', goals: [] }, 'goals'],
  'plans.update': [
    { versionId: 1, startsOn: '2026-11-01', goals: [{ domain: 'health', title: 'x', baseline: 0, target: 3, targetDate: '2027-01-01' }] },
    'goals.0.baseline',
  ],
  'plans.submit': [{ versionId: 'a' }, 'versionId'],
  'plans.returnToDraft': [{ versionId: 1, reason: '  ' }, 'reason'],
  'plans.approve': [{}, 'versionId'],
  'plans.revise': [{ planId: 1 }, 'reason'],
  'plans.discard': [{ versionId: -3 }, 'versionId'],
  'plans.close': [{ planId: 1, reason: '' }, 'reason'],
  'plans.compareVersions': [{ b: 1 }, 'a'],
  'plans.pdf': [{ versionId: 'all' }, 'versionId'],
  'plans.startReview': [{ planId: 1, reviewedOn: '22.11.2026' }, 'reviewedOn'],
  'plans.saveReview': [{ reviewId: 1, reviewedOn: '2026-11-22', goals: [{ goalId: 1, status: 'done' }] }, 'goals.0.status'],
  'plans.completeReview': [{ reviewId: 1, reviewedOn: '2026-11-22', goals: [{ goalId: 1, rating: 6 }] }, 'goals.0.rating'],
  'plans.cancelReview': [{ reviewId: 'x' }, 'reviewId'],
  'plans.getReview': [{}, 'reviewId'],
  'plans.reviewPdf': [{ reviewId: 0 }, 'reviewId'],
  'plans.logActivity': [{ clientId: 1, activityId: 1, doneOn: '2026-11-22', minutes: 0 }, 'minutes'],
  'plans.voidActivity': [{ id: 1, reason: '' }, 'reason'],
  'plans.deliveries': [{ clientId: 1, limit: 10_000 }, 'limit'],
  'plans.activitiesOf': [{ clientId: 'a' }, 'clientId'],
  'plans.settings': [{ extra: 1 }, '_'],
  'plans.saveSettings': [{ initialDueDays: 0, reassessMonths: 6, reviewMonths: 3 }, 'initialDueDays'],
  'plans.services': [{ includeInactive: 'yes' }, 'includeInactive'],
  'plans.saveService': [{ names: { uz: 'Yangi', ru: '', en: 'New' } }, 'names.ru'],
  'plans.staff': [{ all: true }, '_'],
};

describe('bad input on every method', () => {
  it('covers every method of the area', () => {
    expect(Object.keys(BAD).sort()).toEqual([...AREA].sort());
  });

  it.each(AREA)('%s: a per-field error, nothing written', async (method) => {
    const [input, field] = BAD[method]!;
    const error = await refusedWithoutWrites(s.manager, method, input, 'validation');
    expect(Object.keys(error.fields ?? {}), JSON.stringify(error.fields)).toContain(field);
  });
});

describe('refused roles on every method', () => {
  const cases = AREA.flatMap((m) => {
    const roles = contract[m].roles;
    return ROLES.filter((r) => roles !== 'public' && !roles.includes(r)).map((r) => [m, r] as const);
  });

  it('accountants reach no method of the area; inspectors only read; approval is the manager’s', () => {
    for (const m of AREA) {
      const spec = contract[m];
      if (spec.roles === 'public') throw new Error(`${m} is public`);
      expect(spec.roles, m).not.toContain('accountant');
      if (spec.kind === 'mutation') expect(spec.roles, m).not.toContain('inspector');
    }
    for (const m of ['plans.approve', 'plans.returnToDraft', 'plans.close', 'plans.saveSettings', 'plans.saveService'] as const)
      expect(contract[m].roles).toEqual(['manager']);
  });

  it.each(cases)('%s refuses %s without writing', async (method, role) => {
    await refusedWithoutWrites(ctx[role], method, BAD[method]![0], 'forbidden');
  });
});

describe('checks beyond the schema write nothing either', () => {
  const goal = (over: object = {}) => ({
    domain: 'communication' as const,
    title: 'Ismini aytadi',
    baseline: 2,
    target: 4,
    targetDate: '2027-05-01',
    activities: [{ what: 'Mashgʻulot', responsibleExternal: 'Logoped', times: 1, per: 'week' as const }],
    ...over,
  });

  it.each([
    [
      'a target below the baseline',
      { goals: [goal({ target: 1 })] },
      { 'goals.0.target': 'Kutilgan natija boshlangʻich holatdan past boʻlishi mumkin emas.' },
    ],
    ['a target date before the start', { goals: [goal({ targetDate: '2026-01-01' })] }, { 'goals.0.targetDate': expect.any(String) }],
    ['a domain not on the form', { goals: [goal({ domain: 'housing' })] }, { 'goals.0.domain': expect.any(String) }],
    [
      'an activity with both a staff member and an outside service',
      { goals: [goal({ activities: [{ what: 'x', responsibleExternal: 'Poliklinika', responsibleUserId: 1, per: 'week', times: 1 }] })] },
      { 'goals.0.activities.0.responsibleUserId': expect.any(String) },
    ],
    [
      'an activity without how often',
      { goals: [goal({ activities: [{ what: 'x', responsibleExternal: 'Poliklinika', per: 'week' }] })] },
      { 'goals.0.activities.0.times': expect.any(String) },
    ],
    ['an inactive staff member as key worker', { keyWorkerId: 9999 }, { keyWorkerId: 'Faol xodimni tanlang.' }],
    ['an unknown goal number', { goals: [goal({ goalNo: 7 })] }, { 'goals.0.goalNo': expect.any(String) }],
  ])('plans.update refuses %s', async (_, over, fields) => {
    const input = { versionId: ids.draftVersion, startsOn: '2026-11-15', goals: [goal()], ...over };
    const error = await refusedWithoutWrites(s.caregiver, 'plans.update', input, 'validation');
    expect(error.fields).toEqual(fields);
  });

  it('assessments refuse a future date, a domain twice, the scales outside day care, a significant change without what changed', async () => {
    const base = assessmentInput(s.clients[2]!.id);
    const barthel = {
      feeding: 10,
      bathing: 5,
      grooming: 5,
      dressing: 10,
      bowels: 10,
      bladder: 10,
      toilet: 10,
      transfers: 15,
      mobility: 15,
      stairs: 10,
    };
    const error = await refusedWithoutWrites(
      s.caregiver,
      'assessments.create',
      {
        ...base,
        kind: 'significant_change',
        assessedOn: '2026-12-01',
        domains: [...base.domains!, { domain: 'health', rating: 2 }],
        barthel,
      },
      'validation',
    );
    expect(error.fields).toEqual({
      assessedOn: 'Sana kelajakda boʻlishi mumkin emas.',
      'domains.3.domain': 'Bu soha ikki marta kiritilgan.',
      changeReason: 'Nima oʻzgarganini yozing.',
      barthel: 'Barthel va Lawton shkalalari faqat kunduzgi parvarish xizmatida qoʻllanadi.',
    });
  });

  it('a plan needs a completed assessment of the same client, and one open plan per client', async () => {
    const [c1, , c3] = s.clients;
    let e = await refusedWithoutWrites(s.caregiver, 'plans.create', planInput(c3!.id, ids.draftAssessment, s.ids.caregiver), 'validation');
    expect(e.fields).toEqual({ assessmentId: expect.stringContaining('yakunlangan baholash') });
    e = await refusedWithoutWrites(s.caregiver, 'plans.create', planInput(c3!.id, ids.assessment, s.ids.caregiver), 'validation');
    expect(e.fields).toEqual({ assessmentId: 'Bu xizmat oluvchining baholashini tanlang.' });
    e = await refusedWithoutWrites(s.caregiver, 'plans.create', planInput(c1!.id, ids.assessment, s.ids.caregiver), 'conflict');
    expect(e.message).toContain('ochiq rejasi bor');
  });

  it('a review in progress blocks approval of changes, a second review and closing; a review cannot be completed half-filled', async () => {
    await refusedWithoutWrites(s.social, 'plans.startReview', { planId: ids.plan, reviewedOn: '2026-11-22' }, 'conflict');
    await refusedWithoutWrites(s.manager, 'plans.close', { planId: ids.plan, reason: 'x' }, 'conflict');
    await refusedWithoutWrites(s.social, 'plans.revise', { planId: ids.plan, reason: 'x' }, 'conflict');
    const e = await refusedWithoutWrites(
      s.manager,
      'plans.completeReview',
      { reviewId: ids.review, reviewedOn: '2026-11-22', goals: [{ goalId: (await goalIds())[0], rating: 3, status: 'achieved' }] },
      'validation',
    );
    expect(e.fields).toEqual({
      'goals.0.status': '«Erishildi» faqat kutilgan natijaga yetganda. Aks holda «Qisman erishildi»ni tanlang.',
      goals: 'Har bir maqsad boʻyicha natijani kiriting.',
      outcome: 'Toʻldirish shart.',
    });
  });

  it('an activity must be in the plan in force, done by active staff, not in the future; a struck-out one stays struck out', async () => {
    const [c1, c2] = s.clients;
    let e = await refusedWithoutWrites(
      s.caregiver,
      'plans.logActivity',
      { clientId: c2!.id, activityId: ids.activity, doneOn: '2026-11-22' },
      'validation',
    );
    expect(e.fields).toEqual({ activityId: 'Bu tadbir amaldagi rejada yoʻq.' });
    e = await refusedWithoutWrites(
      s.caregiver,
      'plans.logActivity',
      { clientId: c1!.id, activityId: ids.activity, serviceId: 1, doneOn: '2026-11-23', staffUserId: 9999 },
      'validation',
    );
    expect(Object.keys(e.fields!).sort()).toEqual(['activityId', 'doneOn', 'staffUserId']);
    await s.f.ok(s.caregiver, 'plans.voidActivity', { id: ids.delivery, reason: 'Xato' });
    await refusedWithoutWrites(s.manager, 'plans.voidActivity', { id: ids.delivery, reason: 'Yana' }, 'conflict');
    // Only who recorded it, or the manager, may strike it out.
    const other = await s.f.ok(s.social, 'plans.logActivity', { clientId: c1!.id, activityId: ids.activity, doneOn: '2026-11-22' });
    await refusedWithoutWrites(s.caregiver, 'plans.voidActivity', { id: other.id, reason: 'Xato' }, 'forbidden');
  });
});

async function goalIds(): Promise<number[]> {
  return (await s.f.ok(s.manager, 'plans.getReview', { reviewId: ids.review })).goals.map((g) => g.goalId);
}
