// Authorisations (vouchers): checks shared by the form and the import, and the output shape.
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { AuthorisationRow } from '../../../db/tables/billing';
import { authorisationEvents } from '../../../db/repositories/billing';
import { clientsByIds } from '../../../db/repositories/billing-foreign';
import type { AuthorisationOut } from '../../contract/billing.contract';
import { addDays, addMonths } from './rules/dates';
import { statusOn } from './rules/day';
import { isActiveLife, type Program } from './rules/facts';

/** The last day an Active-Life voucher may run: six months from its first day, less one day. */
export const lastVoucherDay = (validFrom: string) => addDays(addMonths(validFrom, 6), -1);

/** Field problems of an authorisation's dates, as message keys. */
export function periodProblems(program: Program, validFrom: string, validTo: string): Record<string, string> {
  if (validTo < validFrom) return { validTo: 'v.validTo' };
  if (isActiveLife(program) && validTo > lastVoucherDay(validFrom)) return { validTo: 'v.voucherSixMonths' };
  return {};
}

/** Authorisations as the API shows them: the status in force today, "expired" once the validity has passed. */
export async function authorisationsOut(
  db: Kysely<Database>,
  rows: readonly AuthorisationRow[],
  today: string,
): Promise<AuthorisationOut[]> {
  const events = await authorisationEvents(
    db,
    rows.map((r) => r.id),
  );
  const codes = new Map((await clientsByIds(db, [...new Set(rows.map((r) => r.client_id))])).map((c) => [c.id, c.code]));
  return rows.map((r) => {
    const own = events.filter((e) => e.authorisation_id === r.id);
    const facts = { statusEvents: own.map((e) => ({ status: e.status as 'active' | 'suspended' | 'cancelled', from: e.effective_from })) };
    const inForce = statusOn(
      { ...facts, id: r.id, number: r.number, program: r.program as Program, validFrom: r.valid_from, validTo: r.valid_to },
      today,
    );
    const status: AuthorisationOut['status'] = inForce === 'active' && today > r.valid_to ? 'expired' : inForce;
    const last = [...own].reverse().find((e) => e.effective_from <= today && e.status !== 'active');
    return {
      id: r.id,
      number: r.number,
      program: r.program as Program,
      clientId: r.client_id,
      clientCode: codes.get(r.client_id) ?? '',
      issuedBy: r.issued_by,
      validFrom: r.valid_from,
      validTo: r.valid_to,
      status,
      statusReason: status === 'suspended' || status === 'cancelled' ? (last?.reason ?? last?.reason_code ?? null) : null,
      events: own.map((e) => ({
        status: e.status as 'active' | 'suspended' | 'cancelled',
        from: e.effective_from,
        reasonCode: e.reason_code,
        reason: e.reason,
      })),
    };
  });
}
