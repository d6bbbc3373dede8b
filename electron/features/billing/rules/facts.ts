// What the rule engine needs to know about each person, as plain data read from the store.
import type { Rational } from './rational';

export const PROGRAMS = [
  'day_care_child',
  'active_life_home_help',
  'active_life_home_supervision',
  'active_life_rehabilitation',
  'active_life_day_supervision',
  'active_life_personal_assistant',
] as const;
export type Program = (typeof PROGRAMS)[number];
export const isActiveLife = (p: Program) => p !== 'day_care_child';

export type AuthorisationStatus = 'active' | 'suspended' | 'cancelled';

export interface AuthorisationFacts {
  id: number;
  number: string;
  program: Program;
  validFrom: string;
  validTo: string;
  /** Status changes, each in force from its date; before the first one the authorisation is active. */
  statusEvents: readonly { status: AuthorisationStatus; from: string }[];
}

export interface AttendanceFacts {
  date: string;
  checkIn: string | null;
  checkOut: string | null;
  absenceReason: string | null;
}

export interface PeriodFacts {
  from: string;
  to: string | null;
}

export interface ExtendedCareFacts extends PeriodFacts {
  id: number;
  /** Whole soʻm per hour, paid by the parents. */
  hourlyRate: number;
}

export interface ClientFacts {
  clientId: number;
  clientCode: string;
  birthDate: string | null;
  authorisations: readonly AuthorisationFacts[];
  poorFamilyPeriods: readonly PeriodFacts[];
  extendedCare: readonly ExtendedCareFacts[];
  /** At most one record per date. */
  attendance: readonly AttendanceFacts[];
}

export interface TariffFacts {
  program: Program;
  unit: 'day' | 'hour';
  validFrom: string;
  /** Soʻm per day or per hour, as a decimal text. */
  amount: string;
}

/** Days the state's system confirmed, per month that has a confirmation file. */
export interface Confirmations {
  /** Months for which a file was imported: from then on only confirmed days of Active-Life vouchers count. */
  months: ReadonlySet<string>;
  /** `${voucherNumber}|${date}` */
  days: ReadonlySet<string>;
}

export const EXCEPTION_REASONS = [
  'incomplete',
  'check_out_not_after_check_in',
  'outside_authorisation',
  'authorisation_suspended',
  'authorisation_cancelled',
  'ineligible_age',
  'no_birth_date',
  'no_parameter',
  'no_tariff',
  'not_confirmed',
  'hours_beyond_9_no_agreement',
  'hours_beyond_12',
] as const;
export type ExceptionReason = (typeof EXCEPTION_REASONS)[number];

export interface BilledDay {
  clientId: number;
  date: string;
  program: Program;
  authorisationId: number;
  /** Exact amount for the day, before any rounding. */
  amount: Rational;
  /** Days: 1; hourly Active-Life services: hours (in halves). */
  quantity: Rational;
  band: '3_7' | '7_18' | null;
  poor: boolean;
}
