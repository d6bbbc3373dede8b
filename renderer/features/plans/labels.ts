import { useTranslation } from 'react-i18next';
import { PLAN_LABELS, type PlanLabels } from '../../../electron/contract/plans.labels';
import { isUiLang } from '../../i18n/types';

/** Names of domains, ratings, statuses and scale items in the UI language (the same words the printed plan uses). */
export function usePlanLabels(): PlanLabels {
  const { i18n } = useTranslation();
  return PLAN_LABELS[isUiLang(i18n.language) ? i18n.language : 'uz'];
}
