// Residential roll call, morning and evening, per room. Today's roll call keeps the register in
// step: an away status opens (or changes) the resident's absence, "present" closes it, so the bed
// board, bed-days and occupancy read what the roll call found.
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { ClientRow } from '../../../db/tables/clients';
import { findClients, updateClient } from '../../../db/repositories/clients';
import { placementsOn, absencesOn, openAbsenceOf, closeAbsence, insertAbsence, activeStayOf } from '../../../db/repositories/stays';
import { listRooms, listBeds } from '../../../db/repositories/rooms';
import { rollCallsOn, rollCallEntries, saveRollCall } from '../../../db/repositories/rollcall';
import type { RollCallSheet, RollCallStatus, RollCallSession } from '../../contract/attendance.contract';
import { handlersFor, iso, type AuthedContext } from '../context';
import { invalid } from '../errors';
import { loadViewer, inScope, type Viewer } from '../clients/privacy';
import { toSummary } from '../clients/clients.mapper';
import { todayOf } from './work';

type Db = Kysely<Database>;
type Room = RollCallSheet['rooms'][number];

async function rooms(
  db: Db,
  v: Viewer,
  date: string,
  session: RollCallSession,
): Promise<{ rooms: Room[]; clients: Map<number, ClientRow> }> {
  const placed = (await placementsOn(db, date)).filter((p) => p.room_id !== null);
  const clients = new Map((await findClients(db, [...new Set(placed.map((p) => p.client_id))])).map((c) => [c.id, c]));
  const away = new Map((await absencesOn(db, date)).map((a) => [a.client_id, a.reason as RollCallStatus]));
  const beds = new Map((await listBeds(db)).map((b) => [b.id, b.label]));
  const taken = await rollCallsOn(db, date, session);
  const entries = await rollCallEntries(
    db,
    taken.map((t) => t.id),
  );
  const out: Room[] = [];
  for (const room of await listRooms(db)) {
    const here = placed.filter((p) => p.room_id === room.id && clients.has(p.client_id) && inScope(v, clients.get(p.client_id)!));
    if (!here.length) continue;
    const call = taken.find((t) => t.room_id === room.id);
    out.push({
      room: { id: room.id, name: room.name },
      takenAt: call?.taken_at ?? null,
      takenBy: call?.full_name ?? null,
      rows: here
        .sort((a, b) => (beds.get(a.bed_id ?? 0) ?? '').localeCompare(beds.get(b.bed_id ?? 0) ?? '') || a.client_id - b.client_id)
        .map((p) => {
          const e = call ? entries.find((x) => x.roll_call_id === call.id && x.client_id === p.client_id) : undefined;
          return {
            client: toSummary(v, clients.get(p.client_id)!),
            bed: p.bed_id ? (beds.get(p.bed_id) ?? null) : null,
            status: (e?.status as RollCallStatus | undefined) ?? null,
            registerStatus: away.get(p.client_id) ?? 'present',
            note: e?.note ?? null,
          };
        }),
    });
  }
  return { rooms: out, clients };
}

function countsOf(rs: Room[]): Record<string, number> {
  const counts: Record<string, number> = { present: 0, away: 0, hospital: 0, home_leave: 0, absconded: 0, notTaken: 0 };
  for (const r of rs) for (const row of r.rows) counts[row.status ?? 'notTaken']! += 1;
  return counts;
}

/** Keeps the register's absence in step with what today's roll call found. */
async function syncAbsence(ctx: AuthedContext, client: ClientRow, status: RollCallStatus, date: string): Promise<void> {
  const open = await openAbsenceOf(ctx.db, client.id);
  if (status === 'present') {
    if (!open) return;
    await closeAbsence(ctx.db, open.id, date < open.from_date ? open.from_date : date);
    await updateClient(ctx.db, client.id, { status: 'active', updated_at: iso(ctx.now()) });
    await ctx.audit({
      action: 'stays.endAbsence',
      objectType: 'client',
      objectId: client.code,
      changes: { toDate: [null, date], by: [null, 'rollCall'] },
    });
    return;
  }
  if (open?.reason === status) return;
  const stay = await activeStayOf(ctx.db, client.id);
  if (!stay) return;
  if (open) await closeAbsence(ctx.db, open.id, date < open.from_date ? open.from_date : date);
  await insertAbsence(ctx.db, {
    stay_id: stay.id,
    client_id: client.id,
    from_date: date,
    to_date: null,
    reason: status,
    expected_return: null,
    note: null,
  });
  await updateClient(ctx.db, client.id, { status: 'away', updated_at: iso(ctx.now()) });
  await ctx.audit({
    action: 'stays.startAbsence',
    objectType: 'client',
    objectId: client.code,
    changes: { fromDate: [null, date], reason: [open?.reason ?? null, status], by: [null, 'rollCall'] },
  });
}

export const rollCallHandlers = handlersFor({
  'rollCall.sheet': async (ctx, input) => {
    const v = await loadViewer(ctx.db, ctx.user);
    const date = input.date ?? todayOf(ctx);
    const { rooms: rs } = await rooms(ctx.db, v, date, input.session);
    return { date, session: input.session, rooms: rs, counts: countsOf(rs) };
  },

  'rollCall.record': async (ctx, input) => {
    const v = await loadViewer(ctx.db, ctx.user);
    const today = todayOf(ctx);
    const date = input.date ?? today;
    if (date > today) throw invalid({ date: 'v.futureDate' });
    if (date !== today && ctx.user.role !== 'manager') throw invalid({ date: 'v.daily.todayOnly' });
    const { rooms: rs, clients } = await rooms(ctx.db, v, date, input.session);
    const room = rs.find((r) => r.room.id === input.roomId);
    if (!room) throw invalid({ roomId: 'v.room' });
    const expected = new Set(room.rows.map((r) => r.client.id));
    const given = new Set(input.entries.map((e) => e.clientId));
    if (given.size !== input.entries.length) throw invalid({ entries: 'v.duplicate' });
    input.entries.forEach((e, i) => {
      if (!expected.has(e.clientId)) throw invalid({ [`entries.${i}.clientId`]: 'v.daily.notInRoom' });
    });
    if ([...expected].some((id) => !given.has(id))) throw invalid({ entries: 'v.daily.everyone' });
    await saveRollCall(
      ctx.db,
      { date, session: input.session, room_id: input.roomId, taken_by: ctx.user.id, taken_at: iso(ctx.now()) },
      input.entries.map((e) => ({ client_id: e.clientId, status: e.status, note: e.note ?? null })),
    );
    await ctx.audit({
      action: 'rollCall.record',
      objectType: 'room',
      objectId: String(input.roomId),
      changes: Object.fromEntries(input.entries.map((e) => [clients.get(e.clientId)!.code, [null, e.status]])),
    });
    // Only today's roll call moves the register: a late entry for an earlier day records what was found then.
    if (date === today) for (const e of input.entries) await syncAbsence(ctx, clients.get(e.clientId)!, e.status, date);
    const after = await rooms(ctx.db, v, date, input.session);
    return {
      room: after.rooms.find((r) => r.room.id === input.roomId)!,
      counts: countsOf(after.rooms),
      absconded: input.entries.filter((e) => e.status === 'absconded').map((e) => toSummary(v, clients.get(e.clientId)!)),
    };
  },
});
