import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { ClientRow } from '../../../db/tables/clients';
import type { TimelineItem } from '../../contract/clients.contract';
import { staysOf, placementsOfStays, absencesOfStays, overridesOfStays } from '../../../db/repositories/stays';
import { documentsOf } from '../../../db/repositories/client-documents';
import { waitingOfClient } from '../../../db/repositories/waiting-list';
import { MEDICAL_ATTACHMENT_TYPES, type AttachmentType } from '../../contract/clients.schemas';
import { placeNames } from './stays.mapper';
import { canSeeCase, type Viewer } from './privacy';
import { timelineSources } from './timeline.sources';

/** Adds one area's events to a client's timeline. Items carry codes and list values, never hidden names. */
export type TimelineSource = (db: Kysely<Database>, v: Viewer, client: ClientRow) => Promise<TimelineItem[]>;

/** Stays, moves, absences, capacity overrides, waiting list and documents. */
export const registerTimeline: TimelineSource = async (db, v, client) => {
  const items: TimelineItem[] = [];
  const push = (date: string, type: string, refType: string, id: number, data: TimelineItem['data'] = {}, at: string | null = null) =>
    items.push({ date, at, type, ref: { type: refType, id }, data });
  push(client.registered_on, 'registered', 'client', client.id, { code: client.code }, client.created_at);
  for (const w of await waitingOfClient(db, client.id)) {
    push(w.applied_on, 'waitingAdded', 'waiting', w.id, { priority: w.priority }, w.created_at);
    if (w.status === 'withdrawn' && w.closed_on) push(w.closed_on, 'waitingWithdrawn', 'waiting', w.id);
  }
  const stays = await staysOf(db, client.id);
  const ids = stays.map((s) => s.id);
  const [placements, absences, overrides, names] = await Promise.all([
    placementsOfStays(db, ids),
    absencesOfStays(db, ids),
    overridesOfStays(db, ids),
    placeNames(db),
  ]);
  for (const s of stays) {
    push(s.admitted_on, s.kind === 'day_care' ? 'enrolled' : 'admitted', 'stay', s.id, { referralSource: s.referral_source }, s.created_at);
    if (s.discharged_on)
      push(s.discharged_on, 'discharged', 'stay', s.id, {
        destination: s.destination,
      });
  }
  for (const p of placements) {
    push(p.from_date, 'placed', 'placement', p.id, {
      room: p.room_id ? (names.room.get(p.room_id) ?? null) : null,
      bed: p.bed_id ? (names.bed.get(p.bed_id) ?? null) : null,
      group: p.group_id ? (names.group.get(p.group_id) ?? null) : null,
    });
  }
  for (const a of absences) {
    push(a.from_date, 'absenceStarted', 'absence', a.id, { reason: a.reason });
    if (a.to_date) push(a.to_date, 'absenceEnded', 'absence', a.id, { reason: a.reason });
  }
  for (const o of overrides) push(o.at.slice(0, 10), 'capacityOverride', 'stay', o.stay_id, { scope: o.scope }, o.at);
  const medicalHidden = !canSeeCase(v, client);
  for (const d of await documentsOf(db, client.id)) {
    if (medicalHidden && MEDICAL_ATTACHMENT_TYPES.includes(d.type as AttachmentType)) continue;
    push(d.uploaded_at.slice(0, 10), 'document', 'document', d.id, { docType: d.type, expiresOn: d.expires_on }, d.uploaded_at);
  }
  return items;
};

// Within one day, events in the order they happen to a person: registered, admitted, placed, …, discharged.
const RANK: Record<string, number> = {
  registered: 0,
  waitingAdded: 1,
  waitingWithdrawn: 2,
  admitted: 3,
  enrolled: 3,
  capacityOverride: 4,
  placed: 5,
  discharged: 9,
};
const rank = (type: string) => RANK[type] ?? 6;

/** Every source's items in date order (then the natural order within a day, then instant, then as recorded). */
export async function clientTimeline(db: Kysely<Database>, v: Viewer, client: ClientRow): Promise<TimelineItem[]> {
  const all = (await Promise.all([registerTimeline, ...timelineSources].map((s) => s(db, v, client)))).flat();
  return all
    .map((item, i) => ({ item, i }))
    .sort(
      (a, b) =>
        a.item.date.localeCompare(b.item.date) ||
        rank(a.item.type) - rank(b.item.type) ||
        (a.item.at ?? '').localeCompare(b.item.at ?? '') ||
        a.i - b.i,
    )
    .map(({ item }) => item);
}
