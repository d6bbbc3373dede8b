// The register's catalogue (namespace `clients`), loaded with the clients and beds areas.
import { uz as uzBase } from './i18n.uz';
import { uzWork } from './i18n.uz.work';
import { ru as ruBase } from './i18n.ru';
import { ruWork } from './i18n.ru.work';
import { en as enBase } from './i18n.en';
import { enWork } from './i18n.en.work';

export const uz = { ...uzBase, ...uzWork };
export const ru = { ...ruBase, ...ruWork };
export const en = { ...enBase, ...enWork };

declare module 'i18next' {
  interface ResourceNamespaceMap {
    clients: typeof uz;
  }
}
