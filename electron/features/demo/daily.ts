// Daily work: attendance (day care), the care log, medication rounds, incidents (reported by the
// caregiver, reviewed and closed by the manager) and the residential roll call.
import type { IncidentType } from '../../contract/daily.schemas';
import { attendanceDay } from './attendance';
import { careLogDay } from './carelog';
import { prescriptionsDay, roundDay } from './medication';
import { caregiverFor } from './rooms';
import { addDays, daysBetween } from './dates';
import type { Rng } from './prng';
import { at, bump, manager, type DemoArea, type Resident, type World } from './world';

interface OpenIncident {
  id: number;
  reviewOn: string;
  closeOn: string;
  reviewed: boolean;
}
const open = new WeakMap<World, OpenIncident[]>();

const TYPES: Array<[IncidentType, number]> = [
  ['fall', 25],
  ['injury', 20],
  ['aggression', 15],
  ['medical_emergency', 10],
  ['complaint', 10],
  ['safeguarding', 5],
  ['other', 10],
];
const WHAT: Record<string, [string, string]> = {
  fall: ['Yoʻlakda sirpanib yiqildi, tizzasi shilindi.', 'Birinchi yordam koʻrsatildi, hamshira koʻrdi.'],
  injury: ['Oʻyin paytida qoʻlini eshikka qisib oldi.', 'Sovuq kompress qoʻyildi, shifokorga koʻrsatildi.'],
  aggression: ['Boshqa yashovchi bilan janjal, itarishdi.', 'Ajratildi, psixolog suhbat oʻtkazdi.'],
  medical_emergency: ['Harorati 39,5 ga koʻtarildi, tutqanoq boshlandi.', 'Tez yordam chaqirildi, kasalxonaga olib borildi.'],
  complaint: ['Ovqat sifatidan shikoyat qildi.', 'Oshpaz bilan gaplashildi, menyu koʻrib chiqildi.'],
  safeguarding: ['Tashrif paytida qarindoshi baland ovozda tahdid qildi.', 'Tashrif toʻxtatildi, «Inson» markaziga xabar berildi.'],
  self_harm: ['Bilagida oʻz-oʻziga zarar yetkazish izlari topildi.', 'Psixolog va shifokor chaqirildi, kuzatuv kuchaytirildi.'],
  absconding: ['Kechki roʻyxatda yoʻq edi, ruxsatsiz chiqib ketgan.', 'Politsiya va «Inson» markaziga xabar berildi, qidiruv boshlandi.'],
  other: ['Xonada elektr rozetkasi uchqun chiqardi.', 'Xona boʻshatildi, elektrik chaqirildi.'],
};

async function report(w: World, date: string, rng: Rng, r: Resident, type: IncidentType, minute: number): Promise<void> {
  const severity =
    type === 'absconding'
      ? 'serious'
      : rng.weighted([
          ['low', 50],
          ['moderate', 35],
          ['serious', 12],
          ['critical', 3],
        ] as const);
  const [description, actionsTaken] = WHAT[type]!;
  const when = at(date, Math.floor(minute / 60), minute % 60);
  const reported = new Date(when.getTime() + rng.int(10, 90) * 60_000);
  const informed =
    type === 'absconding' ? (['police', 'inson_center'] as const) : severity === 'low' ? ([] as const) : (['parent_guardian'] as const);
  const out = await w.driver.call(caregiverFor(w, r, rng), reported, 'incidents.report', {
    date,
    time: `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`,
    place: w.options.kind === 'day_care' ? 'Guruh xonasi' : rng.pick(['Yotoqxona', 'Oshxona', 'Hovli', 'Yoʻlak', 'Mashgʻulot xonasi']),
    type,
    severity,
    clientIds: [r.clientId],
    description,
    actionsTaken,
    informed: informed.map((party) => ({ party, at: reported.toISOString() })),
  });
  const list = open.get(w) ?? open.set(w, []).get(w)!;
  list.push({ id: out.id, reviewOn: addDays(date, 1), closeOn: addDays(date, rng.int(2, 7)), reviewed: false });
  bump(w, 'incidents');
}

async function incidentsDay(w: World, date: string, rng: Rng): Promise<void> {
  for (const r of w.today.absences) if (r.away?.reason === 'absconded') await report(w, date, rng, r, 'absconding', 21 * 60);
  const p = w.options.kind === 'day_care' ? 0.0008 : 0.0015;
  for (const r of w.residents.values()) {
    if (r.away || r.admittedOn === date || (w.options.kind === 'day_care' && !w.attendedToday.has(r.clientId)) || !rng.chance(p)) continue;
    const adult = daysBetween(r.birthDate, date) >= 16 * 365;
    const type = adult && w.options.kind !== 'day_care' && rng.chance(0.08) ? 'self_harm' : rng.weighted(TYPES);
    await report(w, date, rng, r, type, w.options.kind === 'day_care' ? rng.int(9 * 60, 16 * 60) : rng.int(8 * 60, 21 * 60));
  }
  const list = open.get(w) ?? [];
  for (const i of [...list]) {
    if (!i.reviewed && i.reviewOn <= date) {
      await w.driver.call(manager(w), at(date, 10, rng.int(0, 59)), 'incidents.review', {
        id: i.id,
        note: 'Koʻrib chiqildi, xodimlar bilan suhbat oʻtkazildi.',
      });
      i.reviewed = true;
    } else if (i.reviewed && i.closeOn <= date) {
      await w.driver.call(manager(w), at(date, 16, rng.int(0, 59)), 'incidents.close', {
        id: i.id,
        note: 'Choralar koʻrildi, takrorlanmasligi uchun yoʻriqnoma berildi.',
      });
      list.splice(list.indexOf(i), 1);
    }
  }
}

/** Morning and evening roll call of each room, as the register stands (absent residents by their reason). */
async function rollCalls(w: World, date: string, rng: Rng): Promise<void> {
  for (const [session, hour] of [
    ['morning', 7],
    ['evening', 21],
  ] as const) {
    for (const room of w.rooms) {
      const people = [...w.residents.values()].filter((r) => r.roomId === room.id);
      if (!people.length) continue;
      await w.driver.call(caregiverFor(w, people[0]!, rng), at(date, hour, rng.int(0, 30)), 'rollCall.record', {
        session,
        roomId: room.id,
        entries: people.map((r) => ({ clientId: r.clientId, status: r.away?.reason ?? 'present' })),
      });
      bump(w, 'roll_calls');
    }
  }
}

export const dailyArea: DemoArea = {
  name: 'daily',
  async day(w, date) {
    if (w.options.kind === 'day_care') await attendanceDay(w, date);
    await careLogDay(w, date);
    const rng = w.rng(`daily/${date}`);
    await prescriptionsDay(w, date, rng);
    await roundDay(w, date, rng);
    await incidentsDay(w, date, rng);
    // The large facility keeps its last year of roll calls: a year of 19 rooms twice a day is enough to train on.
    if (w.options.kind !== 'day_care' && (w.spec.places <= 20 || daysBetween(date, w.options.endDate) < 365)) await rollCalls(w, date, rng);
  },
};
