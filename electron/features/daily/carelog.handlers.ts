// The caregivers' journal: quick entries, corrections that strike through (never erase), handover.
import type { ClientRow } from '../../../db/tables/clients';
import {
  insertCareEntry,
  findCareEntry,
  findCareEntries,
  careEntriesOfClient,
  careEntriesOfClients,
  careEntriesByAuthor,
  pendingHandover,
  insertCorrection,
  insertAcks,
  isCorrected,
  dayCounts,
  type ShownEntryRow,
} from '../../../db/repositories/carelog';
import { findClient, findClients } from '../../../db/repositories/clients';
import { currentClients } from '../../../db/repositories/rollcall';
import { absencesOn } from '../../../db/repositories/stays';
import type { ParsedInput } from '../../contract/index';
import { handlersFor, iso, type AuthedContext } from '../context';
import { AppError, conflict, invalid, notFound } from '../errors';
import { loadViewer, inScope, assertInScope, type Viewer } from '../clients/privacy';
import { toSummary } from '../clients/clients.mapper';
import { toCareEntries, showEntries } from './carelog.mapper';
import { recordDelivery } from '../plans/deliveries';
import { findDeliveryBySource, updateDelivery } from '../../../db/repositories/plan-deliveries';
import { entryProblems } from './carelog.rules';
import { currentClientInScope, todayOf, nowTimeOf, instantOf, dayStartInstant, shiftDate } from './work';

type EntryFields = Omit<ParsedInput<'careLog.add'>, 'clientId'>;

/** How far back an entry may be dated (a late note about last week, not last year). */
const MAX_BACKDATE_DAYS = 31;
/** Handover entries older than this no longer wait on the screen. */
const HANDOVER_DAYS = 14;

function eventOf(ctx: AuthedContext, e: { eventDate?: string; eventTime?: string }, fallback?: { date: string; at: string }) {
  const today = todayOf(ctx);
  const date = e.eventDate ?? fallback?.date ?? today;
  const at = e.eventTime
    ? instantOf(date, e.eventTime)
    : e.eventDate
      ? instantOf(date, date === today ? nowTimeOf(ctx) : '12:00')
      : (fallback?.at ?? iso(ctx.now()));
  if (at > iso(new Date(ctx.now().getTime() + 60_000))) throw invalid({ [e.eventTime ? 'eventTime' : 'eventDate']: 'v.daily.futureTime' });
  if (date < shiftDate(today, -MAX_BACKDATE_DAYS)) throw invalid({ eventDate: 'v.daily.tooOld' });
  return { date, at };
}

async function writeEntry(ctx: AuthedContext, client: ClientRow, e: EntryFields, fallback?: { date: string; at: string }): Promise<number> {
  const problems = entryProblems({ category: e.category, value: e.value ?? null, details: e.details, text: e.text ?? null });
  if (e.planActivityId && e.category !== 'activity') problems.planActivityId = 'v.daily.planActivity';
  if (Object.keys(problems).length) throw invalid(problems);
  const event = eventOf(ctx, e, fallback);
  const id = await insertCareEntry(ctx.db, {
    client_id: client.id,
    category: e.category,
    value: e.value ?? null,
    details: Object.keys(e.details).length ? JSON.stringify(e.details) : null,
    text: e.text ?? null,
    event_at: event.at,
    event_date: event.date,
    entered_at: iso(ctx.now()),
    author_id: ctx.user.id,
    for_handover: e.forHandover ? 1 : 0,
    incident_id: null,
  });
  // A planned activity done: the plan (issue 5) counts it, once per entry.
  if (e.planActivityId)
    await recordDelivery(
      ctx.db,
      {
        clientId: client.id,
        activityId: e.planActivityId,
        doneOn: event.date,
        minutes: e.minutes ?? null,
        staffUserId: ctx.user.id,
        source: 'care_log',
        sourceRef: String(id),
      },
      { userId: ctx.user.id, now: ctx.now() },
    ).catch((err: unknown) => {
      // The plan names the activity field `activityId`; here it is the entry's planActivityId.
      if (err instanceof AppError && err.fields?.activityId) throw invalid({ planActivityId: err.fields.activityId });
      throw err;
    });
  return id;
}

/** The clients whose journal the viewer reads: everyone current in her scope. */
async function scopeClients(ctx: AuthedContext, v: Viewer) {
  return (await currentClients(ctx.db)).filter((c) => inScope(v, c));
}

async function visibleEntry(ctx: AuthedContext, v: Viewer, entryId: number) {
  const entry = await findCareEntry(ctx.db, entryId);
  if (!entry) throw notFound();
  const client = await findClient(ctx.db, entry.client_id);
  if (!client || !inScope(v, client)) throw notFound();
  return { entry, client };
}

export const careLogHandlers = handlersFor({
  'careLog.residents': async (ctx, input) => {
    const v = await loadViewer(ctx.db, ctx.user);
    const date = input.date ?? todayOf(ctx);
    const clients = await scopeClients(ctx, v);
    const counts = await dayCounts(
      ctx.db,
      clients.map((c) => c.id),
      date,
    );
    const away = new Map((await absencesOn(ctx.db, date)).map((a) => [a.client_id, a.reason]));
    return clients.map((c) => {
      const mine = counts.filter((x) => x.client_id === c.id);
      return {
        client: toSummary(v, c),
        room: c.room_name,
        group: c.group_name,
        counts: Object.fromEntries(mine.map((x) => [x.category, Number(x.n)])),
        lastAt: mine.reduce<string | null>((m, x) => (x.last_at && (!m || String(x.last_at) > m) ? String(x.last_at) : m), null),
        away: away.get(c.id) ?? null,
      };
    });
  },

  'careLog.list': async (ctx, input) => {
    if (input.to < input.from) throw invalid({ to: 'v.dateOrder' });
    if (shiftDate(input.from, 92) < input.to) throw invalid({ to: 'v.daily.periodTooLong' });
    const v = await loadViewer(ctx.db, ctx.user);
    const fetch = input.limit + 1;
    let rows: ShownEntryRow[];
    let clients: ClientRow[];
    if (input.mine) {
      rows = await careEntriesByAuthor(ctx.db, ctx.user.id, dayStartInstant(input.from), dayStartInstant(shiftDate(input.to, 1)), fetch);
      clients = await findClients(ctx.db, [...new Set(rows.map((r) => r.client_id))]);
      const byId = new Map(clients.map((c) => [c.id, c]));
      rows = rows.filter((r) => (input.clientId === undefined || r.client_id === input.clientId) && inScope(v, byId.get(r.client_id)!));
    } else if (input.clientId !== undefined) {
      const client = await findClient(ctx.db, input.clientId);
      if (!client) throw notFound();
      assertInScope(v, client);
      rows = await careEntriesOfClient(ctx.db, client.id, input.from, input.to, fetch);
      clients = [client];
    } else {
      clients = await scopeClients(ctx, v);
      rows = await careEntriesOfClients(
        ctx.db,
        clients.map((c) => c.id),
        input.from,
        input.to,
        fetch,
      );
    }
    if (input.categories?.length) rows = rows.filter((r) => input.categories!.includes(r.category));
    const truncated = rows.length > input.limit;
    return { items: showEntries(v, rows.slice(0, input.limit), clients), truncated };
  },

  'careLog.add': async (ctx, input) => {
    const { v, client } = await currentClientInScope(ctx, input.clientId);
    const id = await writeEntry(ctx, client, input);
    await ctx.audit({
      action: 'careLog.add',
      objectType: 'care_log_entry',
      objectId: String(id),
      changes: { client: [null, client.code], category: [null, input.category], value: [null, input.value ?? null] },
    });
    return (await toCareEntries(ctx.db, v, [(await findCareEntry(ctx.db, id))!]))[0]!;
  },

  'careLog.correct': async (ctx, input) => {
    const v = await loadViewer(ctx.db, ctx.user);
    const { entry, client } = await visibleEntry(ctx, v, input.entryId);
    // The author corrects her own words; the manager anyone's.
    if (entry.author_id !== ctx.user.id && ctx.user.role !== 'manager') throw new AppError('forbidden');
    if (entry.category === 'incident') throw conflict('daily.incidentEntry');
    if (await isCorrected(ctx.db, entry.id)) throw conflict('daily.alreadyCorrected');
    const replacementId = input.replacement
      ? await writeEntry(ctx, client, input.replacement, { date: entry.event_date, at: entry.event_at })
      : null;
    await insertCorrection(ctx.db, {
      entry_id: entry.id,
      reason: input.reason,
      replacement_id: replacementId,
      corrected_by: ctx.user.id,
      corrected_at: iso(ctx.now()),
    });
    // A struck-out entry no longer counts as a planned activity done (the replacement, if it names
    // an activity, has just recorded its own delivery).
    const delivery = await findDeliveryBySource(ctx.db, 'care_log', String(entry.id));
    if (delivery && !delivery.voided_at)
      await updateDelivery(ctx.db, delivery.id, { voided_at: iso(ctx.now()), voided_by: ctx.user.id, void_reason: input.reason });
    await ctx.audit({
      action: 'careLog.correct',
      objectType: 'care_log_entry',
      objectId: String(entry.id),
      changes: { reason: [null, input.reason], replacement: [null, replacementId], ...(delivery ? { delivery: [delivery.id, null] } : {}) },
    });
    const rows = await findCareEntries(ctx.db, replacementId ? [entry.id, replacementId] : [entry.id]);
    const mapped = await toCareEntries(ctx.db, v, rows);
    return { original: mapped.find((e) => e.id === entry.id)!, replacement: mapped.find((e) => e.id === replacementId) ?? null };
  },

  'careLog.handover': async (ctx) => {
    const v = await loadViewer(ctx.db, ctx.user);
    const rows = await pendingHandover(ctx.db, dayStartInstant(shiftDate(todayOf(ctx), -HANDOVER_DAYS)));
    const clients = new Map((await findClients(ctx.db, [...new Set(rows.map((r) => r.client_id))])).map((c) => [c.id, c]));
    return toCareEntries(
      ctx.db,
      v,
      rows.filter((r) => inScope(v, clients.get(r.client_id)!)),
    );
  },

  'careLog.acknowledge': async (ctx, input) => {
    const v = await loadViewer(ctx.db, ctx.user);
    const entries = await findCareEntries(ctx.db, input.entryIds);
    if (entries.length !== new Set(input.entryIds).size) throw notFound();
    const clients = new Map((await findClients(ctx.db, [...new Set(entries.map((r) => r.client_id))])).map((c) => [c.id, c]));
    for (const e of entries) {
      if (!inScope(v, clients.get(e.client_id)!)) throw notFound();
      if (e.for_handover !== 1) throw invalid({ entryIds: 'v.daily.notHandover' });
    }
    const at = iso(ctx.now());
    await insertAcks(
      ctx.db,
      entries.map((e) => ({ entry_id: e.id, acknowledged_by: ctx.user.id, acknowledged_at: at })),
    );
    await ctx.audit({
      action: 'careLog.acknowledge',
      objectType: 'care_log_entry',
      objectId: entries.map((e) => e.id).join(','),
      changes: {},
    });
    return { acknowledged: entries.length };
  },
});
