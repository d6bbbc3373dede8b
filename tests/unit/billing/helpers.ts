import { ParameterTable, DEFAULT_PARAMETERS, type ParameterValue } from '../../../electron/features/billing/rules/parameters';
import type { ClientFacts, AttendanceFacts, AuthorisationFacts } from '../../../electron/features/billing/rules/facts';
import type { DayContext } from '../../../electron/features/billing/rules/day';

export function ctxWith(
  opts: { regional?: boolean; extra?: ParameterValue[]; confirmations?: DayContext['confirmations']; tariffs?: DayContext['tariffs'] } = {},
): DayContext {
  return {
    parameters: new ParameterTable([...DEFAULT_PARAMETERS, ...(opts.extra ?? [])]),
    regionalCentre: opts.regional ?? false,
    tariffs: opts.tariffs ?? [],
    confirmations: opts.confirmations ?? { months: new Set(), days: new Set() },
  };
}

export const present = (date: string, checkIn = '08:00', checkOut = '17:00'): AttendanceFacts => ({
  date,
  checkIn,
  checkOut,
  absenceReason: null,
});
export const absent = (date: string, reason = 'illness'): AttendanceFacts => ({
  date,
  checkIn: null,
  checkOut: null,
  absenceReason: reason,
});

export const voucher = (over: Partial<AuthorisationFacts> = {}): AuthorisationFacts => ({
  id: 1,
  number: 'V-001',
  program: 'day_care_child',
  validFrom: '2025-01-01',
  validTo: '2027-12-31',
  statusEvents: [],
  ...over,
});

export function child(over: Partial<ClientFacts> = {}): ClientFacts {
  return {
    clientId: 1,
    clientCode: 'D-2026-0001',
    birthDate: '2021-05-10',
    authorisations: [voucher()],
    poorFamilyPeriods: [],
    extendedCare: [],
    attendance: [],
    ...over,
  };
}
