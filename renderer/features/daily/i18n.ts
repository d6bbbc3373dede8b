// The catalogue of daily work (attendance, roll call, care log, medication, incidents): one namespace.
import { uz as uzBase } from './i18n.uz';
import { uzLists } from './i18n.uz.lists';
import { ru as ruBase } from './i18n.ru';
import { ruLists } from './i18n.ru.lists';
import { en as enBase } from './i18n.en';
import { enLists } from './i18n.en.lists';

export const uz = { ...uzBase, ...uzLists };
export const ru = { ...ruBase, ...ruLists };
export const en = { ...enBase, ...enLists };

declare module 'i18next' {
  interface ResourceNamespaceMap {
    daily: typeof uz;
  }
}
