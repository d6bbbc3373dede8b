import type { Kysely } from 'kysely';
import { addDays } from 'date-fns/addDays';
import type { Database } from '../../../db/schema';
import type { HomeAlert } from '../../contract/index';
import { documentsExpiringBy } from '../../../db/repositories/client-documents';
import { activeOverrides, overdueAbsences, countUnplaced, countActiveStays } from '../../../db/repositories/stays';
import { getFacility } from '../../../db/repositories/facility';

/** One area's alerts for the manager's home; each links to where it is resolved. No names. */
export type HomeAlertSource = (db: Kysely<Database>, today: string) => Promise<HomeAlert[]>;

export const registerAlerts: HomeAlertSource = async (db, today) => {
  const in30 = addDays(new Date(`${today}T00:00:00Z`), 30)
    .toISOString()
    .slice(0, 10);
  const docs = await documentsExpiringBy(db, in30);
  const expired = docs.filter((d) => d.expires_on! < today).length;
  const facility = await getFacility(db);
  const occupied = await countActiveStays(db);
  const alerts: HomeAlert[] = [];
  const add = (type: string, severity: HomeAlert['severity'], count: number, link: string) => {
    if (count > 0) alerts.push({ type, severity, count, link });
  };
  add('overCapacity', 'danger', facility && occupied > facility.capacity ? occupied - facility.capacity : 0, '/beds');
  add('documentsExpired', 'danger', expired, '/clients/documents');
  add('documentsExpiring', 'warning', docs.length - expired, '/clients/documents');
  add('capacityOverridden', 'warning', await activeOverrides(db), '/beds');
  add('absenceOverdue', 'warning', await overdueAbsences(db, today), '/clients?status=away');
  add('unplaced', 'info', await countUnplaced(db), '/beds');
  return alerts;
};
