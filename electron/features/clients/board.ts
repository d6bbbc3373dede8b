import { listRooms, listBeds, listGroups } from '../../../db/repositories/rooms';
import { placementsOn, staysOn, absencesOn } from '../../../db/repositories/stays';
import { findClients } from '../../../db/repositories/clients';
import { getFacility } from '../../../db/repositories/facility';
import type { BedBoard, Occupant, RoomKind, AbsenceReason } from '../../contract/index';
import { tashkentToday } from '../../contract/format';
import type { AuthedContext } from '../context';
import { loadViewer } from './privacy';
import { toSummary } from './clients.mapper';

/**
 * Who is where on a date, from the placement history (so a past date shows that day's board).
 * Names follow the need-to-know rules; everybody sees which beds are taken.
 */
export async function bedBoard(ctx: AuthedContext, date: string | undefined): Promise<BedBoard> {
  const day = date ?? tashkentToday(ctx.now());
  const v = await loadViewer(ctx.db, ctx.user);
  const [facility, rooms, beds, groups, placements, stays, absences] = await Promise.all([
    getFacility(ctx.db),
    listRooms(ctx.db),
    listBeds(ctx.db),
    listGroups(ctx.db),
    placementsOn(ctx.db, day),
    staysOn(ctx.db, day),
    absencesOn(ctx.db, day),
  ]);
  const clients = new Map(
    (
      await findClients(
        ctx.db,
        stays.map((s) => s.client_id),
      )
    ).map((c) => [c.id, c]),
  );
  const away = new Map(absences.map((a) => [a.client_id, a.reason as AbsenceReason]));
  const occupant = (clientId: number): Occupant | null => {
    const c = clients.get(clientId);
    if (!c) return null;
    return {
      ...toSummary(v, c),
      absenceReason: away.get(clientId) ?? null,
      motherId: c.mother_id,
    };
  };
  const placed = new Set<number>();
  const on = (pred: (p: (typeof placements)[number]) => boolean) =>
    placements
      .filter(pred)
      .map((p) => {
        placed.add(p.client_id);
        return occupant(p.client_id);
      })
      .filter((o): o is Occupant => o !== null);

  const boardRooms = rooms
    .filter((r) => r.active === 1 || placements.some((p) => p.room_id === r.id))
    .map((r) => ({
      id: r.id,
      name: r.name,
      floor: r.floor,
      kind: r.kind as RoomKind,
      beds: beds
        .filter((b) => b.room_id === r.id && (b.active === 1 || placements.some((p) => p.bed_id === b.id)))
        .map((b) => {
          const occupants = on((p) => p.bed_id === b.id);
          const state = occupants.length === 0 ? 'free' : occupants.every((o) => o.absenceReason) ? 'held' : 'occupied';
          return {
            id: b.id,
            label: b.label,
            occupants,
            state: state as 'free' | 'held' | 'occupied',
          };
        }),
      sharing: on((p) => p.room_id === r.id && p.bed_id === null),
    }));
  const boardGroups = groups
    .filter((g) => g.active === 1 || placements.some((p) => p.group_id === g.id))
    .map((g) => ({
      id: g.id,
      name: g.name,
      places: g.places,
      members: on((p) => p.group_id === g.id),
    }));
  const unplaced = stays
    .filter((s) => !placed.has(s.client_id))
    .map((s) => occupant(s.client_id))
    .filter((o): o is Occupant => o !== null);
  const freeBeds = boardRooms.reduce((n, r) => n + r.beds.filter((b) => b.state === 'free').length, 0);
  const capacity = facility?.capacity ?? 0;
  return {
    date: day,
    capacity,
    occupied: stays.length,
    away: stays.filter((s) => away.has(s.client_id)).length,
    freeBeds,
    overCapacity: stays.length > capacity,
    rooms: boardRooms,
    groups: boardGroups,
    unplaced,
  };
}
