import { handlersFor } from '../context';
import { listClaims, claimLines } from '../../../db/repositories/billing-claims';
import { listInvoices, paymentsByMonth } from '../../../db/repositories/billing-invoices';
import { listAuthorisations } from '../../../db/repositories/billing';
import { tashkentToday } from '../../contract/format';
import { loadMonth } from './facts-loader';
import { prepareClaim } from './rules/claim';
import { authorisationFor } from './rules/day';
import { addDays, addMonthsToMonth, firstDay, lastDay, monthDates } from './rules/dates';
import { authorisationsOut } from './authorisations';

const isWeekday = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return d !== 0 && d !== 6;
};

export const billingDashboardHandlers = handlersFor({
  'billing.dashboard': async (ctx) => {
    const db = ctx.db;
    const today = tashkentToday(ctx.now());
    const month = today.slice(0, 7);
    const claims = await listClaims(db);
    const claimByMonth = new Map(claims.map((c) => [c.month, c]));

    // This month so far: the days of use recorded up to today, against the weekdays each child was authorised.
    const { input } = await loadMonth(db, month);
    const draft = prepareClaim(input);
    const regular = draft.lines.filter((l) => l.kind === 'regular');
    let daysExpected = 0;
    for (const c of input.clients)
      for (const date of monthDates(month))
        if (date <= today && isWeekday(date) && 'auth' in authorisationFor(c.authorisations, date)) daysExpected += 1;

    const until = addDays(today, 30);
    const expiring = (await authorisationsOut(db, await listAuthorisations(db, { from: today, to: until, limit: 10_000 }), today))
      .filter((a) => a.status === 'active' && a.validTo <= until)
      .sort((a, b) => a.validTo.localeCompare(b.validTo))
      .map((a) => ({ id: a.id, number: a.number, clientCode: a.clientCode, program: a.program, validTo: a.validTo }));

    const unpaid = await listInvoices(db, { unpaidOnly: true, limit: 100_000 });
    const first = addMonthsToMonth(month, -11);
    const payments = await paymentsByMonth(db, firstDay(first), lastDay(month));
    const months = [];
    for (let i = 0; i < 12; i++) {
      const m = addMonthsToMonth(first, i);
      const claim = claimByMonth.get(m);
      if (claim) {
        // Lines the agency rejected are not subsidy received, nor days billed.
        const kept = (await claimLines(db, claim.id)).filter((l) => l.outcome !== 'rejected');
        const days = kept.reduce((s, l) => s + (l.kind === 'regular' ? l.days : 0), 0);
        const subsidy = kept.reduce((s, l) => s + l.amount, 0);
        months.push({ month: m, subsidy, days, claimed: true, parentPayments: payments.get(m) ?? 0 });
      } else {
        const d = m === month ? draft : prepareClaim((await loadMonth(db, m)).input);
        const reg = d.lines.filter((l) => l.kind === 'regular');
        months.push({
          month: m,
          subsidy: reg.reduce((s, l) => s + l.amount, 0),
          days: reg.reduce((s, l) => s + l.days, 0),
          claimed: false,
          parentPayments: payments.get(m) ?? 0,
        });
      }
    }
    const last = claims[0];
    return {
      month,
      expectedSubsidySoFar: regular.reduce((s, l) => s + l.amount, 0),
      daysBilled: regular.reduce((s, l) => s + l.days, 0),
      daysExpected,
      exceptions: draft.exceptions.length,
      expiringAuthorisations: expiring,
      unpaidInvoices: { count: unpaid.length, balance: unpaid.reduce((s, r) => s + r.total - Number(r.paid), 0) },
      paymentsThisMonth: payments.get(month) ?? 0,
      lastClaim: last
        ? {
            id: last.id,
            month: last.month,
            number: last.number,
            status: last.status as 'issued',
            total: last.total,
            paidAmount: last.paid_amount,
            issuedAt: last.issued_at,
          }
        : null,
      months,
    };
  },
});
