// Daily work's alerts on the manager's home (the register's extension point, home.alerts.sources.ts).
import { countIncidents } from '../../../db/repositories/incidents';
import { incompleteAttendanceDays } from '../../../db/repositories/attendance';
import type { HomeAlertSource } from '../clients/home.alerts';

export const dailyAlerts: HomeAlertSource = async (db, today) => {
  const open = await countIncidents(db, ['open']);
  const reviewed = await countIncidents(db, ['reviewed']);
  // Days of this month with an arrival but no departure: billing cannot bill them until completed.
  const incomplete = await incompleteAttendanceDays(db, `${today.slice(0, 7)}-01`, today);
  const alerts = [];
  if (open) alerts.push({ type: 'incidentsToReview', severity: 'danger' as const, count: open, link: '/care-log/incidents' });
  if (reviewed) alerts.push({ type: 'incidentsToClose', severity: 'warning' as const, count: reviewed, link: '/care-log/incidents' });
  if (incomplete) alerts.push({ type: 'attendanceIncomplete', severity: 'warning' as const, count: incomplete, link: '/attendance/month' });
  return alerts;
};
