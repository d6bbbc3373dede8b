// The medication record: long-term prescriptions for some residents (epilepsy, anaemia, depression),
// short antibiotic courses, as-needed paracetamol; every scheduled dose recorded at the round as
// given (mostly), refused, missed or not available — or "absent" while the resident is away.
import { doseReason } from '../daily/medication.rules';
import type { DoseStatus } from '../../contract/daily.schemas';
import { BulkAudit, statements } from './bulk';
import { caregiverFor } from './rooms';
import { addDays, hhmm, minutesOf, tashkentInstant, ageOn } from './dates';
import type { Rng } from './prng';
import { at, bump, manager, type DemoStaff, type Resident, type World } from './world';

interface Prescription {
  id: number;
  r: Resident;
  medicine: string;
  times: string[];
  endDate: string | null;
}

const LONG_TERM: Record<string, Array<[string, string, string[], string]>> = {
  child: [
    ['Depakin sirop', '5 ml', ['08:00', '20:00'], 'Nevropatolog Karimova N.'],
    ['Ferrum Lek sirop', '5 ml', ['13:00'], 'Pediatr Yusupova D.'],
    ['Vitamin D3 tomchi', '2 tomchi', ['09:00'], 'Pediatr Yusupova D.'],
    ['Pantogam sirop', '5 ml', ['08:00', '14:00'], 'Nevropatolog Karimova N.'],
  ],
  adult: [
    ['Sertralin', '50 mg', ['09:00'], 'Psixiatr Rahimov A.'],
    ['Magne B6', '1 tabletka', ['09:00', '21:00'], 'Terapevt Olimova S.'],
    ['Ferrum Lek', '100 mg', ['13:00'], 'Terapevt Olimova S.'],
  ],
};

const states = new WeakMap<World, Prescription[]>();
const listOf = (w: World) => states.get(w) ?? states.set(w, []).get(w)!;

async function prescribe(
  w: World,
  r: Resident,
  date: string,
  medicine: string,
  dose: string,
  times: string[],
  prescriber: string,
  endDate: string | null,
) {
  const out = await w.driver.call(manager(w), at(date, 12, 30), 'medication.prescribe', {
    clientId: r.clientId,
    medicine,
    dose,
    route: 'oral',
    times,
    startDate: addDays(date, 1),
    endDate,
    prescriber,
    instructions: 'Ovqatdan keyin',
  });
  listOf(w).push({ id: out.id, r, medicine, times, endDate });
  bump(w, 'prescriptions');
}

/** New prescriptions for residents admitted today (some), and now and then a short course. */
export async function prescriptionsDay(w: World, date: string, rng: Rng): Promise<void> {
  for (const r of w.today.admitted) {
    if (!rng.chance(w.options.kind === 'day_care' ? 0.1 : 0.2)) continue;
    const kind = ageOn(r.birthDate, date) >= 18 ? 'adult' : 'child';
    const [medicine, dose, times, prescriber] = rng.pick(LONG_TERM[kind]!);
    const dayTimes = w.options.kind === 'day_care' ? ['13:00'] : times;
    await prescribe(w, r, date, medicine, dose, dayTimes, prescriber, null);
  }
  if (w.options.kind !== 'day_care' && rng.chance(w.residents.size / 400)) {
    const r = rng.pick([...w.residents.values()]);
    if (!r.away && r.leavesOn > addDays(date, 8))
      await prescribe(
        w,
        r,
        date,
        'Amoksitsillin',
        ageOn(r.birthDate, date) >= 12 ? '500 mg' : '250 mg',
        ['08:00', '14:00', '20:00'],
        'Pediatr Yusupova D.',
        addDays(date, 7),
      );
  }
  // Long-term prescriptions end with the stay: the manager stops them the day before the discharge.
  const list = listOf(w);
  for (const p of [...list]) {
    const leaving = p.r.leavesOn === addDays(date, 1) && w.residents.has(p.r.clientId);
    if (leaving && p.endDate === null) {
      await w.driver.call(manager(w), at(date, 17), 'medication.stop', {
        id: p.id,
        endDate: p.r.leavesOn,
        reason: 'Muassasadan chiqariladi',
      });
      p.endDate = p.r.leavesOn;
    }
    if (!w.residents.has(p.r.clientId) || (p.endDate !== null && p.endDate < date)) list.splice(list.indexOf(p), 1);
  }
}

interface Dose {
  at: Date;
  by: DemoStaff;
  p: Prescription;
  date: string;
  scheduledTime: string;
  status: DoseStatus;
  time: string;
  reason: string | null;
}

/** Today's round: every scheduled dose of every active prescription. */
export async function roundDay(w: World, date: string, rng: Rng): Promise<void> {
  const doses: Dose[] = [];
  for (const p of listOf(w)) {
    const r = p.r;
    if (!w.residents.has(r.clientId) || (p.endDate !== null && p.endDate < date) || r.admittedOn >= date) continue;
    if (w.options.kind === 'day_care' && !w.attendedToday.has(r.clientId)) continue;
    for (const t of p.times) {
      const by = caregiverFor(w, r, rng);
      const minute = minutesOf(t) + Math.round(rng.normal(5, 12, -20, 50));
      const roll = rng.next();
      const status: DoseStatus = r.away
        ? 'absent'
        : roll < 0.02
          ? 'refused'
          : roll < 0.025
            ? 'missed'
            : roll < 0.03
              ? 'not_available'
              : 'given';
      const reason =
        status === 'refused'
          ? 'Dorini ichishdan bosh tortdi'
          : status === 'missed'
            ? 'Smena almashinuvida oʻtkazib yuborildi'
            : status === 'not_available'
              ? 'Dorixonadan hali keltirilmadi'
              : null;
      doses.push({ at: tashkentInstant(date, minute + rng.int(1, 10)), by, p, date, scheduledTime: t, status, time: hhmm(minute), reason });
    }
  }
  doses.sort((a, b) => a.at.getTime() - b.at.getTime());
  if (!w.fast) {
    for (const d of doses)
      await w.driver.call(d.by, d.at, 'medication.record', {
        prescriptionId: d.p.id,
        scheduledTime: d.scheduledTime,
        status: d.status,
        time: d.time,
        reason: d.reason,
      });
  } else {
    const st = statements(w.driver.raw, {
      insert: `INSERT INTO medication_administrations (prescription_id, client_id, date, scheduled_time, status, time, reason, recorded_by, recorded_at, corrects_id, correction_reason)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)`,
    });
    const audit = new BulkAudit(w.driver.raw);
    audit.sync();
    for (const d of doses) {
      const reason = doseReason(d.status, d.reason, d.p.r.away?.reason ?? null);
      if (reason === 'missing') throw new Error('demo: a dose not given needs a reason');
      const atIso = d.at.toISOString();
      const id = st.insert.run(d.p.id, d.p.r.clientId, d.date, d.scheduledTime, d.status, d.time, reason, d.by.id, atIso).lastInsertRowid;
      audit.append({
        at: atIso,
        user: d.by,
        action: 'medication.record',
        objectType: 'medication_administration',
        objectId: String(id),
        changes: {
          client: [null, d.p.r.code],
          medicine: [null, d.p.medicine],
          dose: [null, `${d.date} ${d.scheduledTime}`],
          status: [null, d.status],
        },
      });
    }
  }
  bump(w, 'medication_administrations', doses.length);
}
