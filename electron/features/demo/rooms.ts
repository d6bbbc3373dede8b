// Rooms and beds (residential kinds) or groups (day care), created with rooms.create / groups.create.
// A large facility works in teams: each caregiver is assigned to the rooms or groups of one floor,
// and so sees only those residents (the app's need-to-know rule); a small one shares everything.
import type { FacilityKind } from '../../contract/setup.contract';
import type { RoomKind } from '../../contract/clients.schemas';
import { at, bump, manager, staffOf, type DemoArea, type Resident, type World } from './world';
import type { Rng } from './prng';

interface RoomPlan {
  name: string;
  floor: number;
  kind: RoomKind;
  beds: number;
}

/** Rooms adding up to exactly `places` beds, in the layout the kind needs. */
export function roomLayout(kind: FacilityKind, places: number): RoomPlan[] {
  const rooms: RoomPlan[] = [];
  let left = places;
  let n = 0;
  const add = (k: RoomKind, beds: number) => {
    const b = Math.min(beds, left);
    if (b <= 0) return;
    n++;
    const floor = 1 + Math.floor((n - 1) / 6);
    rooms.push({ name: `${floor}${String(((n - 1) % 6) + 1).padStart(2, '0')}`, floor, kind: k, beds: b });
    left -= b;
  };
  if (kind === 'women_center' || kind === 'trafficking_shelter') {
    // Isolation first (a new arrival may need it), then rooms for mothers with children, then rooms for women alone.
    add('isolation', places >= 20 ? 2 : 1);
    // About 45 % of women come with children (1.65 on average): ~55 % of the beds are in family rooms
    // of three and four beds (a mother with one child may also take a two-bed room).
    const familyBeds = kind === 'women_center' ? Math.round(places * 0.55) : Math.min(4, places - 2);
    for (let i = 0, beds = 0; beds < familyBeds; i++) {
      const size = Math.min(i % 2 === 0 ? 4 : 3, familyBeds - beds);
      if (size < 3 && beds > 0) break;
      add('mother_and_child', size);
      beds += size;
    }
    while (left > 0) add('bedroom', left >= 3 ? 2 : left);
  } else {
    while (left > 0) add('bedroom', left % 3 === 1 && left <= 4 ? 2 : 3);
  }
  return rooms;
}

/** Day-care groups of up to 10 places, named without quotes (the app quotes a name where it needs to). */
export function groupLayout(places: number): Array<{ name: string; places: number }> {
  const count = Math.max(1, Math.ceil(places / 10));
  const names = ['Quyoshcha', 'Kamalak', 'Lolaqizgʻaldoq', 'Yulduzcha', 'Boychechak', 'Chinorcha', 'Qaldirgʻoch', 'Gulshan'];
  const out: Array<{ name: string; places: number }> = [];
  let left = places;
  for (let i = 0; i < count; i++) {
    const p = Math.ceil(left / (count - i));
    out.push({ name: `${names[i % names.length]}${i >= names.length ? ` ${Math.floor(i / names.length) + 1}` : ''}`, places: p });
    left -= p;
  }
  return out;
}

export const roomsArea: DemoArea = {
  name: 'rooms',
  async begin(w: World) {
    const boss = manager(w);
    const when = at(w.start, 8, 45);
    const caregivers = staffOf(w, 'caregiver');
    const teams = w.spec.places > 20;
    if (w.options.kind === 'day_care') {
      const layout = groupLayout(w.spec.places);
      for (const [i, g] of layout.entries()) {
        const out = await w.driver.call(boss, when, 'groups.create', { name: g.name, places: g.places });
        w.groups.push({ id: out.id, name: out.name, places: out.places });
        bump(w, 'care_groups');
        if (teams) {
          const team = caregivers.filter((_, k) => k % layout.length === i);
          await w.driver.call(boss, when, 'groups.setStaff', { groupId: out.id, userIds: team.map((c) => c.id) });
        }
      }
      return;
    }
    const layout = roomLayout(w.options.kind, w.spec.places);
    const floors = Math.max(...layout.map((r) => r.floor));
    for (const r of layout) {
      const out = await w.driver.call(boss, when, 'rooms.create', {
        name: r.name,
        floor: r.floor,
        kind: r.kind,
        beds: Array.from({ length: r.beds }, (_, i) => String.fromCharCode(65 + i)),
      });
      w.rooms.push({
        id: out.id,
        name: out.name,
        floor: r.floor,
        kind: out.kind,
        beds: out.beds.map((b) => ({ id: b.id, label: b.label })),
      });
      bump(w, 'rooms');
      bump(w, 'beds', r.beds);
      if (teams) {
        const team = caregivers.filter((_, k) => k % floors === r.floor - 1);
        await w.driver.call(boss, when, 'rooms.setStaff', { roomId: out.id, userIds: team.map((c) => c.id) });
      }
    }
  },
};

/** A caregiver who may see this resident: one of the team of the room or group, or anyone in a small facility. */
export function caregiverFor(w: World, r: Pick<Resident, 'roomId' | 'groupId'>, rng: Rng) {
  const caregivers = staffOf(w, 'caregiver');
  if (w.spec.places <= 20) return rng.pick(caregivers);
  if (w.options.kind === 'day_care') {
    const i = w.groups.findIndex((g) => g.id === r.groupId);
    const team = caregivers.filter((_, k) => k % w.groups.length === i);
    return rng.pick(team.length ? team : caregivers);
  }
  const floorCount = Math.max(...w.rooms.map((room) => room.floor));
  const floor = w.rooms.find((room) => room.id === r.roomId)?.floor ?? 1;
  const team = caregivers.filter((_, k) => k % floorCount === floor - 1);
  return rng.pick(team.length ? team : caregivers);
}
