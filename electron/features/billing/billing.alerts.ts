// Billing's alerts on the manager's home: authorisations about to expire, and last month's claim
// not issued yet while it has days to claim. Types are translated by the front (`home.alert.<type>`).
import type { HomeAlertSource } from '../clients/home.alerts';
import { listAuthorisations } from '../../../db/repositories/billing';
import { claimForMonth } from '../../../db/repositories/billing-claims';
import { getFacility } from '../../../db/repositories/facility';
import { addDays, addMonthsToMonth } from './rules/dates';
import { computeDraft } from './claims';
import { authorisationsOut } from './authorisations';

export const billingAlerts: HomeAlertSource = async (db, today) => {
  const facility = await getFacility(db);
  if (facility?.kind !== 'day_care') return [];
  const until = addDays(today, 30);
  const expiring = (await authorisationsOut(db, await listAuthorisations(db, { from: today, to: until, limit: 10_000 }), today)).filter(
    (a) => a.status === 'active' && a.validTo <= until,
  );
  const lastMonth = addMonthsToMonth(today.slice(0, 7), -1);
  const unclaimed = (await claimForMonth(db, lastMonth))
    ? 0
    : (await computeDraft(db, lastMonth)).lines.reduce((s, l) => s + Math.max(0, l.days), 0);
  const alerts = [];
  if (unclaimed > 0)
    alerts.push({ type: 'billingClaimDue', severity: 'warning' as const, count: unclaimed, link: `/billing/claim?month=${lastMonth}` });
  if (expiring.length)
    alerts.push({ type: 'authorisationsExpiring', severity: 'warning' as const, count: expiring.length, link: '/billing/vouchers' });
  return alerts;
};
