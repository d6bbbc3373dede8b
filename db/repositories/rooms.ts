import type { Kysely, Insertable, Updateable } from 'kysely';
import type { Database } from '../schema';
import type { RoomRow, BedRow, CareGroupRow, RoomsTable, CareGroupsTable } from '../tables/clients';

type Db = Kysely<Database>;

export async function staffScopeOf(db: Db, userId: number): Promise<{ roomIds: number[]; groupIds: number[] }> {
  const rooms = await db.selectFrom('user_rooms').select('room_id').where('user_id', '=', userId).execute();
  const groups = await db.selectFrom('user_groups').select('group_id').where('user_id', '=', userId).execute();
  return {
    roomIds: rooms.map((r) => r.room_id),
    groupIds: groups.map((g) => g.group_id),
  };
}

export function listRooms(db: Db): Promise<RoomRow[]> {
  return db.selectFrom('rooms').selectAll().orderBy('active', 'desc').orderBy('floor').orderBy('name').execute();
}

export function findRoom(db: Db, id: number): Promise<RoomRow | undefined> {
  return db.selectFrom('rooms').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findRoomByName(db: Db, name: string): Promise<RoomRow | undefined> {
  return db.selectFrom('rooms').selectAll().where('name', '=', name).executeTakeFirst();
}

export async function insertRoom(db: Db, r: Insertable<RoomsTable>): Promise<number> {
  return (await db.insertInto('rooms').values(r).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateRoom(db: Db, id: number, r: Updateable<RoomsTable>): Promise<void> {
  await db.updateTable('rooms').set(r).where('id', '=', id).execute();
}

export function listBeds(db: Db, roomId?: number): Promise<BedRow[]> {
  let q = db.selectFrom('beds').selectAll();
  if (roomId !== undefined) q = q.where('room_id', '=', roomId);
  return q.orderBy('room_id').orderBy('id').execute();
}

export function findBed(db: Db, id: number): Promise<BedRow | undefined> {
  return db.selectFrom('beds').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertBed(db: Db, roomId: number, label: string): Promise<number> {
  return (await db.insertInto('beds').values({ room_id: roomId, label }).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateBed(db: Db, id: number, v: { label: string; active: number }): Promise<void> {
  await db.updateTable('beds').set(v).where('id', '=', id).execute();
}

export function listGroups(db: Db): Promise<CareGroupRow[]> {
  return db.selectFrom('care_groups').selectAll().orderBy('active', 'desc').orderBy('name').execute();
}

export function findGroup(db: Db, id: number): Promise<CareGroupRow | undefined> {
  return db.selectFrom('care_groups').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findGroupByName(db: Db, name: string): Promise<CareGroupRow | undefined> {
  return db.selectFrom('care_groups').selectAll().where('name', '=', name).executeTakeFirst();
}

export async function insertGroup(db: Db, g: Insertable<CareGroupsTable>): Promise<number> {
  return (await db.insertInto('care_groups').values(g).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateGroup(db: Db, id: number, g: Updateable<CareGroupsTable>): Promise<void> {
  await db.updateTable('care_groups').set(g).where('id', '=', id).execute();
}

/** Current members per group (open placements). */
export async function groupEnrolment(db: Db): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('placements')
    .select(['group_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('to_date', 'is', null)
    .where('group_id', 'is not', null)
    .groupBy('group_id')
    .execute();
  return new Map(rows.map((r) => [r.group_id!, Number(r.n)]));
}

export async function roomStaff(db: Db): Promise<Map<number, number[]>> {
  const rows = await db.selectFrom('user_rooms').select(['room_id', 'user_id']).orderBy('user_id').execute();
  const map = new Map<number, number[]>();
  for (const r of rows) map.set(r.room_id, [...(map.get(r.room_id) ?? []), r.user_id]);
  return map;
}

export async function groupStaff(db: Db): Promise<Map<number, number[]>> {
  const rows = await db.selectFrom('user_groups').select(['group_id', 'user_id']).orderBy('user_id').execute();
  const map = new Map<number, number[]>();
  for (const r of rows) map.set(r.group_id, [...(map.get(r.group_id) ?? []), r.user_id]);
  return map;
}

export async function setRoomStaff(db: Db, roomId: number, userIds: number[]): Promise<void> {
  await db.deleteFrom('user_rooms').where('room_id', '=', roomId).execute();
  if (userIds.length)
    await db
      .insertInto('user_rooms')
      .values(userIds.map((user_id) => ({ user_id, room_id: roomId })))
      .execute();
}

export async function setGroupStaff(db: Db, groupId: number, userIds: number[]): Promise<void> {
  await db.deleteFrom('user_groups').where('group_id', '=', groupId).execute();
  if (userIds.length)
    await db
      .insertInto('user_groups')
      .values(userIds.map((user_id) => ({ user_id, group_id: groupId })))
      .execute();
}

/** Open placements in a room or on a bed (who is there now). */
export async function openPlacementsCount(db: Db, where: { roomId?: number; bedId?: number; groupId?: number }): Promise<number> {
  let q = db
    .selectFrom('placements')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('to_date', 'is', null);
  if (where.roomId !== undefined) q = q.where('room_id', '=', where.roomId);
  if (where.bedId !== undefined) q = q.where('bed_id', '=', where.bedId);
  if (where.groupId !== undefined) q = q.where('group_id', '=', where.groupId);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

/** Active staff users of the given roles (for assignments). */
export async function activeUsersWithRoles(db: Db, ids: number[], roles: readonly string[]): Promise<number[]> {
  if (!ids.length) return [];
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('id', 'in', ids)
    .where('active', '=', 1)
    .where('role', 'in', roles)
    .execute();
  return rows.map((r) => r.id);
}
