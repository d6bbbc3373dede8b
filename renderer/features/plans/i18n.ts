// The Plans area's catalogue: one module per language, loaded with the area.
import { uz } from './i18n.uz';
import { ru } from './i18n.ru';
import { en } from './i18n.en';

export { uz, ru, en };

declare module 'i18next' {
  interface ResourceNamespaceMap {
    plans: typeof uz;
  }
}
