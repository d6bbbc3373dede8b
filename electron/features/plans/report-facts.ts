/**
 * What the period reports (issue 8) count from this area, for `loadActivityFacts`:
 *
 *   import { planFactsBetween, servicesDeliveredBetween } from '../plans/report-facts';
 *   plans: await planFactsBetween(db, p.from, p.to, tashkentToday(now)),
 *   services: await servicesDeliveredBetween(db, p.from, p.to),
 *
 * Dates are inclusive ISO days. "Overdue" is the state as recorded now for the end of the period (or today, if
 * earlier): plans in force whose next review date had passed by then and has not moved since.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { countCompletedBetween } from '../../../db/repositories/assessments';
import { countApprovedBetween, countReviewsOverdue } from '../../../db/repositories/plans';
import { countReviewsDoneBetween } from '../../../db/repositories/plan-reviews';
import { deliveredServicesBetween, servicesByIds } from '../../../db/repositories/plan-deliveries';

export async function planFactsBetween(db: Kysely<Database>, from: string, to: string, today: string) {
  return {
    assessmentsDone: await countCompletedBetween(db, from, to),
    plansApproved: await countApprovedBetween(db, from, to),
    reviewsDone: await countReviewsDoneBetween(db, from, to),
    reviewsOverdue: await countReviewsOverdue(db, to < today ? to : today),
  };
}

/** Delivered activities and services by type: the catalogue code, or `other` for the facility's own services and unspecified ones. */
export async function servicesDeliveredBetween(
  db: Kysely<Database>,
  from: string,
  to: string,
): Promise<Array<{ type: string; count: number }>> {
  const rows = await deliveredServicesBetween(db, from, to);
  const services = new Map(
    (
      await servicesByIds(
        db,
        rows.map((r) => r.service_id).filter((x): x is number => x !== null),
      )
    ).map((s) => [s.id, s.code]),
  );
  const counts = new Map<string, number>();
  for (const r of rows) {
    const type = (r.service_id !== null ? services.get(r.service_id) : null) ?? 'other';
    counts.set(type, (counts.get(type) ?? 0) + r.n);
  }
  return [...counts.entries()].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
}
