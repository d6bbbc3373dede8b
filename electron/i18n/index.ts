import i18next, { type TFunction } from 'i18next';
import type { Lang } from '../contract/core';
import { uz } from './messages.uz';
import { ru } from './messages.ru';
import { en } from './messages.en';
import { areaMessages } from './areas';

const instance = i18next.createInstance();
void instance.init({
  resources: { uz: { translation: uz }, ru: { translation: ru }, en: { translation: en } },
  lng: 'uz',
  fallbackLng: 'uz',
  initAsync: false,
  // skipOnVariables: false lets a reason passed as `$t(conflict.…)` (errors.ts) be translated too.
  interpolation: { escapeValue: false, skipOnVariables: false },
  returnNull: false,
});

for (const tree of areaMessages)
  for (const lang of ['uz', 'ru', 'en'] as const) instance.addResourceBundle(lang, 'translation', tree[lang], true, true);

/** A translator bound to one language, for messages the backend writes (errors, documents). */
export function translator(lang: Lang): TFunction {
  return instance.getFixedT(lang);
}
