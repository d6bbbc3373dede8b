// Needs assessments and individual plans: an initial assessment a few days after admission, a plan
// with goals on the weakest domains (baseline, target, activities fitting the goal, the person and
// the facility: plan-content.ts),
// submitted by the worker and approved by the manager, activities recorded as they happen, reviews
// every few months with honest progress, a reassessment each half year, and the plan closed before
// discharge. Everyone except accompanying children and very short stays.
import { DOMAINS_BY_KIND, type Domain } from '../../contract/plans.scales';
import type { GoalStatus } from '../../contract/plans.schemas';
import { addDays, ageOn, daysBetween } from './dates';
import { goalFor, needFor, planAim, strengthFor, type Who } from './plan-content';
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
  goals: Array<{ id: number; domain: Domain; baseline: number; target: number; reached: number; activities: PlanActivity[] }>;
  nextReview: string | null;
  nextLog: string | null;
  /** When the next assessment is done: a few days after admission, then about every six months. */
  assessOn: string;
}

/** A planned activity as the log sees it: something done once is recorded once. */
interface PlanActivity {
  id: number;
  once: boolean;
  logged: boolean;
}

const states = new WeakMap<World, { cases: Map<number, Case>; services: Map<string, number>; nextWorker: number }>();

const whoOn = (r: Resident, date: string): Who => (ageOn(r.birthDate, date) >= 18 ? 'adult' : 'child');

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
      strengths: rng.chance(0.5) ? strengthFor(rng, whoOn(c.r, date)) : null,
      needs: c.ratings.get(d)! <= 2 ? needFor(d, whoOn(c.r, date)) : null,
    })),
    personView: rng.chance(0.6) ? 'Yordam olishga rozi, oʻz maqsadlarini aytdi.' : null,
    summary: 'Holati baholandi, individual reja tuzish tavsiya etiladi.',
  });
  await w.driver.call(c.worker, at(date, 12, rng.int(0, 59)), 'assessments.complete', { id: a.id });
  c.assessmentId = a.id;
  c.assessedOn = date;
  // Reassessed within the six months the settings allow, each on a day of its own.
  c.assessOn = addDays(date, rng.int(165, 182));
  bump(w, 'assessments');
}

async function plan(w: World, c: Case, date: string, rng: Rng): Promise<void> {
  const st = states.get(w)!;
  const who = whoOn(c.r, date);
  // Goals on the weakest domains the facility can work on for this person.
  const goals: Array<{ domain: Domain; rating: number; goal: NonNullable<ReturnType<typeof goalFor>> }> = [];
  const wanted = rng.int(2, 3);
  for (const [domain, rating] of [...c.ratings].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))) {
    if (goals.length >= wanted) break;
    const goal = goalFor(rng, w.options.kind, who, domain, st.services);
    if (goal) goals.push({ domain, rating, goal });
  }
  const horizon = Math.min(180, Math.max(14, daysBetween(date, c.r.leavesOn) - 1));
  const out = await w.driver.call(c.worker, at(date, 14, rng.int(0, 59)), 'plans.create', {
    clientId: c.r.clientId,
    assessmentId: c.assessmentId!,
    startsOn: date,
    aim: planAim(w.options.kind, who),
    keyWorkerId: c.worker.id,
    reviewMonths: w.options.kind === 'women_center' || w.options.kind === 'trafficking_shelter' ? 1 : 3,
    goals: goals.map(({ domain, rating, goal }) => ({
      domain,
      title: goal.title,
      baseline: rating,
      target: Math.min(5, rating + rng.int(1, 2)),
      targetDate: addDays(date, horizon),
      activities: goal.activities.map((x) => ({
        what: x.what,
        serviceId: x.serviceId,
        ...(x.external ? { responsibleExternal: x.external } : { responsibleUserId: c.worker.id }),
        times: x.per === 'once' ? 1 : x.per === 'month' ? rng.int(1, 2) : x.external ? 1 : rng.int(1, 3),
        per: x.per,
      })),
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
    activities: g.activities.map((a) => ({ id: a.id, once: a.per === 'once', logged: false })),
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
    const services = new Map(list.flatMap((s) => (s.code ? [[s.code, s.id] as const] : [])));
    states.set(w, { cases: new Map(), services, nextWorker: 0 });
  },

  async day(w, date) {
    const st = states.get(w)!;
    if (!st.services.size) return;
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
        // Those living here before the records began are assessed over the first weeks, not all on day one.
        assessOn: r.admittedOn < w.start ? addDays(w.start, rng.int(0, 40)) : addDays(r.admittedOn, rng.int(4, 12)),
      });
    }
    for (const c of [...st.cases.values()]) {
      const r = c.r;
      if (!w.residents.has(r.clientId)) {
        st.cases.delete(r.clientId);
        continue;
      }
      if (r.away) continue;
      const leavingSoon = daysBetween(date, r.leavesOn) <= 2;
      if (!c.assessedOn && c.assessOn <= date && !leavingSoon) await assess(w, c, date, rng, 'initial');
      else if (c.assessedOn && !c.planId && daysBetween(c.assessedOn, date) >= 2 && daysBetween(date, r.leavesOn) > 3)
        await plan(w, c, date, rng);
      else if (c.planId && daysBetween(date, r.leavesOn) === 1) {
        await review(w, c, date, rng, true);
        c.planId = null;
        c.assessedOn = c.assessedOn ?? date;
      } else if (c.planId && c.nextReview && c.nextReview <= date) await review(w, c, date, rng, false);
      else if (c.planId && c.assessOn <= date) await assess(w, c, date, rng, 'reassessment');
      else if (c.planId && c.nextLog && c.nextLog <= date) {
        const open = c.goals.flatMap((g) => g.activities).filter((a) => !(a.once && a.logged));
        const activity = open.length ? rng.pick(open) : null;
        if (activity) {
          activity.logged = true;
          await w.driver.call(c.worker, at(date, rng.int(10, 17), rng.int(0, 59)), 'plans.logActivity', {
            clientId: r.clientId,
            activityId: activity.id,
            doneOn: date,
            minutes: rng.pick([30, 45, 60]),
            note: rng.chance(0.3) ? 'Faol qatnashdi' : null,
          });
          bump(w, 'plan_activities');
        }
        c.nextLog = addDays(date, rng.int(3, 8));
      }
    }
  },
};
