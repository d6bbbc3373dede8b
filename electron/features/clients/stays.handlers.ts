import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { ClientRow, StayRow } from '../../../db/tables/clients';
import { findClient, updateClient } from '../../../db/repositories/clients';
import {
  activeStayOf,
  staysOf,
  findStay,
  insertStay,
  updateStay,
  insertPlacement,
  openPlacementOf,
  closePlacement,
  openAbsenceOf,
  insertAbsence,
  closeAbsence,
  accompanyingStays,
  insertCapacityOverride,
} from '../../../db/repositories/stays';
import { findRoom } from '../../../db/repositories/rooms';
import { openWaitingOf, findWaiting, updateWaiting } from '../../../db/repositories/waiting-list';
import { tashkentToday } from '../../contract/format';
import type { StayOut } from '../../contract/stays.contract';
import { handlersFor, iso, type AuthedContext } from '../context';
import { conflict, invalid, notFound } from '../errors';
import { loadViewer, assertInScope, type Viewer } from './privacy';
import { resolvePlace, capacityExcess, requireOverride, samePlace, type Place, type CapacityExcess } from './placement';
import { toStayOuts } from './stays.mapper';

type Db = Kysely<Database>;
const todayOf = (ctx: AuthedContext) => tashkentToday(ctx.now());

async function setClientState(ctx: AuthedContext, clientId: number, status: string, stayId: number, place: Place | null): Promise<void> {
  await updateClient(ctx.db, clientId, {
    status,
    last_stay_id: stayId,
    current_room_id: place?.room_id ?? null,
    current_bed_id: place?.bed_id ?? null,
    current_group_id: place?.group_id ?? null,
    updated_at: iso(ctx.now()),
  });
}

async function stayOut(db: Db, v: Viewer, clientId: number, stayId: number): Promise<StayOut> {
  const client = (await findClient(db, clientId))!;
  return (await toStayOuts(db, v, client, [(await findStay(db, stayId))!]))[0]!;
}

/** The client and their active stay, for every change to a stay; a discharged client is read-only. */
async function activeStay(ctx: AuthedContext, clientId: number): Promise<{ v: Viewer; client: ClientRow; stay: StayRow }> {
  const v = await loadViewer(ctx.db, ctx.user);
  const client = await findClient(ctx.db, clientId);
  if (!client) throw notFound();
  assertInScope(v, client);
  const stay = await activeStayOf(ctx.db, clientId);
  if (!stay) throw conflict(client.status === 'discharged' ? 'clientDischarged' : 'notAdmitted');
  return { v, client, stay };
}

/** Day care needs weekdays and planned hours; residential stays keep none. */
function enrolment(
  stayKind: string,
  e: {
    weekdays?: number[] | null;
    plannedFrom?: string | null;
    plannedTo?: string | null;
  },
) {
  if (stayKind !== 'day_care') return { weekdays: null, planned_from: null, planned_to: null };
  const errors: Record<string, string> = {};
  if (!e.weekdays?.length) errors.weekdays = 'v.required';
  if (!e.plannedFrom) errors.plannedFrom = 'v.required';
  if (!e.plannedTo) errors.plannedTo = 'v.required';
  else if (e.plannedFrom && e.plannedTo <= e.plannedFrom) errors.plannedTo = 'v.hoursOrder';
  if (Object.keys(errors).length) throw invalid(errors);
  return {
    weekdays: e.weekdays!.join(','),
    planned_from: e.plannedFrom!,
    planned_to: e.plannedTo!,
  };
}

async function recordOverrides(
  ctx: AuthedContext,
  stayId: number,
  clientId: number,
  excess: CapacityExcess[],
  reason: string | null | undefined,
) {
  for (const e of excess) {
    await insertCapacityOverride(ctx.db, {
      stay_id: stayId,
      client_id: clientId,
      scope: e.scope,
      at: iso(ctx.now()),
      user_id: ctx.user.id,
      reason: reason!,
      occupied: e.occupied,
      capacity: e.capacity,
    });
  }
}

const placeChanges = (p: Place | null) => ({
  room: p?.room_id ?? null,
  bed: p?.bed_id ?? null,
  group: p?.group_id ?? null,
});

async function dischargeOne(
  ctx: AuthedContext,
  client: ClientRow,
  stay: StayRow,
  on: string,
  fields: {
    destination: string;
    follow_up_contact: string | null;
    discharge_note: string | null;
  },
  at: string,
) {
  const errors: Record<string, string> = {};
  const placement = await openPlacementOf(ctx.db, client.id);
  const absence = await openAbsenceOf(ctx.db, client.id);
  if (on < stay.admitted_on) errors[at] = 'v.beforeAdmission';
  else if (placement && on < placement.from_date) errors[at] = 'v.beforeCurrentPlace';
  else if (absence && on < absence.from_date) errors[at] = 'v.beforeAbsence';
  if (Object.keys(errors).length) throw invalid(errors);
  if (placement) await closePlacement(ctx.db, placement.id, on);
  if (absence) await closeAbsence(ctx.db, absence.id, on);
  await updateStay(ctx.db, stay.id, {
    status: 'discharged',
    discharged_on: on,
    ...fields,
  });
  await setClientState(ctx, client.id, 'discharged', stay.id, null);
  await ctx.audit({
    action: 'stays.discharge',
    objectType: 'client',
    objectId: client.code,
    changes: {
      dischargedOn: [null, on],
      destination: [null, fields.destination],
    },
  });
}

export const staysHandlers = handlersFor({
  'stays.history': async (ctx, input) => {
    const v = await loadViewer(ctx.db, ctx.user);
    const client = await findClient(ctx.db, input.clientId);
    if (!client) throw notFound();
    assertInScope(v, client);
    return toStayOuts(ctx.db, v, client, await staysOf(ctx.db, client.id));
  },

  'stays.admit': async (ctx, input) => {
    const v = await loadViewer(ctx.db, ctx.user);
    const client = await findClient(ctx.db, input.clientId);
    if (!client) throw notFound();
    if (await activeStayOf(ctx.db, client.id)) throw conflict('alreadyAdmitted');
    const on = input.admittedOn;
    const errors: Record<string, string> = {};
    const last = (await staysOf(ctx.db, client.id))[0];
    if (on > todayOf(ctx)) errors.admittedOn = 'v.futureDate';
    else if (last?.discharged_on && on < last.discharged_on) errors.admittedOn = 'v.beforeLastDischarge';
    if (input.plannedDischargeOn && input.plannedDischargeOn < on) errors.plannedDischargeOn = 'v.dateOrder';
    const childIds = input.children.map((c) => c.clientId);
    if (new Set(childIds).size !== childIds.length) errors.children = 'v.duplicate';
    const children: ClientRow[] = [];
    for (const [i, c] of input.children.entries()) {
      const child = await findClient(ctx.db, c.clientId);
      if (!child || child.mother_id !== client.id) errors[`children.${i}.clientId`] = 'v.notChild';
      else if (await activeStayOf(ctx.db, child.id)) errors[`children.${i}.clientId`] = 'v.childAdmitted';
      else children.push(child);
    }
    const waiting = input.waitingId ? await findWaiting(ctx.db, input.waitingId) : await openWaitingOf(ctx.db, client.id);
    if (input.waitingId && (!waiting || waiting.client_id !== client.id)) errors.waitingId = 'v.waiting';
    else if (input.waitingId && waiting?.status !== 'waiting') errors.waitingId = 'v.waitingClosed';
    if (Object.keys(errors).length) throw invalid(errors);

    const stayKind = v.kind === 'day_care' ? 'day_care' : 'residential';
    const enrol = enrolment(stayKind, input);
    const wantsPlace = !!(input.bedId || input.roomId || input.groupId);
    const place = wantsPlace ? await resolvePlace(ctx.db, stayKind, client, input, on, '') : null;
    const excess = await capacityExcess(ctx.db, 1 + children.length, place?.group_id ?? null, place?.group_id ? 1 : 0);
    requireOverride(excess, input.capacityOverrideReason);

    const base = {
      kind: stayKind,
      status: 'active',
      admitted_on: on,
      referral_source: input.referralSource,
      referral_document: input.referralDocument ?? null,
      reason: input.reason ?? null,
      ...enrol,
      planned_discharge_on: input.plannedDischargeOn ?? null,
      created_by: ctx.user.id,
      created_at: iso(ctx.now()),
    };
    const stayId = await insertStay(ctx.db, {
      ...base,
      client_id: client.id,
      accompanies_stay_id: null,
    });
    if (place)
      await insertPlacement(ctx.db, {
        stay_id: stayId,
        client_id: client.id,
        ...place,
        from_date: on,
        note: null,
      });
    await setClientState(ctx, client.id, 'active', stayId, place);
    await recordOverrides(ctx, stayId, client.id, excess, input.capacityOverrideReason);
    if (waiting?.status === 'waiting')
      await updateWaiting(ctx.db, waiting.id, {
        status: 'admitted',
        closed_on: on,
        stay_id: stayId,
      });
    await ctx.audit({
      action: 'stays.admit',
      objectType: 'client',
      objectId: client.code,
      changes: {
        admittedOn: [null, on],
        referralSource: [null, input.referralSource],
        ...(excess.length ? { capacityOverride: [null, input.capacityOverrideReason] } : {}),
        place: [null, placeChanges(place)],
      },
    });

    // Children come with their mother: their own stays, pointing to hers, in her room.
    for (const [i, child] of children.entries()) {
      const bedId = input.children[i]!.bedId;
      const childPlace = bedId
        ? await resolvePlace(ctx.db, stayKind, child, { bedId }, on, `children.${i}`)
        : place?.room_id
          ? await resolvePlace(ctx.db, stayKind, child, { roomId: place.room_id }, on, `children.${i}`, place.room_id)
          : null;
      const childStay = await insertStay(ctx.db, {
        ...base,
        client_id: child.id,
        accompanies_stay_id: stayId,
      });
      if (childPlace)
        await insertPlacement(ctx.db, {
          stay_id: childStay,
          client_id: child.id,
          ...childPlace,
          from_date: on,
          note: null,
        });
      await setClientState(ctx, child.id, 'active', childStay, childPlace);
      const childWaiting = await openWaitingOf(ctx.db, child.id);
      if (childWaiting)
        await updateWaiting(ctx.db, childWaiting.id, {
          status: 'admitted',
          closed_on: on,
          stay_id: childStay,
        });
      await ctx.audit({
        action: 'stays.admit',
        objectType: 'client',
        objectId: child.code,
        changes: {
          admittedOn: [null, on],
          withMother: [null, client.code],
          place: [null, placeChanges(childPlace)],
        },
      });
    }
    return stayOut(ctx.db, v, client.id, stayId);
  },

  'stays.update': async (ctx, input) => {
    const stay = await findStay(ctx.db, input.stayId);
    if (!stay) throw notFound();
    const { v, client } = await activeStay(ctx, stay.client_id);
    if (stay.status !== 'active') throw conflict('stayClosed');
    if (input.plannedDischargeOn && input.plannedDischargeOn < stay.admitted_on) throw invalid({ plannedDischargeOn: 'v.dateOrder' });
    const values = {
      referral_source: input.referralSource,
      referral_document: input.referralDocument ?? null,
      reason: input.reason ?? null,
      ...enrolment(stay.kind, input),
      planned_discharge_on: input.plannedDischargeOn ?? null,
    };
    const changed = Object.entries(values).filter(([k, val]) => stay[k as keyof StayRow] !== val);
    await updateStay(ctx.db, stay.id, values);
    await ctx.audit({
      action: 'stays.update',
      objectType: 'client',
      objectId: client.code,
      changes: Object.fromEntries(changed.map(([k, val]) => [k, k === 'reason' ? 'changed' : [stay[k as keyof StayRow], val]])),
    });
    return stayOut(ctx.db, v, client.id, stay.id);
  },

  'stays.transfer': async (ctx, input) => {
    const { v, client, stay } = await activeStay(ctx, input.clientId);
    const current = await openPlacementOf(ctx.db, client.id);
    const date = input.date;
    if (date > todayOf(ctx)) throw invalid({ date: 'v.futureDate' });
    if (date < stay.admitted_on) throw invalid({ date: 'v.beforeAdmission' });
    if (current && date < current.from_date) throw invalid({ date: 'v.beforeCurrentPlace' });
    if (!input.bedId && !input.roomId && !input.groupId)
      throw invalid({
        [stay.kind === 'day_care' ? 'groupId' : 'bedId']: 'v.required',
      });
    const target = await resolvePlace(ctx.db, stay.kind, client, input, date, '');
    if (current && samePlace(current, target)) throw conflict('samePlace');
    const joining = target.group_id && target.group_id !== current?.group_id ? 1 : 0;
    const excess = await capacityExcess(ctx.db, 0, target.group_id, joining);
    requireOverride(excess, input.capacityOverrideReason);
    if (current) await closePlacement(ctx.db, current.id, date);
    await insertPlacement(ctx.db, {
      stay_id: stay.id,
      client_id: client.id,
      ...target,
      from_date: date,
      note: input.note ?? null,
    });
    await setClientState(ctx, client.id, client.status, stay.id, target);
    await recordOverrides(ctx, stay.id, client.id, excess, input.capacityOverrideReason);
    await ctx.audit({
      action: 'stays.transfer',
      objectType: 'client',
      objectId: client.code,
      changes: {
        date: [null, date],
        place: [current ? placeChanges(current) : null, placeChanges(target)],
      },
    });

    // Children sharing the mother's room without beds follow her to another room.
    if (input.withChildren && current?.room_id && target.room_id && target.room_id !== current.room_id) {
      for (const childStay of await accompanyingStays(ctx.db, stay.id)) {
        const cp = await openPlacementOf(ctx.db, childStay.client_id);
        if (!cp || cp.bed_id !== null || cp.room_id !== current.room_id) continue;
        const room = await findRoom(ctx.db, target.room_id);
        if (room?.kind !== 'mother_and_child') throw conflict('childrenNeedBeds');
        if (date < cp.from_date) throw invalid({ date: 'v.beforeCurrentPlace' });
        const child = (await findClient(ctx.db, childStay.client_id))!;
        const childTarget: Place = {
          room_id: target.room_id,
          bed_id: null,
          group_id: cp.group_id,
        };
        await closePlacement(ctx.db, cp.id, date);
        await insertPlacement(ctx.db, {
          stay_id: childStay.id,
          client_id: child.id,
          ...childTarget,
          from_date: date,
          note: null,
        });
        await setClientState(ctx, child.id, child.status, childStay.id, childTarget);
        await ctx.audit({
          action: 'stays.transfer',
          objectType: 'client',
          objectId: child.code,
          changes: { date: [null, date], withMother: [null, client.code] },
        });
      }
    }
    return stayOut(ctx.db, v, client.id, stay.id);
  },

  'stays.startAbsence': async (ctx, input) => {
    const { v, client, stay } = await activeStay(ctx, input.clientId);
    if (await openAbsenceOf(ctx.db, client.id)) throw conflict('alreadyAway');
    if (input.fromDate > todayOf(ctx)) throw invalid({ fromDate: 'v.futureDate' });
    if (input.fromDate < stay.admitted_on) throw invalid({ fromDate: 'v.beforeAdmission' });
    if (input.expectedReturn && input.expectedReturn < input.fromDate) throw invalid({ expectedReturn: 'v.dateOrder' });
    await insertAbsence(ctx.db, {
      stay_id: stay.id,
      client_id: client.id,
      from_date: input.fromDate,
      to_date: null,
      reason: input.reason,
      expected_return: input.expectedReturn ?? null,
      note: input.note ?? null,
    });
    await updateClient(ctx.db, client.id, {
      status: 'away',
      updated_at: iso(ctx.now()),
    });
    await ctx.audit({
      action: 'stays.startAbsence',
      objectType: 'client',
      objectId: client.code,
      changes: {
        fromDate: [null, input.fromDate],
        reason: [null, input.reason],
      },
    });
    return stayOut(ctx.db, v, client.id, stay.id);
  },

  'stays.endAbsence': async (ctx, input) => {
    const { v, client, stay } = await activeStay(ctx, input.clientId);
    const absence = await openAbsenceOf(ctx.db, client.id);
    if (!absence) throw conflict('notAway');
    if (input.toDate > todayOf(ctx)) throw invalid({ toDate: 'v.futureDate' });
    if (input.toDate < absence.from_date) throw invalid({ toDate: 'v.dateOrder' });
    await closeAbsence(ctx.db, absence.id, input.toDate);
    await updateClient(ctx.db, client.id, {
      status: 'active',
      updated_at: iso(ctx.now()),
    });
    await ctx.audit({
      action: 'stays.endAbsence',
      objectType: 'client',
      objectId: client.code,
      changes: { toDate: [null, input.toDate] },
    });
    return stayOut(ctx.db, v, client.id, stay.id);
  },

  'stays.discharge': async (ctx, input) => {
    const { v, client, stay } = await activeStay(ctx, input.clientId);
    if (input.dischargedOn > todayOf(ctx)) throw invalid({ dischargedOn: 'v.futureDate' });
    const fields = {
      destination: input.destination,
      follow_up_contact: input.followUpContact ?? null,
      discharge_note: input.note ?? null,
    };
    await dischargeOne(ctx, client, stay, input.dischargedOn, fields, 'dischargedOn');
    if (input.withChildren) {
      for (const childStay of await accompanyingStays(ctx.db, stay.id)) {
        const child = (await findClient(ctx.db, childStay.client_id))!;
        await dischargeOne(
          ctx,
          child,
          childStay,
          input.dischargedOn,
          { ...fields, follow_up_contact: null, discharge_note: null },
          'withChildren',
        );
      }
    }
    return stayOut(ctx.db, v, client.id, stay.id);
  },
});
