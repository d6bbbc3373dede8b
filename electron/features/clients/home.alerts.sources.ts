import type { HomeAlertSource } from './home.alerts';
import { plansAlerts } from '../plans/plans.alerts';
import { dailyAlerts } from '../daily/daily.alerts';
import { billingAlerts } from '../billing/billing.alerts';

/**
 * Other areas' alerts on the manager's home (plan reviews due, authorisations expiring, unbilled
 * days…), one line each: `import { plansAlerts } from '../plans/plans.alerts';` and `plansAlerts,`.
 */
// prettier-ignore
export const homeAlertSources: HomeAlertSource[] = [
  plansAlerts,
  dailyAlerts,
  billingAlerts,
];
