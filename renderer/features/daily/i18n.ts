// The catalogue of daily work (attendance, roll call, care log, medication, incidents): one namespace.
import { uz } from './i18n.uz';
import { ru } from './i18n.ru';
import { en } from './i18n.en';

export { uz, ru, en };

declare module 'i18next' {
  interface ResourceNamespaceMap {
    daily: typeof uz;
  }
}
