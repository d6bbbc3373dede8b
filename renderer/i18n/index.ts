import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setRequestLanguage } from '../api/client';
import { areaCatalogues } from './areas';
import { navLabels } from './nav';
import { uz } from './common.uz';
import { ru } from './common.ru';
import { en } from './common.en';
import { isUiLang, UI_LANGS, type UiLang } from './types';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    returnNull: false;
  }
  interface ResourceNamespaceMap {
    common: typeof uz & { nav: Record<keyof typeof navLabels, string> };
  }
}

const STORAGE_KEY = 'komak.lang';

/** The language chosen on this PC before anyone signs in (a signed-in user's own choice wins). */
export function storedLanguage(): UiLang {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return isUiLang(v) ? v : 'uz';
  } catch {
    return 'uz';
  }
}

function navFor(lang: UiLang): Record<string, string> {
  return Object.fromEntries(Object.entries(navLabels).map(([k, v]) => [k, v[lang]]));
}

// Area catalogues come from their own chunks on first use; each module holds all three languages.
const loaded = new Map<string, Promise<Record<string, unknown>>>();
const areaBackend: BackendModule = {
  type: 'backend',
  callbackApi: false,
  init: () => undefined,
  read(language: string, namespace: string) {
    const load = areaCatalogues[namespace];
    if (!load) return Promise.resolve({});
    if (!loaded.has(namespace)) loaded.set(namespace, load() as unknown as Promise<Record<string, unknown>>);
    return loaded.get(namespace)!.then((m) => (m[isUiLang(language) ? language : 'uz'] ?? {}) as object);
  },
} as unknown as BackendModule;

export function initI18n(): void {
  const lang = storedLanguage();
  void i18next
    .use(areaBackend)
    .use(initReactI18next)
    .init({
      resources: Object.fromEntries(UI_LANGS.map((l) => [l, { common: { ...{ uz, ru, en }[l], nav: navFor(l) } }])),
      partialBundledLanguages: true,
      ns: ['common'],
      defaultNS: 'common',
      lng: lang,
      fallbackLng: 'uz',
      supportedLngs: [...UI_LANGS],
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: true },
    });
  reflectLanguage(lang);
}

function reflectLanguage(lang: UiLang): void {
  document.documentElement.lang = lang;
  setRequestLanguage(lang);
}

/** Switches the UI now and remembers it on this PC; the caller also saves it for a signed-in user. */
export async function applyLanguage(lang: UiLang): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
  reflectLanguage(lang);
  if (i18next.language !== lang) await i18next.changeLanguage(lang);
}

export function currentLanguage(): UiLang {
  return isUiLang(i18next.language) ? i18next.language : 'uz';
}
