// Incidents: reported by whoever was there, reviewed and closed by the manager; each person
// involved gets a care-log entry and a timeline item that point to the report.
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { IncidentRow } from '../../../db/tables/daily';
import { findClients } from '../../../db/repositories/clients';
import { insertIncident, nextIncidentSeq, findIncident, listIncidents, updateIncident, peopleOf } from '../../../db/repositories/incidents';
import { insertCareEntry, userNames } from '../../../db/repositories/carelog';
import { tashkentTimeOf } from '../../contract/format';
import type { IncidentOut } from '../../contract/index';
import { handlersFor, iso, type AuthedContext } from '../context';
import { conflict, invalid, notFound } from '../errors';
import { loadViewer, inScope, canSeeCase, type Viewer } from '../clients/privacy';
import { toSummary } from '../clients/clients.mapper';
import { todayOf, instantOf } from './work';

type Db = Kysely<Database>;

export async function toIncidents(db: Db, v: Viewer, rows: IncidentRow[]): Promise<IncidentOut[]> {
  if (!rows.length) return [];
  const people = await peopleOf(
    db,
    rows.map((r) => r.id),
  );
  const clients = new Map((await findClients(db, [...new Set(people.map((p) => p.client_id))])).map((c) => [c.id, c]));
  const users = new Map(
    (
      await userNames(db, [
        ...new Set(rows.flatMap((r) => [r.reported_by, r.reviewed_by, r.closed_by]).filter((x): x is number => x !== null)),
      ])
    ).map((u) => [u.id, u.full_name]),
  );
  return rows.map((r) => {
    const involved = people.filter((p) => p.incident_id === r.id).map((p) => clients.get(p.client_id)!);
    // The narrative may name everyone involved: shown to who reported it, or to whom the case of
    // every one of them is open (in women's centers and shelters: the manager and the assigned worker).
    const narrative = r.reported_by === v.userId || involved.every((c) => canSeeCase(v, c));
    return {
      id: r.id,
      number: r.number,
      occurredAt: r.occurred_at,
      occurredDate: r.occurred_date,
      occurredTime: tashkentTimeOf(r.occurred_at),
      place: r.place,
      type: r.type as IncidentOut['type'],
      severity: r.severity as IncidentOut['severity'],
      description: narrative ? r.description : null,
      actionsTaken: narrative ? r.actions_taken : null,
      informed: JSON.parse(r.informed) as IncidentOut['informed'],
      people: involved.map((c) => toSummary(v, c)),
      status: r.status as IncidentOut['status'],
      reportedBy: { id: r.reported_by, name: users.get(r.reported_by) ?? '' },
      reportedAt: r.reported_at,
      review: r.review_note ? { note: r.review_note, by: users.get(r.reviewed_by!) ?? '', at: r.reviewed_at! } : null,
      closure: r.closure_note ? { note: r.closure_note, by: users.get(r.closed_by!) ?? '', at: r.closed_at! } : null,
    };
  });
}

/** Incidents a viewer may open: the manager all; others those they reported or with someone in their scope. */
export async function visibleIncidents(db: Db, v: Viewer, rows: IncidentRow[]): Promise<IncidentRow[]> {
  if (!v.scope) return rows;
  const people = await peopleOf(
    db,
    rows.map((r) => r.id),
  );
  const clients = new Map((await findClients(db, [...new Set(people.map((p) => p.client_id))])).map((c) => [c.id, c]));
  return rows.filter(
    (r) => r.reported_by === v.userId || people.some((p) => p.incident_id === r.id && inScope(v, clients.get(p.client_id)!)),
  );
}

async function one(ctx: AuthedContext, id: number) {
  const v = await loadViewer(ctx.db, ctx.user);
  const row = await findIncident(ctx.db, id);
  if (!row) throw notFound();
  return { v, row };
}

const STATUS_FILTER: Record<string, string[] | undefined> = {
  open: ['open'],
  reviewed: ['reviewed'],
  closed: ['closed'],
  unclosed: ['open', 'reviewed'],
  all: undefined,
};

export const incidentsHandlers = handlersFor({
  'incidents.list': async (ctx, input) => {
    const v = await loadViewer(ctx.db, ctx.user);
    const rows = await listIncidents(ctx.db, {
      statuses: STATUS_FILTER[input.status],
      clientId: input.clientId,
      from: input.from,
      to: input.to,
    });
    return toIncidents(ctx.db, v, await visibleIncidents(ctx.db, v, rows));
  },

  'incidents.report': async (ctx, input) => {
    const v = await loadViewer(ctx.db, ctx.user);
    const ids = [...new Set(input.clientIds)];
    const clients = await findClients(ctx.db, ids);
    if (clients.length !== ids.length) throw invalid({ clientIds: 'v.daily.people' });
    input.clientIds.forEach((id, i) => {
      if (
        !inScope(
          v,
          clients.find((c) => c.id === id)!,
        )
      )
        throw invalid({ [`clientIds.${i}`]: 'v.daily.people' });
    });
    const occurredAt = instantOf(input.date, input.time);
    if (occurredAt > iso(ctx.now())) throw invalid({ time: 'v.daily.futureTime' });
    if (input.date < '2000-01-01') throw invalid({ date: 'v.daily.tooOld' });
    const year = Number(todayOf(ctx).slice(0, 4));
    const seq = await nextIncidentSeq(ctx.db, year);
    const number = `INC-${year}-${String(seq).padStart(4, '0')}`;
    const at = iso(ctx.now());
    const id = await insertIncident(
      ctx.db,
      {
        number,
        year,
        seq,
        occurred_at: occurredAt,
        occurred_date: input.date,
        place: input.place,
        type: input.type,
        severity: input.severity,
        description: input.description,
        actions_taken: input.actionsTaken,
        informed: JSON.stringify(input.informed.map((i) => ({ party: i.party, at: i.at ? new Date(i.at).toISOString() : null }))),
        status: 'open',
        reported_by: ctx.user.id,
        reported_at: at,
      },
      ids,
    );
    // The journal of each person involved points to the report (the narrative stays in the report).
    for (const clientId of ids)
      await insertCareEntry(ctx.db, {
        client_id: clientId,
        category: 'incident',
        value: input.type,
        details: null,
        text: number,
        event_at: occurredAt,
        event_date: input.date,
        entered_at: at,
        author_id: ctx.user.id,
        for_handover: 1,
        incident_id: id,
      });
    await ctx.audit({
      action: 'incidents.report',
      objectType: 'incident',
      objectId: number,
      changes: { type: [null, input.type], severity: [null, input.severity], people: [null, clients.map((c) => c.code).join(',')] },
    });
    return (await toIncidents(ctx.db, v, [(await findIncident(ctx.db, id))!]))[0]!;
  },

  'incidents.review': async (ctx, input) => {
    const { v, row } = await one(ctx, input.id);
    if (row.status !== 'open') throw conflict('daily.incidentNotOpen');
    await updateIncident(ctx.db, row.id, {
      status: 'reviewed',
      review_note: input.note,
      reviewed_by: ctx.user.id,
      reviewed_at: iso(ctx.now()),
    });
    await ctx.audit({
      action: 'incidents.review',
      objectType: 'incident',
      objectId: row.number,
      changes: { status: ['open', 'reviewed'] },
    });
    return (await toIncidents(ctx.db, v, [(await findIncident(ctx.db, row.id))!]))[0]!;
  },

  'incidents.close': async (ctx, input) => {
    const { v, row } = await one(ctx, input.id);
    if (row.status !== 'reviewed') throw conflict(row.status === 'closed' ? 'daily.incidentClosed' : 'daily.reviewFirst');
    await updateIncident(ctx.db, row.id, { status: 'closed', closure_note: input.note, closed_by: ctx.user.id, closed_at: iso(ctx.now()) });
    await ctx.audit({
      action: 'incidents.close',
      objectType: 'incident',
      objectId: row.number,
      changes: { status: ['reviewed', 'closed'] },
    });
    return (await toIncidents(ctx.db, v, [(await findIncident(ctx.db, row.id))!]))[0]!;
  },
});
