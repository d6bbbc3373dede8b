import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { WaitingRow } from '../../../db/tables/clients';
import { findClient, findClients } from '../../../db/repositories/clients';
import { activeStayOf } from '../../../db/repositories/stays';
import { insertWaiting, updateWaiting, findWaiting, openWaitingOf, listWaiting } from '../../../db/repositories/waiting-list';
import type { WaitingEntry, WaitingPriority } from '../../contract/index';
import { tashkentToday } from '../../contract/format';
import { handlersFor, iso } from '../context';
import { conflict, invalid, notFound } from '../errors';
import { loadViewer, assertInScope, canSeeCase, type Viewer } from './privacy';
import { toSummary } from './clients.mapper';
import { createClient } from './clients.service';

/** Entries with their clients, positions counted over the whole queue. */
export async function waitingEntries(db: Kysely<Database>, v: Viewer, rows: WaitingRow[]): Promise<WaitingEntry[]> {
  const clients = new Map(
    (
      await findClients(
        db,
        rows.map((r) => r.client_id),
      )
    ).map((c) => [c.id, c]),
  );
  return rows.map((w, i) => {
    const c = clients.get(w.client_id)!;
    return {
      id: w.id,
      client: toSummary(v, c),
      appliedOn: w.applied_on,
      priority: w.priority as WaitingPriority,
      expectedOn: w.expected_on,
      note: canSeeCase(v, c) ? w.note : null,
      status: w.status as WaitingEntry['status'],
      closedOn: w.closed_on,
      closeReason: canSeeCase(v, c) ? w.close_reason : null,
      stayId: w.stay_id,
      position: w.status === 'waiting' ? i + 1 : null,
    };
  });
}

async function entry(db: Kysely<Database>, v: Viewer, id: number): Promise<WaitingEntry> {
  const row = (await findWaiting(db, id))!;
  if (row.status !== 'waiting') return (await waitingEntries(db, v, [row]))[0]!;
  const all = await waitingEntries(db, v, await listWaiting(db, 'waiting'));
  return all.find((e) => e.id === id)!;
}

function checkDates(input: { appliedOn: string; expectedOn?: string | null }, today: string) {
  if (input.appliedOn > today) throw invalid({ appliedOn: 'v.futureDate' });
  if (input.expectedOn && input.expectedOn < input.appliedOn) throw invalid({ expectedOn: 'v.dateOrder' });
}

export const waitingHandlers = handlersFor({
  'waitingList.list': async (ctx, input) => {
    const v = await loadViewer(ctx.db, ctx.user);
    return waitingEntries(ctx.db, v, await listWaiting(ctx.db, input.status));
  },

  'waitingList.add': async (ctx, input) => {
    const v = await loadViewer(ctx.db, ctx.user);
    checkDates(input, tashkentToday(ctx.now()));
    let clientId: number;
    if (input.clientId) {
      const client = await findClient(ctx.db, input.clientId);
      if (!client) throw notFound();
      assertInScope(v, client);
      if (await activeStayOf(ctx.db, client.id)) throw conflict('alreadyAdmitted');
      if (await openWaitingOf(ctx.db, client.id)) throw conflict('alreadyWaiting');
      clientId = client.id;
    } else {
      clientId = (await createClient(ctx, v, input.client!, null)).id;
    }
    const id = await insertWaiting(ctx.db, {
      client_id: clientId,
      applied_on: input.appliedOn,
      priority: input.priority,
      expected_on: input.expectedOn ?? null,
      note: input.note ?? null,
      status: 'waiting',
      created_by: ctx.user.id,
      created_at: iso(ctx.now()),
    });
    const code = (await findClient(ctx.db, clientId))!.code;
    await ctx.audit({
      action: 'waitingList.add',
      objectType: 'client',
      objectId: code,
      changes: {
        priority: [null, input.priority],
        appliedOn: [null, input.appliedOn],
      },
    });
    return entry(ctx.db, v, id);
  },

  'waitingList.update': async (ctx, input) => {
    const v = await loadViewer(ctx.db, ctx.user);
    const w = await findWaiting(ctx.db, input.id);
    if (!w) throw notFound();
    if (w.status !== 'waiting') throw conflict('waitingClosed');
    checkDates(input, tashkentToday(ctx.now()));
    const values = {
      applied_on: input.appliedOn,
      priority: input.priority,
      expected_on: input.expectedOn ?? null,
      note: input.note ?? null,
    };
    await updateWaiting(ctx.db, w.id, values);
    const code = (await findClient(ctx.db, w.client_id))!.code;
    const changes = Object.fromEntries(
      Object.entries(values)
        .filter(([k, val]) => w[k as keyof WaitingRow] !== val)
        .map(([k, val]) => [k, k === 'note' ? 'changed' : [w[k as keyof WaitingRow], val]]),
    );
    await ctx.audit({
      action: 'waitingList.update',
      objectType: 'client',
      objectId: code,
      changes,
    });
    return entry(ctx.db, v, w.id);
  },

  'waitingList.withdraw': async (ctx, input) => {
    const v = await loadViewer(ctx.db, ctx.user);
    const w = await findWaiting(ctx.db, input.id);
    if (!w) throw notFound();
    if (w.status !== 'waiting') throw conflict('waitingClosed');
    await updateWaiting(ctx.db, w.id, {
      status: 'withdrawn',
      closed_on: tashkentToday(ctx.now()),
      close_reason: input.reason,
    });
    const code = (await findClient(ctx.db, w.client_id))!.code;
    await ctx.audit({
      action: 'waitingList.withdraw',
      objectType: 'client',
      objectId: code,
      changes: { status: ['waiting', 'withdrawn'] },
    });
    return entry(ctx.db, v, w.id);
  },
});
