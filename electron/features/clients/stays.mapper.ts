import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { ClientRow, StayRow } from '../../../db/tables/clients';
import { placementsOfStays, absencesOfStays, overridesOfStays } from '../../../db/repositories/stays';
import { listRooms, listBeds, listGroups } from '../../../db/repositories/rooms';
import type { StayOut, ReferralSource, DischargeDestination, AbsenceReason } from '../../contract/index';
import { canSeeName, canSeeCase, type Viewer } from './privacy';

export const weekdaysOf = (s: string | null) => (s ? s.split(',').map(Number) : null);

/** Names of rooms, beds and groups: small tables, read whole. */
export async function placeNames(db: Kysely<Database>) {
  const [rooms, beds, groups] = await Promise.all([listRooms(db), listBeds(db), listGroups(db)]);
  return {
    room: new Map(rooms.map((r) => [r.id, r.name])),
    bed: new Map(beds.map((b) => [b.id, b.label])),
    group: new Map(groups.map((g) => [g.id, g.name])),
  };
}

export async function toStayOuts(db: Kysely<Database>, v: Viewer, client: ClientRow, stays: StayRow[]): Promise<StayOut[]> {
  const ids = stays.map((s) => s.id);
  const [placements, absences, overrides, names] = await Promise.all([
    placementsOfStays(db, ids),
    absencesOfStays(db, ids),
    overridesOfStays(db, ids),
    placeNames(db),
  ]);
  const identity = canSeeName(v, client);
  const caseShown = canSeeCase(v, client);
  return stays.map((s) => {
    const override = overrides.find((o) => o.stay_id === s.id);
    return {
      id: s.id,
      clientId: s.client_id,
      kind: s.kind as StayOut['kind'],
      status: s.status as StayOut['status'],
      admittedOn: s.admitted_on,
      referralSource: s.referral_source as ReferralSource | null,
      referralDocument: s.referral_document,
      reason: caseShown ? s.reason : null,
      weekdays: weekdaysOf(s.weekdays),
      plannedFrom: s.planned_from,
      plannedTo: s.planned_to,
      plannedDischargeOn: s.planned_discharge_on,
      accompaniesStayId: s.accompanies_stay_id,
      dischargedOn: s.discharged_on,
      destination: s.destination as DischargeDestination | null,
      followUpContact: identity ? s.follow_up_contact : null,
      dischargeNote: caseShown ? s.discharge_note : null,
      capacityOverride: override ? { reason: override.reason, at: override.at, by: override.full_name } : null,
      placements: placements
        .filter((p) => p.stay_id === s.id)
        .map((p) => ({
          id: p.id,
          fromDate: p.from_date,
          toDate: p.to_date,
          room: p.room_id ? { id: p.room_id, name: names.room.get(p.room_id) ?? '' } : null,
          bed: p.bed_id ? { id: p.bed_id, label: names.bed.get(p.bed_id) ?? '' } : null,
          group: p.group_id ? { id: p.group_id, name: names.group.get(p.group_id) ?? '' } : null,
          note: caseShown ? p.note : null,
        })),
      absences: absences
        .filter((a) => a.stay_id === s.id)
        .map((a) => ({
          id: a.id,
          fromDate: a.from_date,
          toDate: a.to_date,
          reason: a.reason as AbsenceReason,
          expectedReturn: a.expected_return,
          note: caseShown ? a.note : null,
        })),
    };
  });
}
