// The caregivers' journal: meals, sleep, hygiene, mood, activities, now and then health and family
// contact, a free note or a handover flag — about ten entries per resident per day, written by the
// caregiver of the resident's room within the hour. Each entry is careLog.add as the tablet sends it;
// the fast path writes the same rows and audit entries directly (see bulk.ts).
import { entryProblems } from '../daily/carelog.rules';
import { instantOf } from '../daily/work';
import type { CareCategory } from '../../contract/daily.schemas';
import { BulkAudit, statements } from './bulk';
import { caregiverFor } from './rooms';
import type { Rng } from './prng';
import { addDays, hhmm, tashkentInstant, ageOn } from './dates';
import { pendingHandover } from '../../../db/repositories/carelog';
import { at, bump, manager, type DemoStaff, type Resident, type World } from './world';

export interface CareEvent {
  enteredAt: Date;
  author: DemoStaff;
  clientId: number;
  code: string;
  category: Exclude<CareCategory, 'incident'>;
  value: string | null;
  details: Record<string, number | string>;
  text: string | null;
  eventDate: string;
  eventTime: string;
  forHandover: boolean;
}

const NOTES = {
  child: [
    'Kun davomida tinch, oʻyinlarda faol qatnashdi.',
    'Qarindoshi bilan telefonda gaplashgandan keyin xafa boʻldi, suhbatlashildi.',
    'Psixolog mashgʻulotidan keyin kayfiyati yaxshilandi.',
    'Ishtahasi pasaygan, kuzatib borilsin.',
    'Kechqurun uzoq vaqt uxlay olmadi.',
    'Yangi soʻzlarni takrorladi, logoped tavsiyalari bajarilmoqda.',
  ],
  adult: [
    'Kun davomida tinch, mashgʻulotlarda faol qatnashdi.',
    'Yaqinlari bilan telefonda gaplashgandan keyin xafa boʻldi, suhbatlashildi.',
    'Psixolog maslahatidan keyin kayfiyati yaxshilandi.',
    'Ishtahasi pasaygan, kuzatib borilsin.',
    'Kechqurun uzoq vaqt uxlay olmadi.',
    'Oshxonada navbatchilikda yordam berdi.',
  ],
};

/** Notes that ask the next shift to keep an eye on something. */
const WORRYING_NOTES = new Set([...NOTES.child, ...NOTES.adult].filter((n) => /xafa|kuzatib|uxlay olmadi/.test(n)));

/** What the next shift is asked to do about an entry, when the entry gives it a reason (null: nothing to hand over). */
function handoverText(e: CareEvent): string | null {
  switch (e.category) {
    case 'health':
      return e.value === 'temperature' && Number(e.details.temperature) >= 37.5
        ? 'Harorati koʻtarilgan, kechqurun qayta oʻlchansin.'
        : null;
    case 'meal':
      return e.value === 'ate_little' || e.value === 'refused' ? 'Yaxshi ovqatlanmadi, keyingi ovqatda kuzatilsin.' : null;
    case 'sleep':
      return e.value === 'restless' || e.value === 'woke_at_night' || e.value === 'did_not_sleep'
        ? 'Kechasi yaxshi uxlamadi, kun davomida holatiga eʼtibor berilsin.'
        : null;
    case 'mood':
      return e.value === 'sad'
        ? 'Kayfiyati tushkun, psixologga aytilsin.'
        : e.value === 'anxious'
          ? 'Xavotirda, yolgʻiz qoldirilmasin.'
          : e.value === 'agitated'
            ? 'Asabiy edi, ertalab psixolog bilan suhbat oʻtkazilsin.'
            : null;
    case 'family':
      return 'Qarindoshi ertaga soat 10:00 da kelishini aytdi.';
    case 'note':
      return e.text && WORRYING_NOTES.has(e.text) ? e.text : null;
    default:
      return null;
  }
}

/** The day's entries for one resident present that day (none for the admission day or away days). */
export function careEventsFor(w: World, rng: Rng, r: Resident, date: string): CareEvent[] {
  const out: CareEvent[] = [];
  const young = ageOn(r.birthDate, date) < 4;
  const add = (
    minute: number,
    category: CareEvent['category'],
    value: string | null,
    details: Record<string, number | string> = {},
    text: string | null = null,
  ) => {
    const m = Math.min(23 * 60 + 20, Math.max(0, Math.round(minute)));
    const lag = rng.int(2, 70);
    const entered = Math.min(23 * 60 + 58, m + lag);
    // Night and day shifts: whoever of the room's team is on.
    out.push({
      enteredAt: tashkentInstant(date, entered),
      author: caregiverFor(w, r, rng),
      clientId: r.clientId,
      code: r.code,
      category,
      value,
      details,
      text,
      eventDate: date,
      eventTime: hhmm(m),
      forHandover: false,
    });
  };
  const meal = () =>
    rng.weighted([
      ['ate_all', 70],
      ['ate_half', 20],
      ['ate_little', 7],
      ['refused', 3],
    ] as const);
  if (w.options.kind === 'day_care') {
    const from = r.plannedFrom ? Number(r.plannedFrom.slice(0, 2)) * 60 : 8 * 60;
    add(
      from + 60 + rng.int(0, 30),
      'mood',
      rng.weighted([
        ['calm', 55],
        ['cheerful', 30],
        ['anxious', 8],
        ['sad', 5],
        ['agitated', 2],
      ] as const),
    );
    add(12 * 60 + 30 + rng.int(0, 30), 'meal', meal(), { meal: 'lunch' });
    add(
      10 * 60 + rng.int(0, 240),
      'activity',
      rng.weighted([
        ['lesson', 30],
        ['play', 25],
        ['therapy', 25],
        ['creative', 15],
        ['walk', 5],
      ] as const),
    );
    if (rng.chance(0.6)) add(15 * 60 + 30 + rng.int(0, 30), 'meal', meal(), { meal: 'snack' });
    return out;
  }
  add(
    7 * 60 + rng.int(0, 40),
    'sleep',
    rng.weighted([
      ['slept_well', 78],
      ['restless', 12],
      ['woke_at_night', 8],
      ['did_not_sleep', 2],
    ] as const),
  );
  if (rng.chance(0.9)) add(7 * 60 + 30 + rng.int(0, 20), 'hygiene', young ? rng.pick(['diaper', 'toilet']) : rng.pick(['teeth', 'toilet']));
  add(8 * 60 + rng.int(0, 30), 'meal', meal(), { meal: 'breakfast' });
  add(
    9 * 60 + rng.int(0, 120),
    'mood',
    rng.weighted([
      ['calm', 55],
      ['cheerful', 25],
      ['sad', 10],
      ['anxious', 7],
      ['agitated', 3],
    ] as const),
  );
  add(
    10 * 60 + rng.int(0, 180),
    'activity',
    rng.weighted([
      ['lesson', 30],
      ['play', 25],
      ['walk', 15],
      ['therapy', 15],
      ['creative', 10],
      ['sport', 5],
    ] as const),
  );
  if (rng.chance(0.3)) add(11 * 60 + rng.int(0, 20), 'meal', meal(), { meal: 'snack' });
  add(13 * 60 + rng.int(0, 40), 'meal', meal(), { meal: 'lunch' });
  if (rng.chance(0.4))
    add(
      13 * 60 + 45 + rng.int(0, 30),
      'mood',
      rng.weighted([
        ['calm', 70],
        ['cheerful', 20],
        ['sad', 10],
      ] as const),
    );
  if (young) add(14 * 60 + rng.int(0, 30), 'sleep', 'nap');
  if (rng.chance(0.7)) add(14 * 60 + 30 + rng.int(0, 60), 'hygiene', young ? 'diaper' : 'toilet');
  if (rng.chance(0.5))
    add(
      15 * 60 + rng.int(0, 120),
      'activity',
      rng.weighted([
        ['play', 40],
        ['walk', 25],
        ['creative', 20],
        ['sport', 15],
      ] as const),
    );
  if (rng.chance(0.6)) add(16 * 60 + rng.int(0, 30), 'meal', meal(), { meal: 'snack' });
  if (rng.chance(0.6))
    add(
      17 * 60 + 30 + rng.int(0, 60),
      'activity',
      rng.weighted([
        ['play', 35],
        ['creative', 35],
        ['lesson', 30],
      ] as const),
    );
  add(19 * 60 + rng.int(0, 30), 'meal', meal(), { meal: 'dinner' });
  add(20 * 60 + rng.int(0, 60), 'hygiene', young ? rng.pick(['bath', 'diaper', 'teeth']) : rng.pick(['bath', 'teeth', 'toilet']));
  if (rng.chance(0.8))
    add(
      21 * 60 + rng.int(0, 60),
      'mood',
      rng.weighted([
        ['calm', 80],
        ['sad', 10],
        ['anxious', 10],
      ] as const),
    );
  if (rng.chance(0.1)) {
    const fever = rng.chance(0.15);
    add(rng.int(8 * 60, 20 * 60), 'health', 'temperature', {
      temperature: fever
        ? Math.round(rng.normal(38.2, 0.4, 37.6, 39.8) * 10) / 10
        : Math.round(rng.normal(36.6, 0.2, 36.0, 37.1) * 10) / 10,
    });
  }
  if (date.endsWith('-01') && rng.chance(0.9)) {
    const age = ageOn(r.birthDate, date);
    const kg = age >= 18 ? rng.normal(62, 9, 42, 110) : Math.max(3, 3.5 + age * 2.6 + rng.normal(0, 1.5));
    add(9 * 60 + rng.int(0, 60), 'health', 'weight', { weight: Math.round(kg * 10) / 10 });
  }
  if (rng.chance(0.06))
    add(
      rng.int(10 * 60, 19 * 60),
      'family',
      rng.weighted([
        ['phone_call', 60],
        ['visit', 25],
        ['video_call', 15],
      ] as const),
    );
  if (rng.chance(0.08))
    add(rng.int(12 * 60, 21 * 60), 'note', null, {}, rng.pick(NOTES[ageOn(r.birthDate, date) >= 18 ? 'adult' : 'child']));
  // Now and then the day's worrying entry is flagged for the next shift, with what it should do about it.
  if (rng.chance(0.1)) {
    const worrying = out.filter((e) => handoverText(e) !== null);
    if (worrying.length) {
      const e = rng.pick(worrying);
      e.forHandover = true;
      e.text = handoverText(e);
    }
  }
  return out;
}

/** Writes the day's entries in the order they were entered: through careLog.add, or the fast path. */
export async function writeCareEvents(w: World, events: CareEvent[]): Promise<void> {
  events.sort((a, b) => a.enteredAt.getTime() - b.enteredAt.getTime());
  if (!w.fast) {
    for (const e of events) {
      await w.driver.call(e.author, e.enteredAt, 'careLog.add', {
        clientId: e.clientId,
        category: e.category,
        value: e.value,
        details: e.details,
        text: e.text,
        eventDate: e.eventDate,
        eventTime: e.eventTime,
        forHandover: e.forHandover,
      });
    }
  } else {
    const raw = w.driver.raw;
    const st = statements(raw, {
      insert: `INSERT INTO care_log_entries (client_id, category, value, details, text, event_at, event_date, entered_at, author_id, for_handover, incident_id)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)`,
    });
    const audit = new BulkAudit(raw);
    audit.sync();
    for (const e of events) {
      const problems = entryProblems({ category: e.category, value: e.value, details: e.details, text: e.text });
      if (Object.keys(problems).length) throw new Error(`demo: care entry breaks a rule: ${JSON.stringify(problems)}`);
      const eventAt = instantOf(e.eventDate, e.eventTime);
      if (eventAt > new Date(e.enteredAt.getTime() + 60_000).toISOString()) throw new Error('demo: care entry in the future');
      const details = Object.keys(e.details).length ? JSON.stringify(e.details) : null;
      const stamp = e.enteredAt.toISOString();
      const id = st.insert.run(
        e.clientId,
        e.category,
        e.value,
        details,
        e.text,
        eventAt,
        e.eventDate,
        stamp,
        e.author.id,
        e.forHandover ? 1 : 0,
      ).lastInsertRowid;
      audit.append({
        at: stamp,
        user: e.author,
        action: 'careLog.add',
        objectType: 'care_log_entry',
        objectId: String(id),
        changes: { client: [null, e.code], category: [null, e.category], value: [null, e.value] },
      });
    }
  }
  bump(w, 'care_log_entries', events.length);
}

/**
 * The morning shift reads what earlier shifts handed over (care-log flags, and the entries incidents
 * write) and acknowledges it: a caregiver of the resident's team, someone other than the author when
 * there is one, or the manager for someone discharged since. Only the last day's handover is still
 * waiting when the training starts.
 */
async function acknowledgeHandover(w: World, date: string): Promise<void> {
  const today = tashkentInstant(date, 0).toISOString();
  const waiting = (await pendingHandover(w.driver.db, tashkentInstant(addDays(date, -7), 0).toISOString())).filter(
    (e) => e.entered_at < today,
  );
  if (!waiting.length) return;
  const rng = w.rng(`handover/${date}`);
  for (const e of waiting) {
    const r = w.residents.get(e.client_id);
    let reader = r ? caregiverFor(w, r, rng) : manager(w);
    for (let tries = 0; r && reader.id === e.author_id && tries < 3; tries++) reader = caregiverFor(w, r, rng);
    await w.driver.call(reader, at(date, 7, rng.int(30, 59)), 'careLog.acknowledge', { entryIds: [e.id] });
    bump(w, 'handover_acks');
  }
}

/** Today's journal of everyone present (not away, not admitted today). */
export async function careLogDay(w: World, date: string): Promise<void> {
  await acknowledgeHandover(w, date);
  const rng = w.rng(`carelog/${date}`);
  const events: CareEvent[] = [];
  for (const r of w.residents.values()) {
    if (r.away || r.admittedOn === date) continue;
    if (w.options.kind === 'day_care' && !w.attendedToday.has(r.clientId)) continue;
    events.push(...careEventsFor(w, rng, r, date));
  }
  await writeCareEvents(w, events);
}
