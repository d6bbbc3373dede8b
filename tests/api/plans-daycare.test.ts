import { afterEach, describe, expect, it } from 'vitest';
import { DAY_CARE } from '../fixtures/backend';
import { plansFacility, assessmentInput, planInput, approvedPlan, type PlansSetup } from '../fixtures/plans';
import { recordDelivery, plannedActivitiesOf } from '../../electron/features/plans/deliveries';

let s: PlansSetup;
afterEach(async () => s?.f.close());

const BARTHEL_LOW = {
  feeding: 5,
  bathing: 0,
  grooming: 0,
  dressing: 5,
  bowels: 10,
  bladder: 5,
  toilet: 5,
  transfers: 10,
  mobility: 10,
  stairs: 0,
};
const LAWTON_LOW = { telephone: 1, shopping: 0, food: 0, housekeeping: 1, laundry: 0, transport: 0, medication: 0, finances: 0 };

describe('adult day care: Barthel and Lawton', () => {
  it('computes the totals, and two assessments compare side by side per domain and per item', async () => {
    s = await plansFacility({ kind: DAY_CARE, count: 1, admittedOn: '2026-05-04', now: '2026-11-22T07:00:00Z' });
    const client = s.clients[0]!;
    const first = await s.f.ok(
      s.social,
      'assessments.create',
      assessmentInput(client.id, {
        assessedOn: '2026-05-12',
        domains: [
          { domain: 'self_care', rating: 2, strengths: 'Oʻzi ovqatlanadi', needs: 'Kiyinishda yordam' },
          { domain: 'social', rating: 3 },
          { domain: 'housing', rating: 4 },
        ],
        barthel: BARTHEL_LOW,
        lawton: LAWTON_LOW,
      }),
    );
    expect(first).toMatchObject({ barthelTotal: 50, lawtonTotal: 2, barthel: { total: 50 }, lawton: { total: 2 } });
    expect(first.formDomains).toContain('housing');
    await s.f.ok(s.social, 'assessments.complete', { id: first.id });

    const second = await s.f.ok(
      s.social,
      'assessments.create',
      assessmentInput(client.id, {
        kind: 'reassessment',
        assessedOn: '2026-11-12',
        domains: [
          { domain: 'self_care', rating: 3, strengths: 'Tugmalarni oʻzi qadaydi' },
          { domain: 'social', rating: 3 },
          { domain: 'communication', rating: 4 },
        ],
        barthel: { ...BARTHEL_LOW, dressing: 10, bathing: 5 },
        lawton: { ...LAWTON_LOW, medication: 1 },
      }),
    );
    expect([second.barthelTotal, second.lawtonTotal]).toEqual([60, 3]);

    // Newer first in the call; the answer puts the older on the left so that + means better.
    const cmp = await s.f.ok(s.manager, 'assessments.compare', { a: second.id, b: first.id });
    expect([cmp.a.assessedOn, cmp.b.assessedOn]).toEqual(['2026-05-12', '2026-11-12']);
    expect(cmp.domains.map((d) => [d.domain, d.a?.rating ?? null, d.b?.rating ?? null, d.change])).toEqual([
      ['communication', null, 4, null],
      ['self_care', 2, 3, 1],
      ['social', 3, 3, 0],
      ['housing', 4, null, null],
    ]);
    expect(cmp.barthel).toMatchObject({ a: 50, b: 60 });
    expect(cmp.barthel!.items.filter((i) => i.a !== i.b)).toEqual([
      { key: 'bathing', a: 0, b: 5 },
      { key: 'dressing', a: 5, b: 10 },
    ]);
    expect(cmp.lawton!.items.find((i) => i.key === 'medication')).toEqual({ key: 'medication', a: 0, b: 1 });
  });
});

describe('the services catalogue', () => {
  it('starts with the agency’s services in three languages; the manager adds, renames and retires', async () => {
    s = await plansFacility({ count: 1 });
    const list = await s.f.ok(s.caregiver, 'plans.services', {});
    expect(list.map((x) => x.code)).toEqual(
      expect.arrayContaining([
        'psychological_counselling',
        'legal_aid',
        'medical_care',
        'rehabilitation',
        'pedagogical_support',
        'vocational_training',
        'family_reintegration',
        'inson_referral',
      ]),
    );
    const inson = list.find((x) => x.code === 'inson_referral')!;
    expect(inson.names).toEqual({
      uz: '“Inson” ijtimoiy xizmatlar markaziga yoʻllash',
      ru: 'Направление в центр социальных услуг «Инсон»',
      en: 'Referral to the “Inson” social service center',
    });
    const art = await s.f.ok(s.manager, 'plans.saveService', { names: { uz: 'Art-terapiya', ru: 'Арт-терапия', en: 'Art therapy' } });
    expect(art).toMatchObject({ code: null, name: 'Art-terapiya', active: true });

    // A plan uses it; then it is retired: no longer offered, still on the plan and still recordable there.
    const a = await s.f.ok(s.social, 'assessments.create', assessmentInput(s.clients[0]!.id));
    await s.f.ok(s.social, 'assessments.complete', { id: a.id });
    const plan = planInput(s.clients[0]!.id, a.id, s.ids.social);
    plan.goals[0]!.activities![0]!.serviceId = art.id;
    const v = await s.f.ok(s.social, 'plans.create', plan);
    await s.f.ok(s.manager, 'plans.saveService', {
      id: art.id,
      names: { uz: 'Art-terapiya', ru: 'Арт-терапия', en: 'Art therapy' },
      active: false,
    });
    expect((await s.f.ok(s.manager, 'plans.services', {})).some((x) => x.id === art.id)).toBe(false);
    expect((await s.f.ok(s.manager, 'plans.services', { includeInactive: true })).find((x) => x.id === art.id)?.active).toBe(false);
    const kept = await s.f.ok(s.social, 'plans.get', { versionId: v.id });
    expect(kept.goals[0]!.activities[0]!.service).toEqual({ id: art.id, name: 'Art-terapiya' });
    // Saving the draft again keeps it; a new activity cannot take it.
    const goals = plan.goals.map((g, i) => ({
      ...g,
      goalNo: kept.goals[i]!.goalNo,
      activities: g.activities!.map((x, j) => ({ ...x, activityNo: kept.goals[i]!.activities[j]!.activityNo })),
    }));
    await s.f.ok(s.social, 'plans.update', { ...plan, versionId: v.id, goals });
    const withNew = goals.map((g, i) =>
      i === 1
        ? {
            ...g,
            activities: [
              ...g.activities,
              { what: 'Rasm', serviceId: art.id, responsibleExternal: 'Studiya', times: 1, per: 'week' as const },
            ],
          }
        : g,
    );
    const refused = await s.f.call(s.social, 'plans.update', { ...plan, versionId: v.id, goals: withNew });
    expect(refused.ok || refused.error.fields).toEqual({ 'goals.1.activities.1.serviceId': 'Xizmatni katalogdan tanlang.' });
  });

  it('keeps the schedule settings the manager sets', async () => {
    s = await plansFacility({ count: 0 });
    expect(await s.f.ok(s.inspector, 'plans.settings', {})).toEqual({ initialDueDays: 14, reassessMonths: 6, reviewMonths: 3 });
    await s.f.ok(s.manager, 'plans.saveSettings', { initialDueDays: 10, reassessMonths: 12, reviewMonths: 6 });
    expect(await s.f.ok(s.caregiver, 'plans.settings', {})).toEqual({ initialDueDays: 10, reassessMonths: 12, reviewMonths: 6 });
  });
});

describe('recording from the care log', () => {
  it('records a planned activity once per care-log entry, and the plan counts it', async () => {
    s = await plansFacility({ count: 1 });
    const client = s.clients[0]!;
    const v = await approvedPlan(s, client.id);
    const offered = await s.f.ok(s.caregiver, 'plans.activitiesOf', { clientId: client.id });
    expect(offered.map((a) => [a.goalNo, a.what, a.planId])).toEqual([
      [1, 'Logoped mashgʻuloti', v.planId],
      [2, 'Pediatr koʻrigi', v.planId],
    ]);
    const db = s.f.backend.db;
    const direct = await plannedActivitiesOf(db, 'uz', client.id, '2026-11-22');
    expect(direct.map((a) => a.id)).toEqual(offered.map((a) => a.id));
    const entry = {
      clientId: client.id,
      activityId: offered[0]!.id,
      doneOn: '2026-11-22',
      minutes: 30,
      source: 'care_log' as const,
      sourceRef: 'carelog-881',
    };
    const by = { userId: s.ids.caregiver, now: s.f.now };
    const first = await db.transaction().execute((trx) => recordDelivery(trx, entry, by));
    const again = await db.transaction().execute((trx) => recordDelivery(trx, entry, by));
    expect(again).toBe(first);
    const log = await s.f.ok(s.manager, 'plans.deliveries', { clientId: client.id });
    expect(log).toEqual([
      expect.objectContaining({ id: first, source: 'care_log', minutes: 30, staff: { id: s.ids.caregiver, name: 'Test caregiver' } }),
    ]);
    expect((await s.f.ok(s.manager, 'plans.get', { versionId: v.id })).goals[0]!.activities[0]!.delivered).toBe(1);
    // The same checks as from the plan page.
    await expect(
      db.transaction().execute((trx) => recordDelivery(trx, { ...entry, sourceRef: 'carelog-882', doneOn: '2027-01-01' }, by)),
    ).rejects.toMatchObject({
      code: 'validation',
      fields: { doneOn: 'v.plans.futureDate' },
    });
  });
});
