import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { applyLanguage } from '../i18n/index';
import { isUiLang, type UiLang } from '../i18n/types';
import { useSession } from './session';

/** The UI language: switching applies at once; for a signed-in user it is also saved to the account. */
export function useLanguage(): { lang: UiLang; change(lang: UiLang): Promise<void> } {
  const { i18n } = useTranslation();
  const { user, updateUser } = useSession();
  const queries = useQueryClient();
  const lang = isUiLang(i18n.language) ? i18n.language : 'uz';
  return {
    lang,
    async change(next) {
      await applyLanguage(next);
      if (user && user.lang !== next) updateUser(await call('auth.setLanguage', { lang: next }));
      // The backend words some of a signed-in user's answers in her language (alerts, report tables): ask
      // again. Before sign-in there is nothing worded to refresh (and a damaged or locked store answers nothing).
      if (user) await queries.invalidateQueries();
    },
  };
}
