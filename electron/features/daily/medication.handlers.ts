// The medication administration record (MAR): prescriptions, the day's round, as-needed doses.
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { ClientRow } from '../../../db/tables/clients';
import type { PrescriptionRow, AdministrationRow } from '../../../db/tables/daily';
import { findClients } from '../../../db/repositories/clients';
import { absencesOn } from '../../../db/repositories/stays';
import { attendanceBetween } from '../../../db/repositories/attendance';
import { currentClients } from '../../../db/repositories/rollcall';
import {
  insertPrescription,
  findPrescription,
  stopPrescription,
  prescriptionsOf,
  administrationsOn,
  insertAdministration,
  findAdministration,
  correctionOf,
} from '../../../db/repositories/medication';
import { userNames } from '../../../db/repositories/carelog';
import type { PrescriptionOut, RoundDose, DoseStatus } from '../../contract/index';
import { handlersFor, iso, type AuthedContext } from '../context';
import { conflict, invalid, notFound } from '../errors';
import { loadViewer, inScope, type Viewer } from '../clients/privacy';
import { toSummary } from '../clients/clients.mapper';
import { doseRecords, doseState, prnGiven, prnAllowed, doseReason, supersededIds } from './medication.rules';
import { currentClientInScope, todayOf, nowTimeOf } from './work';

type Db = Kysely<Database>;
type Prn = Awaited<ReturnType<typeof prnOf>>;

const times = (p: PrescriptionRow): string[] => JSON.parse(p.times) as string[];

function toPrescription(v: Viewer, p: PrescriptionRow, client: ClientRow, today: string): PrescriptionOut {
  return {
    id: p.id,
    client: toSummary(v, client),
    medicine: p.medicine,
    dose: p.dose,
    route: p.route as PrescriptionOut['route'],
    times: times(p),
    startDate: p.start_date,
    endDate: p.end_date,
    prescriber: p.prescriber,
    instructions: p.instructions,
    prn: p.prn === 1,
    prnReasonHint: p.prn_reason_hint,
    prnMaxPerDay: p.prn_max_per_day,
    active: p.start_date <= today && (p.end_date === null || p.end_date >= today),
    stopReason: p.stop_reason,
  };
}

/** Why a resident is not here on a day: the register's absence, or a day-care absence. */
async function absencesOnDay(db: Db, date: string, clientIds: number[]): Promise<Map<number, string>> {
  const out = new Map((await absencesOn(db, date)).map((a) => [a.client_id, a.reason]));
  for (const a of await attendanceBetween(db, date, date, clientIds))
    if (a.absence_reason && !out.has(a.client_id)) out.set(a.client_id, a.absence_reason);
  return out;
}

async function records(db: Db, recs: AdministrationRow[]) {
  const names = new Map((await userNames(db, [...new Set(recs.map((r) => r.recorded_by))])).map((u) => [u.id, u.full_name]));
  return (r: AdministrationRow, corrected: boolean) => ({
    id: r.id,
    status: r.status as DoseStatus,
    time: r.time,
    reason:
      r.correction_reason && r.correction_reason !== r.reason ? [r.reason, r.correction_reason].filter(Boolean).join(' · ') : r.reason,
    by: names.get(r.recorded_by) ?? '',
    at: r.recorded_at,
    corrected,
  });
}

async function roundOf(ctx: AuthedContext, v: Viewer, date: string, clients: ClientRow[], only?: number) {
  const today = todayOf(ctx);
  const now = nowTimeOf(ctx);
  const byId = new Map(clients.map((c) => [c.id, c]));
  const ps = (await prescriptionsOf(ctx.db, [...byId.keys()], date)).filter((p) => only === undefined || p.id === only);
  const recs = await administrationsOn(
    ctx.db,
    ps.map((p) => p.id),
    date,
  );
  const away = await absencesOnDay(ctx.db, date, [...byId.keys()]);
  const out = await records(ctx.db, recs);
  const doses: RoundDose[] = [];
  const prn = [];
  for (const p of ps) {
    const client = byId.get(p.client_id)!;
    const own = recs.filter((r) => r.prescription_id === p.id);
    const base = {
      prescriptionId: p.id,
      client: toSummary(v, client),
      medicine: p.medicine,
      dose: p.dose,
      route: p.route as RoundDose['route'],
    };
    if (p.prn === 1) {
      prn.push({
        ...base,
        reasonHint: p.prn_reason_hint,
        maxPerDay: p.prn_max_per_day,
        givenToday: prnGiven(own),
        doses: own.map((r) => out(r, supersededIds(own).has(r.id))),
      });
      continue;
    }
    for (const time of times(p)) {
      const { current, superseded } = doseRecords(own, time);
      doses.push({
        ...base,
        instructions: p.instructions,
        scheduledTime: time,
        state: doseState(!!current, date, time, today, now),
        record: current ? out(current, false) : null,
        history: superseded.map((r) => out(r, true)),
        absence: away.get(p.client_id) ?? null,
      });
    }
  }
  doses.sort(
    (a, b) =>
      a.scheduledTime.localeCompare(b.scheduledTime) || a.client.code.localeCompare(b.client.code) || a.medicine.localeCompare(b.medicine),
  );
  return { date, now: date === today ? now : null, doses, prn };
}

async function prnOf(ctx: AuthedContext, v: Viewer, client: ClientRow, prescriptionId: number) {
  return (await roundOf(ctx, v, todayOf(ctx), [client], prescriptionId)).prn[0]!;
}

async function prescriptionInScope(ctx: AuthedContext, id: number) {
  const p = await findPrescription(ctx.db, id);
  if (!p) throw notFound();
  const { v, client } = await currentClientInScope(ctx, p.client_id);
  return { p, v, client };
}

export async function scopeRound(ctx: AuthedContext, v: Viewer, date: string) {
  return roundOf(
    ctx,
    v,
    date,
    (await currentClients(ctx.db)).filter((c) => inScope(v, c)),
  );
}

export const medicationHandlers = handlersFor({
  'medication.prescriptions': async (ctx, input) => {
    const v = await loadViewer(ctx.db, ctx.user);
    const clients = input.clientId !== undefined ? await findClients(ctx.db, [input.clientId]) : await currentClients(ctx.db);
    const visible = clients.filter((c) => inScope(v, c));
    if (input.clientId !== undefined && !visible.length) throw notFound();
    const today = todayOf(ctx);
    const byId = new Map(visible.map((c) => [c.id, c]));
    return (await prescriptionsOf(ctx.db, [...byId.keys()]))
      .map((p) => toPrescription(v, p, byId.get(p.client_id)!, today))
      .filter((p) => input.includeStopped || p.active || p.startDate > today);
  },

  'medication.prescribe': async (ctx, input) => {
    const { v, client } = await currentClientInScope(ctx, input.clientId);
    const errors: Record<string, string> = {};
    if (input.endDate && input.endDate < input.startDate) errors.endDate = 'v.dateOrder';
    if (input.prn && !input.prnMaxPerDay) errors.prnMaxPerDay = 'v.required';
    if (input.prn && input.times.length) errors.times = 'v.daily.prnNoTimes';
    if (!input.prn && !input.times.length) errors.times = 'v.required';
    if (new Set(input.times).size !== input.times.length) errors.times = 'v.duplicate';
    if (Object.keys(errors).length) throw invalid(errors);
    const id = await insertPrescription(ctx.db, {
      client_id: client.id,
      medicine: input.medicine,
      dose: input.dose,
      route: input.route,
      times: JSON.stringify([...input.times].sort()),
      start_date: input.startDate,
      end_date: input.endDate ?? null,
      prescriber: input.prescriber,
      instructions: input.instructions ?? null,
      prn: input.prn ? 1 : 0,
      prn_reason_hint: input.prn ? (input.prnReasonHint ?? null) : null,
      prn_max_per_day: input.prn ? (input.prnMaxPerDay ?? null) : null,
      created_by: ctx.user.id,
      created_at: iso(ctx.now()),
    });
    await ctx.audit({
      action: 'medication.prescribe',
      objectType: 'prescription',
      objectId: String(id),
      changes: { client: [null, client.code], medicine: [null, input.medicine], dose: [null, input.dose] },
    });
    return toPrescription(v, (await findPrescription(ctx.db, id))!, client, todayOf(ctx));
  },

  'medication.stop': async (ctx, input) => {
    const { p, v, client } = await prescriptionInScope(ctx, input.id);
    if (p.stopped_at) throw conflict('daily.prescriptionStopped');
    if (input.endDate < p.start_date) throw invalid({ endDate: 'v.dateOrder' });
    await stopPrescription(ctx.db, p.id, {
      end_date: input.endDate,
      stopped_by: ctx.user.id,
      stopped_at: iso(ctx.now()),
      stop_reason: input.reason,
    });
    await ctx.audit({
      action: 'medication.stop',
      objectType: 'prescription',
      objectId: String(p.id),
      changes: { endDate: [p.end_date, input.endDate], reason: [null, input.reason] },
    });
    return toPrescription(v, (await findPrescription(ctx.db, p.id))!, client, todayOf(ctx));
  },

  'medication.round': async (ctx, input) => {
    const v = await loadViewer(ctx.db, ctx.user);
    return scopeRound(ctx, v, input.date ?? todayOf(ctx));
  },

  'medication.record': async (ctx, input) => {
    const { p, v, client } = await prescriptionInScope(ctx, input.prescriptionId);
    const today = todayOf(ctx);
    const date = input.date ?? today;
    if (date > today) throw invalid({ date: 'v.futureDate' });
    if (date !== today && ctx.user.role !== 'manager') throw invalid({ date: 'v.daily.todayOnly' });
    if (p.prn === 1) throw invalid({ prescriptionId: 'v.daily.prnUseGive' });
    if (p.start_date > date || (p.end_date !== null && p.end_date < date)) throw invalid({ date: 'v.daily.notPrescribedOn' });
    if (!times(p).includes(input.scheduledTime)) throw invalid({ scheduledTime: 'v.daily.notATime' });
    const time = input.time ?? nowTimeOf(ctx);
    if (date === today && time > nowTimeOf(ctx)) throw invalid({ time: 'v.daily.futureTime' });
    const away = (await absencesOnDay(ctx.db, date, [client.id])).get(client.id) ?? null;
    const reason = doseReason(input.status, input.reason, away);
    if (reason === 'missing') throw invalid({ reason: 'v.daily.doseReason' });
    const { current } = doseRecords(await administrationsOn(ctx.db, [p.id], date), input.scheduledTime);
    // A dose already recorded changes only as a correction: the first record stays, struck through.
    if (current && !input.correctionReason) throw conflict('daily.doseRecorded', { correctionReason: 'v.required' });
    const id = await insertAdministration(ctx.db, {
      prescription_id: p.id,
      client_id: client.id,
      date,
      scheduled_time: input.scheduledTime,
      status: input.status,
      time,
      reason,
      recorded_by: ctx.user.id,
      recorded_at: iso(ctx.now()),
      corrects_id: current?.id ?? null,
      correction_reason: current ? input.correctionReason! : null,
    });
    await ctx.audit({
      action: 'medication.record',
      objectType: 'medication_administration',
      objectId: String(id),
      changes: {
        client: [null, client.code],
        medicine: [null, p.medicine],
        dose: [null, `${date} ${input.scheduledTime}`],
        status: [current?.status ?? null, input.status],
      },
    });
    const round = await roundOf(ctx, v, date, [client], p.id);
    return round.doses.find((d) => d.scheduledTime === input.scheduledTime)!;
  },

  'medication.givePrn': async (ctx, input) => {
    const { p, v, client } = await prescriptionInScope(ctx, input.prescriptionId);
    const today = todayOf(ctx);
    if (p.prn !== 1) throw invalid({ prescriptionId: 'v.daily.notPrn' });
    if (p.start_date > today || (p.end_date !== null && p.end_date < today)) throw invalid({ prescriptionId: 'v.daily.notPrescribedOn' });
    const time = input.time ?? nowTimeOf(ctx);
    if (time > nowTimeOf(ctx)) throw invalid({ time: 'v.daily.futureTime' });
    const before: Prn = await prnOf(ctx, v, client, p.id);
    if (!prnAllowed(before.givenToday, p.prn_max_per_day)) throw conflict('daily.prnMaximum');
    const id = await insertAdministration(ctx.db, {
      prescription_id: p.id,
      client_id: client.id,
      date: today,
      scheduled_time: null,
      status: 'given',
      time,
      reason: input.reason,
      recorded_by: ctx.user.id,
      recorded_at: iso(ctx.now()),
      corrects_id: null,
      correction_reason: null,
    });
    await ctx.audit({
      action: 'medication.givePrn',
      objectType: 'medication_administration',
      objectId: String(id),
      changes: { client: [null, client.code], medicine: [null, p.medicine], reason: [null, input.reason] },
    });
    return prnOf(ctx, v, client, p.id);
  },

  'medication.correctPrn': async (ctx, input) => {
    const given = await findAdministration(ctx.db, input.administrationId);
    if (!given || given.scheduled_time !== null) throw notFound();
    const { p, v, client } = await prescriptionInScope(ctx, given.prescription_id);
    const today = todayOf(ctx);
    // The day's shift corrects its own round; an earlier day is the manager's.
    if (given.date !== today && ctx.user.role !== 'manager') throw invalid({ administrationId: 'v.daily.todayOnly' });
    if (await correctionOf(ctx.db, given.id)) throw conflict('daily.alreadyCorrected');
    if (input.time !== null && given.date === today && input.time > nowTimeOf(ctx)) throw invalid({ time: 'v.daily.futureTime' });
    // Turning a dose not given into one given counts against the day's maximum again.
    if (input.time !== null && given.status !== 'given') {
      const before = (await roundOf(ctx, v, given.date, [client], p.id)).prn[0]!;
      if (!prnAllowed(before.givenToday, p.prn_max_per_day)) throw conflict('daily.prnMaximum');
    }
    const id = await insertAdministration(ctx.db, {
      prescription_id: p.id,
      client_id: client.id,
      date: given.date,
      scheduled_time: null,
      // Given at another time, or not given after all: the struck-out record stays beside it.
      status: input.time !== null ? 'given' : 'missed',
      time: input.time ?? given.time,
      reason: input.time !== null ? given.reason : input.reason,
      recorded_by: ctx.user.id,
      recorded_at: iso(ctx.now()),
      corrects_id: given.id,
      correction_reason: input.reason,
    });
    await ctx.audit({
      action: 'medication.correctPrn',
      objectType: 'medication_administration',
      objectId: String(given.id),
      changes: {
        client: [null, client.code],
        medicine: [null, p.medicine],
        time: [given.time, input.time],
        reason: [null, input.reason],
        correction: [null, id],
      },
    });
    return (await roundOf(ctx, v, given.date, [client], p.id)).prn[0]!;
  },
});
