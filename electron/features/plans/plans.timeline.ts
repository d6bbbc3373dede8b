// A client's timeline: assessments completed, plan versions approved, reviews done, plans closed. Only for
// viewers who may see the case (never accountants; in anonymous kinds only with the name).
import type { TimelineItem } from '../../contract/clients.contract';
import { assessmentsOf } from '../../../db/repositories/assessments';
import { plansOf, versionsOf } from '../../../db/repositories/plans';
import { reviewsOf } from '../../../db/repositories/plan-reviews';
import type { TimelineSource } from '../clients/timeline';
import { canSeeCase } from '../clients/privacy';

export const plansTimeline: TimelineSource = async (db, v, client) => {
  if (!canSeeCase(v, client)) return [];
  const items: TimelineItem[] = [];
  for (const a of await assessmentsOf(db, client.id))
    if (a.status === 'completed')
      items.push({
        date: a.assessed_on,
        at: a.completed_at,
        type: 'assessmentCompleted',
        ref: { type: 'assessment', id: a.id },
        data: { kind: a.kind },
      });
  const plans = await plansOf(db, client.id);
  const ids = plans.map((p) => p.id);
  // Reviews before versions: a review that leads to a new version comes first on the same day.
  for (const r of await reviewsOf(db, ids))
    if (r.status === 'done')
      items.push({
        date: r.reviewed_on,
        at: r.completed_at,
        type: 'planReviewed',
        ref: { type: 'planReview', id: r.id },
        data: { outcome: r.outcome },
      });
  for (const ver of await versionsOf(db, ids)) {
    if (ver.approved_on)
      items.push({
        date: ver.approved_on,
        at: ver.approved_at,
        type: 'planApproved',
        ref: { type: 'planVersion', id: ver.id },
        data: { version: ver.version },
      });
    if (ver.status === 'closed' && ver.ended_on && ver.approved_on)
      items.push({
        date: ver.ended_on,
        at: ver.closed_at,
        type: 'planClosed',
        ref: { type: 'planVersion', id: ver.id },
        data: { version: ver.version },
      });
  }
  return items;
};
