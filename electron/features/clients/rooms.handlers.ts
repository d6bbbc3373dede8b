import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import {
  listRooms,
  findRoom,
  findRoomByName,
  insertRoom,
  updateRoom,
  listBeds,
  findBed,
  insertBed,
  updateBed,
  listGroups,
  findGroup,
  findGroupByName,
  insertGroup,
  updateGroup,
  groupEnrolment,
  roomStaff,
  groupStaff,
  setRoomStaff,
  setGroupStaff,
  openPlacementsCount,
  activeUsersWithRoles,
} from '../../../db/repositories/rooms';
import type { RoomOut, GroupOut, RoomKind } from '../../contract/index';
import { handlersFor } from '../context';
import { conflict, invalid, notFound } from '../errors';
import { bedBoard } from './board';

async function roomOut(db: Kysely<Database>, id: number): Promise<RoomOut> {
  const room = await findRoom(db, id);
  if (!room) throw notFound();
  const beds = await listBeds(db, id);
  return {
    id: room.id,
    name: room.name,
    floor: room.floor,
    kind: room.kind as RoomKind,
    active: room.active === 1,
    note: room.note,
    beds: beds.map((b) => ({
      id: b.id,
      label: b.label,
      active: b.active === 1,
    })),
    staffIds: (await roomStaff(db)).get(id) ?? [],
  };
}

async function groupOut(db: Kysely<Database>, id: number): Promise<GroupOut> {
  const g = await findGroup(db, id);
  if (!g) throw notFound();
  return {
    id: g.id,
    name: g.name,
    places: g.places,
    active: g.active === 1,
    note: g.note,
    enrolled: (await groupEnrolment(db)).get(id) ?? 0,
    staffIds: (await groupStaff(db)).get(id) ?? [],
  };
}

/** Staff given to rooms and groups must be active caregivers or social workers. */
async function checkStaff(db: Kysely<Database>, userIds: number[]): Promise<number[]> {
  const unique = [...new Set(userIds)];
  const ok = await activeUsersWithRoles(db, unique, ['caregiver', 'social_worker']);
  const bad = unique.findIndex((u) => !ok.includes(u));
  if (bad >= 0) throw invalid({ [`userIds.${userIds.indexOf(unique[bad]!)}`]: 'v.worker' });
  return unique;
}

export const roomsHandlers = handlersFor({
  'rooms.list': async (ctx) => {
    const [rooms, beds, staff] = await Promise.all([listRooms(ctx.db), listBeds(ctx.db), roomStaff(ctx.db)]);
    return rooms.map((r) => ({
      id: r.id,
      name: r.name,
      floor: r.floor,
      kind: r.kind as RoomKind,
      active: r.active === 1,
      note: r.note,
      beds: beds.filter((b) => b.room_id === r.id).map((b) => ({ id: b.id, label: b.label, active: b.active === 1 })),
      staffIds: staff.get(r.id) ?? [],
    }));
  },

  'rooms.create': async (ctx, input) => {
    if (await findRoomByName(ctx.db, input.name)) throw conflict('nameTaken', { name: 'conflict.nameTaken' });
    const labels = input.beds.map((b) => b.toLowerCase());
    const twice = labels.findIndex((l, i) => labels.indexOf(l) !== i);
    if (twice >= 0) throw invalid({ [`beds.${twice}`]: 'v.duplicate' });
    const id = await insertRoom(ctx.db, {
      name: input.name,
      floor: input.floor ?? null,
      kind: input.kind,
      note: input.note ?? null,
    });
    for (const label of input.beds) await insertBed(ctx.db, id, label);
    await ctx.audit({
      action: 'rooms.create',
      objectType: 'room',
      objectId: String(id),
      changes: {
        name: [null, input.name],
        kind: [null, input.kind],
        beds: [null, input.beds.length],
      },
    });
    return roomOut(ctx.db, id);
  },

  'rooms.update': async (ctx, input) => {
    const room = await findRoom(ctx.db, input.id);
    if (!room) throw notFound();
    const other = await findRoomByName(ctx.db, input.name);
    if (other && other.id !== room.id) throw conflict('nameTaken', { name: 'conflict.nameTaken' });
    const people = await openPlacementsCount(ctx.db, { roomId: room.id });
    if (!input.active && people > 0) throw conflict('roomInUse');
    // Children without beds share only mother-and-child rooms: such a room keeps its kind while they are in it.
    if (room.kind === 'mother_and_child' && input.kind !== room.kind && people > 0) throw conflict('roomInUse');
    const values = {
      name: input.name,
      floor: input.floor ?? null,
      kind: input.kind,
      note: input.note ?? null,
      active: input.active ? 1 : 0,
    };
    await updateRoom(ctx.db, room.id, values);
    const changes = Object.fromEntries(
      Object.entries(values)
        .filter(([k, v]) => room[k as keyof typeof room] !== v)
        .map(([k, v]) => [k, [room[k as keyof typeof room], v]]),
    );
    await ctx.audit({
      action: 'rooms.update',
      objectType: 'room',
      objectId: String(room.id),
      changes,
    });
    return roomOut(ctx.db, room.id);
  },

  'rooms.addBed': async (ctx, input) => {
    const room = await findRoom(ctx.db, input.roomId);
    if (!room) throw notFound();
    if ((await listBeds(ctx.db, room.id)).some((b) => b.label.toLowerCase() === input.label.toLowerCase()))
      throw conflict('nameTaken', { label: 'conflict.nameTaken' });
    const id = await insertBed(ctx.db, room.id, input.label);
    await ctx.audit({
      action: 'rooms.addBed',
      objectType: 'bed',
      objectId: String(id),
      changes: { room: [null, room.id], label: [null, input.label] },
    });
    return roomOut(ctx.db, room.id);
  },

  'rooms.updateBed': async (ctx, input) => {
    const bed = await findBed(ctx.db, input.bedId);
    if (!bed) throw notFound();
    if ((await listBeds(ctx.db, bed.room_id)).some((b) => b.id !== bed.id && b.label.toLowerCase() === input.label.toLowerCase())) {
      throw conflict('nameTaken', { label: 'conflict.nameTaken' });
    }
    if (!input.active && (await openPlacementsCount(ctx.db, { bedId: bed.id })) > 0) throw conflict('bedInUse');
    await updateBed(ctx.db, bed.id, {
      label: input.label,
      active: input.active ? 1 : 0,
    });
    await ctx.audit({
      action: 'rooms.updateBed',
      objectType: 'bed',
      objectId: String(bed.id),
      changes: {
        label: [bed.label, input.label],
        active: [bed.active === 1, input.active],
      },
    });
    return roomOut(ctx.db, bed.room_id);
  },

  'rooms.setStaff': async (ctx, input) => {
    if (!(await findRoom(ctx.db, input.roomId))) throw notFound();
    const ids = await checkStaff(ctx.db, input.userIds);
    const before = (await roomStaff(ctx.db)).get(input.roomId) ?? [];
    await setRoomStaff(ctx.db, input.roomId, ids);
    await ctx.audit({
      action: 'rooms.setStaff',
      objectType: 'room',
      objectId: String(input.roomId),
      changes: { staff: [before, ids] },
    });
    return roomOut(ctx.db, input.roomId);
  },

  'groups.list': async (ctx) => {
    const [groups, enrolled, staff] = await Promise.all([listGroups(ctx.db), groupEnrolment(ctx.db), groupStaff(ctx.db)]);
    return groups.map((g) => ({
      id: g.id,
      name: g.name,
      places: g.places,
      active: g.active === 1,
      note: g.note,
      enrolled: enrolled.get(g.id) ?? 0,
      staffIds: staff.get(g.id) ?? [],
    }));
  },

  'groups.create': async (ctx, input) => {
    if (await findGroupByName(ctx.db, input.name)) throw conflict('nameTaken', { name: 'conflict.nameTaken' });
    const id = await insertGroup(ctx.db, {
      name: input.name,
      places: input.places,
      note: input.note ?? null,
    });
    await ctx.audit({
      action: 'groups.create',
      objectType: 'group',
      objectId: String(id),
      changes: { name: [null, input.name], places: [null, input.places] },
    });
    return groupOut(ctx.db, id);
  },

  'groups.update': async (ctx, input) => {
    const g = await findGroup(ctx.db, input.id);
    if (!g) throw notFound();
    const other = await findGroupByName(ctx.db, input.name);
    if (other && other.id !== g.id) throw conflict('nameTaken', { name: 'conflict.nameTaken' });
    const members = await openPlacementsCount(ctx.db, { groupId: g.id });
    if (!input.active && members > 0) throw conflict('groupInUse');
    // Fewer places than members would hide an over-capacity group: lower it after moving someone out.
    if (input.places < members) throw invalid({ places: 'v.placesBelowMembers' });
    const values = {
      name: input.name,
      places: input.places,
      note: input.note ?? null,
      active: input.active ? 1 : 0,
    };
    await updateGroup(ctx.db, g.id, values);
    const changes = Object.fromEntries(
      Object.entries(values)
        .filter(([k, v]) => g[k as keyof typeof g] !== v)
        .map(([k, v]) => [k, [g[k as keyof typeof g], v]]),
    );
    await ctx.audit({
      action: 'groups.update',
      objectType: 'group',
      objectId: String(g.id),
      changes,
    });
    return groupOut(ctx.db, g.id);
  },

  'groups.setStaff': async (ctx, input) => {
    if (!(await findGroup(ctx.db, input.groupId))) throw notFound();
    const ids = await checkStaff(ctx.db, input.userIds);
    const before = (await groupStaff(ctx.db)).get(input.groupId) ?? [];
    await setGroupStaff(ctx.db, input.groupId, ids);
    await ctx.audit({
      action: 'groups.setStaff',
      objectType: 'group',
      objectId: String(input.groupId),
      changes: { staff: [before, ids] },
    });
    return groupOut(ctx.db, input.groupId);
  },

  'beds.board': async (ctx, input) => bedBoard(ctx, input.date),
});
