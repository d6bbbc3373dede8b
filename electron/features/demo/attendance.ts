// Day-care attendance: each enrolled child on each scheduled working day arrives around the planned
// hour (brought by a parent), or is absent — illnesses that last a few days, family reasons, summer
// holidays, hospital, now and then unexcused — and is collected around the planned end, sometimes
// late (beyond 9 hours only with an extended-care agreement or a written reason). A forgotten
// check-out now and then leaves an incomplete day for the manager (billing lists it).
import { dayProblem } from '../daily/attendance.rules';
import { BulkAudit, statements } from './bulk';
import { caregiverFor } from './rooms';
import { addDays, hhmm, isHoliday, isoWeekday, minutesOf, tashkentInstant } from './dates';
import type { Rng } from './prng';
import { bump, type DemoStaff, type Resident, type World } from './world';

export interface AttendanceEvent {
  at: Date;
  kind: 'in' | 'out' | 'absent';
  author: DemoStaff;
  r: Resident;
  date: string;
  time: string;
  person: string | null;
  reason: string | null;
  overtimeReason: string | null;
}

interface ChildState {
  absentUntil: string | null;
  reason: string | null;
}
const states = new WeakMap<World, Map<number, ChildState>>();

export const isWorkingDay = (date: string) => isoWeekday(date) <= 5 && !isHoliday(date);

function planDay(w: World, rng: Rng, r: Resident, date: string): AttendanceEvent[] {
  const all = states.get(w) ?? states.set(w, new Map()).get(w)!;
  const st = all.get(r.clientId) ?? { absentUntil: null, reason: null };
  all.set(r.clientId, st);
  const author = caregiverFor(w, r, rng);
  const base = { author, r, date, person: null, reason: null, overtimeReason: null };
  if (st.absentUntil && st.absentUntil < date) st.absentUntil = null;
  if (!st.absentUntil) {
    const summer = date.slice(5, 7) === '07' || date.slice(5, 7) === '08';
    const roll = rng.next();
    const start = (reason: string, days: number) => {
      st.absentUntil = addDays(date, days - 1);
      st.reason = reason;
    };
    if (roll < 0.025) start('illness', rng.int(2, 6));
    else if (roll < 0.035) start('family', 1);
    else if (roll < (summer ? 0.05 : 0.038)) start('holiday', rng.int(3, 10));
    else if (roll < (summer ? 0.052 : 0.04)) start('hospital', rng.int(3, 12));
    else if (roll < (summer ? 0.06 : 0.048)) start('unexcused', 1);
  }
  if (st.absentUntil) {
    const minute = rng.int(8 * 60, 9 * 60 + 30);
    return [{ ...base, kind: 'absent', at: tashkentInstant(date, minute), time: hhmm(minute), reason: st.reason }];
  }
  const from = minutesOf(r.plannedFrom ?? '08:00');
  const to = minutesOf(r.plannedTo ?? '17:00');
  const arrive = Math.round(from + rng.normal(5, 12, -30, 60));
  const late = rng.chance(0.06);
  let leave = Math.round(late ? to + rng.int(30, 120) : to + rng.normal(-5, 15, -90, 25));
  leave = Math.max(arrive + 60, Math.min(leave, 21 * 60));
  const carers = r.carers.length ? r.carers : [null];
  const brought = rng.chance(0.75) ? carers[0]! : rng.pick(carers);
  const collected = rng.chance(0.6) ? carers[0]! : rng.pick(carers);
  const events: AttendanceEvent[] = [
    { ...base, kind: 'in', at: tashkentInstant(date, arrive + rng.int(0, 3)), time: hhmm(arrive), person: brought },
  ];
  if (rng.chance(0.003)) return events; // check-out forgotten
  const problem = dayProblem({ checkIn: hhmm(arrive), checkOut: hhmm(leave), absenceReason: null }, w.extendedCare.has(r.clientId));
  const overtimeReason = problem?.kind === 'overLimit' ? 'Ota-onasi ishdan kechikdi, oldindan ogohlantirdi.' : null;
  events.push({
    ...base,
    kind: 'out',
    at: tashkentInstant(date, leave + rng.int(0, 3)),
    time: hhmm(leave),
    person: collected,
    overtimeReason,
  });
  return events;
}

async function writeEvents(w: World, events: AttendanceEvent[]): Promise<void> {
  events.sort((a, b) => a.at.getTime() - b.at.getTime());
  if (!w.fast) {
    for (const e of events) {
      if (e.kind === 'in')
        await w.driver.call(e.author, e.at, 'attendance.checkIn', { clientId: e.r.clientId, time: e.time, broughtBy: e.person });
      else if (e.kind === 'out')
        await w.driver.call(e.author, e.at, 'attendance.checkOut', {
          clientId: e.r.clientId,
          time: e.time,
          collectedBy: e.person,
          overtimeReason: e.overtimeReason,
        });
      else await w.driver.call(e.author, e.at, 'attendance.markAbsent', { clientId: e.r.clientId, reason: e.reason! });
    }
    return;
  }
  const st = statements(w.driver.raw, {
    insert: `INSERT INTO attendance (client_id, date, check_in, check_out, absence_reason, brought_by, collected_by, note, overtime_reason, source, created_by, created_at, updated_by, updated_at)
             VALUES (?, ?, ?, NULL, ?, ?, NULL, NULL, NULL, 'sheet', ?, ?, ?, ?)`,
    out: `UPDATE attendance SET check_out = ?, collected_by = ?, overtime_reason = ?, updated_by = ?, updated_at = ? WHERE client_id = ? AND date = ?`,
  });
  const audit = new BulkAudit(w.driver.raw);
  audit.sync();
  const ins = new Map<number, string>();
  for (const e of events) {
    const at = e.at.toISOString();
    const objectId = `${e.r.code}/${e.date}`;
    if (e.kind === 'in') {
      st.insert.run(e.r.clientId, e.date, e.time, null, e.person, e.author.id, at, e.author.id, at);
      ins.set(e.r.clientId, e.time);
      const changes: Record<string, unknown> = { checkIn: [null, e.time] };
      if (e.person) changes.broughtBy = [null, e.person];
      audit.append({ at, user: e.author, action: 'attendance.checkIn', objectType: 'attendance', objectId, changes });
    } else if (e.kind === 'absent') {
      st.insert.run(e.r.clientId, e.date, null, e.reason, null, e.author.id, at, e.author.id, at);
      audit.append({
        at,
        user: e.author,
        action: 'attendance.markAbsent',
        objectType: 'attendance',
        objectId,
        changes: { absenceReason: [null, e.reason] },
      });
    } else {
      const problem = dayProblem(
        { checkIn: ins.get(e.r.clientId)!, checkOut: e.time, absenceReason: null, overtimeReason: e.overtimeReason },
        w.extendedCare.has(e.r.clientId),
      );
      if (problem) throw new Error(`demo: attendance breaks a rule: ${JSON.stringify(problem)}`);
      st.out.run(e.time, e.person, e.overtimeReason, e.author.id, at, e.r.clientId, e.date);
      const changes: Record<string, unknown> = { checkOut: [null, e.time] };
      if (e.person) changes.collectedBy = [null, e.person];
      if (e.overtimeReason) changes.overtimeReason = [null, e.overtimeReason];
      audit.append({ at, user: e.author, action: 'attendance.checkOut', objectType: 'attendance', objectId, changes });
    }
  }
}

/** Today's sheet of every group: who came, who did not. Children admitted today start tomorrow. */
export async function attendanceDay(w: World, date: string): Promise<void> {
  w.attendedToday = new Set();
  if (!isWorkingDay(date)) return;
  const rng = w.rng(`attendance/${date}`);
  const events: AttendanceEvent[] = [];
  for (const r of w.residents.values()) {
    if (r.admittedOn >= date || !(r.weekdays ?? [1, 2, 3, 4, 5]).includes(isoWeekday(date))) continue;
    const day = planDay(w, rng, r, date);
    if (day[0]!.kind === 'in') w.attendedToday.add(r.clientId);
    events.push(...day);
  }
  await writeEvents(w, events);
  bump(w, 'attendance', events.filter((e) => e.kind !== 'out').length);
}
