import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { ClientRow } from '../../../db/tables/clients';
import { findBed, findRoom, findGroup } from '../../../db/repositories/rooms';
import { findClients } from '../../../db/repositories/clients';
import { bedPlacementsFrom, openPlacementOf, countActiveStays, countGroupMembers } from '../../../db/repositories/stays';
import { getFacility } from '../../../db/repositories/facility';
import { conflict, invalid } from '../errors';

type Db = Kysely<Database>;

export interface PlaceRequest {
  bedId?: number | null;
  roomId?: number | null;
  groupId?: number | null;
}
export interface Place {
  room_id: number | null;
  bed_id: number | null;
  group_id: number | null;
}

export const samePlace = (a: Place, b: Place) => a.room_id === b.room_id && a.bed_id === b.bed_id && a.group_id === b.group_id;

/** The head of a mother-and-children family: the mother, for herself and for each child. */
const familyRoot = (c: Pick<ClientRow, 'id' | 'mother_id'>) => c.mother_id ?? c.id;

/**
 * Checks a requested place for a client from a date and resolves it to room/bed/group.
 * A bed holds one person, except that a mother and her own children may share in a
 * mother-and-child room; a child may also share the mother's room without a bed.
 * `motherRoomId` is the room the mother is being placed in within the same call.
 */
export async function resolvePlace(
  db: Db,
  stayKind: string,
  client: ClientRow,
  req: PlaceRequest,
  date: string,
  field: string,
  motherRoomId: number | null = null,
): Promise<Place> {
  const at = (k: string) => (field ? `${field}.${k}` : k);
  const place: Place = { room_id: null, bed_id: null, group_id: null };
  if (stayKind === 'day_care') {
    if (req.bedId || req.roomId)
      throw invalid({
        [at(req.bedId ? 'bedId' : 'roomId')]: 'v.notForDayCare',
      });
  }
  if (req.groupId) {
    const g = await findGroup(db, req.groupId);
    if (!g || g.active !== 1) throw invalid({ [at('groupId')]: 'v.group' });
    place.group_id = g.id;
  }
  if (req.bedId) {
    const bed = await findBed(db, req.bedId);
    const room = bed ? await findRoom(db, bed.room_id) : undefined;
    if (!bed || !room || bed.active !== 1 || room.active !== 1) throw invalid({ [at('bedId')]: 'v.bed' });
    if (req.roomId && req.roomId !== room.id) throw invalid({ [at('roomId')]: 'v.bedRoom' });
    const others = (await bedPlacementsFrom(db, bed.id, date)).filter((p) => p.client_id !== client.id);
    if (others.length) {
      const people = await findClients(
        db,
        others.map((p) => p.client_id),
      );
      const family = room.kind === 'mother_and_child' && people.every((p) => familyRoot(p) === familyRoot(client));
      if (!family) throw conflict('bedTaken', { [at('bedId')]: 'conflict.bedTaken' });
    }
    place.room_id = room.id;
    place.bed_id = bed.id;
  } else if (req.roomId) {
    const room = await findRoom(db, req.roomId);
    if (!room || room.active !== 1) throw invalid({ [at('roomId')]: 'v.room' });
    // Without a bed only a child sharing the mother's mother-and-child room.
    const motherRoom = motherRoomId ?? (client.mother_id ? ((await openPlacementOf(db, client.mother_id))?.room_id ?? null) : null);
    if (room.kind !== 'mother_and_child' || motherRoom !== room.id) throw invalid({ [at('bedId')]: 'v.bedRequired' });
    place.room_id = room.id;
  }
  return place;
}

export interface CapacityExcess {
  scope: 'facility' | 'group';
  occupied: number;
  capacity: number;
}

/** What an admission of `adding` people (and a move into a group) would take beyond the licence. */
export async function capacityExcess(db: Db, adding: number, groupId: number | null, joiningGroup: number): Promise<CapacityExcess[]> {
  const out: CapacityExcess[] = [];
  const facility = await getFacility(db);
  if (adding > 0 && facility) {
    const occupied = await countActiveStays(db);
    if (occupied + adding > facility.capacity) out.push({ scope: 'facility', occupied, capacity: facility.capacity });
  }
  if (groupId && joiningGroup > 0) {
    const group = await findGroup(db, groupId);
    const members = await countGroupMembers(db, groupId);
    if (group && members + joiningGroup > group.places) out.push({ scope: 'group', occupied: members, capacity: group.places });
  }
  return out;
}

/** Going beyond capacity needs the manager's reason; without one the call is refused. */
export function requireOverride(excess: CapacityExcess[], reason: string | null | undefined): void {
  if (excess.length && !reason) {
    throw conflict(excess.some((e) => e.scope === 'facility') ? 'overCapacity' : 'groupFull', {
      capacityOverrideReason: 'v.overrideReason',
    });
  }
}
