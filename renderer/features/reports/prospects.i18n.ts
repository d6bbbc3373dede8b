// The family-type home's placement prospects, edited beside the per-child progress report.
import type { Translations } from '../../i18n/types';

export const uz = {
  title: 'Joylashtirish istiqboli',
  help: 'Har bir bola uchun qanday kelajak rejalashtirilgan. Oʻzgarish darhol hisobotga tushadi (yopilgan davrning raqamlari oʻzgarmaydi).',
  code: 'Kod',
  child: 'Bola',
  prospect: 'Istiqbol',
  note: 'Izoh',
  save: 'Saqlash',
  saved: 'Saqlandi: {{code}}',
  options: {
    reintegration: 'Oʻz oilasiga qaytarish',
    guardianship: 'Vasiylik / homiylik',
    foster_family: 'Patronat oila',
    adoption: 'Farzandlikka olish',
    independent_living: 'Mustaqil hayot',
    undetermined: 'Hali aniqlanmagan',
  },
  none: 'Tanlanmagan',
  empty: 'Davr ichida uyda bola boʻlmagan.',
};

export const ru: Translations<typeof uz> = {
  title: 'Перспектива устройства',
  help: 'Какое будущее планируется для каждого ребёнка. Изменение сразу попадает в отчёт (цифры закрытого периода не меняются).',
  code: 'Код',
  child: 'Ребёнок',
  prospect: 'Перспектива',
  note: 'Примечание',
  save: 'Сохранить',
  saved: 'Сохранено: {{code}}',
  options: {
    reintegration: 'Возврат в родную семью',
    guardianship: 'Опека / попечительство',
    foster_family: 'Патронатная семья',
    adoption: 'Усыновление',
    independent_living: 'Самостоятельная жизнь',
    undetermined: 'Пока не определена',
  },
  none: 'Не выбрана',
  empty: 'В этот период детей в доме не было.',
};

export const en: Translations<typeof uz> = {
  title: 'Placement prospect',
  help: 'The future planned for each child. A change goes into the report at once (a closed period’s figures do not change).',
  code: 'Code',
  child: 'Child',
  prospect: 'Prospect',
  note: 'Note',
  save: 'Save',
  saved: 'Saved: {{code}}',
  options: {
    reintegration: 'Return to own family',
    guardianship: 'Guardianship / custody',
    foster_family: 'Foster family',
    adoption: 'Adoption',
    independent_living: 'Independent living',
    undetermined: 'Not decided yet',
  },
  none: 'Not chosen',
  empty: 'No children were in the home during this period.',
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    reportsProspects: typeof uz;
  }
}
