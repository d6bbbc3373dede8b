// Reads the facts the activity report counts. Each section comes from the area that keeps it;
// a section whose area is not in this installation stays null ("not recorded"), never zero.
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import {
  activeStaffByRole,
  attendedClientsByDate,
  incidentsByTypeAndSeverity,
  serviceNamesByCode,
  staysTouching,
} from '../../../db/repositories/reports';
import { tashkentToday } from '../../contract/format';
import { planFactsBetween, servicesDeliveredBetween } from '../plans/report-facts';
import { INCIDENT_SEVERITIES, INCIDENT_TYPES } from '../../contract/daily.schemas';
import type { ActivityFacts } from './activity';
import type { Period } from './period';

export async function loadActivityFacts(db: Kysely<Database>, p: Period, now: Date, dayCare: boolean): Promise<ActivityFacts> {
  const stays = await staysTouching(db, p.from, p.to);
  const names = await serviceNamesByCode(db);
  const services = await servicesDeliveredBetween(db, p.from, p.to);
  const incidents = await incidentsByTypeAndSeverity(db, p.from, p.to);
  // Types and severities in the register's own order, so the table reads the same every month.
  const rank = (list: readonly string[], v: string) => (list.includes(v) ? list.indexOf(v) : list.length);
  incidents.sort(
    (a, b) =>
      rank(INCIDENT_TYPES, a.type) - rank(INCIDENT_TYPES, b.type) ||
      rank(INCIDENT_SEVERITIES, a.severity) - rank(INCIDENT_SEVERITIES, b.severity),
  );
  return {
    stays: stays.map((s) => ({
      clientId: s.client_id,
      sex: s.sex === 'F' ? 'female' : s.sex === 'M' ? 'male' : null,
      birthDate: s.birth_date,
      admittedOn: s.admitted_on,
      dischargedOn: s.discharged_on,
      destination: s.destination,
    })),
    plans: await planFactsBetween(db, p.from, p.to, tashkentToday(now)),
    services: services.map((x) => ({ ...x, name: names.get(x.type) ?? null })),
    incidents,
    staff: await activeStaffByRole(db),
    // Day care: days of use are the days a child came (the attendance sheet), not days enrolled.
    attendance: dayCare ? await attendedClientsByDate(db, p.from, p.to) : null,
  };
}
