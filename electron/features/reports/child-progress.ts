// Family-type home: per child, the development plan's progress and the placement prospect
// (reintegration, guardianship, foster family, adoption…), as the period's end saw them. The
// figures come from plans, assessments and reviews; the prospect from the home's own record.
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import {
  childStaysTouching,
  goalsOfVersions,
  lastAssessmentsUpTo,
  prospectsOf,
  reviewedGoalsUpTo,
  versionsInForceOn,
} from '../../../db/repositories/report-children';
import { PLACEMENT_PROSPECTS, type PlacementProspect } from '../../contract/reports.contract';
import { ageOn, type Period } from './period';

export interface GoalProgress {
  domain: string;
  title: string;
  baseline: number;
  target: number;
  targetDate: string;
  /** The latest completed review's rating up to the period's end; null when not reviewed yet. */
  rating: number | null;
  status: string | null;
  /** How far from the baseline to the target the latest rating is, 0–100; null when not rated. */
  progress: number | null;
}

export interface ChildProgress {
  clientCode: string;
  name: string;
  sex: string;
  birthDate: string | null;
  age: number | null;
  admittedOn: string;
  dischargedOn: string | null;
  destination: string | null;
  lastAssessmentOn: string | null;
  plan: { planNo: number; version: number; approvedOn: string; nextReviewOn: string | null; reviewOverdue: boolean } | null;
  reviewsInPeriod: number;
  lastReview: { reviewedOn: string; outcome: string | null } | null;
  goals: GoalProgress[];
  goalsAchieved: number;
  /** The mean progress of the rated goals; null when none is rated. */
  progress: number | null;
  prospect: { code: PlacementProspect; note: string | null; updatedAt: string } | null;
}

export interface ChildProgressData {
  asOf: string;
  children: ChildProgress[];
  summary: { children: number; withPlan: number; reviewsOverdue: number; byProspect: Record<PlacementProspect | 'none', number> };
}

/** Baseline → target progress of a rating, in whole percent within 0–100. */
export function goalProgress(baseline: number, target: number, rating: number | null): number | null {
  if (rating === null) return null;
  if (target === baseline) return rating >= target ? 100 : 0;
  const p = Math.round(((rating - baseline) / (target - baseline)) * 100);
  return Math.min(100, Math.max(0, p));
}

export async function computeChildProgress(db: Kysely<Database>, p: Period): Promise<ChildProgressData> {
  const asOf = p.to;
  // One row per child: the latest stay that touches the period.
  const stays = new Map<number, Awaited<ReturnType<typeof childStaysTouching>>[number]>();
  for (const s of await childStaysTouching(db, p.from, p.to)) stays.set(s.client_id, s);
  const ids = [...stays.keys()];
  const versions = new Map((await versionsInForceOn(db, ids, asOf)).map((v) => [v.client_id, v]));
  const goals = await goalsOfVersions(
    db,
    [...versions.values()].map((v) => v.version_id),
  );
  const reviews = await reviewedGoalsUpTo(
    db,
    [...versions.values()].map((v) => v.plan_id),
    asOf,
  );
  const assessed = await lastAssessmentsUpTo(db, ids, asOf);
  const prospects = await prospectsOf(db, ids);

  const children: ChildProgress[] = [];
  for (const [clientId, s] of stays) {
    const v = versions.get(clientId);
    const planReviews = v ? reviews.filter((r) => r.plan_id === v.plan_id) : [];
    // Later reviews overwrite earlier ones: what is left is each goal's latest result.
    const latest = new Map<number, { rating: number | null; status: string | null }>();
    for (const r of planReviews) if (r.goal_no !== null) latest.set(r.goal_no, { rating: r.rating, status: r.status });
    const childGoals: GoalProgress[] = v
      ? goals
          .filter((g) => g.version_id === v.version_id)
          .map((g) => {
            const r = latest.get(g.goal_no);
            const rating = r?.rating ?? null;
            return {
              domain: g.domain,
              title: g.title,
              baseline: g.baseline,
              target: g.target,
              targetDate: g.target_date,
              rating,
              status: r?.status ?? null,
              progress: goalProgress(g.baseline, g.target, rating),
            };
          })
      : [];
    const rated = childGoals.map((g) => g.progress).filter((x): x is number => x !== null);
    const reviewIds = new Set(planReviews.filter((r) => r.reviewed_on >= p.from).map((r) => r.review_id));
    const last = planReviews[planReviews.length - 1];
    const prospect = prospects.get(clientId);
    const present = s.discharged_on !== null && s.discharged_on < asOf ? s.discharged_on : asOf;
    children.push({
      clientCode: s.code,
      name: `${s.last_name} ${s.first_name}`,
      sex: s.sex,
      birthDate: s.birth_date,
      age: s.birth_date ? ageOn(s.birth_date, present) : null,
      admittedOn: s.admitted_on,
      dischargedOn: s.discharged_on,
      destination: s.destination,
      lastAssessmentOn: assessed.get(clientId) ?? null,
      plan: v
        ? {
            planNo: v.plan_no,
            version: v.version,
            approvedOn: v.approved_on!,
            nextReviewOn: v.next_review_on,
            reviewOverdue: v.next_review_on !== null && v.next_review_on < asOf && (s.discharged_on === null || s.discharged_on > asOf),
          }
        : null,
      reviewsInPeriod: reviewIds.size,
      lastReview: last ? { reviewedOn: last.reviewed_on, outcome: last.outcome } : null,
      goals: childGoals,
      goalsAchieved: childGoals.filter((g) => g.status === 'achieved').length,
      progress: rated.length ? Math.round(rated.reduce((a, b) => a + b, 0) / rated.length) : null,
      prospect: prospect ? { code: prospect.prospect as PlacementProspect, note: prospect.note, updatedAt: prospect.updated_at } : null,
    });
  }

  const byProspect = Object.fromEntries([...PLACEMENT_PROSPECTS, 'none'].map((k) => [k, 0])) as ChildProgressData['summary']['byProspect'];
  for (const c of children) byProspect[c.prospect?.code ?? 'none']++;
  return {
    asOf,
    children,
    summary: {
      children: children.length,
      withPlan: children.filter((c) => c.plan).length,
      reviewsOverdue: children.filter((c) => c.plan?.reviewOverdue).length,
      byProspect,
    },
  };
}
