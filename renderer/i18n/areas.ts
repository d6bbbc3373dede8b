// Area catalogues, loaded when an area first renders (so they stay out of the first download).
// Add an area: ONE line `<namespace>: () => import('../features/<area>/i18n'),` (this file merges by union).
// The catalogue module exports { uz, ru, en } and declares its namespace in i18next's ResourceNamespaceMap.
import type { Catalogue } from './types';

export const areaCatalogues: Record<string, () => Promise<Catalogue>> = {
  setup: () => import('../features/setup/i18n'),
  home: () => import('../features/home/i18n'),
  settings: () => import('../features/settings/i18n'),
  daily: () => import('../features/daily/i18n'),
  clients: () => import('../features/clients/i18n'),
  billing: () => import('../features/billing/i18n'),
  reports: () => import('../features/reports/i18n'),
  reportsProspects: () => import('../features/reports/prospects.i18n'),
  plans: () => import('../features/plans/i18n'),
  appeals: () => import('../features/appeals/i18n'),
  trust: () => import('../features/trust/i18n'),
};
