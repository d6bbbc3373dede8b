// The plan editor's state, and how it maps to and from the API.
import type { Domain, FrequencyPer, Input, PlanVersionOut } from '../../../../electron/contract/index';

export interface ActivityForm {
  key: string;
  activityNo?: number;
  what: string;
  serviceId: number | '';
  /** `u<id>` for a staff member, `ext` for an outside service, '' when not chosen. */
  responsible: string;
  external: string;
  times: string;
  per: FrequencyPer;
  place: string;
}

export interface GoalForm {
  key: string;
  goalNo?: number;
  domain: Domain | '';
  title: string;
  baseline: number | null;
  target: number | null;
  targetDate: string | null;
  activities: ActivityForm[];
}

export interface PlanForm {
  startsOn: string | null;
  endsOn: string | null;
  aim: string;
  keyWorkerId: number | '';
  reviewMonths: string;
  personView: string;
  goals: GoalForm[];
}

let seq = 0;
const key = () => `k${Date.now().toString(36)}${(seq++).toString(36)}`;

export const newActivity = (): ActivityForm => ({
  key: key(),
  what: '',
  serviceId: '',
  responsible: '',
  external: '',
  times: '1',
  per: 'week',
  place: '',
});

export const newGoal = (over: Partial<GoalForm> = {}): GoalForm => ({
  key: key(),
  domain: '',
  title: '',
  baseline: null,
  target: null,
  targetDate: null,
  activities: [newActivity()],
  ...over,
});

export const emptyPlan = (today: string, reviewMonths: number, keyWorkerId: number | ''): PlanForm => ({
  startsOn: today,
  endsOn: null,
  aim: '',
  keyWorkerId,
  reviewMonths: String(reviewMonths),
  personView: '',
  goals: [],
});

export function toForm(v: PlanVersionOut): PlanForm {
  return {
    startsOn: v.startsOn,
    endsOn: v.endsOn,
    aim: v.aim ?? '',
    keyWorkerId: v.keyWorker?.id ?? '',
    reviewMonths: String(v.reviewMonths),
    personView: v.personView ?? '',
    goals: v.goals.map((g) => ({
      key: `g${g.goalNo}`,
      goalNo: g.goalNo,
      domain: g.domain,
      title: g.title,
      baseline: g.baseline,
      target: g.target,
      targetDate: g.targetDate,
      activities: g.activities.map((a) => ({
        key: `a${a.activityNo}`,
        activityNo: a.activityNo,
        what: a.what,
        serviceId: a.service?.id ?? '',
        responsible: a.responsibleUser ? `u${a.responsibleUser.id}` : a.responsibleExternal ? 'ext' : '',
        external: a.responsibleExternal ?? '',
        times: a.times === null ? '' : String(a.times),
        per: a.per,
        place: a.place ?? '',
      })),
    })),
  };
}

const text = (s: string) => (s.trim() ? s.trim() : null);
const num = (s: string) => (s.trim() === '' ? null : Number(s));

/** The form as the contract takes it; what is missing goes as it is, so the backend names the field. */
export function toInput(f: PlanForm): Omit<Input<'plans.create'>, 'clientId' | 'assessmentId'> {
  return {
    startsOn: f.startsOn ?? '',
    endsOn: f.endsOn,
    aim: text(f.aim),
    keyWorkerId: f.keyWorkerId === '' ? null : f.keyWorkerId,
    reviewMonths: num(f.reviewMonths),
    personView: text(f.personView),
    goals: f.goals.map((g) => ({
      ...(g.goalNo ? { goalNo: g.goalNo } : {}),
      domain: g.domain as Domain,
      title: g.title,
      baseline: g.baseline as number,
      target: g.target as number,
      targetDate: g.targetDate ?? '',
      activities: g.activities.map((a) => ({
        ...(a.activityNo ? { activityNo: a.activityNo } : {}),
        what: a.what,
        serviceId: a.serviceId === '' ? null : a.serviceId,
        responsibleUserId: a.responsible.startsWith('u') ? Number(a.responsible.slice(1)) : null,
        responsibleExternal: a.responsible === 'ext' ? text(a.external) : null,
        times: a.per === 'as_needed' ? null : num(a.times),
        per: a.per,
        place: text(a.place),
      })),
    })),
  };
}

/** Errors of one goal (or activity), with the path prefix taken off. */
export function under(errors: Record<string, string>, prefix: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors)
      .filter(([k]) => k.startsWith(`${prefix}.`))
      .map(([k, v]) => [k.slice(prefix.length + 1), v]),
  );
}
