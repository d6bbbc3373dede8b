// Reads the facts the activity report counts. Each section comes from the area that keeps it;
// a section whose area is not in this installation yet stays null ("not recorded"), never zero.
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { activeStaffByRole, staysTouching } from '../../../db/repositories/reports';
import type { ActivityFacts } from './activity';
import type { Period } from './period';

export async function loadActivityFacts(db: Kysely<Database>, p: Period): Promise<ActivityFacts> {
  const stays = await staysTouching(db, p.from, p.to);
  return {
    stays: stays.map((s) => ({
      clientId: s.client_id,
      sex: s.sex === 'F' ? 'female' : s.sex === 'M' ? 'male' : null,
      birthDate: s.birth_date,
      admittedOn: s.admitted_on,
      dischargedOn: s.discharged_on,
      destination: s.destination,
    })),
    // Plans (issue 5), services and incidents (issue 6) plug in here when they land.
    plans: null,
    services: null,
    incidents: null,
    staff: await activeStaffByRole(db),
  };
}
