import type { Handlers } from './context';
import { signInHandlers, authHandlers } from './auth/auth.handlers';
import { setupPublicHandlers, facilityHandlers } from './setup/setup.handlers';
import { referenceHandlers } from './reference/reference.handlers';
import { billingHandlers } from './billing/billing.handlers';
import { signingHandlers } from './signing/signing.handlers';
import { reportsHandlers } from './reports/reports.handlers';
import { clientsHandlers } from './clients/clients.handlers';
import { staysHandlers } from './clients/stays.handlers';
import { roomsHandlers } from './clients/rooms.handlers';
import { documentsHandlers } from './clients/documents.handlers';
import { waitingHandlers } from './clients/waiting.handlers';
import { homeHandlers } from './clients/home.handlers';
import { appealsHandlers } from './appeals/appeals.handlers';
import { assessmentsHandlers } from './plans/assessments.handlers';
import { plansHandlers } from './plans/plans.handlers';
import { reviewsHandlers } from './plans/reviews.handlers';
import { workHandlers } from './plans/work.handlers';
import { overviewHandlers } from './plans/overview.handlers';
import { attendanceHandlers } from './daily/attendance.handlers';
import { rollCallHandlers } from './daily/rollcall.handlers';
import { careLogHandlers } from './daily/carelog.handlers';
import { medicationHandlers } from './daily/medication.handlers';
import { incidentsHandlers } from './daily/incidents.handlers';
import { dailyHandlers } from './daily/daily.handlers';
import { auditHandlers } from './audit/audit.handlers';
import { backupHandlers } from './backup/backup.handlers';
import { demoHandlers } from './demo/demo.handlers';
import { lanHandlers } from './lan/lan.handlers';
import { securityHandlers } from './security/security.handlers';
import { holidaysHandlers } from './holidays/holidays.handlers';

/** One handler per contract method; a method without a handler does not compile. */
export const handlers = {
  ...setupPublicHandlers,
  ...facilityHandlers,
  ...signInHandlers,
  ...authHandlers,
  ...referenceHandlers,
  ...billingHandlers,
  ...signingHandlers,
  ...reportsHandlers,
  ...clientsHandlers,
  ...staysHandlers,
  ...roomsHandlers,
  ...documentsHandlers,
  ...waitingHandlers,
  ...homeHandlers,
  ...appealsHandlers,
  ...assessmentsHandlers,
  ...plansHandlers,
  ...reviewsHandlers,
  ...workHandlers,
  ...overviewHandlers,
  ...attendanceHandlers,
  ...rollCallHandlers,
  ...careLogHandlers,
  ...medicationHandlers,
  ...incidentsHandlers,
  ...dailyHandlers,
  ...auditHandlers,
  ...backupHandlers,
  ...demoHandlers,
  ...lanHandlers,
  ...securityHandlers,
  ...holidaysHandlers,
} satisfies Handlers;
