// Finding a free bed or a group place for an arrival, from the residents the simulation holds.
// A bed held for an absent resident is not free; a family takes a mother-and-child room together.
import type { World } from './world';
import type { Rng } from './prng';

export interface PlaceChoice {
  bedId: number | null;
  groupId: number | null;
  /** One bed for each accompanying child, in the same room. */
  childBeds: number[];
}

export function takenBeds(w: World): Set<number> {
  const s = new Set<number>();
  for (const r of w.residents.values()) if (r.bedId) s.add(r.bedId);
  return s;
}

export function freePlaces(w: World): number {
  return w.spec.places - w.residents.size;
}

/** A place for one person with `children` accompanying children, or null when there is none. */
export function findPlace(w: World, rng: Rng, children: number): PlaceChoice | null {
  if (w.options.kind === 'day_care') {
    const members = new Map<number, number>();
    for (const r of w.residents.values()) if (r.groupId) members.set(r.groupId, (members.get(r.groupId) ?? 0) + 1);
    const open = w.groups.filter((g) => (members.get(g.id) ?? 0) < g.places);
    if (!open.length) return null;
    return { bedId: null, groupId: rng.pick(open).id, childBeds: [] };
  }
  const taken = takenBeds(w);
  const freeIn = (room: World['rooms'][number]) => room.beds.filter((b) => !taken.has(b.id));
  if (children > 0) {
    // A mother and her children: an empty mother-and-child room with a bed each.
    const rooms = w.rooms.filter(
      (r) => r.kind === 'mother_and_child' && freeIn(r).length === r.beds.length && r.beds.length >= 1 + children,
    );
    if (!rooms.length) return null;
    const beds = freeIn(rng.pick(rooms));
    return { bedId: beds[0]!.id, groupId: null, childBeds: beds.slice(1, 1 + children).map((b) => b.id) };
  }
  // Alone: an ordinary room first, isolation next, a mother-and-child room's bed last.
  for (const kind of ['bedroom', 'isolation', 'mother_and_child']) {
    const beds = w.rooms.filter((r) => r.kind === kind).flatMap((r) => freeIn(r));
    // A women's center keeps its family rooms for families.
    if (kind === 'mother_and_child' && w.options.kind === 'women_center') continue;
    if (beds.length) return { bedId: rng.pick(beds).id, groupId: null, childBeds: [] };
  }
  return null;
}

/** The room of a bed (for a resident's record). */
export function roomOfBed(w: World, bedId: number | null): number | null {
  if (!bedId) return null;
  return w.rooms.find((r) => r.beds.some((b) => b.id === bedId))?.id ?? null;
}

/** Another free bed in an ordinary room, for a move. */
export function otherFreeBed(w: World, rng: Rng, currentBed: number | null): number | null {
  const taken = takenBeds(w);
  const beds = w.rooms
    .filter((r) => r.kind === 'bedroom')
    .flatMap((r) => r.beds)
    .filter((b) => !taken.has(b.id) && b.id !== currentBed);
  return beds.length ? rng.pick(beds).id : null;
}
