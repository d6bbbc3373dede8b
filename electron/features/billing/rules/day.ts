// One person, one day: is it a day of use, is it billable to the state, and at what exact amount.
import { mul, rational, parseDecimal, div } from './rational';
import { ageOn, minutesOf, within } from './dates';
import { inAnyPeriod, type ParameterTable } from './parameters';
import {
  isActiveLife,
  type AuthorisationFacts,
  type AuthorisationStatus,
  type BilledDay,
  type ClientFacts,
  type Confirmations,
  type ExceptionReason,
  type TariffFacts,
} from './facts';

export const STANDARD_DAY_MINUTES = 9 * 60;
export const MAX_DAY_MINUTES = 12 * 60;

export interface DayContext {
  parameters: ParameterTable;
  regionalCentre: boolean;
  tariffs: readonly TariffFacts[];
  confirmations: Confirmations;
}

export interface ExtendedHours {
  agreementId: number;
  hourlyRate: number;
  /** Completed half hours beyond 9 h (counted up to 12 h). */
  halfHours: number;
}

export interface DayEvaluation {
  date: string;
  state: 'no_record' | 'absent' | 'not_billable' | 'billable';
  exceptions: ExceptionReason[];
  billed: BilledDay | null;
  extended: ExtendedHours | null;
}

export function statusOn(a: AuthorisationFacts, date: string): AuthorisationStatus {
  let status: AuthorisationStatus = 'active';
  const events = [...a.statusEvents].sort((x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : 0));
  for (const e of events) {
    if (e.from > date) break;
    status = e.status;
  }
  return status;
}

/**
 * The authorisation a day is billed under: a PP-41 day-care authorisation first, then an
 * Active-Life voucher (lowest number), so one day is never billed under two. When none is
 * active, the reason says why (suspended, cancelled, or no authorisation covers the day).
 */
export function authorisationFor(
  auths: readonly AuthorisationFacts[],
  date: string,
): { auth: AuthorisationFacts } | { reason: ExceptionReason } {
  const covering = auths
    .filter((a) => within(date, a.validFrom, a.validTo))
    .sort((a, b) => (a.program === b.program ? a.number.localeCompare(b.number) : a.program === 'day_care_child' ? -1 : 1));
  const active = covering.find((a) => statusOn(a, date) === 'active');
  if (active) return { auth: active };
  if (covering.some((a) => statusOn(a, date) === 'suspended')) return { reason: 'authorisation_suspended' };
  if (covering.length) return { reason: 'authorisation_cancelled' };
  return { reason: 'outside_authorisation' };
}

function tariffOn(tariffs: readonly TariffFacts[], program: string, date: string): TariffFacts | null {
  let found: TariffFacts | null = null;
  for (const t of tariffs) if (t.program === program && t.validFrom <= date && (!found || t.validFrom > found.validFrom)) found = t;
  return found;
}

export function evaluateDay(client: ClientFacts, date: string, ctx: DayContext): DayEvaluation {
  const out: DayEvaluation = { date, state: 'no_record', exceptions: [], billed: null, extended: null };
  const record = client.attendance.find((r) => r.date === date);
  if (!record) return out;
  if (!record.checkIn && !record.checkOut) {
    out.state = 'absent';
    return out;
  }
  out.state = 'not_billable';
  if (!record.checkIn || !record.checkOut) {
    out.exceptions.push('incomplete');
    return out;
  }
  const minutes = minutesOf(record.checkOut) - minutesOf(record.checkIn);
  if (minutes <= 0) {
    out.exceptions.push('check_out_not_after_check_in');
    return out;
  }

  const found = authorisationFor(client.authorisations, date);
  const auth = 'auth' in found ? found.auth : null;
  if (!auth || !isActiveLife(auth.program)) extendedHours(client, date, minutes, out);
  if (!auth) {
    out.exceptions.push((found as { reason: ExceptionReason }).reason);
    return out;
  }
  const billed = isActiveLife(auth.program)
    ? activeLifeDay(client, auth, date, minutes, ctx, out)
    : dayCareDay(client, auth, date, ctx, out);
  if (billed) {
    out.state = 'billable';
    out.billed = billed;
  }
  return out;
}

/** Hours beyond 9: billed to the parents under an agreement (per completed half hour, up to 12 h), otherwise an exception. */
function extendedHours(client: ClientFacts, date: string, minutes: number, out: DayEvaluation): void {
  if (minutes <= STANDARD_DAY_MINUTES) return;
  const agreement = client.extendedCare.find((a) => within(date, a.from, a.to));
  if (!agreement) {
    out.exceptions.push('hours_beyond_9_no_agreement');
    return;
  }
  if (minutes > MAX_DAY_MINUTES) out.exceptions.push('hours_beyond_12');
  const beyond = Math.min(minutes, MAX_DAY_MINUTES) - STANDARD_DAY_MINUTES;
  out.extended = { agreementId: agreement.id, hourlyRate: agreement.hourlyRate, halfHours: Math.floor(beyond / 30) };
}

/** PP-41: BCV × (25% | 27% by age on the day) × 1.1 in a regional centre × 1.3 on poor-family days. */
function dayCareDay(client: ClientFacts, auth: AuthorisationFacts, date: string, ctx: DayContext, out: DayEvaluation): BilledDay | null {
  if (!client.birthDate) {
    out.exceptions.push('no_birth_date');
    return null;
  }
  const age = ageOn(client.birthDate, date);
  if (age < 3 || age >= 18) {
    out.exceptions.push('ineligible_age');
    return null;
  }
  const p = ctx.parameters;
  const bcv = p.bcv(date);
  const rate = p.ageRate(age, date);
  const coefficient = ctx.regionalCentre ? p.regionalCoefficient(date) : rational(1);
  const poor = inAnyPeriod(client.poorFamilyPeriods, date);
  const poorFactor = poor ? p.poorFamilyFactor(date) : rational(1);
  if (!bcv || !rate || !coefficient || !poorFactor) {
    out.exceptions.push('no_parameter');
    return null;
  }
  const amount = mul(mul(mul(bcv, rate.rate), coefficient), poorFactor);
  return {
    clientId: client.clientId,
    date,
    program: auth.program,
    authorisationId: auth.id,
    amount,
    quantity: rational(1),
    band: rate.band,
    poor,
  };
}

/** "Step Towards an Active Life": the provider's tariff per day, or per hour (completed half hours). */
function activeLifeDay(
  client: ClientFacts,
  auth: AuthorisationFacts,
  date: string,
  minutes: number,
  ctx: DayContext,
  out: DayEvaluation,
): BilledDay | null {
  if (ctx.confirmations.months.has(date.slice(0, 7)) && !ctx.confirmations.days.has(`${auth.number}|${date}`)) {
    out.exceptions.push('not_confirmed');
    return null;
  }
  const tariff = tariffOn(ctx.tariffs, auth.program, date);
  if (!tariff) {
    out.exceptions.push('no_tariff');
    return null;
  }
  const price = parseDecimal(tariff.amount);
  const quantity = tariff.unit === 'day' ? rational(1) : div(rational(Math.floor(minutes / 30)), rational(2));
  return {
    clientId: client.clientId,
    date,
    program: auth.program,
    authorisationId: auth.id,
    amount: mul(price, quantity),
    quantity,
    band: null,
    poor: false,
  };
}
