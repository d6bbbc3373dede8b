import type {
  AssessmentFields,
  AssessmentOut,
  AssessmentListItem,
  Domain,
  AssessmentKind,
  AssessmentStatus,
} from '../../contract/plans.schemas';
import { barthelTotal, lawtonTotal, type BarthelScores, type LawtonScores } from '../../contract/plans.scales';
import type { AssessmentRow } from '../../../db/tables/plans';
import { domainsOf, ratedCounts, assessmentsOf } from '../../../db/repositories/assessments';
import { tashkentToday } from '../../contract/format';
import type { AuthedContext } from '../context';
import { invalid } from '../errors';
import { formDomains, userRefs, refOf, parseList, type CaseAccess } from './access';

const FINISHERS = new Set(['manager', 'social_worker']);

/** Checks an assessment against the facility's form; every problem at once, per field. */
export function checkAssessment(
  ctx: AuthedContext,
  access: CaseAccess,
  a: AssessmentFields,
  existing: AssessmentRow[],
  selfId?: number,
): void {
  const errors: Record<string, string> = {};
  if (a.assessedOn > tashkentToday(ctx.now())) errors.assessedOn = 'v.plans.futureDate';
  const allowed = new Set<Domain>(formDomains(access.v));
  const seen = new Set<string>();
  a.domains.forEach((d, i) => {
    if (!allowed.has(d.domain)) errors[`domains.${i}.domain`] = 'v.plans.domainNotHere';
    else if (seen.has(d.domain)) errors[`domains.${i}.domain`] = 'v.plans.domainTwice';
    seen.add(d.domain);
  });
  if (a.kind === 'significant_change' && !a.changeReason) errors.changeReason = 'v.plans.changeReason';
  if (access.v.kind !== 'day_care') {
    if (a.barthel) errors.barthel = 'v.plans.scaleNotHere';
    if (a.lawton) errors.lawton = 'v.plans.scaleNotHere';
  }
  const stayId = currentStayId(access);
  if (
    a.kind === 'initial' &&
    existing.some((x) => x.id !== selfId && x.kind === 'initial' && x.status === 'completed' && x.stay_id === stayId && stayId !== null)
  )
    errors.kind = 'v.plans.initialExists';
  if (Object.keys(errors).length) throw invalid(errors);
}

export const currentStayId = (access: CaseAccess) =>
  access.client.status === 'active' || access.client.status === 'away' ? access.client.last_stay_id : null;

/** The row values of the fields (totals computed here, never taken from the caller). */
export function assessmentValues(a: AssessmentFields) {
  return {
    kind: a.kind,
    assessed_on: a.assessedOn,
    participants: JSON.stringify(a.participants),
    person_view: a.personView ?? null,
    family_view: a.familyView ?? null,
    summary: a.summary ?? null,
    change_reason: a.changeReason ?? null,
    barthel: a.barthel ? JSON.stringify(a.barthel) : null,
    barthel_total: a.barthel ? barthelTotal(a.barthel as BarthelScores) : null,
    lawton: a.lawton ? JSON.stringify(a.lawton) : null,
    lawton_total: a.lawton ? lawtonTotal(a.lawton as LawtonScores) : null,
  };
}

export const domainValues = (a: AssessmentFields) =>
  a.domains.map((d) => ({
    domain: d.domain,
    rating: d.rating,
    strengths: d.strengths ?? null,
    needs: d.needs ?? null,
    notes: d.notes ?? null,
  }));

const scale = (json: string | null, total: number | null) => {
  if (json === null || total === null) return null;
  return { scores: JSON.parse(json) as Record<string, number>, total };
};

export function toListItem(r: AssessmentRow, rated: number): AssessmentListItem {
  return {
    id: r.id,
    kind: r.kind as AssessmentKind,
    status: r.status as AssessmentStatus,
    assessedOn: r.assessed_on,
    ratedDomains: rated,
    barthelTotal: r.barthel_total,
    lawtonTotal: r.lawton_total,
  };
}

export async function listItems(ctx: AuthedContext, clientId: number): Promise<AssessmentListItem[]> {
  const rows = await assessmentsOf(ctx.db, clientId);
  const rated = await ratedCounts(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toListItem(r, rated.get(r.id) ?? 0));
}

export async function toAssessmentOut(ctx: AuthedContext, access: CaseAccess, r: AssessmentRow): Promise<AssessmentOut> {
  const form = formDomains(access.v);
  const domains = (await domainsOf(ctx.db, [r.id])).sort((a, b) => form.indexOf(a.domain as Domain) - form.indexOf(b.domain as Domain));
  const refs = await userRefs(ctx.db, [r.created_by, r.completed_by]);
  const draft = r.status === 'draft';
  const writer = ctx.user.role !== 'inspector';
  return {
    ...toListItem(r, domains.filter((d) => d.rating !== null).length),
    clientId: r.client_id,
    client: access.summary,
    participants: parseList(r.participants),
    domains: domains.map((d) => ({
      domain: d.domain as Domain,
      rating: d.rating,
      strengths: d.strengths,
      needs: d.needs,
      notes: d.notes,
    })),
    personView: r.person_view,
    familyView: r.family_view,
    summary: r.summary,
    changeReason: r.change_reason,
    barthel: scale(r.barthel, r.barthel_total),
    lawton: scale(r.lawton, r.lawton_total),
    createdBy: refOf(refs, r.created_by),
    createdAt: r.created_at,
    completedBy: refOf(refs, r.completed_by),
    completedAt: r.completed_at,
    formDomains: [...form],
    canEdit: draft && writer,
    canComplete: draft && FINISHERS.has(ctx.user.role),
  };
}
