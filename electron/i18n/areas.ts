import type { Lang } from '../contract/core';
import { clientsMessages } from '../features/clients/messages';
import { pdfMessages } from '../features/documents/pdf-messages';
import { appealsMessages } from '../features/appeals/messages';
import { plansMessages } from '../features/plans/messages';
import { billingMessages } from '../features/billing/messages';
import { billingPdfMessages } from '../features/billing/pdf-messages';
import { signingMessages } from '../features/signing/messages';
import { reportsMessages } from '../features/reports/messages';
import { childProgressMessages } from '../features/reports/child-progress.messages';
import { dailyMessages } from '../features/daily/messages';
import { keysMessages } from '../features/keys/messages';
import { auditMessages } from '../features/audit/messages';
import { backupMessages } from '../features/backup/messages';
import { securityMessages } from '../features/security/messages';
import { holidaysMessages } from '../features/holidays/messages';

/** Message trees of the areas (labels for documents, list names, area-specific errors), one line each. */
// prettier-ignore
export const areaMessages: Array<Record<Lang, Record<string, unknown>>> = [
  clientsMessages,
  pdfMessages,
  appealsMessages,
  plansMessages,
  billingMessages,
  billingPdfMessages,
  signingMessages,
  reportsMessages,
  childProgressMessages,
  dailyMessages,
  keysMessages,
  auditMessages,
  backupMessages,
  securityMessages,
  holidaysMessages,
];
