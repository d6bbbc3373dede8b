// Two versions of one plan side by side: the plan's own fields and each goal (matched by its number across versions).
import type { VersionCompare } from '../../contract/plans.contract';
import type { Domain, FrequencyPer } from '../../contract/plans.schemas';
import { formatDate } from '../../contract/format';
import { goalsOf, activitiesOf } from '../../../db/repositories/plans';
import { servicesByIds } from '../../../db/repositories/plan-deliveries';
import type { PlanVersionRow } from '../../../db/tables/plans';
import type { AuthedContext } from '../context';
import { invalid } from '../errors';
import { userRefs } from './access';
import { serviceName, versionRefOf } from './plans.mapper';
import type { VersionAccess } from './plans.service';

type Snapshot = NonNullable<VersionCompare['goals'][number]['a']>;

async function snapshots(ctx: AuthedContext, v: PlanVersionRow): Promise<Map<number, Snapshot>> {
  const goals = await goalsOf(ctx.db, [v.id]);
  const activities = await activitiesOf(ctx.db, [v.id]);
  const services = new Map(
    (
      await servicesByIds(
        ctx.db,
        activities.map((a) => a.service_id).filter((x): x is number => x !== null),
      )
    ).map((s) => [s.id, serviceName(s, ctx.lang)]),
  );
  const users = await userRefs(
    ctx.db,
    activities.map((a) => a.responsible_user_id),
  );
  return new Map(
    goals.map((g) => [
      g.goal_no,
      {
        domain: g.domain as Domain,
        title: g.title,
        baseline: g.baseline,
        target: g.target,
        targetDate: g.target_date,
        activities: activities
          .filter((a) => a.goal_id === g.id)
          .map((a) => ({
            activityNo: a.activity_no,
            what: a.what,
            service: a.service_id === null ? null : (services.get(a.service_id) ?? null),
            responsible: a.responsible_user_id !== null ? (users.get(a.responsible_user_id)?.name ?? null) : a.responsible_external,
            times: a.times,
            per: a.per as FrequencyPer,
            place: a.place,
          })),
      },
    ]),
  );
}

const GOAL_FIELDS = ['domain', 'title', 'baseline', 'target', 'targetDate'] as const;

export async function compareVersions(ctx: AuthedContext, x: VersionAccess, y: VersionAccess): Promise<VersionCompare> {
  if (x.plan.id !== y.plan.id) throw invalid({ b: 'v.plans.otherPlan' });
  const [a, b] = x.version.version <= y.version.version ? [x.version, y.version] : [y.version, x.version];
  const [ga, gb] = [await snapshots(ctx, a), await snapshots(ctx, b)];
  const keyWorkers = await userRefs(ctx.db, [a.key_worker_id, b.key_worker_id]);
  const worker = (id: number | null) => (id === null ? null : (keyWorkers.get(id)?.name ?? null));
  const fields = [
    { field: 'startsOn', a: formatDate(a.starts_on), b: formatDate(b.starts_on) },
    { field: 'endsOn', a: a.ends_on ? formatDate(a.ends_on) : null, b: b.ends_on ? formatDate(b.ends_on) : null },
    { field: 'aim', a: a.aim, b: b.aim },
    { field: 'keyWorker', a: worker(a.key_worker_id), b: worker(b.key_worker_id) },
    { field: 'reviewMonths', a: String(a.review_months), b: String(b.review_months) },
    { field: 'personView', a: a.person_view, b: b.person_view },
  ].filter((f) => f.a !== f.b);
  const numbers = [...new Set([...ga.keys(), ...gb.keys()])].sort((m, n) => m - n);
  const goals = numbers.map((goalNo) => {
    const ka = ga.get(goalNo) ?? null;
    const kb = gb.get(goalNo) ?? null;
    if (!ka || !kb) return { goalNo, change: ka ? ('removed' as const) : ('added' as const), changed: [], a: ka, b: kb };
    const changed: string[] = GOAL_FIELDS.filter((f) => ka[f] !== kb[f]);
    if (JSON.stringify(ka.activities) !== JSON.stringify(kb.activities)) changed.push('activities');
    return { goalNo, change: changed.length ? ('changed' as const) : ('same' as const), changed, a: ka, b: kb };
  });
  return { client: x.access.summary, a: versionRefOf(a), b: versionRefOf(b), fields, goals };
}
