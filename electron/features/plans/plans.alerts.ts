// The manager's home: overdue reviews and assessments in red, reviews due soon, plans waiting for approval.
import { countReviewsOverdue, countReviewsDueBy, countVersionsAwaitingApproval } from '../../../db/repositories/plans';
import { assessmentStates, currentClientsAdmitted } from '../../../db/repositories/assessments';
import type { HomeAlert } from '../../contract/index';
import type { HomeAlertSource } from '../clients/home.alerts';
import { assessmentDue, plusDays, DUE_SOON_DAYS } from './schedule';
import { settingsOf } from './overview';

/** Current clients whose initial assessment or reassessment is past its due date. */
export async function countAssessmentsOverdue(db: Parameters<HomeAlertSource>[0], today: string): Promise<number> {
  const clients = await currentClientsAdmitted(db);
  const settings = await settingsOf(db);
  const states = await assessmentStates(
    db,
    clients.map((c) => ({ id: c.id, since: c.admitted_on })),
  );
  return clients.filter((c) => assessmentDue(c.admitted_on, states.get(c.id)?.last_completed_on ?? null, settings, today).overdue).length;
}

export const plansAlerts: HomeAlertSource = async (db, today) => {
  const alerts: HomeAlert[] = [];
  const add = (type: string, severity: HomeAlert['severity'], count: number, link: string) => {
    if (count > 0) alerts.push({ type, severity, count, link });
  };
  add('planReviewOverdue', 'danger', await countReviewsOverdue(db, today), '/plans?filter=overdue');
  add('assessmentOverdue', 'danger', await countAssessmentsOverdue(db, today), '/plans?filter=overdue');
  add('planReviewDue', 'warning', await countReviewsDueBy(db, today, plusDays(today, DUE_SOON_DAYS)), '/plans');
  add('planAwaitingApproval', 'info', await countVersionsAwaitingApproval(db), '/plans?filter=attention');
  return alerts;
};
