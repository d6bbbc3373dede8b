import { useTranslation } from 'react-i18next';
import { APPEAL_LABELS, type AppealLabelGroup } from '../../../electron/contract/appeals.labels';
import { useApiQuery } from '../../api/hooks';
import { isUiLang, type UiLang } from '../../i18n/types';

/** The UI language, for names that come with all three languages (regions, codes). */
export function useUiLang(): UiLang {
  const { i18n } = useTranslation();
  return isUiLang(i18n.language) ? i18n.language : 'uz';
}

/** Names of the register's codes in the UI language: label('violenceType', 'physical'). */
export function useCodeLabels() {
  const lang = useUiLang();
  return (group: AppealLabelGroup, code: string): string => (APPEAL_LABELS[lang][group] as Record<string, string>)[code] ?? code;
}

/** The 14 regions in the official order, named in the UI language. */
export function useRegions(): Array<{ soato: string; name: string }> {
  const lang = useUiLang();
  const places = useApiQuery('reference.places', {}, { staleTime: Infinity }).data;
  return (places?.regions ?? []).map((r) => ({ soato: r.soato, name: r[lang] }));
}

/** Countries trafficking victims are most often taken to, first; any other ISO code is accepted too. */
export const COMMON_COUNTRIES = [
  'RU',
  'KZ',
  'TR',
  'AE',
  'KR',
  'KG',
  'TJ',
  'SA',
  'QA',
  'MY',
  'TH',
  'CN',
  'IN',
  'PL',
  'DE',
  'GB',
  'US',
  'IL',
  'JP',
  'UZ',
];

export function countryName(lang: UiLang, code: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
