// Needs assessments and individual plans: an initial assessment a few days after admission, a plan
// with goals on the weakest domains (baseline, target, activities from the service catalogue),
// submitted by the worker and approved by the manager, activities recorded as they happen, reviews
// every few months with honest progress, a reassessment each half year, and the plan closed before
// discharge. Everyone except accompanying children and very short stays.
import { DOMAINS_BY_KIND, type Domain } from '../../contract/plans.scales';
import type { GoalStatus } from '../../contract/plans.schemas';
import { addDays, daysBetween } from './dates';
import type { Rng } from './prng';
import { at, bump, manager, staffOf, type DemoArea, type DemoStaff, type Resident, type World } from './world';

interface Case {
  r: Resident;
  worker: DemoStaff;
  /** Domain ratings of the latest assessment. */
  ratings: Map<Domain, number>;
  assessedOn: string | null;
  assessmentId: number | null;
  planId: number | null;
  goals: Array<{ id: number; domain: Domain; baseline: number; target: number; reached: number; activityIds: number[] }>;
  nextReview: string | null;
  nextLog: string | null;
}

const GOAL_TITLES: Record<Domain, string> = {
  health: 'Sogʻligʻini tiklash va muntazam tibbiy nazorat',
  cognitive: 'Diqqat va xotirani rivojlantirish',
  communication: 'Nutq va muloqot koʻnikmalarini kengaytirish',
  self_care: 'Oʻz-oʻziga xizmat koʻrsatishda mustaqillik',
  emotional: 'Hissiy holatni barqarorlashtirish, xavotirni kamaytirish',
  social: 'Oila va tengdoshlar bilan aloqani tiklash',
  education: 'Taʼlim yoki kasb-hunar oʻrganishni davom ettirish',
  safety: 'Xavfsizlik rejasini tuzish va unga amal qilish',
  legal: 'Hujjatlarni tiklash va huquqiy masalalarni hal qilish',
  housing: 'Doimiy yashash joyi va daromad manbaini topish',
};
const STRENGTHS = [
  'Muloqotga ochiq',
  'Farzandlariga gʻamxoʻr',
  'Yangi narsalarni tez oʻrganadi',
  'Qiziqishlari koʻp',
  'Oilasi qoʻllab-quvvatlaydi',
];
const NEEDS = [
  'Psixologik yordamga muhtoj',
  'Hujjatlari yoʻq',
  'Doimiy nazorat kerak',
  'Mutaxassis mashgʻulotlari kerak',
  'Ijtimoiy koʻnikmalarni mustahkamlash',
];

const states = new WeakMap<World, { cases: Map<number, Case>; services: number[]; nextWorker: number }>();

function plannable(w: World, r: Resident): boolean {
  return !r.motherId && daysBetween(r.admittedOn, r.leavesOn) >= 21;
}

async function assess(w: World, c: Case, date: string, rng: Rng, kind: 'initial' | 'reassessment'): Promise<void> {
  const domains = DOMAINS_BY_KIND[w.options.kind];
  for (const d of domains) {
    const before = c.ratings.get(d);
    c.ratings.set(
      d,
      before === undefined
        ? rng.weighted([
            [1, 10],
            [2, 30],
            [3, 35],
            [4, 20],
            [5, 5],
          ] as const)
        : Math.min(
            5,
            Math.max(
              1,
              before +
                rng.weighted([
                  [0, 60],
                  [1, 30],
                  [-1, 10],
                ] as const),
            ),
          ),
    );
  }
  const a = await w.driver.call(c.worker, at(date, 11, rng.int(0, 59)), 'assessments.create', {
    clientId: c.r.clientId,
    kind,
    assessedOn: date,
    participants: [c.worker.fullName, 'Psixolog'],
    domains: domains.map((d) => ({
      domain: d,
      rating: c.ratings.get(d)!,
      strengths: rng.chance(0.5) ? rng.pick(STRENGTHS) : null,
      needs: c.ratings.get(d)! <= 2 ? rng.pick(NEEDS) : null,
    })),
    personView: rng.chance(0.6) ? 'Yordam olishga rozi, oʻz maqsadlarini aytdi.' : null,
    summary: 'Holati baholandi, individual reja tuzish tavsiya etiladi.',
  });
  await w.driver.call(c.worker, at(date, 12, rng.int(0, 59)), 'assessments.complete', { id: a.id });
  c.assessmentId = a.id;
  c.assessedOn = date;
  bump(w, 'assessments');
}

async function plan(w: World, c: Case, date: string, rng: Rng): Promise<void> {
  const st = states.get(w)!;
  const weakest = [...c.ratings].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, rng.int(2, 3));
  const horizon = Math.min(180, Math.max(14, daysBetween(date, c.r.leavesOn) - 1));
  const out = await w.driver.call(c.worker, at(date, 14, rng.int(0, 59)), 'plans.create', {
    clientId: c.r.clientId,
    assessmentId: c.assessmentId!,
    startsOn: date,
    aim: 'Mustaqil va xavfsiz hayotga qaytish',
    keyWorkerId: c.worker.id,
    reviewMonths: w.options.kind === 'women_center' || w.options.kind === 'trafficking_shelter' ? 1 : 3,
    goals: weakest.map(([domain, rating]) => ({
      domain,
      title: GOAL_TITLES[domain],
      baseline: rating,
      target: Math.min(5, rating + rng.int(1, 2)),
      targetDate: addDays(date, horizon),
      activities: [
        {
          what: 'Individual mashgʻulot',
          serviceId: rng.pick(st.services),
          responsibleUserId: c.worker.id,
          times: rng.int(1, 3),
          per: 'week' as const,
        },
        ...(rng.chance(0.5)
          ? [
              {
                what: 'Guruh mashgʻuloti',
                serviceId: rng.pick(st.services),
                responsibleExternal: '«Inson» markazi mutaxassisi',
                times: 1,
                per: 'week' as const,
              },
            ]
          : []),
      ],
    })),
  });
  await w.driver.call(c.worker, at(date, 15, rng.int(0, 59)), 'plans.submit', { versionId: out.id });
  const approveOn = addDays(date, 1) < c.r.leavesOn ? addDays(date, 1) : date;
  const approved = await w.driver.call(manager(w), at(approveOn, approveOn === date ? 17 : 10, rng.int(0, 59)), 'plans.approve', {
    versionId: out.id,
  });
  c.planId = approved.planId;
  c.goals = approved.goals.map((g) => ({
    id: g.id,
    domain: g.domain,
    baseline: g.baseline,
    target: g.target,
    reached: g.baseline,
    activityIds: g.activities.map((a) => a.id),
  }));
  c.nextReview = approved.nextReviewOn;
  c.nextLog = addDays(approveOn, rng.int(2, 6));
  bump(w, 'plans');
}

async function review(w: World, c: Case, date: string, rng: Rng, closing: boolean): Promise<void> {
  const started = await w.driver.call(c.worker, at(date, 10, rng.int(0, 59)), 'plans.startReview', { planId: c.planId!, reviewedOn: date });
  const goals = c.goals.map((g) => {
    g.reached = Math.min(
      5,
      g.reached +
        rng.weighted([
          [0, 45],
          [1, 45],
          [-1, 10],
        ] as const),
    );
    g.reached = Math.max(1, g.reached);
    const status: GoalStatus = g.reached >= g.target ? 'achieved' : g.reached > g.baseline ? 'partly_achieved' : 'not_achieved';
    return { goalId: g.id, rating: g.reached, status, note: status === 'not_achieved' ? 'Qoʻshimcha mashgʻulotlar kerak' : null };
  });
  const done = await w.driver.call(c.worker, at(date, 11, rng.int(0, 59)), 'plans.completeReview', {
    reviewId: started.id,
    reviewedOn: date,
    participants: [c.worker.fullName],
    summary: 'Maqsadlar boʻyicha natijalar koʻrib chiqildi.',
    goals,
    outcome: closing ? 'close' : 'continue',
  });
  c.nextReview = closing ? null : done.nextReviewOn;
  bump(w, 'plan_reviews');
}

export const plansArea: DemoArea = {
  name: 'plans',
  async begin(w) {
    const list = await w.driver.call(manager(w), at(w.start, 9, 30), 'plans.services', { includeInactive: false });
    states.set(w, { cases: new Map(), services: list.map((s) => s.id), nextWorker: 0 });
  },

  async day(w, date) {
    const st = states.get(w)!;
    if (!st.services.length) return;
    const rng = w.rng(`plans/${date}`);
    const workers = staffOf(w, 'social_worker');
    for (const r of w.residents.values()) {
      if (!plannable(w, r) || st.cases.has(r.clientId)) continue;
      const worker = workers.find((s) => s.id === r.workerId) ?? workers[st.nextWorker++ % workers.length]!;
      st.cases.set(r.clientId, {
        r,
        worker,
        ratings: new Map(),
        assessedOn: null,
        assessmentId: null,
        planId: null,
        goals: [],
        nextReview: null,
        nextLog: null,
      });
    }
    for (const c of [...st.cases.values()]) {
      const r = c.r;
      if (!w.residents.has(r.clientId)) {
        st.cases.delete(r.clientId);
        continue;
      }
      if (r.away) continue;
      const sinceAdmission = daysBetween(r.admittedOn, date);
      const leavingSoon = daysBetween(date, r.leavesOn) <= 2;
      if (!c.assessedOn && sinceAdmission >= 5 && !leavingSoon) await assess(w, c, date, rng, 'initial');
      else if (c.assessedOn && !c.planId && daysBetween(c.assessedOn, date) >= 2 && daysBetween(date, r.leavesOn) > 3)
        await plan(w, c, date, rng);
      else if (c.planId && daysBetween(date, r.leavesOn) === 1) {
        await review(w, c, date, rng, true);
        c.planId = null;
        c.assessedOn = c.assessedOn ?? date;
      } else if (c.planId && c.nextReview && c.nextReview <= date) await review(w, c, date, rng, false);
      else if (c.planId && c.assessedOn && daysBetween(c.assessedOn, date) >= 182) await assess(w, c, date, rng, 'reassessment');
      else if (c.planId && c.nextLog && c.nextLog <= date) {
        const g = rng.pick(c.goals);
        await w.driver.call(c.worker, at(date, rng.int(10, 17), rng.int(0, 59)), 'plans.logActivity', {
          clientId: r.clientId,
          activityId: rng.pick(g.activityIds),
          doneOn: date,
          minutes: rng.pick([30, 45, 60]),
          note: rng.chance(0.3) ? 'Faol qatnashdi' : null,
        });
        bump(w, 'plan_activities');
        c.nextLog = addDays(date, rng.int(3, 8));
      }
    }
  },
};
