import type { HomeAlertSource } from './home.alerts';

/**
 * Other areas' alerts on the manager's home (plan reviews due, authorisations expiring, unbilled
 * days…), one line each: `import { plansAlerts } from '../plans/plans.alerts';` and `plansAlerts,`.
 */
export const homeAlertSources: HomeAlertSource[] = [];
