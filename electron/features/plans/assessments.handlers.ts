import {
  insertAssessment,
  updateAssessment,
  findAssessment,
  deleteAssessment,
  replaceDomains,
  domainsOf,
  assessmentsOf,
} from '../../../db/repositories/assessments';
import type { AssessmentRow } from '../../../db/tables/plans';
import type { Domain, AssessmentKind } from '../../contract/plans.schemas';
import { BARTHEL_ITEMS, LAWTON_ITEMS } from '../../contract/plans.scales';
import { handlersFor, iso, type AuthedContext } from '../context';
import { AppError, conflict, invalid, notFound } from '../errors';
import { readableCase, writableCase, assertCurrent, formDomains, type CaseAccess } from './access';
import { checkAssessment, assessmentValues, domainValues, toAssessmentOut, listItems, currentStayId } from './assessments.service';

async function readable(ctx: AuthedContext, id: number): Promise<{ access: CaseAccess; row: AssessmentRow }> {
  const row = await findAssessment(ctx.db, id);
  if (!row) throw notFound();
  return { access: await readableCase(ctx, row.client_id), row };
}

async function editableDraft(ctx: AuthedContext, id: number): Promise<{ access: CaseAccess; row: AssessmentRow }> {
  const row = await findAssessment(ctx.db, id);
  if (!row) throw notFound();
  const access = await writableCase(ctx, row.client_id);
  if (row.status !== 'draft') throw conflict('plans.assessmentLocked');
  return { access, row };
}

export const assessmentsHandlers = handlersFor({
  'assessments.list': async (ctx, input) => {
    await readableCase(ctx, input.clientId);
    return listItems(ctx, input.clientId);
  },

  'assessments.get': async (ctx, input) => {
    const { access, row } = await readable(ctx, input.id);
    await ctx.audit({ action: 'assessments.get', objectType: 'assessment', objectId: String(row.id) });
    return toAssessmentOut(ctx, access, row);
  },

  'assessments.create': async (ctx, input) => {
    const { clientId, ...fields } = input;
    const access = await writableCase(ctx, clientId);
    assertCurrent(access.client);
    checkAssessment(ctx, access, fields, await assessmentsOf(ctx.db, clientId));
    const now = iso(ctx.now());
    const id = await insertAssessment(ctx.db, {
      client_id: clientId,
      stay_id: currentStayId(access),
      status: 'draft',
      ...assessmentValues(fields),
      created_by: ctx.user.id,
      created_at: now,
      updated_at: now,
    });
    await replaceDomains(ctx.db, id, domainValues(fields));
    await ctx.audit({
      action: 'assessments.create',
      objectType: 'assessment',
      objectId: String(id),
      changes: { client: [null, access.client.code], kind: [null, fields.kind], assessedOn: [null, fields.assessedOn] },
    });
    return toAssessmentOut(ctx, access, (await findAssessment(ctx.db, id))!);
  },

  'assessments.update': async (ctx, input) => {
    const { id, ...fields } = input;
    const { access, row } = await editableDraft(ctx, id);
    checkAssessment(ctx, access, fields, await assessmentsOf(ctx.db, row.client_id), id);
    await updateAssessment(ctx.db, id, { ...assessmentValues(fields), updated_at: iso(ctx.now()) });
    await replaceDomains(ctx.db, id, domainValues(fields));
    await ctx.audit({
      action: 'assessments.update',
      objectType: 'assessment',
      objectId: String(id),
      changes: { assessedOn: [row.assessed_on, fields.assessedOn], kind: [row.kind, fields.kind] },
    });
    return toAssessmentOut(ctx, access, (await findAssessment(ctx.db, id))!);
  },

  'assessments.complete': async (ctx, input) => {
    const { access, row } = await editableDraft(ctx, input.id);
    const domains = await domainsOf(ctx.db, [row.id]);
    if (!domains.some((d) => d.rating !== null)) throw conflict('plans.assessmentEmpty');
    const now = iso(ctx.now());
    await updateAssessment(ctx.db, row.id, { status: 'completed', completed_by: ctx.user.id, completed_at: now, updated_at: now });
    await ctx.audit({
      action: 'assessments.complete',
      objectType: 'assessment',
      objectId: String(row.id),
      changes: { status: ['draft', 'completed'] },
    });
    return toAssessmentOut(ctx, access, (await findAssessment(ctx.db, row.id))!);
  },

  'assessments.discard': async (ctx, input) => {
    const { row } = await editableDraft(ctx, input.id);
    if (ctx.user.role !== 'manager' && row.created_by !== ctx.user.id) throw new AppError('forbidden');
    await deleteAssessment(ctx.db, row.id);
    await ctx.audit({
      action: 'assessments.discard',
      objectType: 'assessment',
      objectId: String(row.id),
      changes: { status: ['draft', null] },
    });
    return { ok: true as const };
  },

  'assessments.compare': async (ctx, input) => {
    const a = await readable(ctx, input.a);
    const b = await readable(ctx, input.b);
    if (a.row.client_id !== b.row.client_id) throw invalid({ b: 'v.plans.otherClient' });
    // Older on the left, so a positive change always means better.
    const [older, newer] = a.row.assessed_on <= b.row.assessed_on ? [a.row, b.row] : [b.row, a.row];
    const doms = await domainsOf(ctx.db, [older.id, newer.id]);
    const pick = (assessmentId: number, domain: string) => {
      const d = doms.find((x) => x.assessment_id === assessmentId && x.domain === domain);
      return d ? { domain: d.domain as Domain, rating: d.rating, strengths: d.strengths, needs: d.needs, notes: d.notes } : null;
    };
    const used = new Set(doms.map((d) => d.domain));
    const order = [...formDomains(a.access.v), ...[...used].filter((d) => !formDomains(a.access.v).includes(d as Domain))] as Domain[];
    const side = (r: AssessmentRow) => ({ id: r.id, assessedOn: r.assessed_on, kind: r.kind as AssessmentKind });
    const scale = (keys: readonly string[], ja: string | null, jb: string | null, ta: number | null, tb: number | null) => {
      if (ja === null && jb === null) return null;
      const sa = ja ? (JSON.parse(ja) as Record<string, number>) : {};
      const sb = jb ? (JSON.parse(jb) as Record<string, number>) : {};
      return { a: ta, b: tb, items: keys.map((key) => ({ key, a: sa[key] ?? null, b: sb[key] ?? null })) };
    };
    return {
      client: a.access.summary,
      a: side(older),
      b: side(newer),
      domains: order
        .filter((d) => used.has(d))
        .map((domain) => {
          const da = pick(older.id, domain);
          const db = pick(newer.id, domain);
          const change = da?.rating != null && db?.rating != null ? db.rating - da.rating : null;
          return { domain, a: da, b: db, change };
        }),
      barthel: scale(
        BARTHEL_ITEMS.map((i) => i.key),
        older.barthel,
        newer.barthel,
        older.barthel_total,
        newer.barthel_total,
      ),
      lawton: scale(LAWTON_ITEMS, older.lawton, newer.lawton, older.lawton_total, newer.lawton_total),
    };
  },
});
