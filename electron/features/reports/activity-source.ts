// Reads the facts the activity report counts. Each section comes from the area that keeps it;
// a section whose area is not in this installation yet stays null ("not recorded"), never zero.
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { activeStaffByRole } from '../../../db/repositories/reports';
import type { ActivityFacts } from './activity';
import type { Period } from './period';

export async function loadActivityFacts(db: Kysely<Database>, _p: Period): Promise<ActivityFacts> {
  return {
    // The clients/stays register (issue 3) plugs in here when it lands.
    stays: null,
    plans: null,
    services: null,
    incidents: null,
    staff: await activeStaffByRole(db),
  };
}
